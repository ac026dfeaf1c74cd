import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

const bothered = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'A little bit' },
  { value: 2, label: 'Moderately' },
  { value: 3, label: 'Quite a bit' },
  { value: 4, label: 'Extremely' },
];

const B = ['pcl5_1', 'pcl5_2', 'pcl5_3', 'pcl5_4', 'pcl5_5'];
const C = ['pcl5_6', 'pcl5_7'];
const D = ['pcl5_8', 'pcl5_9', 'pcl5_10', 'pcl5_11', 'pcl5_12', 'pcl5_13', 'pcl5_14'];
const E = ['pcl5_15', 'pcl5_16', 'pcl5_17', 'pcl5_18', 'pcl5_19', 'pcl5_20'];

const scoring = { ref: 'ncptsd', locator: 'PCL-5 page, scoring' } as const;

const missing = (n: number) => ({
  minAnswered: n,
  rounding: 'none' as const,
  official: false,
  text: `The National Center for PTSD scoring guidance gives no missing-item rule, so promkit requires all ${n} items (conservative).`,
  source: { ref: 'ncptsd', note: 'no missing-item rule published' },
});

const endorsed = (name: string, label: string, items: string[]) => ({
  name,
  label,
  items,
  method: 'count' as const,
  countAtLeast: 2,
  range: [0, items.length] as [number, number],
  missing: missing(items.length),
  direction: 'higher-is-worse' as const,
});

/**
 * PCL-5, PTSD Checklist for DSM-5 (Weathers et al. 2013, National Center for PTSD). Items
 * `pcl5_1` … `pcl5_20`, each 0–4 (not at all … extremely), past month.
 *
 * - `total`: sum of the 20 items, 0–80.
 * - DSM-5 cluster severity sums: `intrusion` (B, items 1–5, 0–20), `avoidance` (C, items 6–7,
 *   0–8), `negativeCognitionsMood` (D, items 8–14, 0–28), `arousalReactivity` (E, items 15–20,
 *   0–24).
 * - Symptoms endorsed per cluster (items rated 2 "moderately" or higher): `intrusionEndorsed`,
 *   `avoidanceEndorsed`, `negativeCognitionsMoodEndorsed`, `arousalReactivityEndorsed`.
 * - Flag `provisionalDiagnosis`: the DSM-5 rule, at least 1 B, 1 C, 2 D and 2 E symptoms
 *   endorsed. Flag `probablePtsd`: total ≥ 33, the upper end of the published cut-off range 31–33.
 *
 * Missing data: no published rule, so every item of a score is required.
 */
export const pcl5: Instrument = /* @__PURE__ */ shipped({
  id: 'pcl-5',
  title: 'PTSD Checklist for DSM-5',
  shortTitle: 'PCL-5',
  version: 'PCL-5 standard form without Criterion A (Weathers et al. 2013), English; items 0–4',
  domain: 'posttraumatic stress',
  recallPeriod: 'In the past month',
  citations: [
    {
      key: 'weathers2013',
      text: 'Weathers FW, Litz BT, Keane TM, Palmieri PA, Marx BP, Schnurr PP. The PTSD Checklist for DSM-5 (PCL-5). 2013. Scale available from the National Center for PTSD at www.ptsd.va.gov.',
      url: 'https://www.ptsd.va.gov/professional/assessment/adult-sr/ptsd-checklist.asp',
    },
    {
      key: 'ncptsd',
      text: 'U.S. Department of Veterans Affairs, National Center for PTSD. PTSD Checklist for DSM-5 (PCL-5): description and scoring (total symptom severity 0–80; DSM-5 cluster severity B items 1–5, C 6–7, D 8–14, E 15–20; provisional diagnosis by the DSM-5 rule with items rated 2 or higher as endorsed; "a PCL-5 cutoff score between 31-33 is indicative of probable PTSD across samples"). Read in the copy of the scoring text in the awell-score README (src/scores/pcl_5/README.md).',
      url: 'https://www.ptsd.va.gov/professional/assessment/adult-sr/ptsd-checklist.asp',
    },
    {
      key: 'blevins2015',
      text: 'Blevins CA, Weathers FW, Davis MT, Witte TK, Domino JL. The Posttraumatic Stress Disorder Checklist for DSM-5 (PCL-5): development and initial psychometric evaluation. J Trauma Stress. 2015;28(6):489-498.',
      doi: '10.1002/jts.22059',
    },
    {
      key: 'bovin2016',
      text: 'Bovin MJ, Marx BP, Weathers FW, Gallagher MW, Rodriguez P, Schnurr PP, Keane TM. Psychometric properties of the PTSD Checklist for Diagnostic and Statistical Manual of Mental Disorders-Fifth Edition (PCL-5) in veterans. Psychol Assess. 2016;28(11):1379-1391.',
      doi: '10.1037/pas0000254',
    },
    {
      key: 'camcops',
      text: 'CamCOPS documentation, PTSD Checklist: DSM-5 Version (PCL-5), "Intellectual property rights": a work of the US Government, as per Weathers et al. (2013). ucam-department-of-psychiatry/camcops, docs/source/tasks/pcl5.rst, commit 267c0f654dc0650aea15e4031778cae7b28c1cd4.',
      url: 'https://github.com/ucam-department-of-psychiatry/camcops/blob/267c0f654dc0650aea15e4031778cae7b28c1cd4/docs/source/tasks/pcl5.rst',
    },
    {
      key: 'awellScore',
      text: 'awell-health/awell-score (independent open-source TypeScript scoring library), src/scores/pcl_5/ (README, inputs, clusters, helpers and test vectors), commit c37843e505763f1767d22d0250ee1920eccddb21.',
      url: 'https://github.com/awell-health/awell-score/tree/c37843e505763f1767d22d0250ee1920eccddb21/src/scores/pcl_5',
    },
  ],
  licence: {
    status: 'public-domain',
    verbatimText: true,
    holder: 'U.S. Department of Veterans Affairs, National Center for PTSD',
    note: 'Developed by the National Center for PTSD; a work of the US Government and so in the public domain (CamCOPS, citing Weathers et al. 2013 as given by the VA). The VA distributes the form free of charge at ptsd.va.gov; cite Weathers et al. 2013.',
    url: 'https://www.ptsd.va.gov/professional/assessment/adult-sr/ptsd-checklist.asp',
  },
  items: [
    { id: 'pcl5_1', label: 'Unwanted memories', text: 'Repeated, disturbing, and unwanted memories of the stressful experience?', options: bothered },
    { id: 'pcl5_2', label: 'Disturbing dreams', text: 'Repeated, disturbing dreams of the stressful experience?', options: bothered },
    { id: 'pcl5_3', label: 'Reliving', text: 'Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)?', options: bothered },
    { id: 'pcl5_4', label: 'Upset at reminders', text: 'Feeling very upset when something reminded you of the stressful experience?', options: bothered },
    { id: 'pcl5_5', label: 'Physical reactions to reminders', text: 'Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)?', options: bothered },
    { id: 'pcl5_6', label: 'Avoiding memories, thoughts, feelings', text: 'Avoiding memories, thoughts, or feelings related to the stressful experience?', options: bothered },
    { id: 'pcl5_7', label: 'Avoiding external reminders', text: 'Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)?', options: bothered },
    { id: 'pcl5_8', label: 'Trouble remembering', text: 'Trouble remembering important parts of the stressful experience?', options: bothered },
    { id: 'pcl5_9', label: 'Strong negative beliefs', text: 'Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?', options: bothered },
    { id: 'pcl5_10', label: 'Blaming self or others', text: 'Blaming yourself or someone else for the stressful experience or what happened after it?', options: bothered },
    { id: 'pcl5_11', label: 'Strong negative feelings', text: 'Having strong negative feelings such as fear, horror, anger, guilt, or shame?', options: bothered },
    { id: 'pcl5_12', label: 'Loss of interest', text: 'Loss of interest in activities that you used to enjoy?', options: bothered },
    { id: 'pcl5_13', label: 'Feeling distant or cut off', text: 'Feeling distant or cut off from other people?', options: bothered },
    { id: 'pcl5_14', label: 'Trouble experiencing positive feelings', text: 'Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?', options: bothered },
    { id: 'pcl5_15', label: 'Irritability, anger, aggression', text: 'Irritable behavior, angry outbursts, or acting aggressively?', options: bothered },
    { id: 'pcl5_16', label: 'Risk taking', text: 'Taking too many risks or doing things that could cause you harm?', options: bothered },
    { id: 'pcl5_17', label: 'Hypervigilance', text: 'Being “superalert” or watchful or on guard?', options: bothered },
    { id: 'pcl5_18', label: 'Jumpy or easily startled', text: 'Feeling jumpy or easily startled?', options: bothered },
    { id: 'pcl5_19', label: 'Difficulty concentrating', text: 'Having difficulty concentrating?', options: bothered },
    { id: 'pcl5_20', label: 'Trouble sleeping', text: 'Trouble falling or staying asleep?', options: bothered },
  ],
  scores: [
    {
      name: 'total',
      label: 'PCL-5 total symptom severity',
      items: [...B, ...C, ...D, ...E],
      method: 'sum',
      range: [0, 80],
      missing: missing(20),
      direction: 'higher-is-worse',
    },
    { name: 'intrusion', label: 'Cluster B, intrusion symptoms (items 1–5)', items: B, method: 'sum', range: [0, 20], missing: missing(5), direction: 'higher-is-worse' },
    { name: 'avoidance', label: 'Cluster C, avoidance (items 6–7)', items: C, method: 'sum', range: [0, 8], missing: missing(2), direction: 'higher-is-worse' },
    {
      name: 'negativeCognitionsMood',
      label: 'Cluster D, negative alterations in cognitions and mood (items 8–14)',
      items: D,
      method: 'sum',
      range: [0, 28],
      missing: missing(7),
      direction: 'higher-is-worse',
    },
    {
      name: 'arousalReactivity',
      label: 'Cluster E, alterations in arousal and reactivity (items 15–20)',
      items: E,
      method: 'sum',
      range: [0, 24],
      missing: missing(6),
      direction: 'higher-is-worse',
    },
    endorsed('intrusionEndorsed', 'Cluster B symptoms endorsed (items 1–5 rated 2 "moderately" or higher)', B),
    endorsed('avoidanceEndorsed', 'Cluster C symptoms endorsed (items 6–7 rated 2 or higher)', C),
    endorsed('negativeCognitionsMoodEndorsed', 'Cluster D symptoms endorsed (items 8–14 rated 2 or higher)', D),
    endorsed('arousalReactivityEndorsed', 'Cluster E symptoms endorsed (items 15–20 rated 2 or higher)', E),
  ],
  flags: [
    {
      name: 'provisionalDiagnosis',
      label: 'Provisional PTSD diagnosis by the DSM-5 rule (at least 1 B, 1 C, 2 D and 2 E symptoms rated 2 or higher)',
      when: {
        all: [
          { score: 'intrusionEndorsed', atLeast: 1 },
          { score: 'avoidanceEndorsed', atLeast: 1 },
          { score: 'negativeCognitionsMoodEndorsed', atLeast: 2 },
          { score: 'arousalReactivityEndorsed', atLeast: 2 },
        ],
      },
      source: { ...scoring, note: 'treat each item rated 2 = "moderately" or higher as a symptom endorsed, then follow the DSM-5 rule: at least 1 B item (1–5), 1 C item (6–7), 2 D items (8–14) and 2 E items (15–20)' },
    },
    {
      name: 'probablePtsd',
      label: 'Total at or above 33 (probable PTSD; the published cut-off range is 31–33)',
      when: { score: 'total', atLeast: 33 },
      source: { ...scoring, note: '"a PCL-5 cutoff score between 31-33 is indicative of probable PTSD across samples"; promkit uses 33, the upper end (see discrepancies)' },
    },
  ],
  discrepancies: [
    {
      topic: 'Cut-off for probable PTSD',
      decision: 'The National Center for PTSD gives a range, 31–33, and says the population and the purpose of screening may warrant a different cut-off (the range rests on Bovin 2016 in veterans). promkit flags total ≥ 33, the upper end of the range, which is the more specific choice; to screen with 31 or 32, read `scores.total.value` directly. Cases at 32 and 33 test the choice.',
      refs: ['ncptsd', 'bovin2016'],
    },
    {
      topic: 'Missing items',
      decision: 'No published rule was found, so every item of a score is required, and a flag is null when a score it needs is missing (unless the answered items already settle it). awell-score instead sums whatever items are answered, which understates the total; promkit does not.',
      refs: ['ncptsd', 'awellScore'],
    },
    {
      topic: 'Scoring text read from a copy',
      decision: 'The scoring rules (sum, cluster items, the DSM-5 rule with items ≥ 2, the 31–33 range) were read in the copy of the National Center for PTSD scoring text in the awell-score README, and match awell-score\u2019s implementation; the VA page itself was not retrieved.',
      refs: ['ncptsd', 'awellScore'],
    },
  ],
  notes: [
    'The PCL-5 measures symptom severity and can support a provisional diagnosis; the National Center for PTSD names a structured clinical interview (e.g. CAPS-5) as the gold standard for diagnosis.',
    'The score names follow the DSM-5 clusters: B intrusion, C avoidance, D negative alterations in cognitions and mood, E alterations in arousal and reactivity.',
    'Only the standard 20-item form is covered: the Life Events Checklist (LEC-5) and the Criterion A questions that some versions add are not scored.',
    'No LOINC codes for the PCL-5 were found in the sources consulted, so none are given.',
  ],
});
