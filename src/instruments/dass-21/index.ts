import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

const applied = [
  { value: 0, label: 'Did not apply' },
  { value: 1, label: 'Applied some of the time' },
  { value: 2, label: 'Applied a good part of the time' },
  { value: 3, label: 'Applied most of the time' },
];

const MISSING_TEXT =
  'promkit requires all 7 items of the subscale (conservative). ePPOC reports that the test developers suggest a subscale is valid when at least 6 of its 7 items are answered, but how the missing item is then scored was not confirmed (the DASS FAQ answer on missing scores could not be read). To accept 6 of 7, pass { missing: { minAnswered: 6 } }: the raw sum is then prorated (× 7/6, unrounded, as no source gives a rounding) and doubled.';

const eppocSource = { ref: 'eppoc', note: 'at least 6 of 7 items per subscale for validity; handling of the missing item not stated in what was retrieved' } as const;

const bandNote =
  'Severity labels of the DASS manual on the DASS-42 metric (DASS-21 sums × 2), as reproduced identically, citing the manual, by the ePPOC DASS page and several scoring sheets; the manual itself was not read.';

const mcid = [
  {
    value: 5,
    unit: 'points' as const,
    population: 'Australian and New Zealand persistent-pain services (ePPOC), DASS-42-metric subscale scores',
    method: 'service convention: a change of 5 or more points together with a move to another severity band',
    source: { ref: 'eppoc', note: 'clinical significance on each DASS subscale requires a change of 5 or more points coupled with a move to a different severity category' },
  },
];

/**
 * DASS-21, Depression Anxiety Stress Scales short form (Lovibond & Lovibond 1995). Items
 * `dass21_1` … `dass21_21`, each 0–3. Subscales `depression`, `anxiety` and `stress`: each the sum
 * of its 7 items × 2 (the DASS-42 metric, 0–42), with the manual's severity bands.
 */
export const dass21: Instrument = /* @__PURE__ */ shipped({
  id: 'dass-21',
  title: 'Depression Anxiety Stress Scales, 21-item version',
  shortTitle: 'DASS-21',
  version: 'DASS-21 (Lovibond & Lovibond 1995), English; subscale sums doubled to the DASS-42 metric',
  domain: 'depression, anxiety and stress',
  recallPeriod: 'Over the past week',
  citations: [
    {
      key: 'lovibondManual',
      text: 'Lovibond SH, Lovibond PF. Manual for the Depression Anxiety Stress Scales. 2nd ed. Sydney: Psychology Foundation; 1995.',
    },
    {
      key: 'lovibond1995',
      text: 'Lovibond PF, Lovibond SH. The structure of negative emotional states: comparison of the Depression Anxiety Stress Scales (DASS) with the Beck Depression and Anxiety Inventories. Behav Res Ther. 1995;33(3):335-343.',
    },
    {
      key: 'dassSite',
      text: 'Lovibond PF. DASS website, UNSW School of Psychology: overview ("The DASS questionnaire is in the public domain") and DASS FAQ (permission, websites and apps, missing scores).',
      url: 'http://www2.psy.unsw.edu.au/dass/DASSFAQ.htm',
    },
    {
      key: 'eppoc',
      text: 'Australian Health Services Research Institute (AHSRI), electronic Persistent Pain Outcomes Collaboration (ePPOC) documentation: Depression Anxiety Stress Scale (DASS).',
      url: 'https://ahsri.atlassian.net/wiki/pages/viewpage.action?pageId=20579732',
    },
  ],
  licence: {
    status: 'public-domain',
    verbatimText: false,
    holder: 'S.H. Lovibond and P.F. Lovibond (Psychology Foundation of Australia, UNSW)',
    note: 'The DASS questionnaire is in the public domain and may be downloaded from the DASS website; the manual is sold separately. The authors\u2019 FAQ sets conditions on administering the DASS on websites and apps and on returning scores to respondents, which could not be checked here, so promkit ships short labels, not the item text: take the items from the official form and read the FAQ before electronic use.',
    url: 'http://www2.psy.unsw.edu.au/dass/',
  },
  items: [
    { id: 'dass21_1', label: 'Difficulty winding down', options: applied },
    { id: 'dass21_2', label: 'Dry mouth', options: applied },
    { id: 'dass21_3', label: 'No positive feelings', options: applied },
    { id: 'dass21_4', label: 'Breathing difficulty without exertion', options: applied },
    { id: 'dass21_5', label: 'Hard to get started on things', options: applied },
    { id: 'dass21_6', label: 'Over-reacting to situations', options: applied },
    { id: 'dass21_7', label: 'Trembling', options: applied },
    { id: 'dass21_8', label: 'Using a lot of nervous energy', options: applied },
    { id: 'dass21_9', label: 'Worry about panicking in public', options: applied },
    { id: 'dass21_10', label: 'Nothing to look forward to', options: applied },
    { id: 'dass21_11', label: 'Getting agitated', options: applied },
    { id: 'dass21_12', label: 'Difficulty relaxing', options: applied },
    { id: 'dass21_13', label: 'Low, sad mood', options: applied },
    { id: 'dass21_14', label: 'Intolerant of interruptions', options: applied },
    { id: 'dass21_15', label: 'Close to panic', options: applied },
    { id: 'dass21_16', label: 'Unable to feel enthusiasm', options: applied },
    { id: 'dass21_17', label: 'Low sense of self-worth', options: applied },
    { id: 'dass21_18', label: 'Touchy, easily irritated', options: applied },
    { id: 'dass21_19', label: 'Aware of heartbeat without exertion', options: applied },
    { id: 'dass21_20', label: 'Scared without good reason', options: applied },
    { id: 'dass21_21', label: 'Life feels meaningless', options: applied },
  ],
  scores: [
    {
      name: 'depression',
      label: 'DASS-21 depression (sum × 2)',
      items: ['dass21_3', 'dass21_5', 'dass21_10', 'dass21_13', 'dass21_16', 'dass21_17', 'dass21_21'],
      method: 'sum',
      multiplier: 2,
      range: [0, 42],
      missing: { minAnswered: 7, rounding: 'none', official: false, text: MISSING_TEXT, source: eppocSource },
      bands: [
        { label: 'normal', min: 0, max: 9 },
        { label: 'mild', min: 10, max: 13 },
        { label: 'moderate', min: 14, max: 20 },
        { label: 'severe', min: 21, max: 27 },
        { label: 'extremely severe', min: 28, max: 42 },
      ],
      bandSource: { ref: 'lovibondManual', locator: 'severity labels table', note: bandNote },
      direction: 'higher-is-worse',
      psychometrics: { mcid },
    },
    {
      name: 'anxiety',
      label: 'DASS-21 anxiety (sum × 2)',
      items: ['dass21_2', 'dass21_4', 'dass21_7', 'dass21_9', 'dass21_15', 'dass21_19', 'dass21_20'],
      method: 'sum',
      multiplier: 2,
      range: [0, 42],
      missing: { minAnswered: 7, rounding: 'none', official: false, text: MISSING_TEXT, source: eppocSource },
      bands: [
        { label: 'normal', min: 0, max: 7 },
        { label: 'mild', min: 8, max: 9 },
        { label: 'moderate', min: 10, max: 14 },
        { label: 'severe', min: 15, max: 19 },
        { label: 'extremely severe', min: 20, max: 42 },
      ],
      bandSource: { ref: 'lovibondManual', locator: 'severity labels table', note: bandNote },
      direction: 'higher-is-worse',
      psychometrics: { mcid },
    },
    {
      name: 'stress',
      label: 'DASS-21 stress (sum × 2)',
      items: ['dass21_1', 'dass21_6', 'dass21_8', 'dass21_11', 'dass21_12', 'dass21_14', 'dass21_18'],
      method: 'sum',
      multiplier: 2,
      range: [0, 42],
      missing: { minAnswered: 7, rounding: 'none', official: false, text: MISSING_TEXT, source: eppocSource },
      bands: [
        { label: 'normal', min: 0, max: 14 },
        { label: 'mild', min: 15, max: 18 },
        { label: 'moderate', min: 19, max: 25 },
        { label: 'severe', min: 26, max: 33 },
        { label: 'extremely severe', min: 34, max: 42 },
      ],
      bandSource: { ref: 'lovibondManual', locator: 'severity labels table', note: bandNote },
      direction: 'higher-is-worse',
      psychometrics: { mcid },
    },
  ],
  discrepancies: [
    {
      topic: 'Missing items',
      decision: 'promkit requires all 7 items of a subscale (official: false). ePPOC attributes to the developers a validity rule of at least 6 of 7 answered items per subscale, but neither ePPOC as retrieved nor any other source consulted says whether the missing item is prorated or counted as 0, and the DASS FAQ answer (question 27) could not be read. With { missing: { minAnswered: 6 } } promkit prorates (raw × 7/6, no rounding, since no source gives one) and then doubles.',
      refs: ['eppoc', 'dassSite'],
    },
    {
      topic: 'Item text',
      decision: 'Short labels only (verbatimText: false) although the questionnaire is public domain: the FAQ\u2019s conditions for websites and apps (questions 20–22) were not readable, and third-party summaries report limits on public online administration and on returning scores to respondents.',
      refs: ['dassSite'],
    },
    {
      topic: 'Severity bands',
      decision: 'promkit applies the manual\u2019s DASS-42-metric bands to the doubled DASS-21 sums. Tables on the raw (undoubled) DASS-21 sum agree except at anxiety raw 5 (doubled 10 = moderate in the manual, mild in raw tables); other published tables with shifted edges are treated as non-standard; ePPOC\u2019s stress "mild 14–18" overlaps "normal 0–14" and is taken as a typo for 15–18.',
      refs: ['lovibondManual', 'eppoc'],
    },
    {
      topic: 'Subscale key',
      decision: 'Depression 3, 5, 10, 13, 16, 17, 21; anxiety 2, 4, 7, 9, 15, 19, 20; stress 1, 6, 8, 11, 12, 14, 18, as agreed by the annotated official form and several independent scoring scripts; some websites swap two of the lists and are wrong.',
      refs: ['lovibondManual', 'lovibond1995'],
    },
  ],
  notes: [
    'No outside reference case was found for this instrument (no worked example in the sources read, and none in other scoring tools\' test vectors: awell-score, the qhs R package, CamCOPS, public code and web search); its reference cases are worked by hand from the published rule (see the reference-case counts above).',
    'Each subscale value is the 7-item sum × 2, so it is always even when every item is answered; odd band edges (e.g. depression 9/10) are still handled, a value between two bands belonging to the lower one.',
    'No total DASS score is computed; the DASS FAQ discusses whether a total is useful (question 26), but its answer was not read.',
    'Some forms use the anchors "never / sometimes / often / almost always" for 0–3; the coding is the same.',
    'Reliability and norm values (e.g. Henry & Crawford 2005) were not verified from the papers, so none are given.',
  ],
});
