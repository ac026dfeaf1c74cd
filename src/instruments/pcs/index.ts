import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

const degree = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'To a slight degree' },
  { value: 2, label: 'To a moderate degree' },
  { value: 3, label: 'To a great degree' },
  { value: 4, label: 'All the time' },
];

/**
 * PCS, Pain Catastrophizing Scale (Sullivan, Bishop & Pivik 1995). Items `pcs_1` … `pcs_13`,
 * each 0–4; `total` 0–52 and subscales `rumination` (items 8–11), `magnification` (6, 7, 13) and
 * `helplessness` (1–5, 12); flag `clinicallyRelevant` for a total of 30 or more. No item text
 * (licensed through Mapi Research Trust).
 */
export const pcs: Instrument = /* @__PURE__ */ shipped({
  id: 'pcs',
  title: 'Pain Catastrophizing Scale',
  shortTitle: 'PCS',
  version: 'PCS 13-item adult English version (Sullivan, Bishop & Pivik 1995; PCS User Manual 2009)',
  domain: 'catastrophizing',
  recallPeriod: null,
  citations: [
    {
      key: 'sullivan1995',
      text: 'Sullivan MJL, Bishop SR, Pivik J. The Pain Catastrophizing Scale: development and validation. Psychol Assess. 1995;7(4):524-532.',
      doi: '10.1037/1040-3590.7.4.524',
    },
    {
      key: 'sullivan2009manual',
      text: 'Sullivan MJL. The Pain Catastrophizing Scale: User Manual. Montreal: McGill University; 2009 (section "Interpretation of PCS Scores", p. 6; Appendix A, raw scores and percentiles).',
      url: 'https://vdocument.in/pain-catastrophizing-scale-manual-sullivan.html',
    },
    {
      key: 'sullivanLab',
      text: 'Sullivan Pain Research Lab, McGill University. The Pain Catastrophizing Scale (PCS): licensed and distributed by Mapi Research Trust on behalf of Dr Michael Sullivan.',
      url: 'https://sullivan-painresearch.mcgill.ca/pcs.php',
    },
    {
      key: 'sralab',
      text: 'Shirley Ryan AbilityLab, Rehabilitation Measures Database: Pain Catastrophizing Scale (Key Descriptions: items, subscales, "a total score above 30 indicates clinically relevant level of catastrophizing").',
      url: 'http://semestadata.com/rehabilitation-measures/pain-catastrophizing-scale',
    },
    {
      key: 'sprypt',
      text: 'SPRY. How to use the Pain Catastrophizing Scale ("a score of 30 or above matches the 75th percentile").',
      url: 'https://www.sprypt.com/proms/how-to-use-the-pain-catastrophizing-scale',
    },
    {
      key: 'fernandes2012',
      text: 'Fernandes L, Storheim K, Lochting I, Grotle M. Cross-cultural adaptation and validation of the Norwegian Pain Catastrophizing Scale in patients with low back pain. BMC Musculoskelet Disord. 2012;13:111.',
      doi: '10.1186/1471-2474-13-111',
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3407790',
    },
    {
      key: 'monticone2022',
      text: 'Monticone M, Portoghese I, Rocca B, Giordano A, Campagna M, Franchignoni F. Responsiveness and minimal important change of the Pain Catastrophizing Scale in people with chronic low back pain undergoing multidisciplinary rehabilitation. Eur J Phys Rehabil Med. 2022;58(1):68-75 (Abstract: MDC 7.73; MIC 8 points, 95% CI 6-10, whole sample; 11 points, 95% CI 8-14, baseline PCS > 30, n = 33).',
      doi: '10.23736/S1973-9087.21.06729-0',
    },
    {
      key: 'awellScore',
      text: 'Awell Health. awell-score (open-source TypeScript score library), src/scores/pcs, commit c37843e505763f1767d22d0250ee1920eccddb21.',
      url: 'https://github.com/awell-health/awell-score',
    },
  ],
  licence: {
    status: 'permission-required',
    verbatimText: false,
    holder: 'Michael J.L. Sullivan; licensed and distributed by Mapi Research Trust',
    note: 'The PCS is licensed and distributed by Mapi Research Trust on behalf of Dr Michael Sullivan; obtain the form and permission (fees depend on the type of user) from Mapi Research Trust (ePROVIDE). promkit ships short neutral labels, not the item text.',
    url: 'https://sullivan-painresearch.mcgill.ca/pcs.php',
  },
  items: [
    { id: 'pcs_1', label: 'Worry whether the pain will end', options: degree },
    { id: 'pcs_2', label: 'Feel unable to go on', options: degree },
    { id: 'pcs_3', label: 'Pain terrible, will never improve', options: degree },
    { id: 'pcs_4', label: 'Pain awful and overwhelming', options: degree },
    { id: 'pcs_5', label: 'Feel unable to stand it', options: degree },
    { id: 'pcs_6', label: 'Afraid the pain will worsen', options: degree },
    { id: 'pcs_7', label: 'Think of other painful events', options: degree },
    { id: 'pcs_8', label: 'Anxiously want the pain gone', options: degree },
    { id: 'pcs_9', label: 'Cannot keep pain out of mind', options: degree },
    { id: 'pcs_10', label: 'Keep thinking how much it hurts', options: degree },
    { id: 'pcs_11', label: 'Keep thinking how badly want relief', options: degree },
    { id: 'pcs_12', label: 'Nothing reduces the pain intensity', options: degree },
    { id: 'pcs_13', label: 'Wonder if something serious may happen', options: degree },
  ],
  scores: [
    {
      name: 'total',
      label: 'PCS total score',
      items: ['pcs_1', 'pcs_2', 'pcs_3', 'pcs_4', 'pcs_5', 'pcs_6', 'pcs_7', 'pcs_8', 'pcs_9', 'pcs_10', 'pcs_11', 'pcs_12', 'pcs_13'],
      method: 'sum',
      range: [0, 52],
      missing: {
        minAnswered: 13,
        rounding: 'none',
        official: false,
        source: { ref: 'sullivan2009manual', note: 'no missing-item rule found in the accessible parts of the manual or in Sullivan 1995' },
        text: 'No published missing-item rule was found (Sullivan 1995 and the accessible parts of the PCS manual describe summing all items only), so promkit requires all 13 items (conservative). No secondary rule was found either; a caller who wants proration can pass { missing: { minAnswered: k } }.',
      },
      direction: 'higher-is-worse',
      psychometrics: {
        reliability: {
          value: 0.9,
          kind: 'internal-consistency',
          population: 'Norwegian PCS, 90 patients with sub-acute or chronic non-specific low back pain (primary and secondary care)',
          source: { ref: 'fernandes2012', locator: 'Abstract: Cronbach alpha 0.90 for the total score' },
        },
        reference: {
          mean: 13.6,
          sd: 9.2,
          n: 90,
          population: 'Norwegian patients with sub-acute or chronic non-specific low back pain (primary and secondary care)',
          source: { ref: 'fernandes2012', locator: 'Table 1' },
        },
        mcid: [
          {
            value: 8,
            unit: 'points',
            population: 'Italian PCS, 205 people with chronic low back pain in 8-week multidisciplinary rehabilitation (whole sample)',
            method: 'anchor-based (ROC against a 7-point global perceived effect scale)',
            source: { ref: 'monticone2022', locator: 'Abstract' },
          },
          {
            value: 11,
            unit: 'points',
            population: 'Same study, subgroup with baseline PCS above 30 (n = 33)',
            method: 'anchor-based (ROC against a 7-point global perceived effect scale)',
            source: { ref: 'monticone2022', locator: 'Abstract' },
          },
        ],
      },
    },
    {
      name: 'rumination',
      label: 'PCS rumination subscale',
      items: ['pcs_8', 'pcs_9', 'pcs_10', 'pcs_11'],
      method: 'sum',
      range: [0, 16],
      missing: {
        minAnswered: 4,
        rounding: 'none',
        official: false,
        source: { ref: 'sullivan2009manual', note: 'no missing-item rule found in the accessible parts of the manual or in Sullivan 1995' },
        text: 'No published missing-item rule was found, so promkit requires all 4 rumination items (conservative).',
      },
      direction: 'higher-is-worse',
    },
    {
      name: 'magnification',
      label: 'PCS magnification subscale',
      items: ['pcs_6', 'pcs_7', 'pcs_13'],
      method: 'sum',
      range: [0, 12],
      missing: {
        minAnswered: 3,
        rounding: 'none',
        official: false,
        source: { ref: 'sullivan2009manual', note: 'no missing-item rule found in the accessible parts of the manual or in Sullivan 1995' },
        text: 'No published missing-item rule was found, so promkit requires all 3 magnification items (conservative).',
      },
      direction: 'higher-is-worse',
    },
    {
      name: 'helplessness',
      label: 'PCS helplessness subscale',
      items: ['pcs_1', 'pcs_2', 'pcs_3', 'pcs_4', 'pcs_5', 'pcs_12'],
      method: 'sum',
      range: [0, 24],
      missing: {
        minAnswered: 6,
        rounding: 'none',
        official: false,
        source: { ref: 'sullivan2009manual', note: 'no missing-item rule found in the accessible parts of the manual or in Sullivan 1995' },
        text: 'No published missing-item rule was found, so promkit requires all 6 helplessness items (conservative).',
      },
      direction: 'higher-is-worse',
    },
  ],
  flags: [
    {
      name: 'clinicallyRelevant',
      label: 'Total of 30 or more (75th percentile of chronic pain patients): clinically relevant catastrophizing',
      when: { score: 'total', atLeast: 30 },
      source: {
        ref: 'sullivan2009manual',
        locator: 'Interpretation of PCS Scores, p. 6',
        note: 'a total of 30 corresponds to the 75th percentile of PCS scores in chronic pain patients; the manual page itself was not retrieved, the "30 or above" reading is as summarised by SPRY (see discrepancies)',
      },
    },
  ],
  discrepancies: [
    {
      topic: 'Clinically relevant cut-off: "30 or more" or "above 30"',
      decision: 'promkit flags a total of 30 or more (the manual places 30 at the 75th percentile of chronic pain patients; SPRY: "a score of 30 or above"). SRALab and other summaries say "above 30" (31 or more), and Monticone 2022 splits at "<30" / ">30". Only a total of exactly 30 is affected; a user who needs "> 30" should test total ≥ 31.',
      refs: ['sullivan2009manual', 'sprypt', 'sralab', 'monticone2022'],
    },
    {
      topic: 'Missing items',
      decision: 'No official rule was found; promkit requires every item of the total and of each subscale. A subscale can still be scored when another subscale has a missing item.',
      refs: ['sullivan1995', 'sullivan2009manual'],
    },
    {
      topic: 'Reliability coefficient',
      decision: 'promkit stores Cronbach alpha 0.90 (Norwegian low back pain sample). Sullivan 1995 reported test–retest r of about 0.70–0.75 over 6–12 weeks in non-clinical samples (seen only in a secondary summary) and Fernandes 2012 ICCs of 0.74–0.87 across total and subscales; choose the coefficient that fits the population before computing a reliable change.',
      refs: ['fernandes2012', 'sullivan1995'],
    },
  ],
  notes: [
    'Subscale item sets (rumination 8, 9, 10, 11; magnification 6, 7, 13; helplessness 1, 2, 3, 4, 5, 12) agree in SRALab, awell-score (pcs_scales.ts) and the qhs R package.',
    'Respondents rate thoughts and feelings when experiencing pain, reflecting on past painful experiences; there is no fixed recall period.',
    'The manual\'s Appendix A converts raw scores to percentiles; that table is not included.',
  ],
});
