import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

const severity = [
  { value: 0, label: 'None' },
  { value: 1, label: 'Mild' },
  { value: 2, label: 'Moderate' },
  { value: 3, label: 'Severe' },
  { value: 4, label: 'Very severe' },
];

const satisfaction = [
  { value: 0, label: 'Very satisfied' },
  { value: 1, label: 'Satisfied' },
  { value: 2, label: 'Moderately satisfied' },
  { value: 3, label: 'Dissatisfied' },
  { value: 4, label: 'Very dissatisfied' },
];

const degree = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'A little' },
  { value: 2, label: 'Somewhat' },
  { value: 3, label: 'Much' },
  { value: 4, label: 'Very much' },
];

/**
 * ISI, Insomnia Severity Index (Morin; validated by Bastien, Vallières & Morin 2001). Items
 * `isi_1` … `isi_7` (the three parts of question 1 are items 1–3), each 0–4; `total` 0–28 with the
 * published categories. Licensed: no item text is shipped.
 */
export const isi: Instrument = /* @__PURE__ */ shipped({
  id: 'isi',
  title: 'Insomnia Severity Index',
  shortTitle: 'ISI',
  version: 'ISI self-report, 7 items (Bastien 2001; Morin 2011); item order of the current form',
  domain: 'sleep',
  recallPeriod: 'Current severity (last 2 weeks on the current form)',
  citations: [
    {
      key: 'bastien2001',
      text: 'Bastien CH, Vallières A, Morin CM. Validation of the Insomnia Severity Index as an outcome measure for insomnia research. Sleep Med. 2001;2(4):297-307.',
      doi: '10.1016/S1389-9457(00)00065-4',
    },
    {
      key: 'morin2011',
      text: 'Morin CM, Belleville G, Bélanger L, Ivers H. The Insomnia Severity Index: psychometric indicators to detect insomnia cases and evaluate treatment response. Sleep. 2011;34(5):601-608.',
      doi: '10.1093/sleep/34.5.601',
    },
    {
      key: 'yang2009',
      text: 'Yang M, Morin CM, Schaefer K, Wallenstein GV. Interpreting score differences in the Insomnia Severity Index: using health-related outcomes to define the minimally important difference. Curr Med Res Opin. 2009;25(10):2487-2494.',
      doi: '10.1185/03007990903167415',
    },
    {
      key: 'gagnon2013',
      text: 'Gagnon C, Bélanger L, Ivers H, Morin CM. Validation of the Insomnia Severity Index in primary care. J Am Board Fam Med. 2013;26(6):701-710.',
      doi: '10.3122/jabfm.2013.06.130064',
    },
    {
      key: 'mapi',
      text: 'Mapi Research Trust, ePROVIDE: Insomnia Severity Index (ISI), © Morin CM 1993, 1996, 2000, 2006; distribution, contact and conditions of use.',
      url: 'https://eprovide.mapi-trust.org/instruments/insomnia-severity-index',
    },
    {
      key: 'awell',
      text: 'Awell Health. awell-score, open-source TypeScript scoring library; src/scores/isi (inputs, interpretation, README, test vectors) at commit c37843e505763f1767d22d0250ee1920eccddb21.',
      url: 'https://github.com/awell-health/awell-score',
    },
  ],
  licence: {
    status: 'permission-required',
    verbatimText: false,
    holder: 'Charles M. Morin; distributed by Mapi Research Trust',
    note: 'Copyright © Morin CM. Use of the ISI needs permission: request it and the licensed form from Mapi Research Trust (ePROVIDE). promkit ships only short labels and generic answer anchors; supply the licensed item text yourself.',
    url: 'https://eprovide.mapi-trust.org/instruments/insomnia-severity-index',
  },
  items: [
    { id: 'isi_1', label: 'Trouble falling asleep', options: severity },
    { id: 'isi_2', label: 'Trouble staying asleep', options: severity },
    { id: 'isi_3', label: 'Waking too early', options: severity },
    { id: 'isi_4', label: 'Dissatisfaction with current sleep', options: satisfaction },
    { id: 'isi_5', label: 'How noticeable to others', options: degree },
    { id: 'isi_6', label: 'Worry or distress about sleep', options: degree },
    { id: 'isi_7', label: 'Interference with daily functioning', options: degree },
  ],
  scores: [
    {
      name: 'total',
      label: 'ISI total score',
      items: ['isi_1', 'isi_2', 'isi_3', 'isi_4', 'isi_5', 'isi_6', 'isi_7'],
      method: 'sum',
      range: [0, 28],
      missing: {
        minAnswered: 7,
        rounding: 'none',
        official: false,
        text: 'Neither Bastien 2001 nor Morin 2011 gives a missing-item rule, so promkit requires all 7 items (conservative), as awell-score does.',
        source: { ref: 'bastien2001', note: 'no missing-item rule published' },
      },
      bands: [
        { label: 'no clinically significant insomnia', min: 0, max: 7 },
        { label: 'subthreshold insomnia', min: 8, max: 14 },
        { label: 'clinical insomnia (moderate severity)', min: 15, max: 21 },
        { label: 'clinical insomnia (severe)', min: 22, max: 28 },
      ],
      bandSource: {
        ref: 'bastien2001',
        note: 'Total-score categories 0–7, 8–14, 15–21 and 22–28 as printed on the ISI scoring guide and implemented by awell-score; labels follow the scoring guide\u2019s wording.',
      },
      direction: 'higher-is-worse',
      psychometrics: {
        reliability: {
          value: 0.9,
          kind: 'internal-consistency',
          population: 'Morin 2011: community sample (n = 959) and clinical insomnia sample (Quebec); Cronbach α 0.90 and 0.91 in the two samples (the lower is given)',
          source: { ref: 'morin2011', locator: 'Abstract' },
        },
        mcid: [
          {
            value: 6,
            unit: 'points',
            population: 'Adults with primary insomnia in an eszopiclone trial (N = 828); reduction from baseline',
            method: 'anchor-based (health-related outcomes)',
            source: { ref: 'yang2009', locator: 'Abstract: a 6-point reduction represents a clinically meaningful improvement' },
          },
          {
            value: 8.4,
            unit: 'points',
            population: 'Clinical insomnia sample treated for insomnia (Morin 2011); change associated with moderate improvement (95 % CI 7.1–9.4)',
            method: 'anchor-based (independent assessor\u2019s rating of improvement)',
            source: { ref: 'morin2011', locator: 'Abstract' },
          },
        ],
      },
    },
  ],
  discrepancies: [
    {
      topic: 'Order of items 4–7',
      decision: 'promkit follows the current ISI form (and awell-score): 4 satisfaction, 5 noticeability to others, 6 worry/distress, 7 interference with daily functioning. Bastien 2001 and the Mapi description list the dimensions as satisfaction, interference, noticeability, distress. The total does not depend on the order; check it before mapping stored item data.',
      refs: ['bastien2001', 'mapi', 'awell'],
    },
    {
      topic: 'Recall period',
      decision: 'The current form rates the current (last 2 weeks) severity; awell-score describes the usual recall period as the last month (the Bastien 2001 era form). Use the period printed on your licensed form.',
      refs: ['bastien2001', 'awell'],
    },
    {
      topic: 'Case-finding cut-offs',
      decision: 'Bands follow Bastien 2001 (clinical insomnia from 15). No flag is defined because the case-finding cut-off depends on the setting: 10 in a community sample (Morin 2011: sensitivity 86.1 %, specificity 87.7 %) and 14 in primary care (Gagnon 2013). Apply the one for your setting with a score condition on the total.',
      refs: ['bastien2001', 'morin2011', 'gagnon2013'],
    },
    {
      topic: 'Minimal important change',
      decision: 'Both published values are given: 6 points (Yang 2009, health-outcome anchors) and 8.4 points for moderate improvement (Morin 2011, assessor anchor).',
      refs: ['yang2009', 'morin2011'],
    },
  ],
  notes: [
    'Question 1 of the form has three parts (falling asleep, staying asleep, waking too early); each is scored as its own item, isi_1 to isi_3.',
    'No LOINC code and no normative mean and SD were confirmed by a source; none are given.',
  ],
});
