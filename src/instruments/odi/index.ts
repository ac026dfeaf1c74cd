import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

const statements = [
  { value: 0, label: 'First statement (least disability)' },
  { value: 1, label: 'Second statement' },
  { value: 2, label: 'Third statement' },
  { value: 3, label: 'Fourth statement' },
  { value: 4, label: 'Fifth statement' },
  { value: 5, label: 'Sixth statement (most disability)' },
];

/**
 * ODI, Oswestry Disability Index version 2.1a (Fairbank & Pynsent 2000). Sections `odi_1` …
 * `odi_10`, each 0–5 (the statement marked, first = 0); `total` is the index in percent,
 * sum / (5 × sections answered) × 100, unrounded, with one missing section allowed, and the
 * Fairbank bands. No section text (licensed through Mapi Research Trust).
 */
export const odi: Instrument = /* @__PURE__ */ shipped({
  id: 'odi',
  title: 'Oswestry Disability Index',
  shortTitle: 'ODI',
  version: 'ODI version 2.1a (Fairbank & Pynsent 2000)',
  domain: 'disability',
  recallPeriod: null,
  citations: [
    {
      key: 'fairbank2000',
      text: 'Fairbank JCT, Pynsent PB. The Oswestry Disability Index. Spine. 2000;25(22):2940-2953.',
      doi: '10.1097/00007632-200011150-00017',
    },
    {
      key: 'odiForm',
      text: 'ODI 2.1a scoring instructions as printed on distributed copies of the form: "If all ten sections are completed … 16 (total scored) / 50 (total possible score) x 100 = 32%. If one section is missed or not applicable … 16 / 45 x 100 = 35.5%. Minimum Detectable Change (90% confidence): 10%points (change of less than this may be attributable to error in the measurement)", as quoted from the form on several web pages (e.g. idcafe.net, brainwritings.com). One web copy (th4.ilovetranslation.com) prints "5 points or 10 %points" instead, the wording of the NDI scoring guide; promkit uses neither figure.',
      url: 'https://www.idcafe.net/how-is-the-oswestry-disability-scale-scored/',
    },
    {
      key: 'asir2013',
      text: 'Table 1, "Score interpretation of the Oswestry disability questionnaire" (reproducing Fairbank & Pynsent 2000), in: Minimally invasive sacroiliac joint fusion: one-year outcomes in 18 patients. Ann Surg Innov Res. 2013;7:12.',
      doi: '10.1186/1750-1164-7-12',
      url: 'https://asir-journal.biomedcentral.com/articles/10.1186/1750-1164-7-12/tables/1',
    },
    {
      key: 'stataOdi',
      text: 'Blauth J, Daigl M (AO Clinical Investigation and Documentation). odi: Stata module to calculate the Oswestry Disability Index; 2012 ("Missing data in one section is replaced by the average score for all sections. There is a limit of 1 missing section."; "Values are rounded to the nearest full percentage").',
      url: 'http://fmwww.bc.edu/RePEc/bocode/o/odi.html',
    },
    {
      key: 'awellScore',
      text: 'Awell Health. awell-score (open-source TypeScript score library), src/scores/oswestry (oswestry.ts, README.md, tests), commit c37843e505763f1767d22d0250ee1920eccddb21.',
      url: 'https://github.com/awell-health/awell-score',
    },
    {
      key: 'qhs',
      text: 'Bergevin M. qhs (R package), R/oswestry.R: denominator 50 − 5 × (sections missing), no limit on missing sections, no rounding; commit 0b57023ad8403e74b1dc65280209b67a15c416f5.',
      url: 'https://github.com/MaximeBergevin/qhs',
    },
    {
      key: 'ostelo2008',
      text: 'Ostelo RWJG, Deyo RA, Stratford P, Waddell G, Croft P, Von Korff M, Bouter LM, de Vet HC. Interpreting change scores for pain and functional status in low back pain: towards international consensus regarding minimal important change. Spine. 2008;33(1):90-94.',
    },
    {
      key: 'roland2000',
      text: 'Roland M, Fairbank J. The Roland-Morris Disability Questionnaire and the Oswestry Disability Questionnaire. Spine. 2000;25(24):3115-3124.',
      doi: '10.1097/00007632-200012150-00006',
    },
    {
      key: 'mapi',
      text: 'Mapi Research Trust, ePROVIDE: Oswestry Disability Index (ODI), licensing conditions.',
      url: 'https://eprovide.mapi-trust.org/odi-oswestry-disability-index',
    },
  ],
  licence: {
    status: 'permission-required',
    verbatimText: false,
    holder: 'Jeremy Fairbank; licensed through Mapi Research Trust (ePROVIDE)',
    note: 'ODI 2.1a is proprietary and distributed by Mapi Research Trust: free for some users (students, clinicians, non-funded academics), fees for funded academic, healthcare-organisation, commercial and IT users. Obtain the form and permission from Mapi Research Trust; promkit ships short section labels, not the statements.',
    url: 'https://eprovide.mapi-trust.org/odi-oswestry-disability-index',
  },
  items: [
    { id: 'odi_1', label: 'Pain intensity', options: statements },
    { id: 'odi_2', label: 'Personal care (washing, dressing)', options: statements },
    { id: 'odi_3', label: 'Lifting', options: statements },
    { id: 'odi_4', label: 'Walking', options: statements },
    { id: 'odi_5', label: 'Sitting', options: statements },
    { id: 'odi_6', label: 'Standing', options: statements },
    { id: 'odi_7', label: 'Sleeping', options: statements },
    { id: 'odi_8', label: 'Sex life (if applicable)', options: statements },
    { id: 'odi_9', label: 'Social life', options: statements },
    { id: 'odi_10', label: 'Travelling', options: statements },
  ],
  scores: [
    {
      name: 'total',
      label: 'ODI disability index (%)',
      items: ['odi_1', 'odi_2', 'odi_3', 'odi_4', 'odi_5', 'odi_6', 'odi_7', 'odi_8', 'odi_9', 'odi_10'],
      method: 'percent-of-maximum',
      range: [0, 100],
      missing: {
        minAnswered: 9,
        rounding: 'none',
        official: true,
        text: 'Index = sum of the answered sections / (5 × sections answered) × 100; one section may be missing or not applicable (ODI form: "If one section is missed or not applicable … 16/45 × 100 = 35.5%"; AO Stata module: "a limit of 1 missing section"). With two or more sections missing there is no score. The value is not rounded (the form\'s own example prints 35.5, not 36).',
        source: { ref: 'odiForm', locator: 'scoring instructions', note: 'limit of one missing section also in the AO Stata module (stataOdi) and awell-score' },
      },
      bands: [
        { label: 'minimal disability', min: 0, max: 20 },
        { label: 'moderate disability', min: 21, max: 40 },
        { label: 'severe disability', min: 41, max: 60 },
        { label: 'crippled', min: 61, max: 80 },
        { label: 'bed-bound or exaggerating their symptoms', min: 81, max: 100 },
      ],
      bandSource: {
        ref: 'fairbank2000',
        locator: 'Interpretation of disability scores',
        note: 'wording as reproduced in Table 1 of Ann Surg Innov Res 2013;7:12 (asir2013): 0%–20% minimal disability, 21%–40% moderate disability, 41%–60% severe disability, 61%–80% crippled, 81%–100% "either bed-bound or exaggerating their symptoms"',
      },
      direction: 'higher-is-worse',
      psychometrics: {
        mcid: [
          {
            value: 10,
            unit: 'points',
            population: 'low back pain (international expert consensus)',
            method: 'consensus from anchor-based studies',
            source: { ref: 'ostelo2008', locator: 'Abstract' },
          },
          {
            value: 30,
            unit: 'percent',
            population: 'low back pain (international expert consensus): improvement relative to the baseline score',
            method: 'consensus from anchor-based studies',
            source: { ref: 'ostelo2008', locator: 'Abstract' },
          },
        ],
      },
    },
  ],
  discrepancies: [
    {
      topic: 'Rounding',
      decision: 'promkit does not round. The form\'s worked example gives 16/45 × 100 as "35.5%" (35.555… shown without rounding to a whole number); the AO Stata module rounds to the nearest whole percent and awell-score uses Math.round (36). Round for display only if needed.',
      refs: ['odiForm', 'stataOdi', 'awellScore'],
    },
    {
      topic: 'How many sections may be missing',
      decision: 'promkit scores with 9 or 10 sections answered (minAnswered 9): the form describes one missed section, the AO Stata module sets a limit of 1 and awell-score requires 9 answers. The qhs R package reduces the denominator for any number of missing sections; to do the same pass { missing: { minAnswered: k } }. Mean replacement (Stata) and denominator reduction (form) give the same percentage.',
      refs: ['odiForm', 'stataOdi', 'awellScore', 'qhs'],
    },
    {
      topic: 'Label of the 81–100 band',
      decision: 'promkit keeps Fairbank\'s wording "bed-bound or exaggerating their symptoms"; many summaries shorten it to "bed-bound". Percentages between two bands (e.g. 20.5, reachable only with a custom missing policy) belong to the lower band.',
      refs: ['fairbank2000', 'asir2013'],
    },
    {
      topic: 'Licence',
      decision: 'Roland & Fairbank 2000 said no permission was needed to use the forms printed in their appendix; ODI 2.1a is now distributed by Mapi Research Trust with user-dependent fees. promkit treats it as permission-required and ships no statement text.',
      refs: ['roland2000', 'mapi'],
    },
    {
      topic: 'Section 4',
      decision: 'In ODI 2.1a section 4 is Walking; awell-score names its 4th input "running". Scoring is unaffected.',
      refs: ['fairbank2000', 'awellScore'],
    },
  ],
  notes: [
    'With all 10 sections answered the index equals the raw sum × 2.',
    'Section 8 (sex life) is often left blank as not applicable; leave it null and the denominator rule handles it.',
    'Other ODI versions (1.0, 2.0, 2.1b, chiropractic or MODEMS variants) differ in wording or sections; this definition is version 2.1a.',
  ],
});
