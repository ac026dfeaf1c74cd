import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

const agreement = [
  { value: 1, label: 'Strongly disagree' },
  { value: 2, label: 'Disagree' },
  { value: 3, label: 'Agree' },
  { value: 4, label: 'Strongly agree' },
];

/**
 * TSK-11, the 11-item Tampa Scale for Kinesiophobia of Woby, Roach, Urmston & Watson (2005): items
 * 1, 2, 3, 5, 6, 7, 10, 11, 13, 15 and 17 of the TSK-17 in their original order, renumbered
 * `tsk11_1` … `tsk11_11`, each 1–4, none reversed; `total` 11–44.
 */
export const tsk11: Instrument = /* @__PURE__ */ shipped({
  id: 'tsk-11',
  title: 'Tampa Scale for Kinesiophobia (11-item)',
  shortTitle: 'TSK-11',
  version: 'TSK-11 of Woby et al. 2005 (English): TSK-17 items 1, 2, 3, 5, 6, 7, 10, 11, 13, 15, 17; no reversed items',
  domain: 'fear-of-movement',
  recallPeriod: null,
  citations: [
    {
      key: 'woby2005',
      text: 'Woby SR, Roach NK, Urmston M, Watson PJ. Psychometric properties of the TSK-11: a shortened version of the Tampa Scale for Kinesiophobia. Pain. 2005;117(1-2):137-144.',
      doi: '10.1016/j.pain.2005.05.029',
      url: 'https://medluna.com/article/16055269',
    },
    {
      key: 'miller1991',
      text: 'Miller RP, Kori SH, Todd DD. The Tampa Scale: a measure of kinesiophobia. Unpublished report, Tampa, FL; 1991 (original 17-item TSK).',
    },
    {
      key: 'hapidou2012',
      text: 'Hapidou EG, O\'Brien MA, Pierrynowski MR, de las Heras E, Patel M, Patla T. Fear and avoidance of movement in people with chronic pain: psychometric properties of the 11-item Tampa Scale for Kinesiophobia (TSK-11). Physiother Can. 2012;64(3):235-241.',
      doi: '10.3138/ptc.2011-10',
    },
    {
      key: 'rusu2014',
      text: 'Rusu AC, Kreddig N, Hallner D, Hülsebusch J, Hasenbring MI. Fear of movement/(re)injury in low back pain: confirmatory validation of a German version of the Tampa Scale for Kinesiophobia. BMC Musculoskelet Disord. 2014;15:280.',
      doi: '10.1186/1471-2474-15-280',
    },
    {
      key: 'qhs',
      text: 'Bergevin M. qhs (R package), R/tsk.R: TSK-11 scored as the sum of 11 items coded 1–4, commit 2d123f0bbc903077100c19d260ca3a011767a832.',
      url: 'https://github.com/MaximeBergevin/qhs',
    },
    {
      key: 'awellScore',
      text: 'Awell Health. awell-score, src/scores/tampa (TSK-17 inputs and test responses), commit c37843e505763f1767d22d0250ee1920eccddb21.',
      url: 'https://github.com/awell-health/awell-score',
    },
  ],
  licence: {
    status: 'permission-required',
    verbatimText: false,
    holder: 'Original TSK authors (Miller, Kori & Todd); short form by Woby et al.',
    note: 'No licence or permission statement for the TSK was found, so promkit treats it conservatively as permission-required and ships short neutral labels, not the item text. Confirm the rights position with the authors before reproducing the items.',
  },
  items: [
    { id: 'tsk11_1', label: 'Afraid of injury if I exercise (TSK 1)', options: agreement },
    { id: 'tsk11_2', label: 'Pain would increase if pushed (TSK 2)', options: agreement },
    { id: 'tsk11_3', label: 'Body signals danger (TSK 3)', options: agreement },
    { id: 'tsk11_4', label: 'Condition not taken seriously (TSK 5)', options: agreement },
    { id: 'tsk11_5', label: 'Body at lifelong risk (TSK 6)', options: agreement },
    { id: 'tsk11_6', label: 'Pain always means injury (TSK 7)', options: agreement },
    { id: 'tsk11_7', label: 'Avoiding movement is safest (TSK 10)', options: agreement },
    { id: 'tsk11_8', label: 'Bad pain means danger (TSK 11)', options: agreement },
    { id: 'tsk11_9', label: 'Pain says stop exercising (TSK 13)', options: agreement },
    { id: 'tsk11_10', label: 'Cannot do normal things safely (TSK 15)', options: agreement },
    { id: 'tsk11_11', label: 'No exercise when in pain (TSK 17)', options: agreement },
  ],
  scores: [
    {
      name: 'total',
      label: 'TSK-11 total score',
      items: ['tsk11_1', 'tsk11_2', 'tsk11_3', 'tsk11_4', 'tsk11_5', 'tsk11_6', 'tsk11_7', 'tsk11_8', 'tsk11_9', 'tsk11_10', 'tsk11_11'],
      method: 'sum',
      range: [11, 44],
      missing: {
        minAnswered: 11,
        rounding: 'none',
        official: false,
        text: 'No published missing-item rule for the TSK-11 was found, so promkit requires all 11 items (conservative). No secondary rule was found either; a caller who wants proration can pass { missing: { minAnswered: k } }.',
        source: { ref: 'woby2005', note: 'no missing-item rule in Woby 2005 or Hapidou 2012 (abstracts); none found elsewhere' },
      },
      direction: 'higher-is-worse',
      psychometrics: {
        reliability: {
          value: 0.81,
          kind: 'test-retest',
          population: 'English TSK-11, patients with chronic low back pain in UK physiotherapy (ICC; SEM 2.54)',
          source: { ref: 'woby2005', locator: 'Abstract' },
        },
        mcid: [
          {
            value: 4,
            unit: 'points',
            population: 'English TSK-11, patients with chronic low back pain in UK physiotherapy (reduction)',
            method: 'anchor-based: a reduction of at least 4 points best identified an important reduction in fear of movement',
            source: { ref: 'woby2005', locator: 'Abstract' },
          },
        ],
      },
    },
  ],
  discrepancies: [
    {
      topic: 'Which 11 items',
      decision: 'promkit\'s tsk-11 is the Woby 2005 version: the TSK-17 without items 4, 8, 12, 16 (low item–total correlations) and 4, 9, 12, 14 (skewed distributions), i.e. without 4, 8, 9, 12, 14 and 16. Other 11-item TSKs keep different items (Rusu 2014 notes that 11-item versions differ); they are not this instrument.',
      refs: ['woby2005', 'rusu2014'],
    },
    {
      topic: 'Reliability and measurement error',
      decision: 'promkit stores Woby 2005 (ICC 0.81, SEM 2.54, chronic low back pain). Hapidou 2012 found ICC 0.81, SEM 2.41 and MDC 5.6 in heterogeneous chronic pain; the 5.6 sometimes quoted as an MCID is that MDC.',
      refs: ['woby2005', 'hapidou2012'],
    },
    {
      topic: 'Cut-off',
      decision: 'No validated TSK-11 cut-off was found; the TSK-17 "> 37" cut-off does not transfer, so promkit defines no band or flag.',
      refs: ['woby2005'],
    },
    {
      topic: 'Response labels',
      decision: 'promkit uses the TSK-17 labels Strongly disagree / Disagree / Agree / Strongly agree; the qhs R package uses "Somewhat disagree" / "Somewhat agree" for 2 and 3. The 1–4 coding is the same.',
      refs: ['qhs', 'awellScore'],
    },
  ],
  notes: [
    'Each label ends with the TSK-17 item number it reproduces, so a TSK-11 score can be taken from a complete TSK-17 by copying those 11 answers unchanged (none of them is reversed).',
  ],
});
