import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

const confidence = [
  { value: 0, label: 'Not at all confident' },
  { value: 1, label: '1' },
  { value: 2, label: '2' },
  { value: 3, label: '3' },
  { value: 4, label: '4' },
  { value: 5, label: '5' },
  { value: 6, label: 'Completely confident' },
];

/**
 * PSEQ, Pain Self-Efficacy Questionnaire, 10 items (Nicholas 1989; Nicholas 2007). Items
 * `pseq10_1` … `pseq10_10`, each 0–6; `total` 0–60, higher is better, with the ePPOC severity
 * bands (0–19 severe, 20–30 moderate, 31–40 mild, 41–60 minimal).
 */
export const pseq10: Instrument = /* @__PURE__ */ shipped({
  id: 'pseq-10',
  title: 'Pain Self-Efficacy Questionnaire',
  shortTitle: 'PSEQ',
  version: '10-item PSEQ (Nicholas 1989; psychometrics in Nicholas 2007)',
  domain: 'self-efficacy',
  recallPeriod: null,
  citations: [
    {
      key: 'nicholas2007',
      text: 'Nicholas MK. The pain self-efficacy questionnaire: taking pain into account. Eur J Pain. 2007;11(2):153-163.',
      doi: '10.1016/j.ejpain.2005.12.008',
    },
    {
      key: 'measurely',
      text: 'Measurely. Pain Self-Efficacy Questionnaire: scoring instructions and severity ranges (severe from 0, moderate from 20, mild from 31, minimal from 41; cut-offs and labels as recommended in the ePPOC reference manual).',
      url: 'https://measurely.com.au/outcome-measures/pain-self-efficacy-questionnaire/',
    },
    {
      key: 'novopsych',
      text: 'NovoPsych. Pain Self-Efficacy Questionnaire (PSEQ): "high internal consistency (0.92 Cronbach\'s alpha)".',
      url: 'https://novopsych.com.au/assessments/health/pain-self-efficacy-questionnaire-pseq/',
    },
    {
      key: 'chiarotto2016',
      text: 'Chiarotto A, Vanti C, Cedraschi C, Ferrari S, de Lima e Sà Resende F, Ostelo RW, Pillastrini P. Responsiveness and minimal important change of the Pain Self-Efficacy Questionnaire and short forms in patients with chronic low back pain. J Pain. 2016;17(6):707-718.',
      doi: '10.1016/j.jpain.2016.02.012',
    },
    {
      key: 'dube2021',
      text: 'Dubé MO, Langevin P, Roy JS. Measurement properties of the Pain Self-Efficacy Questionnaire in populations with musculoskeletal disorders: a systematic review. Pain Rep. 2021;6(4):e972.',
      doi: '10.1097/PR9.0000000000000972',
    },
    {
      key: 'nicholas2019',
      text: 'Nicholas MK, Costa DSJ, Blanchard M, Tardif H, Asghari A, Blyth FM. Normative data for common pain measures in chronic pain clinic populations: closing a gap for clinicians and researchers. Pain. 2019;160(5):1156-1165.',
      doi: '10.1097/j.pain.0000000000001496',
    },
  ],
  licence: {
    status: 'permission-required',
    verbatimText: false,
    holder: 'Michael K. Nicholas (Pain Management Research Institute, University of Sydney)',
    note: 'No licence statement for the PSEQ was found; promkit treats it conservatively as permission-required and ships short neutral labels, not the item text. Ask the developer (M.K. Nicholas) before reproducing the items.',
  },
  items: [
    { id: 'pseq10_1', label: 'Enjoy things despite pain', options: confidence },
    { id: 'pseq10_2', label: 'Do most household chores despite pain', options: confidence },
    { id: 'pseq10_3', label: 'Socialise as often as before', options: confidence },
    { id: 'pseq10_4', label: 'Cope with pain in most situations', options: confidence },
    { id: 'pseq10_5', label: 'Do some form of work despite pain', options: confidence },
    { id: 'pseq10_6', label: 'Do hobbies or leisure despite pain', options: confidence },
    { id: 'pseq10_7', label: 'Cope with pain without medication', options: confidence },
    { id: 'pseq10_8', label: 'Accomplish most life goals despite pain', options: confidence },
    { id: 'pseq10_9', label: 'Live a normal lifestyle despite pain', options: confidence },
    { id: 'pseq10_10', label: 'Gradually become more active despite pain', options: confidence },
  ],
  scores: [
    {
      name: 'total',
      label: 'PSEQ total score',
      items: ['pseq10_1', 'pseq10_2', 'pseq10_3', 'pseq10_4', 'pseq10_5', 'pseq10_6', 'pseq10_7', 'pseq10_8', 'pseq10_9', 'pseq10_10'],
      method: 'sum',
      range: [0, 60],
      missing: {
        minAnswered: 10,
        rounding: 'none',
        official: false,
        text: 'No published missing-item rule was found (Nicholas 2007 and the scoring guides say only to sum the 10 items), so promkit requires all 10 items (conservative). No secondary rule was found either; a caller who wants proration can pass { missing: { minAnswered: k } }.',
        source: { ref: 'measurely', note: 'scoring instructions: "sum all item responses"; no missing-item rule' },
      },
      bands: [
        { label: 'severe', min: 0, max: 19 },
        { label: 'moderate', min: 20, max: 30 },
        { label: 'mild', min: 31, max: 40 },
        { label: 'minimal', min: 41, max: 60 },
      ],
      bandSource: {
        ref: 'measurely',
        locator: 'Score interpretation: severity ranges',
        note: 'cut-offs and labels as recommended in the ePPOC reference manual (the manual itself was not retrieved)',
      },
      direction: 'higher-is-better',
      psychometrics: {
        reliability: {
          value: 0.92,
          kind: 'internal-consistency',
          population: 'chronic pain patients (Nicholas 2007 samples)',
          source: { ref: 'novopsych', note: 'Cronbach alpha reported by Nicholas 2007, as summarised by NovoPsych' },
        },
        mcid: [
          {
            value: 5.5,
            unit: 'points',
            population: 'Italian PSEQ, 104 patients with chronic low back pain in multimodal physiotherapy (improvement)',
            method: 'anchor-based (ROC against a self-efficacy-specific anchor)',
            source: { ref: 'chiarotto2016', locator: 'Abstract' },
          },
        ],
      },
    },
  ],
  discrepancies: [
    {
      topic: 'Severity bands',
      decision: 'promkit uses the ePPOC bands (0–19 severe, 20–30 moderate, 31–40 mild, 41–60 minimal) as reported by Measurely, the only published banding found; the primary ePPOC reference manual was not retrieved, and Nicholas 2007 was seen only in abstract. The bands are labelled by severity of low self-efficacy, so "severe" is the lowest range.',
      refs: ['measurely', 'nicholas2007'],
    },
    {
      topic: 'Minimal important change',
      decision: 'promkit stores 5.5 points (Chiarotto 2016, anchor-based). A secondary citation of 11 points (Maughan & Lewis 2010) could not be verified and is left out; ePPOC calls a change of 7 or more points with a move to another band clinically significant (Measurely). The MDC95 of 11.52 points (Dubé 2021) exceeds the 5.5-point MIC, so an individual change of 5.5 is within measurement error.',
      refs: ['chiarotto2016', 'measurely', 'dube2021'],
    },
  ],
  notes: [
    'No outside reference case was found for this instrument (no worked example in the sources read, and none in other scoring tools\' test vectors: awell-score, the qhs R package, CamCOPS, public code and web search); its reference cases are worked by hand from the published rule (see the reference-case counts above).',
    'Higher is better: improvement is an increase in the total.',
    'Only the end points of the 0–6 scale are labelled ("Not at all confident", "Completely confident"); 1–5 are numbers.',
    'The PSEQ-2 (items 5 and 9) is a separate definition (pseq-2).',
    'ePPOC chronic pain clinic patients (Nicholas 2019, n = 13,343) had a mean PSEQ of 20.7; the SD was not available from the abstract, so no reference population is stored.',
  ],
});
