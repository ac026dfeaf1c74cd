import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

const degree = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'To a slight degree' },
  { value: 2, label: 'To a moderate degree' },
  { value: 3, label: 'To a great degree' },
  { value: 4, label: 'All the time' },
];

const missingText =
  'Neither the HEAL CDE form nor the PCS sources give a missing-item rule for the 6-item form, so promkit requires all 6 items (conservative). A caller who wants proration can pass { missing: { minAnswered: k } }.';

/**
 * PCS-6, the 6-item short form of the Pain Catastrophizing Scale used as the NIH HEAL Initiative
 * core catastrophizing measure. Items `pcs6_1` … `pcs6_6` are PCS-13 items 4, 5, 6, 10, 11 and 13
 * (in that order), each 0–4; `total` is their sum, 0–24. No published cut-off or band exists for
 * the 6-item total (the PCS-13 threshold of 30 does not apply). No item text (licensed through
 * Mapi Research Trust).
 */
export const pcs6: Instrument = /* @__PURE__ */ shipped({
  id: 'pcs-6',
  title: 'Pain Catastrophizing Scale, 6-item short form',
  shortTitle: 'PCS-6',
  version: 'NIH HEAL Initiative common data element "Pain Catastrophizing Scale – Short Form 6" (HEAL CDE variable set healcdePCS6, v2.0): PCS-13 items 4, 5, 6, 10, 11 and 13, each 0–4, summed.',
  domain: 'catastrophizing',
  recallPeriod: null,
  citations: [
    {
      key: 'sullivan1995',
      text: 'Sullivan MJL, Bishop SR, Pivik J. The Pain Catastrophizing Scale: development and validation. Psychol Assess. 1995;7(4):524-532.',
      doi: '10.1037/1040-3590.7.4.524',
    },
    {
      key: 'wandner2022',
      text: 'Wandner LD, Domenichiello AF, Beierlein J, et al. NIH\'s Helping to End Addiction Long-term Initiative (NIH HEAL Initiative) Clinical Pain Management Common Data Element Program. J Pain. 2022;23(3):370-378.',
      doi: '10.1016/j.jpain.2021.08.005',
    },
    {
      key: 'healCde',
      text: 'NIH HEAL Initiative Common Data Elements (CDE) Program: core CDEs for clinical pain studies, including the catastrophizing domain (HEAL CDE Repository).',
      url: 'https://heal.nih.gov/data/common-data-elements',
    },
    {
      key: 'a2cps',
      text: 'A2CPS (Acute to Chronic Pain Signatures, an NIH HEAL study) data-submission code, pschumm/a2cps-data-submission: schemas/pcs-6.yaml (HEAL CDE PCS-6 variables PCQPainAwfulOvrwhlmScl, PCQFeelCantWithstandScl, PCQAfraidPainWorseScl, PCQHurtScl, PCQPainStopScl, PCQSeriousScl, PCQTotalScoreVal, each item 0 "not at all" – 4 "all the time") and generate_uploads/pcs6.json (mapping PCS-13 items 4, 5, 6, 10, 11, 13 onto them; HEAL CDE version "healcdePCS6_2.0"), commit 750e074f8e30b88005f9e61823a59f6aa2c83101.',
      url: 'https://github.com/pschumm/a2cps-data-submission',
    },
    {
      key: 'healCdeList',
      text: 'heal-data-stewards/heal-cdes, mappings/study-crf-mappings/from-heal-cde-team/crf-heal-cde-ids.csv, commit 73969b692211fb8a5f0b30b6e3bf07def13055a5: the HEAL CDE team\'s list of forms, marking the full PCS ("Pain Catastrophizing Questionnaire 13- PCS 13") as copyrighted.',
      url: 'https://github.com/heal-data-stewards/heal-cdes',
    },
    {
      key: 'cheng2019',
      text: 'Cheng ST, Chen PP, Chow YF, Chung JWY, Law ACB, Lee JSW, Leung EMF, Tam CWC. The Pain Catastrophizing Scale-short form: psychometric properties and threshold for identifying high-risk individuals. Int Psychogeriatr. 2019;31(11):1665-1674 (Abstract: two items from each PCS dimension plus one item associated with disability and depression, a 7-item short PCS).',
      doi: '10.1017/S1041610219000024',
    },
    {
      key: 'walton2020',
      text: 'Walton DM, Mehta S, Seo W, MacDermid JC. Creation and validation of the 4-item BriefPCS-chronic through methodological triangulation. Health Qual Life Outcomes. 2020;18 (Abstract: a unidimensional 4-item PCS from the Quebec Pain Registry).',
    },
    {
      key: 'sullivanLab',
      text: 'Sullivan Pain Research Lab, McGill University. The Pain Catastrophizing Scale (PCS): licensed and distributed by Mapi Research Trust on behalf of Dr Michael Sullivan.',
      url: 'https://sullivan-painresearch.mcgill.ca/pcs.php',
    },
  ],
  licence: {
    status: 'permission-required',
    verbatimText: false,
    holder: 'Michael J.L. Sullivan; licensed and distributed by Mapi Research Trust',
    note: 'The PCS-6 items are PCS items, so the PCS licence applies: the PCS is licensed and distributed by Mapi Research Trust on behalf of Dr Michael Sullivan (the HEAL CDE team lists the PCS as copyrighted). Obtain the form and permission from Mapi Research Trust (ePROVIDE). promkit ships short neutral labels, not the item text.',
    url: 'https://sullivan-painresearch.mcgill.ca/pcs.php',
  },
  items: [
    { id: 'pcs6_1', label: 'Pain awful and overwhelming (PCS item 4)', options: degree },
    { id: 'pcs6_2', label: 'Feel unable to stand it (PCS item 5)', options: degree },
    { id: 'pcs6_3', label: 'Afraid the pain will worsen (PCS item 6)', options: degree },
    { id: 'pcs6_4', label: 'Keep thinking how much it hurts (PCS item 10)', options: degree },
    { id: 'pcs6_5', label: 'Keep thinking how badly want relief (PCS item 11)', options: degree },
    { id: 'pcs6_6', label: 'Wonder if something serious may happen (PCS item 13)', options: degree },
  ],
  scores: [
    {
      name: 'total',
      label: 'PCS-6 total score',
      items: ['pcs6_1', 'pcs6_2', 'pcs6_3', 'pcs6_4', 'pcs6_5', 'pcs6_6'],
      method: 'sum',
      range: [0, 24],
      missing: {
        minAnswered: 6,
        rounding: 'none',
        official: false,
        source: { ref: 'a2cps', locator: 'schemas/pcs-6.yaml', note: 'the HEAL CDE defines the total as the sum of the items ("Total sum value of the scores from all queries") and gives no missing-item rule' },
        text: missingText,
      },
      direction: 'higher-is-worse',
    },
  ],
  discrepancies: [
    {
      topic: 'Which six items',
      decision: 'promkit follows the HEAL CDE form as implemented by the A2CPS HEAL study: PCS items 4 (awful, overwhelms), 5 (cannot stand it), 6 (afraid it will get worse), 10 (how much it hurts), 11 (want it to stop) and 13 (something serious), two from each PCS subscale. The paper that chose these six items was not identified: the HEAL CDE listings and the A2CPS implementation name no derivation paper, and the published PCS short forms that were found select other item sets (Cheng et al. 2019: 7 items; Walton et al. 2020, BriefPCS-chronic: 4 items; a short-form paper by McWilliams et al. (Eur J Pain 2015) was not retrieved, so its item set could not be compared). The HEAL CDE form itself is therefore the operative definition; if a derivation paper is found, its item list must be checked against this one.',
      refs: ['a2cps', 'healCde', 'cheng2019', 'walton2020'],
    },
    {
      topic: 'Subscales and cut-offs',
      decision: 'With two items per PCS subscale, rumination, magnification and helplessness part-scores could be summed, but no source publishes them for the PCS-6, so promkit reports the total only. The PCS-13 clinical threshold (30 of 52) must not be applied to the 6-item total, and no PCS-6 threshold was found; no flag or band is defined.',
      refs: ['sullivan1995', 'a2cps'],
    },
    {
      topic: 'Missing items',
      decision: 'No official rule; promkit requires all 6 items.',
      refs: ['a2cps', 'sullivan1995'],
    },
  ],
  notes: [
    'Item coding 0 "not at all" … 4 "all the time" is the PCS coding (Sullivan 1995) and the HEAL CDE coding (A2CPS schema).',
    'A PCS-13 administration can be rescored as PCS-6 by passing PCS items 4, 5, 6, 10, 11 and 13 as pcs6_1 … pcs6_6.',
    'No LOINC codes for the PCS-6 panel, items or total were found.',
  ],
});
