import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

const pain = [
  { value: 0, label: 'No pain in the past week' },
  { value: 1, label: 'Pain in the past week' },
];
const severity = [
  { value: 0, label: 'No problem' },
  { value: 1, label: 'Slight or mild' },
  { value: 2, label: 'Moderate' },
  { value: 3, label: 'Severe' },
];
const bothered = [
  { value: 0, label: 'No' },
  { value: 1, label: 'Yes, in the previous 6 months' },
];

// The 19 WPI areas, region by region as the criteria list them.
const region1 = ['fm_jaw_left', 'fm_shoulder_left', 'fm_upper_arm_left', 'fm_lower_arm_left'];
const region2 = ['fm_jaw_right', 'fm_shoulder_right', 'fm_upper_arm_right', 'fm_lower_arm_right'];
const region3 = ['fm_hip_left', 'fm_upper_leg_left', 'fm_lower_leg_left'];
const region4 = ['fm_hip_right', 'fm_upper_leg_right', 'fm_lower_leg_right'];
const region5 = ['fm_neck', 'fm_upper_back', 'fm_lower_back', 'fm_chest', 'fm_abdomen'];
const wpiItems = [...region1, ...region2, ...region3, ...region4, ...region5];
const sssItems = ['fm_fatigue', 'fm_waking_unrefreshed', 'fm_cognitive', 'fm_headaches', 'fm_lower_abdomen', 'fm_depression'];

const criteria = { ref: 'wolfe2016', locator: '2016 fibromyalgia criteria, criteria 1–4 and the ascertainment of the WPI and SSS (reproduced in J Rheum Dis, Table 4)' } as const;

const missing = (n: number, what: string) => ({
  minAnswered: n,
  rounding: 'none' as const,
  official: false,
  text: `Wolfe 2016 gives no rule for unanswered areas or symptoms, so promkit requires all ${n} ${what} (conservative).`,
  source: { ref: 'wolfe2016', note: 'no missing-item rule published' },
});

/** A region counts toward generalized pain when one of its areas other than jaw, chest and abdomen is painful. */
const regionScore = (name: string, label: string, items: string[]) => ({
  name,
  label,
  items,
  method: 'sum' as const,
  range: [0, items.length] as [number, number],
  missing: missing(items.length, 'areas of the region that count'),
  direction: 'higher-is-worse' as const,
});

const regions = ['leftUpperRegion', 'rightUpperRegion', 'leftLowerRegion', 'rightLowerRegion', 'axialRegion'];
/** At least 4 of the 5 regions: one of the five ways of leaving one region out holds. */
const generalizedPain = {
  any: regions.map((left) => ({ all: regions.filter((r) => r !== left).map((score) => ({ score, atLeast: 1 })) })),
};
const wpiSss = {
  any: [
    { all: [{ score: 'wpi', atLeast: 7 }, { score: 'sss', atLeast: 5 }] },
    { all: [{ score: 'wpi', atLeast: 4, atMost: 6 }, { score: 'sss', atLeast: 9 }] },
  ],
};

/**
 * Fibromyalgia diagnostic criteria, 2016 revision (Wolfe et al. 2016). Items: the 19 areas of
 * the Widespread Pain Index (`fm_jaw_left` … `fm_abdomen`, pain in the past week 0/1); the
 * Symptom Severity Scale (`fm_fatigue`, `fm_waking_unrefreshed`, `fm_cognitive` 0–3 over the
 * past week; `fm_headaches`, `fm_lower_abdomen`, `fm_depression` 0/1 over the previous 6
 * months); `fm_duration` (symptoms generally present for at least 3 months, 0/1).
 *
 * - `wpi` 0–19, `sss` 0–12, `fibromyalgiaSeverity` (the FS scale, WPI + SSS) 0–31.
 * - Region scores (`leftUpperRegion` … `axialRegion`): painful areas per region that count for
 *   generalized pain — jaw, chest and abdomen excluded, as the criteria say.
 * - Flags `wpiSssCriterion` (WPI ≥ 7 and SSS ≥ 5, or WPI 4–6 and SSS ≥ 9) and
 *   `generalizedPain` (pain in at least 4 of the 5 regions).
 * - Classification `criteria`: `met` when both flags hold and symptoms have lasted 3 months.
 *
 * Missing data: no published rule, so every item of a score is required.
 */
export const fm2016: Instrument = /* @__PURE__ */ shipped({
  id: 'fm-2016',
  title: 'Fibromyalgia diagnostic criteria, 2016 revision (Widespread Pain Index and Symptom Severity Scale)',
  shortTitle: 'FM 2016 criteria',
  version: '2016 revision of the 2010/2011 fibromyalgia diagnostic criteria (Wolfe et al. 2016): WPI 19 areas, SSS 0–12, FS scale, generalized pain, 3-month duration',
  domain: 'fibromyalgia',
  recallPeriod: 'Past week (pain areas; fatigue, waking unrefreshed, cognitive symptoms); previous 6 months (headaches, lower-abdominal pain or cramps, depression); symptoms for at least 3 months',
  citations: [
    {
      key: 'wolfe2016',
      text: 'Wolfe F, Clauw DJ, Fitzcharles MA, Goldenberg DL, Häuser W, Katz RL, Mease PJ, Russell AS, Russell IJ, Walitt B. 2016 Revisions to the 2010/2011 fibromyalgia diagnostic criteria. Semin Arthritis Rheum. 2016;46(3):319-329.',
      doi: '10.1016/j.semarthrit.2016.08.012',
    },
    {
      key: 'jrdTable',
      text: 'Journal of Rheumatic Diseases (Korean College of Rheumatology), Table 4 "2016 revised American College of Rheumatology diagnostic criteria": the criteria and the ascertainment of the WPI (regions 1–5 and their areas) and SSS, reproduced from Wolfe 2016 (the article the table belongs to was not identified).',
      url: 'https://www.jrd.or.kr/journal/popup_file.html?uid=1486&file=&md=tbl&idx=4',
    },
  ],
  licence: {
    status: 'permission-required',
    verbatimText: false,
    note: 'The criteria are published in Seminars in Arthritis and Rheumatism (Elsevier) and no licence statement for them or for a patient self-report form built on them was found, so promkit treats the wording conservatively: it ships short body-area and symptom labels and the scoring rules, not the criteria text or a form. Cite Wolfe et al. 2016.',
  },
  items: [
    { id: 'fm_jaw_left', label: 'Jaw, left (region 1)', options: pain },
    { id: 'fm_shoulder_left', label: 'Shoulder girdle, left (region 1)', options: pain },
    { id: 'fm_upper_arm_left', label: 'Upper arm, left (region 1)', options: pain },
    { id: 'fm_lower_arm_left', label: 'Lower arm, left (region 1)', options: pain },
    { id: 'fm_jaw_right', label: 'Jaw, right (region 2)', options: pain },
    { id: 'fm_shoulder_right', label: 'Shoulder girdle, right (region 2)', options: pain },
    { id: 'fm_upper_arm_right', label: 'Upper arm, right (region 2)', options: pain },
    { id: 'fm_lower_arm_right', label: 'Lower arm, right (region 2)', options: pain },
    { id: 'fm_hip_left', label: 'Hip (buttock, trochanter), left (region 3)', options: pain },
    { id: 'fm_upper_leg_left', label: 'Upper leg, left (region 3)', options: pain },
    { id: 'fm_lower_leg_left', label: 'Lower leg, left (region 3)', options: pain },
    { id: 'fm_hip_right', label: 'Hip (buttock, trochanter), right (region 4)', options: pain },
    { id: 'fm_upper_leg_right', label: 'Upper leg, right (region 4)', options: pain },
    { id: 'fm_lower_leg_right', label: 'Lower leg, right (region 4)', options: pain },
    { id: 'fm_neck', label: 'Neck (region 5, axial)', options: pain },
    { id: 'fm_upper_back', label: 'Upper back (region 5, axial)', options: pain },
    { id: 'fm_lower_back', label: 'Lower back (region 5, axial)', options: pain },
    { id: 'fm_chest', label: 'Chest (region 5, axial)', options: pain },
    { id: 'fm_abdomen', label: 'Abdomen (region 5, axial)', options: pain },
    { id: 'fm_fatigue', label: 'Fatigue, severity over the past week', options: severity },
    { id: 'fm_waking_unrefreshed', label: 'Waking unrefreshed, severity over the past week', options: severity },
    { id: 'fm_cognitive', label: 'Cognitive symptoms, severity over the past week', options: severity },
    { id: 'fm_headaches', label: 'Headaches (bothered in the previous 6 months)', options: bothered },
    { id: 'fm_lower_abdomen', label: 'Pain or cramps in the lower abdomen (bothered in the previous 6 months)', options: bothered },
    { id: 'fm_depression', label: 'Depression (bothered in the previous 6 months)', options: bothered },
    {
      id: 'fm_duration',
      label: 'Symptoms generally present for at least 3 months',
      options: [
        { value: 0, label: 'No' },
        { value: 1, label: 'Yes' },
      ],
    },
  ],
  scores: [
    {
      name: 'wpi',
      label: 'Widespread Pain Index (areas with pain in the past week)',
      items: wpiItems,
      method: 'sum',
      range: [0, 19],
      missing: missing(19, 'areas'),
      direction: 'higher-is-worse',
    },
    {
      name: 'sss',
      label: 'Symptom Severity Scale (fatigue, waking unrefreshed, cognitive symptoms 0–3 each; headaches, lower-abdominal pain or cramps, depression 0–1 each)',
      items: sssItems,
      method: 'sum',
      range: [0, 12],
      missing: missing(6, 'symptoms'),
      direction: 'higher-is-worse',
    },
    {
      name: 'fibromyalgiaSeverity',
      label: 'Fibromyalgia severity (FS) scale: WPI + SSS',
      items: [...wpiItems, ...sssItems],
      method: 'sum',
      range: [0, 31],
      missing: missing(25, 'areas and symptoms'),
      direction: 'higher-is-worse',
    },
    regionScore('leftUpperRegion', 'Region 1, left upper: painful areas counted for generalized pain (shoulder girdle, upper arm, lower arm; jaw excluded)', region1.slice(1)),
    regionScore('rightUpperRegion', 'Region 2, right upper: painful areas counted for generalized pain (shoulder girdle, upper arm, lower arm; jaw excluded)', region2.slice(1)),
    regionScore('leftLowerRegion', 'Region 3, left lower: painful areas (hip, upper leg, lower leg)', region3),
    regionScore('rightLowerRegion', 'Region 4, right lower: painful areas (hip, upper leg, lower leg)', region4),
    regionScore('axialRegion', 'Region 5, axial: painful areas counted for generalized pain (neck, upper back, lower back; chest and abdomen excluded)', region5.slice(0, 3)),
  ],
  flags: [
    {
      name: 'wpiSssCriterion',
      label: 'Criterion 1: WPI ≥ 7 and SSS ≥ 5, or WPI 4–6 and SSS ≥ 9',
      when: wpiSss,
      source: { ...criteria, note: 'criterion 1' },
    },
    {
      name: 'generalizedPain',
      label: 'Criterion 2: generalized pain, pain in at least 4 of the 5 regions (jaw, chest and abdominal pain not counted)',
      when: generalizedPain,
      source: { ...criteria, note: 'criterion 2: "Jaw, chest, and abdominal pain are not included in generalized pain definition"' },
    },
  ],
  classifications: [
    {
      name: 'criteria',
      label: 'Fibromyalgia 2016 criteria (criteria 1–3)',
      rules: [
        { label: 'met', when: { all: [wpiSss, generalizedPain, { item: 'fm_duration', atLeast: 1 }] } },
        { label: 'not met' },
      ],
      source: { ...criteria, note: 'all three conditions: criterion 1 (WPI/SSS), criterion 2 (generalized pain), criterion 3 (symptoms generally present for at least 3 months); criterion 4: the diagnosis is valid irrespective of other diagnoses' },
    },
  ],
  discrepancies: [
    {
      topic: 'Criteria text read from a reproduction',
      decision: 'The criteria, the five regions with their areas and the SSS ascertainment were read in the verbatim reproduction in J Rheum Dis (Table 4), not in the Elsevier article itself; they match the 2016 paper as widely cited (WPI 4–6 with SSS ≥ 9, where the 2010 criteria had WPI 3–6; the generalized-pain criterion added in 2016).',
      refs: ['wolfe2016', 'jrdTable'],
    },
    {
      topic: 'Missing areas or symptoms',
      decision: 'No published rule. promkit requires every item of a score; a flag or the classification is null when a score it needs is missing, unless the answered items already decide it (e.g. `fm_duration` = 0 makes the criteria "not met" whatever else is missing).',
      refs: ['wolfe2016'],
    },
  ],
  notes: [
    'Criterion 4: a diagnosis of fibromyalgia is valid irrespective of other diagnoses and does not exclude other clinically important illnesses; promkit does not ask about other diagnoses.',
    'The region scores exist only to apply the generalized-pain criterion; the WPI counts all 19 areas, jaw, chest and abdomen included.',
    'Severity categories for the FS scale proposed in later work are not shipped (not verified here); `fibromyalgiaSeverity` has no bands.',
    'The criteria can be completed by a clinician or, as in survey research, by the patient; the item labels here are promkit\u2019s own short labels.',
  ],
});
