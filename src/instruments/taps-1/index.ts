import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

// HEAL CDE coding: the most frequent answer is 0 and "Never" is 4 (the NIMH Data Archive
// structure taps01 orders the answers the same way, 1 = daily … 5 = never). Every item is
// reverse-scored, so each score is the frequency rank 0 (never) … 4 (daily or almost daily).
// LOINC answer codes as in the HL7 US Core TAPS Questionnaire (LHC form), which lists the answers
// in the same order.
const frequency = [
  { value: 0, label: 'Daily or almost daily', loinc: 'LA18934-2' },
  { value: 1, label: 'Weekly', loinc: 'LA18891-4' },
  { value: 2, label: 'Monthly', loinc: 'LA18876-5' },
  { value: 3, label: 'Less than monthly', loinc: 'LA18933-4' },
  { value: 4, label: 'Never', loinc: 'LA6270-8' },
];

const itemRule = (substance: string) => ({
  minAnswered: 1,
  rounding: 'none' as const,
  official: false,
  source: { ref: 'gryczynski2017', note: 'each substance is one item; an unanswered item leaves its score and flag unknown' },
  text: `One item: the ${substance} score is unknown when the item is unanswered (no proration is possible).`,
});

/**
 * TAPS-1, the first-stage screen of the Tobacco, Alcohol, Prescription medication, and other
 * Substance use (TAPS) tool (NIDA CTN; McNeely et al. 2016, Gryczynski et al. 2017), as a NIH HEAL
 * core measure. Four items ask how often in the past 12 months: `taps1_tobacco`, `taps1_alcohol`
 * (heavy drinking days: 5+ drinks for men, 4+ for women), `taps1_drugs` (illicit drugs) and
 * `taps1_prescription` (prescription medication misuse).
 *
 * **Coding follows the HEAL CDE form: 0 = daily or almost daily, 1 = weekly, 2 = monthly,
 * 3 = less than monthly, 4 = never.** Each item is reversed into a frequency score
 * `tobaccoUse`, `alcoholUse`, `illicitDrugUse`, `prescriptionMisuse` (0 never … 4 daily). Flags give the
 * Gryczynski 2017 positive screens: monthly or more for tobacco and alcohol, any use for illicit
 * drugs and prescription misuse; `anyPositive` when any of them is positive.
 */
export const taps1: Instrument = /* @__PURE__ */ shipped({
  id: 'taps-1',
  title: 'Tobacco, Alcohol, Prescription medication, and other Substance use tool, Part 1',
  shortTitle: 'TAPS-1',
  version: 'TAPS Tool Part 1 (NIDA Clinical Trials Network), four past-12-month frequency items, coded as in the NIH HEAL CDE form (0 = daily or almost daily … 4 = never); the two sex-specific alcohol questions merged into one item.',
  domain: 'substance-use',
  recallPeriod: 'Past 12 months',
  citations: [
    {
      key: 'mcneely2016',
      text: 'McNeely J, Wu LT, Subramaniam G, Sharma G, Cathers LA, Svikis D, et al. Performance of the Tobacco, Alcohol, Prescription Medication, and Other Substance Use (TAPS) Tool for substance use screening in primary care patients. Ann Intern Med. 2016;165(10):690-699.',
      doi: '10.7326/M16-0317',
    },
    {
      key: 'gryczynski2017',
      text: 'Gryczynski J, McNeely J, Wu LT, Subramaniam GA, Svikis DS, Cathers LA, et al. Validation of the TAPS-1: a four-item screening tool to identify unhealthy substance use in primary care. J Gen Intern Med. 2017;32(9):990-996 (Abstract: "Optimal frequency-of-use cut-points on the self-administered TAPS-1 for identifying SUDs were ≥ monthly use for tobacco and alcohol … and any reported use for illicit drugs and prescription medication misuse").',
      doi: '10.1007/s11606-017-4079-x',
    },
    {
      key: 'phenx',
      text: 'PhenX Toolkit, protocol "Polysubstance Use Frequency – Past Year" (TAPS Tool Part 1), Substance Use and Recovery collection: "This protocol is freely available; permission not required for use."',
      url: 'https://test.phenxtoolkit.org/protocols/view/511601',
    },
    {
      key: 'a2cps',
      text: 'A2CPS (Acute to Chronic Pain Signatures, an NIH HEAL study) data-submission code, pschumm/a2cps-data-submission: schemas/taps.yaml (HEAL CDE TAPS-1 variables TAPSTobaccoProductScl, TAPSAlcoholUseMaleScl, TAPSAlcoholUseFemaleScl, TAPSDrugUseScl, TAPSPrescriptionMedUseScl coded 0 = Daily or Almost Daily, 1 = Weekly, 2 = Monthly, 3 = Less Than Monthly, 4 = Never, alcohol 9 = Not Applicable; TAPSOverallYN), frictionless/plugins/frictionless_taps.py (merges the male and female alcohol items by sex) and background/nda/taps01_definitions.csv (NIMH Data Archive structure taps01: item wording, 1 = Daily or Almost Daily … 5 = Never, 6 = Prefer not to say), commit 750e074f8e30b88005f9e61823a59f6aa2c83101.',
      url: 'https://github.com/pschumm/a2cps-data-submission',
    },
    {
      key: 'usCore',
      text: 'HL7 US Core Implementation Guide (STU9, 9.0.0), Tobacco, Alcohol, Prescription medications, and other Substance use screen (TAPS) examples: Questionnaire TAPS, QuestionnaireResponse TAPS and Observation TAPS-panel-example-96841-2 (LOINC panel 96841-2; items 96842-0 "How often have you used any tobacco product in past 12 months", 88037-7 "five or more drinks in one day", 75889-6 "four or more drinks in one day", 96843-8 "illegal or recreational drugs in past 12 months", 96844-6 "prescription medications just for the feeling, more than prescribed or that were not prescribed for you in past 12 months [TAPS]"; answers LA18934-2 "Daily or almost daily", LA18891-4 "Weekly", LA18876-5 "Monthly", LA18933-4 "Less than monthly", LA6270-8 "Never", in that order). Source files input/examples-yaml/Questionnaire-TAPS.yml and QuestionnaireResponse-TAPS.yml in HL7/US-Core, commit 85bf4af6eec4beed9f2bb0ac317964fc029e1970. Copyright note: "As a federally funded (NIH) tool, the TAPS-1 is considered public domain in the U.S".',
      url: 'https://www.hl7.org/fhir/us/core/STU9/QuestionnaireResponse-TAPS.html',
    },
    {
      key: 'wandner2022',
      text: 'Wandner LD, Domenichiello AF, Beierlein J, et al. NIH\'s Helping to End Addiction Long-term Initiative (NIH HEAL Initiative) Clinical Pain Management Common Data Element Program. J Pain. 2022;23(3):370-378.',
      doi: '10.1016/j.jpain.2021.08.005',
    },
  ],
  licence: {
    status: 'public-domain',
    verbatimText: true,
    holder: 'National Institute on Drug Abuse (NIDA) Clinical Trials Network',
    note: 'The TAPS Tool was developed by NIDA; HL7 US Core notes that "as a federally funded (NIH) tool, the TAPS-1 is considered public domain in the U.S", and PhenX lists it as "freely available; permission not required for use". Cite McNeely et al. 2016. The item wording may be reproduced, but promkit ships short labels because the exact NIDA form text was not checked against the original.',
    url: 'https://www.hl7.org/fhir/us/core/STU9/QuestionnaireResponse-TAPS.html',
  },
  loinc: '96841-2',
  items: [
    { id: 'taps1_tobacco', label: 'Past 12 months: any tobacco or other nicotine product', options: frequency, reverse: true, loinc: '96842-0' },
    { id: 'taps1_alcohol', label: 'Past 12 months: 5+ drinks (men) / 4+ drinks (women) in one day', options: frequency, reverse: true },
    { id: 'taps1_drugs', label: 'Past 12 months: any illicit drug (marijuana, cocaine, heroin, methamphetamine, hallucinogens, ecstasy)', options: frequency, reverse: true, loinc: '96843-8' },
    { id: 'taps1_prescription', label: 'Past 12 months: prescription medication for the feeling, more than prescribed or not prescribed', options: frequency, reverse: true, loinc: '96844-6' },
  ],
  scores: [
    {
      name: 'tobaccoUse',
      label: 'Tobacco use frequency (0 never … 4 daily or almost daily)',
      items: ['taps1_tobacco'],
      method: 'sum',
      range: [0, 4],
      missing: itemRule('tobacco'),
      direction: 'higher-is-worse',
    },
    {
      name: 'alcoholUse',
      label: 'Heavy drinking day frequency (0 never … 4 daily or almost daily)',
      items: ['taps1_alcohol'],
      method: 'sum',
      range: [0, 4],
      missing: itemRule('alcohol'),
      direction: 'higher-is-worse',
    },
    {
      name: 'illicitDrugUse',
      label: 'Illicit drug use frequency (0 never … 4 daily or almost daily)',
      items: ['taps1_drugs'],
      method: 'sum',
      range: [0, 4],
      missing: itemRule('illicit drug'),
      direction: 'higher-is-worse',
    },
    {
      name: 'prescriptionMisuse',
      label: 'Prescription medication misuse frequency (0 never … 4 daily or almost daily)',
      items: ['taps1_prescription'],
      method: 'sum',
      range: [0, 4],
      missing: itemRule('prescription misuse'),
      direction: 'higher-is-worse',
    },
  ],
  flags: [
    {
      name: 'tobaccoPositive',
      label: 'Tobacco use monthly or more often (TAPS-1 positive screen for tobacco)',
      when: { score: 'tobaccoUse', atLeast: 2 },
      source: { ref: 'gryczynski2017', locator: 'Abstract, Key Results: "≥ monthly use for tobacco and alcohol"' },
    },
    {
      name: 'alcoholPositive',
      label: 'Heavy drinking days monthly or more often (TAPS-1 positive screen for alcohol)',
      when: { score: 'alcoholUse', atLeast: 2 },
      source: { ref: 'gryczynski2017', locator: 'Abstract, Key Results: "≥ monthly use for tobacco and alcohol"' },
    },
    {
      name: 'illicitDrugsPositive',
      label: 'Any illicit drug use in the past 12 months (TAPS-1 positive screen for illicit drugs)',
      when: { score: 'illicitDrugUse', atLeast: 1 },
      source: { ref: 'gryczynski2017', locator: 'Abstract, Key Results: "any reported use for illicit drugs and prescription medication misuse"' },
    },
    {
      name: 'prescriptionMisusePositive',
      label: 'Any prescription medication misuse in the past 12 months (TAPS-1 positive screen for prescription medications)',
      when: { score: 'prescriptionMisuse', atLeast: 1 },
      source: { ref: 'gryczynski2017', locator: 'Abstract, Key Results: "any reported use for illicit drugs and prescription medication misuse"' },
    },
    {
      name: 'anyPositive',
      label: 'A positive TAPS-1 screen for at least one substance',
      when: {
        any: [
          { score: 'tobaccoUse', atLeast: 2 },
          { score: 'alcoholUse', atLeast: 2 },
          { score: 'illicitDrugUse', atLeast: 1 },
          { score: 'prescriptionMisuse', atLeast: 1 },
        ],
      },
      source: { ref: 'gryczynski2017', note: 'the union of the four substance-specific positive screens; null only when no substance is positive and at least one item is unanswered' },
    },
  ],
  discrepancies: [
    {
      topic: 'Numeric coding (reversed relative to frequency)',
      decision: 'The TAPS tool prints answer words, not numbers. promkit takes the HEAL CDE coding (0 = daily or almost daily … 4 = never), the only published numeric coding found for TAPS-1 as a HEAL core measure; the NIMH Data Archive structure taps01 orders the answers the same way (1 = daily … 5 = never), and so does the LOINC answer list of the HL7 US Core TAPS Questionnaire. Data coded the other way round (0 = never … 4 = daily) must be recoded first: a 0 from such data would be read as daily use. Each item is reversed into a frequency score (0 never … 4 daily), which is what the cut-points refer to.',
      refs: ['a2cps', 'usCore', 'gryczynski2017'],
    },
    {
      topic: 'Sex-specific alcohol question',
      decision: 'The tool asks men about 5 or more and women about 4 or more drinks in a day; the HEAL CDE stores two variables (TAPSAlcoholUseMaleScl, TAPSAlcoholUseFemaleScl, the other one 9 = not applicable). promkit has one alcohol item: pass the answer to the question the respondent was asked (the A2CPS study merges the two by sex in the same way). The code 9 is not accepted. LOINC likewise has one code per version (88037-7, 75889-6; US Core\'s example Questionnaire asks both).',
      refs: ['a2cps', 'mcneely2016', 'usCore'],
    },
    {
      topic: 'Positive-screen thresholds',
      decision: 'promkit flags the cut-points Gryczynski 2017 found optimal for identifying a substance use disorder on the self-administered TAPS-1 (≥ monthly for tobacco and alcohol; any use for illicit drugs and prescription misuse). Within the two-stage TAPS tool, any use other than "never" leads on to the TAPS-2 questions for that substance; that is a score of 1 or more here. The HEAL CDE TAPSOverallYN indicator ("possible substance use") is not reproduced because its rule was not found.',
      refs: ['gryczynski2017', 'mcneely2016', 'a2cps'],
    },
  ],
  notes: [
    'Item order (tobacco, alcohol, illicit drugs, prescription medications) follows the TAPS tool wording as carried in the NIMH Data Archive structure taps01 and the HEAL CDE.',
    'The interviewer-administered TAPS-1 performed similarly to the self-administered format (Gryczynski 2017).',
    'LOINC (from HL7 US Core): panel 96841-2; tobacco 96842-0, illicit drugs 96843-8, prescription medications 96844-6. The alcohol question has two LOINC codes, 88037-7 (five or more drinks in a day, asked of men) and 75889-6 (four or more, asked of women), so promkit\'s merged alcohol item carries none; code the Observation with the one that was asked. The answer codes (LA18934-2 daily or almost daily … LA6270-8 never) are those of the US Core Questionnaire.',
  ],
});
