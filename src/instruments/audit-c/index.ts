import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

/**
 * AUDIT-C, the three alcohol-consumption questions of the AUDIT (Bush et al. 1998). Items
 * `auditc_1` (how often a drink), `auditc_2` (drinks on a typical drinking day) and `auditc_3`
 * (how often six or more drinks on one occasion), each coded 0–4 as on the form.
 *
 * - `total`: sum of the three items, 0–12.
 * - Flags `positiveScreenWomen` (total ≥ 3) and `positiveScreenMen` (total ≥ 4): the
 *   sex-specific cut-offs of Bradley et al. 2007; the result carries both, read the one that
 *   applies. Other published cut-offs are listed under discrepancies.
 *
 * Missing data: no published rule, so all three items are required. On the AUDIT a respondent
 * who never drinks skips questions 2 and 3: record them as 0.
 */
export const auditC: Instrument = /* @__PURE__ */ shipped({
  id: 'audit-c',
  title: 'Alcohol Use Disorders Identification Test - Consumption',
  shortTitle: 'AUDIT-C',
  version: 'AUDIT-C (AUDIT questions 1–3; Bush et al. 1998), US standard-drink wording, items coded 0–4',
  domain: 'alcohol use',
  recallPeriod: 'Past year (as the AUDIT frames its questions; none is printed on the AUDIT-C questions)',
  citations: [
    {
      key: 'bush1998',
      text: 'Bush K, Kivlahan DR, McDonell MB, Fihn SD, Bradley KA. The AUDIT alcohol consumption questions (AUDIT-C): an effective brief screening test for problem drinking. Ambulatory Care Quality Improvement Project (ACQUIP). Arch Intern Med. 1998;158(16):1789-1795.',
      doi: '10.1001/archinte.158.16.1789',
    },
    {
      key: 'bradley2003',
      text: 'Bradley KA, Bush KR, Epler AJ, et al. Two brief alcohol-screening tests from the Alcohol Use Disorders Identification Test (AUDIT): validation in a female Veterans Affairs patient population. Arch Intern Med. 2003;163(7):821-829.',
      doi: '10.1001/archinte.163.7.821',
    },
    {
      key: 'bradley2007',
      text: 'Bradley KA, DeBenedetti AF, Volk RJ, Williams EC, Frank D, Kivlahan DR. AUDIT-C as a brief screen for alcohol misuse in primary care. Alcohol Clin Exp Res. 2007;31(7):1208-1217.',
      doi: '10.1111/j.1530-0277.2007.00403.x',
    },
    {
      key: 'gordon2001',
      text: 'Gordon AJ, Maisto SA, McNeil M, et al. Three questions can detect hazardous drinkers. J Fam Pract. 2001;50(4):313-320.',
    },
    {
      key: 'babor2001',
      text: 'Babor TF, Higgins-Biddle JC, Saunders JB, Monteiro MG. AUDIT: The Alcohol Use Disorders Identification Test. Guidelines for Use in Primary Care. 2nd ed. Geneva: World Health Organization; 2001. WHO/MSD/MSB/01.6a.',
    },
    {
      key: 'hl7AuditC',
      text: 'HL7 International / Cross-Group Projects, Questionnaire AUDIT-C (version 7.0.0, 2023-08-14), as an example in a FHIR implementation guide (FSH source): panel LOINC 72109-2, items 68519-8 and 68520-6 with answers LA15694-5 … LA18932-6 and LA6270-8 … LA18934-2, total 75626-2, help text "A score of 4 or more for men and 3 or more for women is considered positive … [PMID: 12695273]".',
      url: 'http://hl7.org/fhir/us/core/Questionnaire/AUDIT-C',
    },
    {
      key: 'ktcStarters',
      text: 'J. Mandel, Kill the Clipboard questionnaire starters, generate.py: AUDIT-C panel 72109-2, items 68518-0, 68519-8, 68520-6, total 75626-2, answer lists LL2179-1 / LL2180-9 / LL2181-7 "verified against LOINC 2.82".',
      url: 'https://jmandel.github.io/ktc-questionnaire-starters/',
    },
    {
      key: 'awellScore',
      text: 'awell-health/awell-score (independent open-source TypeScript scoring library), src/scores/audit/ (AUDIT, consumption subscale = questions 1–3), commit c37843e505763f1767d22d0250ee1920eccddb21.',
      url: 'https://github.com/awell-health/awell-score/tree/c37843e505763f1767d22d0250ee1920eccddb21/src/scores/audit',
    },
  ],
  licence: {
    status: 'free-for-noncommercial',
    verbatimText: false,
    holder: 'World Health Organization (AUDIT questions 1–3)',
    note: 'The questions are AUDIT questions 1–3 (WHO). Secondary sources disagree on the terms: CamCOPS reproduces the AUDIT under the permissions WHO grants for non-commercial use only, while other implementations call it public domain; the WHO guidelines were not checked here. promkit therefore ships short labels and the answer categories, not the question wording; take the questions from the WHO AUDIT or a VA AUDIT-C form.',
  },
  loinc: '72109-2',
  items: [
    {
      id: 'auditc_1',
      label: 'How often a drink containing alcohol',
      loinc: '68518-0',
      options: [
        { value: 0, label: 'Never', loinc: 'LA6270-8' },
        { value: 1, label: 'Monthly or less', loinc: 'LA18926-8' },
        { value: 2, label: '2-4 times a month', loinc: 'LA18927-6' },
        { value: 3, label: '2-3 times a week', loinc: 'LA18928-4' },
        { value: 4, label: '4 or more times a week', loinc: 'LA18929-2' },
      ],
    },
    {
      id: 'auditc_2',
      label: 'Standard drinks on a typical drinking day',
      loinc: '68519-8',
      options: [
        { value: 0, label: '1 or 2', loinc: 'LA15694-5' },
        { value: 1, label: '3 or 4', loinc: 'LA15695-2' },
        { value: 2, label: '5 or 6', loinc: 'LA18930-0' },
        { value: 3, label: '7 to 9', loinc: 'LA18931-8' },
        { value: 4, label: '10 or more', loinc: 'LA18932-6' },
      ],
    },
    {
      id: 'auditc_3',
      label: 'How often six or more drinks on one occasion',
      loinc: '68520-6',
      options: [
        { value: 0, label: 'Never', loinc: 'LA6270-8' },
        { value: 1, label: 'Less than monthly', loinc: 'LA18933-4' },
        { value: 2, label: 'Monthly', loinc: 'LA18876-5' },
        { value: 3, label: 'Weekly', loinc: 'LA18891-4' },
        { value: 4, label: 'Daily or almost daily', loinc: 'LA18934-2' },
      ],
    },
  ],
  scores: [
    {
      name: 'total',
      label: 'AUDIT-C total score',
      items: ['auditc_1', 'auditc_2', 'auditc_3'],
      method: 'sum',
      range: [0, 12],
      missing: {
        minAnswered: 3,
        rounding: 'none',
        official: false,
        text: 'No AUDIT-C source consulted gives a missing-item rule, so promkit requires all 3 items. When question 1 is "Never" and the form skipped questions 2 and 3 (the AUDIT skip pattern), record them as 0; promkit does not fill in skipped answers.',
        source: { ref: 'bush1998', note: 'no missing-item rule published' },
      },
      direction: 'higher-is-worse',
      loinc: '75626-2',
    },
  ],
  flags: [
    {
      name: 'positiveScreenWomen',
      label: 'Positive screen for women (total ≥ 3)',
      when: { score: 'total', atLeast: 3 },
      source: { ref: 'bradley2007', note: 'recommended screening thresholds: ≥ 3 for women, ≥ 4 for men; ≥ 3 for women also in Bradley 2003 and in the LOINC/HL7 help text' },
    },
    {
      name: 'positiveScreenMen',
      label: 'Positive screen for men (total ≥ 4)',
      when: { score: 'total', atLeast: 4 },
      source: { ref: 'bradley2007', note: 'recommended screening thresholds: ≥ 4 for men, ≥ 3 for women' },
    },
  ],
  discrepancies: [
    {
      topic: 'Positive-screen cut-offs',
      decision: 'Sources differ. ≥ 3: Bush 1998 validated the AUDIT-C in male VA patients and is commonly cited for ≥ 3 in men (its results table was not read here); Gordon 2001 used ≥ 3 for both sexes (hazardous drinking against an AUDIT of 8 or more); Bradley 2003 validated ≥ 3 in women. ≥ 4 for men and ≥ 3 for women: Bradley 2007, the VA convention, and the LOINC/HL7 help text for 75626-2. promkit ships the Bradley 2007 pair as two flags (it does not ask the respondent\u2019s sex); a caller using ≥ 3 for men reads `positiveScreenWomen`, the same threshold.',
      refs: ['bush1998', 'gordon2001', 'bradley2003', 'bradley2007', 'hl7AuditC'],
    },
    {
      topic: 'LOINC answer codes of question 1',
      decision: 'The answer codes of questions 2 and 3 agree in two independent sources (HL7 Questionnaire, Kill the Clipboard starters); those of question 1 (LA18926-8 … LA18929-2) come from the Kill the Clipboard starters alone ("verified against LOINC 2.82", answer list LL2179-1). The HL7 example uses 68517-2 (a single binge question) in place of question 1; promkit follows the LOINC panel 72109-2 with 68518-0.',
      refs: ['ktcStarters', 'hl7AuditC'],
    },
  ],
  notes: [
    'The AUDIT-C is a screen for hazardous drinking or active alcohol use disorders, not a diagnosis; a positive screen calls for further assessment (e.g. the full AUDIT).',
    'Only the US AUDIT-C wording and 0–4 coding are covered; national adaptations with other drink sizes, answer categories or cut-offs are not.',
    'awell-score scores the same three questions as the consumption subscale of its AUDIT; its test vectors are used as reference cases.',
  ],
});
