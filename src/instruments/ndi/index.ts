import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

const statements = [
  { value: 0, label: 'First statement (no disability)' },
  { value: 1, label: 'Second statement' },
  { value: 2, label: 'Third statement' },
  { value: 3, label: 'Fourth statement' },
  { value: 4, label: 'Fifth statement' },
  { value: 5, label: 'Sixth statement (most disability)' },
];

const sections = ['ndi_1', 'ndi_2', 'ndi_3', 'ndi_4', 'ndi_5', 'ndi_6', 'ndi_7', 'ndi_8', 'ndi_9', 'ndi_10'];

/**
 * NDI, Neck Disability Index (Vernon & Mior 1991). Sections `ndi_1` … `ndi_10`, each 0–5;
 * `total` is the raw score 0–50 with Vernon's interpretation intervals, `percent` the same as a
 * percentage (0–100). One missing section is replaced by the mean of the others (proration).
 */
export const ndi: Instrument = /* @__PURE__ */ shipped({
  id: 'ndi',
  title: 'Neck Disability Index',
  shortTitle: 'NDI',
  version: 'NDI 10-section version (Vernon & Mior 1991; Vernon 2008 review)',
  domain: 'disability',
  recallPeriod: null,
  citations: [
    {
      key: 'vernon1991',
      text: 'Vernon H, Mior S. The Neck Disability Index: a study of reliability and validity. J Manipulative Physiol Ther. 1991;14(7):409-415.',
    },
    {
      key: 'vernon2008',
      text: 'Vernon H. The Neck Disability Index: state-of-the-art, 1991-2008. J Manipulative Physiol Ther. 2008;31(7):491-502.',
      doi: '10.1016/j.jmpt.2008.08.006',
    },
    {
      key: 'vernonNote',
      text: 'Vernon H. The Neck Disability Index: an informal explanatory note from the author (scoring, missing items, "the original report provided scoring intervals for interpretation", 5-point MCID); also reproduced by the Saskatchewan WCB.',
      url: 'https://chiro.org/forms/NDI_Explain.shtml',
    },
    {
      key: 'ndiForm',
      text: 'NDI scoring guide as printed with the form: "If one section is missed, or not applied the score is calculated: 16 (total score) / 45 (total possible score) x 100 = 35.5%. Minimum Detectable Change (90% confidence): 5 points or 10 %points".',
      url: 'https://support.noterro.com/hc/en-us/articles/360061500331-Scoring-Guide-for-the-Neck-Disability-Index-Form-Template',
    },
    {
      key: 'mccarthy2007',
      text: 'McCarthy MJH, Grevitt MP, Silcocks P, Hobbs G. The reliability of the Vernon and Mior Neck Disability Index, and its validity compared with the Short Form-36 Health Survey Questionnaire. Eur Spine J. 2007;16(12):2111-2117.',
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2140132',
    },
    {
      key: 'kose2007',
      text: 'Kose G, Hepguler S, Atamaz F, Oder G. A comparison of four disability scales for Turkish patients with neck pain. J Rehabil Med. 2007;39:358-362.',
      url: 'https://medicaljournals.se/jrm/content/html/10.2340/16501977-0060',
    },
    {
      key: 'awellScore',
      text: 'Awell Health. awell-score (open-source TypeScript score library), src/scores/ndi (ndi.ts, README.md, tests), commit c37843e505763f1767d22d0250ee1920eccddb21.',
      url: 'https://github.com/awell-health/awell-score',
    },
  ],
  licence: {
    status: 'permission-required',
    verbatimText: false,
    holder: 'Howard Vernon',
    note: 'No licence statement for the NDI was found (the form is widely reproduced in clinical settings); promkit treats it conservatively as permission-required and ships short section labels, not the statements. Confirm terms with the author before reproducing the form.',
  },
  items: [
    { id: 'ndi_1', label: 'Pain intensity', options: statements },
    { id: 'ndi_2', label: 'Personal care (washing, dressing)', options: statements },
    { id: 'ndi_3', label: 'Lifting', options: statements },
    { id: 'ndi_4', label: 'Reading', options: statements },
    { id: 'ndi_5', label: 'Headaches', options: statements },
    { id: 'ndi_6', label: 'Concentration', options: statements },
    { id: 'ndi_7', label: 'Work', options: statements },
    { id: 'ndi_8', label: 'Driving', options: statements },
    { id: 'ndi_9', label: 'Sleeping', options: statements },
    { id: 'ndi_10', label: 'Recreation', options: statements },
  ],
  scores: [
    {
      name: 'total',
      label: 'NDI raw score (0–50)',
      items: sections,
      method: 'sum',
      range: [0, 50],
      missing: {
        minAnswered: 9,
        rounding: 'none',
        official: true,
        text: 'Vernon: when a respondent leaves a question out, "the average of all other items is then added to the completed items" (equivalent to sum × 10 / answered). Vernon sets no explicit limit but speaks of an occasional single question; the NDI scoring guide covers one missed section and awell-score requires 9 answers, so promkit allows one missing section. No rounding (Vernon gives none).',
        source: { ref: 'vernonNote', note: 'threshold of one missing section from the NDI scoring guide (ndiForm) and awell-score' },
      },
      bands: [
        { label: 'no disability', min: 0, max: 4 },
        { label: 'mild', min: 5, max: 14 },
        { label: 'moderate', min: 15, max: 24 },
        { label: 'severe', min: 25, max: 34 },
        { label: 'complete', min: 35, max: 50 },
      ],
      bandSource: {
        ref: 'vernonNote',
        locator: 'scoring intervals for interpretation',
        note: 'intervals of the original report (Vernon & Mior 1991) on the RAW 0–50 score: 0–4 no disability, 5–14 mild, 15–24 moderate, 25–34 severe, above 34 complete',
      },
      direction: 'higher-is-worse',
      psychometrics: {
        reliability: {
          value: 0.93,
          kind: 'test-retest',
          population: 'UK spinal surgery outpatients with neck pain, 34 re-tested after 1–2 weeks (ICC)',
          source: { ref: 'mccarthy2007', locator: 'Abstract' },
        },
        mcid: [
          {
            value: 5,
            unit: 'points',
            population: 'neck pain (raw 0–50 score)',
            method: 'author\'s statement: the minimum detectable change and the MCID are the same figure, 5 NDI points',
            source: { ref: 'vernonNote' },
          },
        ],
      },
    },
    {
      name: 'percent',
      label: 'NDI (%)',
      items: sections,
      method: 'percent-of-maximum',
      range: [0, 100],
      missing: {
        minAnswered: 9,
        rounding: 'none',
        official: true,
        text: 'Percentage = raw score × 2 (Vernon); with one missing section, sum / (5 × 9) × 100, which equals Vernon\'s mean replacement × 2 (NDI scoring guide: "16/45 × 100"). Two or more missing sections: no score. No rounding.',
        source: { ref: 'ndiForm', note: 'raw × 2 from Vernon\'s note (vernonNote)' },
      },
      direction: 'higher-is-worse',
    },
  ],
  discrepancies: [
    {
      topic: 'How many sections may be missing',
      decision: 'Vernon gives the mean-replacement rule ("one question or another") without a limit; the NDI scoring guide describes one missed section and awell-score requires 9 answers (its README notes the original literature has no missing-data statement). promkit allows one; to allow more pass { missing: { minAnswered: k } }.',
      refs: ['vernonNote', 'ndiForm', 'awellScore'],
    },
    {
      topic: 'Bands on a prorated raw score',
      decision: 'With a section missing the raw score can fall between Vernon\'s integer intervals (e.g. 14.44); promkit places it in the lower band (14.44 → mild). Vernon gives no rounding rule.',
      refs: ['vernonNote'],
    },
    {
      topic: 'Top interval',
      decision: 'Vernon writes "above 34 = complete"; some forms print "> 35" or "35+". On the raw score promkit uses 35–50, which equals "above 34" for whole scores.',
      refs: ['vernonNote'],
    },
    {
      topic: 'Source of the intervals',
      decision: 'The intervals are taken from Vernon\'s explanatory note, which attributes them to the original report (Vernon & Mior 1991); the full text of the 2008 review was not retrieved to confirm that it repeats them.',
      refs: ['vernonNote', 'vernon1991', 'vernon2008'],
    },
    {
      topic: 'Rounding of the percentage',
      decision: 'awell-score rounds the percentage to a whole number (Math.round); promkit does not round.',
      refs: ['awellScore', 'ndiForm'],
    },
  ],
  notes: [
    'The bands apply to the raw 0–50 score, not to the percentage ("15-24 out of 50 (the RAW SCORE) equates with moderate disability").',
    'The driving section is often skipped by people who do not drive (69.6 % omitted it for reasons other than neck pain in Kose 2007), so the one-missing rule matters in practice.',
  ],
});
