import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

const agreement = { min: 0, max: 6, integer: true, minLabel: 'Completely disagree', maxLabel: 'Completely agree' };

const labels = [
  'Pain was caused by physical activity',
  'Physical activity makes pain worse',
  'Physical activity might harm my back',
  'Should not do physical activities that (might) worsen pain',
  'Cannot do physical activities that (might) worsen pain',
  'Pain was caused by work or a work accident',
  'Work aggravated my pain',
  'Have a claim for compensation for my pain',
  'Work is too heavy for me',
  'Work makes or would make pain worse',
  'Work might harm my back',
  'Should not do normal work with present pain',
  'Cannot do normal work with present pain',
  'Cannot do normal work until pain is treated',
  'Do not think I will be back at normal work within 3 months',
  'Do not think I will ever be able to go back to that work',
];

const allItems = (n: number, name: string) => ({
  minAnswered: n,
  rounding: 'none' as const,
  official: false,
  source: { ref: 'waddell1993', note: 'no missing-item rule found in the sources read' },
  text: `No published missing-item rule was found, so promkit requires all ${n} ${name} items (conservative). A caller who wants proration can pass { missing: { minAnswered: k } }.`,
});

/**
 * FABQ, Fear-Avoidance Beliefs Questionnaire (Waddell et al. 1993). Items `fabq_1` … `fabq_16`,
 * each 0 (completely disagree) – 6 (completely agree). Two subscales:
 * `physicalActivity` (FABQ-PA, items 2–5, 0–24) and `work` (FABQ-W, items 6, 7, 9, 10, 11, 12
 * and 15, 0–42). Items 1, 8, 13, 14 and 16 are asked but not scored. No cut-offs are built in:
 * the developers published none.
 */
export const fabq: Instrument = /* @__PURE__ */ shipped({
  id: 'fabq',
  title: 'Fear-Avoidance Beliefs Questionnaire',
  shortTitle: 'FABQ',
  version: 'FABQ, 16 items (Waddell et al. 1993), English; physical activity (items 2–5) and work (items 6, 7, 9–12, 15) subscales; items 1, 8, 13, 14, 16 unscored.',
  domain: 'fear-avoidance',
  recallPeriod: null,
  citations: [
    {
      key: 'waddell1993',
      text: 'Waddell G, Newton M, Henderson I, Somerville D, Main CJ. A Fear-Avoidance Beliefs Questionnaire (FABQ) and the role of fear-avoidance beliefs in chronic low back pain and disability. Pain. 1993;52(2):157-168.',
    },
    {
      key: 'sralab',
      text: 'Shirley Ryan AbilityLab, Rehabilitation Measures Database: Fear-Avoidance Beliefs Questionnaire, as carried (in Turkish translation) by fr3sby2/ftr-site, _assessments/fear-avoidance-beliefs-questionnaire.md, commit 40582ef9ad3535a3033962ee4e4e7378dfa4c988: 16 items scored 0–6; the first 5 items concern physical activity and the other 11 work; FABQ-PA (0–24) is the sum of items 2–5 and FABQ-W (0–42) the sum of items 6, 7, 9–12 and 15.',
      url: 'https://github.com/fr3sby2/ftr-site',
    },
    {
      key: 'fysioterapeuten2011',
      text: 'Fear-avoidance beliefs and associated characteristics in patients with acute low back pain (original article, Fysioterapeuten, accepted 2011): "Skjema har ingen angitt kuttverdi" (the questionnaire has no stated cut-off); the study used FABQ-W > 29 and FABQ-PA > 14 taken from other authors.',
      url: 'https://fysioterapeuten.no/Fag-og-vitenskap/Fagartikler/Fear-avoidance-beliefs-and-associated-characteristics',
    },
    {
      key: 'fritz2001',
      text: 'Fritz JM, George SZ, Delitto A. The role of fear-avoidance beliefs in acute low back pain: relationships with current and future disability and work status. Pain. 2001;94(1):7-15.',
    },
    {
      key: 'healCdeList',
      text: 'heal-data-stewards/heal-cdes, mappings/study-crf-mappings/from-heal-cde-team/crf-heal-cde-ids.csv, commit 73969b692211fb8a5f0b30b6e3bf07def13055a5: "Fear-Avoidance Beliefs Questionnaire- FABQ" (HEAL id fabq) and "Fear Avoidance Belief Questionnaire Physical Activity- FABQ PA" (fabq-physical-activity) as HEAL supplemental CDEs.',
      url: 'https://github.com/heal-data-stewards/heal-cdes',
    },
  ],
  licence: {
    status: 'permission-required',
    verbatimText: false,
    holder: 'The authors (Waddell et al.)',
    note: 'No licence or permission statement for the FABQ was found in the sources read, so promkit treats it conservatively: short neutral labels only, not the item wording. Confirm the terms of use before reproducing the questionnaire.',
  },
  items: labels.map((label, i) => ({ id: `fabq_${i + 1}`, label, numeric: agreement })),
  scores: [
    {
      name: 'physicalActivity',
      label: 'FABQ physical activity subscale (FABQ-PA)',
      items: ['fabq_2', 'fabq_3', 'fabq_4', 'fabq_5'],
      method: 'sum',
      range: [0, 24],
      missing: allItems(4, 'physical activity'),
      direction: 'higher-is-worse',
    },
    {
      name: 'work',
      label: 'FABQ work subscale (FABQ-W)',
      items: ['fabq_6', 'fabq_7', 'fabq_9', 'fabq_10', 'fabq_11', 'fabq_12', 'fabq_15'],
      method: 'sum',
      range: [0, 42],
      missing: allItems(7, 'work'),
      direction: 'higher-is-worse',
    },
  ],
  discrepancies: [
    {
      topic: 'Cut-offs',
      decision: 'Waddell 1993 gives no cut-off, and studies use different ones (e.g. FABQ-W > 29 or > 34, FABQ-PA > 14 or > 15), each derived for its own population and outcome. promkit builds in none; compare the subscale values with the cut-off of the study that fits your population.',
      refs: ['fysioterapeuten2011', 'waddell1993', 'fritz2001'],
    },
    {
      topic: 'Total score',
      decision: 'Some summaries add all 16 items (0–96), but the developers\' scoring is the two subscales, which leave items 1, 8, 13, 14 and 16 unscored. promkit reports the two subscales only.',
      refs: ['waddell1993', 'sralab'],
    },
  ],
  notes: [
    'Items 1–5 concern physical activity and items 6–16 work; a patient who is not working may leave the work items blank, and then only FABQ-PA is scored.',
    'Each item is answered on a 0–6 scale; promkit labels its ends "completely disagree" (0) and "completely agree" (6).',
    'No LOINC codes for the FABQ were found.',
  ],
});
