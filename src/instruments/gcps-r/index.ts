import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

const howOften = [
  { value: 0, label: 'Never' },
  { value: 1, label: 'Some days' },
  { value: 2, label: 'Most days' },
  { value: 3, label: 'Every day' },
];

// The grading as read: Millisecond's implementation, which states it follows Von Korff 2020;
// the paper's own scoring table could not be read (see discrepancies).
const grading = {
  ref: 'millisecond',
  locator: 'Scoring',
  note: 'Von Korff 2020\'s algorithm as implemented by Millisecond: question 1 never or some days → no chronic pain; question 2 most days or every day → high impact; items 3–5 sum ≥ 12 → bothersome, else mild',
} as const;

/**
 * GCPS-R, Graded Chronic Pain Scale Revised (Von Korff et al. 2020). Five items: `gcpsr_1` how
 * often pain, and `gcpsr_2` how often pain limited life or work activities, in the past 3 months
 * (0 never, 1 some days, 2 most days, 3 every day); `gcpsr_3` average pain intensity,
 * `gcpsr_4` interference with enjoyment of life and `gcpsr_5` interference with general
 * activity, in the past 7 days (0–10 each).
 *
 * - `intensityInterference`: items 3–5 summed, 0–30.
 * - Classification `grade`: pain-free (no pain in 3 months); non-chronic pain (pain on some
 *   days); high-impact chronic pain (pain and activity limitation on most days or every day);
 *   bothersome chronic pain (chronic pain, limitation never or some days, items 3–5 sum ≥ 12);
 *   otherwise mild chronic pain.
 * - Flags `chronicPain` (pain most days or every day) and `highImpactChronicPain`.
 *
 * Missing data: no published rule; items 2–5 are not needed for a pain-free or non-chronic
 * grade (forms skip them after "never"), and items 3–5 only for chronic pain without high impact.
 */
export const gcpsR: Instrument = /* @__PURE__ */ shipped({
  id: 'gcps-r',
  title: 'Graded Chronic Pain Scale Revised',
  shortTitle: 'GCPS-R',
  version: 'GCPS-R (Von Korff et al. 2020), 5 items: pain and activity-limitation days in the past 3 months; pain intensity and interference (0–10) in the past 7 days',
  domain: 'chronic pain grade',
  recallPeriod: 'Past 3 months (items 1–2); past 7 days (items 3–5)',
  citations: [
    {
      key: 'vonkorff2020',
      text: 'Von Korff M, DeBar LL, Krebs EE, Kerns RD, Deyo RA, Keefe FJ. Graded chronic pain scale revised: mild, bothersome, and high-impact chronic pain. Pain. 2020;161(3):651-661.',
      doi: '10.1097/j.pain.0000000000001758',
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7097879/',
    },
    {
      key: 'millisecond',
      text: 'Millisecond Software. Graded Chronic Pain Scale - Revised (GCPS-R), Inquisit technical manual (K. Borchert, created 2020-01-06, modified 2023-01-15): "grade scoring follows the algorithm outline in vonKorff et al (2020): q1 = if response is Never/Some days => grade 0; q2 = if response is Most Days/Every Day => grade 3; (q3+q4+q5) >= 12 => grade 2 else grade 1"; questions 2–5 skipped when question 1 is "never".',
      url: 'https://www.millisecond.com/library/v7/gcps_r/gcps_r/gcps_r.manual',
    },
    {
      key: 'gcpsrAppPlan',
      text: 'An independent GCPS-R web application plan (public GitHub markdown, read through a code index; repository not identified): PEG total = Q3 + Q4 + Q5; grade 3 when Q1 and Q2 are most days or every day; grade 2 when Q2 is never or some days and PEG total ≥ 12; grade 1 when PEG total < 12; grade 0 when Q1 is never or some days.',
    },
    {
      key: 'taub2023',
      text: 'Taub C, Gordon KS, Goulet J, Lee A, Mayhew M, Von Korff M, DeBar L, Kerns RD. Graded chronic pain scale revised: validation in a Veteran sample. Pain Med. 2023;24(10):1169-1175.',
      doi: '10.1093/pm/pnad068',
    },
    {
      key: 'krebs2009',
      text: 'Krebs EE, Lorenz KA, Bair MJ, Damush TM, Wu J, Sutherland JM, Asch SM, Kroenke K. Development and initial validation of the PEG, a three-item scale assessing pain intensity and interference. J Gen Intern Med. 2009;24(6):733-738.',
      doi: '10.1007/s11606-009-0981-1',
    },
  ],
  licence: {
    status: 'permission-required',
    verbatimText: false,
    note: 'No licence statement for the GCPS-R was found (the scale is printed in Von Korff 2020; items 3–5 are the PEG questions of Krebs 2009), so promkit treats the wording conservatively and ships short labels and the grading rules, not the item text. Cite Von Korff et al. 2020.',
  },
  items: [
    { id: 'gcpsr_1', label: 'How often pain, past 3 months', options: howOften },
    { id: 'gcpsr_2', label: 'How often pain limited life or work activities, past 3 months', options: howOften },
    { id: 'gcpsr_3', label: 'Average pain intensity, past 7 days', numeric: { min: 0, max: 10, integer: true, minLabel: 'No pain', maxLabel: 'Pain as bad as you can imagine' } },
    { id: 'gcpsr_4', label: 'Pain interference with enjoyment of life, past 7 days', numeric: { min: 0, max: 10, integer: true, minLabel: 'Does not interfere', maxLabel: 'Completely interferes' } },
    { id: 'gcpsr_5', label: 'Pain interference with general activity, past 7 days', numeric: { min: 0, max: 10, integer: true, minLabel: 'Does not interfere', maxLabel: 'Completely interferes' } },
  ],
  scores: [
    {
      name: 'intensityInterference',
      label: 'Pain intensity and interference (items 3–5 summed)',
      items: ['gcpsr_3', 'gcpsr_4', 'gcpsr_5'],
      method: 'sum',
      range: [0, 30],
      missing: {
        minAnswered: 3,
        rounding: 'none',
        official: false,
        text: 'No missing-item rule was found for the GCPS-R, so promkit requires all 3 items (conservative). The grade does not need them for a pain-free, non-chronic or high-impact respondent.',
        source: { ref: 'vonkorff2020', note: 'no missing-item rule found' },
      },
      direction: 'higher-is-worse',
    },
  ],
  flags: [
    {
      name: 'chronicPain',
      label: 'Chronic pain: pain on most days or every day in the past 3 months',
      when: { item: 'gcpsr_1', atLeast: 2 },
      source: { ref: 'vonkorff2020', locator: 'Abstract: chronic pain is "pain present most or every day, prior 3 months"' },
    },
    {
      name: 'highImpactChronicPain',
      label: 'High-impact chronic pain: chronic pain with activity limitation on most days or every day in the past 3 months',
      when: { all: [{ item: 'gcpsr_1', atLeast: 2 }, { item: 'gcpsr_2', atLeast: 2 }] },
      source: { ref: 'vonkorff2020', locator: 'Abstract: high-impact chronic pain is "sustained pain-related activity limitations"', note: 'activity limitation on most days or every day: Millisecond\'s implementation (question 2 most days or every day → grade 3)' },
    },
  ],
  classifications: [
    {
      name: 'grade',
      label: 'GCPS-R chronic pain grade',
      rules: [
        { label: 'pain-free', when: { item: 'gcpsr_1', atMost: 0 } },
        { label: 'non-chronic pain', when: { item: 'gcpsr_1', atMost: 1 } },
        { label: 'high-impact chronic pain', when: { item: 'gcpsr_2', atLeast: 2 } },
        { label: 'bothersome chronic pain', when: { score: 'intensityInterference', atLeast: 12 } },
        { label: 'mild chronic pain' },
      ],
      source: grading,
    },
  ],
  discrepancies: [
    {
      topic: 'Bothersome versus mild chronic pain: threshold not read in the paper',
      decision: 'The abstract of Von Korff 2020 describes mild chronic pain as "lower pain intensity and interference" and bothersome as "moderate to severe pain intensity with lower life activities interference", without numbers, and the paper\u2019s scoring table could not be read here. The threshold used, items 3–5 summed ≥ 12 (a mean of 4 or more), is the one Millisecond\u2019s implementation states it takes from the paper, and an independent implementation uses the same. Verify it against Table 1 of Von Korff 2020 before relying on the mild/bothersome split; the other grades do not depend on it.',
      refs: ['vonkorff2020', 'millisecond', 'gcpsrAppPlan'],
    },
    {
      topic: 'Pain-free and non-chronic pain',
      decision: 'Millisecond and the independent implementation report "never" and "some days" together as grade 0, "chronic pain absent". promkit keeps them apart as "pain-free" (never) and "non-chronic pain" (some days); the second label is promkit\u2019s wording. Both are outside chronic pain (flag `chronicPain` false).',
      refs: ['millisecond', 'gcpsrAppPlan', 'vonkorff2020'],
    },
    {
      topic: 'Skipped questions',
      decision: 'Millisecond skips questions 2–5 when question 1 is "never". promkit grades from the answers it needs: "never" or "some days" alone gives the grade; chronic pain needs question 2; chronic pain without high impact also needs questions 3–5 (the grade is null when one is missing).',
      refs: ['millisecond'],
    },
  ],
  notes: [
    'Questions 3–5 are the PEG questions (Krebs 2009) with a 7-day recall; promkit\u2019s `peg` instrument scores them as a mean, here they are summed for the grade.',
    'The original Graded Chronic Pain Scale (Von Korff 1992) and the DC/TMD GCPS 2.0 are different instruments with characteristic pain intensity and disability points; they are not covered.',
    'No LOINC codes for the GCPS-R panel or its grade were found, so none are given.',
  ],
});
