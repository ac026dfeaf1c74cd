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
 * PSEQ-2, 2-item short form of the Pain Self-Efficacy Questionnaire (Nicholas, McGuire & Asghari
 * 2015): PSEQ items 5 (work) and 9 (normal lifestyle) as `pseq2_1` and `pseq2_2`, each 0–6;
 * `total` 0–12, higher is better. No bands.
 */
export const pseq2: Instrument = /* @__PURE__ */ shipped({
  id: 'pseq-2',
  title: 'Pain Self-Efficacy Questionnaire, 2-item short form',
  shortTitle: 'PSEQ-2',
  version: 'PSEQ-2 (Nicholas, McGuire & Asghari 2015): PSEQ items 5 and 9',
  domain: 'self-efficacy',
  recallPeriod: null,
  citations: [
    {
      key: 'nicholas2015',
      text: 'Nicholas MK, McGuire BE, Asghari A. A 2-item short form of the Pain Self-efficacy Questionnaire: development and psychometric evaluation of PSEQ-2. J Pain. 2015;16(2):153-163.',
      doi: '10.1016/j.jpain.2014.11.002',
    },
    {
      key: 'nicholas2007',
      text: 'Nicholas MK. The pain self-efficacy questionnaire: taking pain into account. Eur J Pain. 2007;11(2):153-163.',
      doi: '10.1016/j.ejpain.2005.12.008',
    },
    {
      key: 'chiarotto2016',
      text: 'Chiarotto A, Vanti C, Cedraschi C, Ferrari S, de Lima e Sà Resende F, Ostelo RW, Pillastrini P. Responsiveness and minimal important change of the Pain Self-Efficacy Questionnaire and short forms in patients with chronic low back pain. J Pain. 2016;17(6):707-718.',
      doi: '10.1016/j.jpain.2016.02.012',
    },
  ],
  licence: {
    status: 'permission-required',
    verbatimText: false,
    holder: 'Michael K. Nicholas (Pain Management Research Institute, University of Sydney)',
    note: 'No licence statement for the PSEQ was found; promkit treats it conservatively as permission-required and ships short neutral labels, not the item text. Ask the developer (M.K. Nicholas) before reproducing the items.',
  },
  items: [
    { id: 'pseq2_1', label: 'Work despite pain (PSEQ item 5)', options: confidence },
    { id: 'pseq2_2', label: 'Normal lifestyle despite pain (PSEQ item 9)', options: confidence },
  ],
  scores: [
    {
      name: 'total',
      label: 'PSEQ-2 total score',
      items: ['pseq2_1', 'pseq2_2'],
      method: 'sum',
      range: [0, 12],
      missing: {
        minAnswered: 2,
        rounding: 'none',
        official: false,
        text: 'No published missing-item rule was found; with two items promkit requires both (conservative).',
        source: { ref: 'nicholas2015', note: 'no missing-item rule in the abstract' },
      },
      direction: 'higher-is-better',
      psychometrics: {
        mcid: [
          {
            value: 1.5,
            unit: 'points',
            population: 'Italian PSEQ-2, 104 patients with chronic low back pain in multimodal physiotherapy (improvement)',
            method: 'anchor-based (ROC against a self-efficacy-specific anchor)',
            source: { ref: 'chiarotto2016', locator: 'Abstract' },
          },
        ],
      },
    },
  ],
  discrepancies: [
    {
      topic: 'Which two items',
      decision: 'Nicholas 2015 describes the items as confidence to work and to lead a normal life despite pain; in the PSEQ order these are item 5 (work, including housework) and item 9 (normal lifestyle), which promkit uses in that order.',
      refs: ['nicholas2015', 'nicholas2007'],
    },
    {
      topic: 'Bands',
      decision: 'No severity bands are published for the PSEQ-2; promkit defines none and does not rescale the PSEQ-10 bands.',
      refs: ['nicholas2015'],
    },
  ],
  notes: [
    'No outside reference case was found for this instrument (no worked example in the sources read, and none in other scoring tools\' test vectors: awell-score, the qhs R package, CamCOPS, public code and web search); its reference cases are worked by hand from the published rule (see the reference-case counts above).',
    'A PSEQ-2 score can be taken from a complete PSEQ-10 by copying answers 5 and 9 (pseq10_5 → pseq2_1, pseq10_9 → pseq2_2).',
    'Nicholas 2015 reports sound internal consistency and test–retest reliability (n = 140), but the coefficients were not available from the abstract, so no reliability is stored.',
  ],
});
