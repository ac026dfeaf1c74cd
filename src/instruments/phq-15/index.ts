import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';
import { phqLicence } from '../_phq/shared.js';

/** PHQ-15 answers 0–2 with their LOINC answer codes (LOINC display: not bothered, bothered a little, bothered a lot). */
const bothered = [
  { value: 0, label: 'Not bothered at all', loinc: 'LA18334-5' },
  { value: 1, label: 'Bothered a little', loinc: 'LA18335-2' },
  { value: 2, label: 'Bothered a lot', loinc: 'LA18336-0' },
];

const items = Array.from({ length: 15 }, (_, i) => `phq15_${i + 1}`);

/**
 * PHQ-15, Patient Health Questionnaire somatic symptom severity scale (Kroenke, Spitzer &
 * Williams 2002). Items `phq15_1` … `phq15_15` in the order of the PHQ-15 form, each 0–2 (not
 * bothered at all, bothered a little, bothered a lot) over the past 4 weeks; item 4 (menstrual
 * problems) is asked of women only.
 *
 * - `total`: sum of the 15 items, 0–30, with the published bands: minimal 0–4, low 5–9,
 *   medium 10–14, high 15–30.
 *
 * Missing data: no published rule, so all 15 items are required; for men, record item 4 as 0
 * (see the definition's discrepancies).
 */
export const phq15: Instrument = /* @__PURE__ */ shipped({
  id: 'phq-15',
  title: 'Patient Health Questionnaire-15',
  shortTitle: 'PHQ-15',
  version: 'PHQ-15 (Kroenke, Spitzer & Williams 2002), English, items in the order of the PHQ-15 form, each 0–2',
  domain: 'somatic symptoms',
  recallPeriod: 'During the past 4 weeks',
  citations: [
    {
      key: 'kroenke2002',
      text: 'Kroenke K, Spitzer RL, Williams JBW. The PHQ-15: validity of a new measure for evaluating the severity of somatic symptoms. Psychosom Med. 2002;64(2):258-266.',
      doi: '10.1097/00006842-200203000-00008',
    },
    {
      key: 'pfizer',
      text: 'Pfizer Inc. Instruction Manual: Instructions for Patient Health Questionnaire (PHQ) and GAD-7 Measures. phqscreeners.com.',
      url: 'https://www.phqscreeners.com/',
    },
    {
      key: 'dctmd',
      text: 'Ohrbach R, Knibbe W. Diagnostic Criteria for Temporomandibular Disorders (DC/TMD): Scoring Manual for Self-Report Instruments, version March 30, 2021, section "PHQ-15: Physical Symptoms" (read in the copy at movanr/cmdetect, docs/dc-tmd/self-report-scoring-manual/self-report-scoring-manual.md, commit 5ae07c698f79ccab7dc204f41b162ce0866e0309).',
      url: 'https://inform-iadr.com/',
    },
    {
      key: 'camcops',
      text: 'CamCOPS (University of Cambridge), PHQ-15 task: item order (stomach pain … menstrual [women] … sex … energy, sleep), 0–2 coding, item 4 required of women only, "in males, maximum score is actually 28". ucam-department-of-psychiatry/camcops, server/camcops_server/tasks/phq15.py, commit 032ae0ae11f8e66e89a4a8d9913a62784b3a0e5f.',
      url: 'https://github.com/ucam-department-of-psychiatry/camcops/blob/032ae0ae11f8e66e89a4a8d9913a62784b3a0e5f/server/camcops_server/tasks/phq15.py',
    },
    {
      key: 'lhcPhq15',
      text: 'LOINC panel 69728-4 "Patient Health Questionnaire 15 item (PHQ-15) [Reported]" as exported by LHC-Forms (lformsVersion 36.0.4) in glow-mdsol/vulcan-soa-connectathon-37, igv4/VulcanSoAConnecthathon37/input/fsh/questionnaires/example-qs-phq-15.fsh, commit af02a6fe97e899e0c4b8f501efaf520560180f73: item codes 69671-6 … 69732-6, answers LA18334-5 / LA18335-2 / LA18336-0, total 70273-8.',
      url: 'https://github.com/glow-mdsol/vulcan-soa-connectathon-37',
    },
  ],
  licence: phqLicence,
  loinc: '69728-4',
  items: [
    { id: 'phq15_1', label: 'Stomach pain', text: 'Stomach pain', options: bothered, loinc: '69671-6' },
    { id: 'phq15_2', label: 'Back pain', text: 'Back pain', options: bothered, loinc: '69672-4' },
    { id: 'phq15_3', label: 'Pain in arms, legs or joints', text: 'Pain in your arms, legs, or joints (knees, hips, etc.)', options: bothered, loinc: '69673-2' },
    { id: 'phq15_4', label: 'Menstrual problems (women only)', text: 'Menstrual cramps or other problems with your periods', options: bothered, loinc: '69674-0' },
    { id: 'phq15_5', label: 'Headaches', text: 'Headaches', options: bothered, loinc: '69675-7' },
    { id: 'phq15_6', label: 'Chest pain', text: 'Chest pain', options: bothered, loinc: '69676-5' },
    { id: 'phq15_7', label: 'Dizziness', text: 'Dizziness', options: bothered, loinc: '69677-3' },
    { id: 'phq15_8', label: 'Fainting spells', text: 'Fainting spells', options: bothered, loinc: '69678-1' },
    { id: 'phq15_9', label: 'Heart pounding or racing', text: 'Feeling your heart pound or race', options: bothered, loinc: '69679-9' },
    { id: 'phq15_10', label: 'Shortness of breath', text: 'Shortness of breath', options: bothered, loinc: '69680-7' },
    { id: 'phq15_11', label: 'Pain or problems during sexual intercourse', text: 'Pain or problems during sexual intercourse', options: bothered, loinc: '69717-7' },
    { id: 'phq15_12', label: 'Constipation, loose bowels or diarrhea', text: 'Constipation, loose bowels, or diarrhea', options: bothered, loinc: '69681-5' },
    { id: 'phq15_13', label: 'Nausea, gas or indigestion', text: 'Nausea, gas, or indigestion', options: bothered, loinc: '69682-3' },
    { id: 'phq15_14', label: 'Tired or low energy', text: 'Feeling tired or having low energy', options: bothered, loinc: '69731-8' },
    { id: 'phq15_15', label: 'Trouble sleeping', text: 'Trouble sleeping', options: bothered, loinc: '69732-6' },
  ],
  scores: [
    {
      name: 'total',
      label: 'PHQ-15 total score',
      items,
      method: 'sum',
      range: [0, 30],
      missing: {
        minAnswered: 15,
        rounding: 'none',
        official: false,
        text: 'Neither Kroenke 2002 nor the PHQ instruction manual, as consulted, gives a missing-item rule, so promkit requires all 15 items (conservative); for men, record item 4 (menstrual problems) as 0. To apply the DC/TMD scoring manual\u2019s rule (up to 5 items missing, the sum of the answered items × 15 / answered), pass { missing: { minAnswered: 10 } }.',
        source: { ref: 'kroenke2002', note: 'no missing-item rule published' },
      },
      bands: [
        { label: 'minimal', min: 0, max: 4 },
        { label: 'low', min: 5, max: 9 },
        { label: 'medium', min: 10, max: 14 },
        { label: 'high', min: 15, max: 30 },
      ],
      bandSource: { ref: 'kroenke2002', locator: 'Abstract: "PHQ-15 scores of 5, 10, 15, represented cutoff points for low, medium, and high somatic symptom severity, respectively"' },
      direction: 'higher-is-worse',
      loinc: '70273-8',
    },
  ],
  discrepancies: [
    {
      topic: 'Men and the menstrual item (item 4)',
      decision: 'Item 4 is asked of women only. CamCOPS scores men by summing the other 14 items (it notes the maximum for men is 28), which equals answering item 4 with 0; the DC/TMD manual would instead prorate a missing item (× 15/14), a higher number. promkit requires all 15 answers, so record item 4 as 0 for men to obtain the plain 14-item sum; no primary source read here states the rule.',
      refs: ['camcops', 'dctmd', 'kroenke2002'],
    },
    {
      topic: 'Missing items',
      decision: 'No rule in the primary sources consulted; promkit requires all 15 items. The DC/TMD scoring manual (Ohrbach & Knibbe 2021) allows up to 5 missing items, prorated as for the PHQ-9 (sum of the answered items divided by their number, times 15); available as { missing: { minAnswered: 10 } } (unrounded).',
      refs: ['kroenke2002', 'dctmd'],
    },
    {
      topic: 'Item order',
      decision: 'promkit numbers the items as on the PHQ-15 form (pain or problems during sexual intercourse is item 11, as in CamCOPS). The LOINC panel 69728-4 lists that item fifth; each item carries its LOINC code, so data coded by LOINC maps by code, not by position.',
      refs: ['camcops', 'lhcPhq15'],
    },
  ],
  notes: [
    'Three or more symptoms "bothered a lot" are sometimes used as a screen for somatoform disorders (CamCOPS, citing Kroenke 2010); no such flag is shipped.',
    'Item text is the wording of the PHQ-15 form as given in LOINC (public domain; keep the Pfizer attribution with it).',
  ],
});
