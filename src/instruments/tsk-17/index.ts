import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

const agreement = [
  { value: 1, label: 'Strongly disagree' },
  { value: 2, label: 'Disagree' },
  { value: 3, label: 'Agree' },
  { value: 4, label: 'Strongly agree' },
];

/**
 * TSK-17, Tampa Scale for Kinesiophobia, original 17-item version (Miller, Kori & Todd 1991).
 * Items `tsk17_1` … `tsk17_17`, each 1–4; items 4, 8, 12 and 16 are reverse-scored; `total`
 * 17–68. Flag `highKinesiophobia` for a total above 37 (Vlaeyen et al. 1995 cut-off).
 */
export const tsk17: Instrument = /* @__PURE__ */ shipped({
  id: 'tsk-17',
  title: 'Tampa Scale for Kinesiophobia (17-item)',
  shortTitle: 'TSK-17',
  version: 'Original English 17-item TSK (Miller, Kori & Todd 1991); items 4, 8, 12, 16 reverse-scored',
  domain: 'fear-of-movement',
  recallPeriod: null,
  citations: [
    {
      key: 'kori1990',
      text: 'Kori SH, Miller RP, Todd DD. Kinesiophobia: a new view of chronic pain behavior. Pain Management. 1990;3:35-43.',
    },
    {
      key: 'miller1991',
      text: 'Miller RP, Kori SH, Todd DD. The Tampa Scale: a measure of kinesiophobia. Unpublished report, Tampa, FL; 1991.',
    },
    {
      key: 'vlaeyen1995',
      text: 'Vlaeyen JWS, Kole-Snijders AMJ, Boeren RGB, van Eek H. Fear of movement/(re)injury in chronic low back pain and its relation to behavioral performance. Pain. 1995;62(3):363-372.',
      doi: '10.1016/0304-3959(94)00279-N',
    },
    {
      key: 'woby2005',
      text: 'Woby SR, Roach NK, Urmston M, Watson PJ. Psychometric properties of the TSK-11: a shortened version of the Tampa Scale for Kinesiophobia. Pain. 2005;117(1-2):137-144.',
      doi: '10.1016/j.pain.2005.05.029',
      url: 'https://medluna.com/article/16055269',
    },
    {
      key: 'koho2015',
      text: 'Koho P, Borodulin K, Kautiainen H, Kujala U, Pohjolainen T, Hurri H. Finnish version of the Tampa Scale of Kinesiophobia: reference values in the Finnish general population and associations with leisure-time physical activity. J Rehabil Med. 2015;47(3).',
      doi: '10.2340/16501977-1927',
    },
    {
      key: 'awellScore',
      text: 'Awell Health. awell-score (open-source TypeScript score library), src/scores/tampa (README.md, tampa.ts, tampa_inputs.ts, tests), commit c37843e505763f1767d22d0250ee1920eccddb21.',
      url: 'https://github.com/awell-health/awell-score',
    },
  ],
  licence: {
    status: 'permission-required',
    verbatimText: false,
    holder: 'Original authors (Miller, Kori & Todd)',
    note: 'No licence or permission statement for the TSK was found, so promkit treats it conservatively as permission-required and ships short neutral labels, not the item text. Confirm the rights position with the authors before reproducing the items.',
  },
  items: [
    { id: 'tsk17_1', label: 'Afraid of injury if I exercise', options: agreement },
    { id: 'tsk17_2', label: 'Pain would increase if I pushed on', options: agreement },
    { id: 'tsk17_3', label: 'Body signals something dangerously wrong', options: agreement },
    { id: 'tsk17_4', label: 'Exercise would probably relieve pain', options: agreement, reverse: true },
    { id: 'tsk17_5', label: 'Others do not take condition seriously', options: agreement },
    { id: 'tsk17_6', label: 'Injury put body at lifelong risk', options: agreement },
    { id: 'tsk17_7', label: 'Pain always means bodily injury', options: agreement },
    { id: 'tsk17_8', label: 'Aggravated pain need not mean danger', options: agreement, reverse: true },
    { id: 'tsk17_9', label: 'Afraid of accidental injury', options: agreement },
    { id: 'tsk17_10', label: 'Avoiding unnecessary movement is safest', options: agreement },
    { id: 'tsk17_11', label: 'Pain this bad means something dangerous', options: agreement },
    { id: 'tsk17_12', label: 'Better off being physically active', options: agreement, reverse: true },
    { id: 'tsk17_13', label: 'Pain signals when to stop exercising', options: agreement },
    { id: 'tsk17_14', label: 'Activity is unsafe for my condition', options: agreement },
    { id: 'tsk17_15', label: 'Cannot do normal things; injure easily', options: agreement },
    { id: 'tsk17_16', label: 'Severe pain is not actually dangerous', options: agreement, reverse: true },
    { id: 'tsk17_17', label: 'No one should exercise when in pain', options: agreement },
  ],
  scores: [
    {
      name: 'total',
      label: 'TSK-17 total score',
      items: [
        'tsk17_1', 'tsk17_2', 'tsk17_3', 'tsk17_4', 'tsk17_5', 'tsk17_6', 'tsk17_7', 'tsk17_8', 'tsk17_9',
        'tsk17_10', 'tsk17_11', 'tsk17_12', 'tsk17_13', 'tsk17_14', 'tsk17_15', 'tsk17_16', 'tsk17_17',
      ],
      method: 'sum',
      range: [17, 68],
      missing: {
        minAnswered: 17,
        rounding: 'none',
        official: false,
        text: 'No published missing-item rule for the TSK-17 was found, so promkit requires all 17 items (conservative). No secondary rule was found either; a caller who wants proration can pass { missing: { minAnswered: k } }.',
        source: { ref: 'woby2005', note: 'no missing-item rule in Woby 2005 (abstract) or awell-score; none found elsewhere' },
      },
      direction: 'higher-is-worse',
      psychometrics: {
        reliability: {
          value: 0.82,
          kind: 'test-retest',
          population: 'English TSK-17, patients with chronic low back pain in UK physiotherapy (ICC; SEM 3.16)',
          source: { ref: 'woby2005', locator: 'Abstract' },
        },
        mcid: [
          {
            value: 4,
            unit: 'points',
            population: 'English TSK-17, patients with chronic low back pain in UK physiotherapy (reduction)',
            method: 'anchor-based: a reduction of at least 4 points best identified an important reduction in fear of movement',
            source: { ref: 'woby2005', locator: 'Abstract' },
          },
        ],
      },
    },
  ],
  flags: [
    {
      name: 'highKinesiophobia',
      label: 'Total above 37: high fear of movement (Vlaeyen 1995 cut-off)',
      when: { score: 'total', above: 37 },
      source: {
        ref: 'vlaeyen1995',
        note: 'cut-off "greater than 37" as cited by the awell-score README; Vlaeyen 1995 itself (Dutch TSK, chronic low back pain) was not retrieved',
      },
    },
  ],
  discrepancies: [
    {
      topic: 'Cut-off operator: "> 37" or "≥ 37"',
      decision: 'promkit flags a total above 37 (an exclusive bound: exactly 37 is not flagged, a total prorated under a caller policy to 37.19 is), as Vlaeyen 1995 is cited ("scored greater than 37" in the awell-score README). awell-score\'s code (tampa.ts) tests totalScore >= 37, which also flags exactly 37; promkit follows the cited source, not that code.',
      refs: ['vlaeyen1995', 'awellScore'],
    },
    {
      topic: 'Origin of the cut-off',
      decision: 'The 37 cut-off was derived with the Dutch TSK in chronic low back pain and is commonly transferred to the English TSK without re-derivation; promkit offers it as a flag only, with no severity bands.',
      refs: ['vlaeyen1995'],
    },
    {
      topic: 'Response labels',
      decision: 'promkit uses Strongly disagree / Disagree / Agree / Strongly agree (awell-score); some versions label 2 and 3 "Somewhat disagree" / "Somewhat agree". The 1–4 coding is the same.',
      refs: ['awellScore'],
    },
  ],
  notes: [
    'Reverse-scored items 4, 8, 12 and 16 are scored 5 − answer; promkit does this itself, so pass the answers as given (1–4).',
    'The TSK-11 (Woby 2005) is the plain sum of items 1, 2, 3, 5, 6, 7, 10, 11, 13, 15 and 17 of a complete TSK-17; see the separate tsk-11 definition.',
    'Finnish general-population reference values (TSK-FIN, Koho 2015): men mean 34.2 (SD 6.9, n = 455), women 32.9 (SD 6.5, n = 579), close to the 37 cut-off.',
  ],
});
