import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';
import { phqFrequencyOptions, phqLicence } from '../_phq/shared.js';

/**
 * PHQ-4, ultra-brief screen for anxiety and depression (Kroenke, Spitzer, Williams & Löwe 2009):
 * the GAD-2 (items `phq4_1`, `phq4_2`) followed by the PHQ-2 (items `phq4_3`, `phq4_4`), each 0–3.
 * Scores `anxiety` and `depression` 0–6 and `total` 0–12 with bands normal/mild/moderate/severe;
 * flags `anxietyScreenPositive` and `depressionScreenPositive` at a subscale of 3 or more.
 */
export const phq4: Instrument = /* @__PURE__ */ shipped({
  id: 'phq-4',
  title: 'Patient Health Questionnaire-4',
  shortTitle: 'PHQ-4',
  version: 'PHQ-4 (Kroenke 2009): GAD-2 items first, then PHQ-2 items',
  domain: 'anxiety and depression',
  recallPeriod: 'Over the last 2 weeks',
  citations: [
    {
      key: 'kroenke2009',
      text: 'Kroenke K, Spitzer RL, Williams JBW, Löwe B. An ultra-brief screening scale for anxiety and depression: the PHQ-4. Psychosomatics. 2009;50(6):613-621.',
    },
    {
      key: 'lowe2010',
      text: 'Löwe B, Wahl I, Rose M, et al. A 4-item measure of depression and anxiety: validation and standardization of the Patient Health Questionnaire-4 (PHQ-4) in the general population. J Affect Disord. 2010;122(1-2):86-95.',
      doi: '10.1016/j.jad.2009.06.019',
    },
    {
      key: 'kroenke2003',
      text: 'Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2: validity of a two-item depression screener. Med Care. 2003;41(11):1284-1292.',
    },
    {
      key: 'kroenke2007',
      text: 'Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Löwe B. Anxiety disorders in primary care: prevalence, impairment, comorbidity, and detection. Ann Intern Med. 2007;146(5):317-325.',
    },
    {
      key: 'pfizer',
      text: 'Pfizer Inc. Instruction Manual: Instructions for Patient Health Questionnaire (PHQ) and GAD-7 Measures. phqscreeners.com.',
      url: 'https://www.phqscreeners.com/',
    },
    {
      key: 'pubmed2021',
      text: 'PHQ-4 survey of 1978 adults, J Public Health (Oxf). 2021 (advance access 11 Jan 2021): fdaa250. Table 1 lists the PHQ-4 items (a) nervous, (b) worrying, (c) feeling down, (d) little interest.',
      doi: '10.1093/pubmed/fdaa250',
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7928742/',
    },
    {
      key: 'awell',
      text: 'Awell Health. awell-score, open-source TypeScript scoring library; src/scores/phq_4 (inputs, outputs, README, test vectors) at commit c37843e505763f1767d22d0250ee1920eccddb21.',
      url: 'https://github.com/awell-health/awell-score',
    },
    {
      key: 'sralab',
      text: 'Shirley Ryan AbilityLab, Rehabilitation Measures Database: The Four-Item Patient Health Questionnaire for Anxiety and Depression (PHQ-4).',
      url: 'https://www.sralab.org/rehabilitation-measures/four-part-patient-health-questionnaire-anxiety-and-depression',
    },
    {
      key: 'otherOrder',
      text: 'Reproductions that put "little interest or pleasure" third: rhavekost/clinical-toolkit (phq-4.md) and DominiqueMakowski/PHQ4R (README.md) on GitHub.',
      url: 'https://github.com/DominiqueMakowski/PHQ4R',
    },
  ],
  licence: phqLicence,
  loinc: '69724-3',
  items: [
    { id: 'phq4_1', label: 'Nervous, anxious or on edge', text: 'Feeling nervous, anxious or on edge', options: phqFrequencyOptions, loinc: '69725-0' },
    { id: 'phq4_2', label: 'Cannot stop or control worrying', text: 'Not being able to stop or control worrying', options: phqFrequencyOptions, loinc: '68509-9' },
    { id: 'phq4_3', label: 'Feeling down or hopeless', text: 'Feeling down, depressed, or hopeless', options: phqFrequencyOptions, loinc: '44255-8' },
    { id: 'phq4_4', label: 'Little interest or pleasure', text: 'Little interest or pleasure in doing things', options: phqFrequencyOptions, loinc: '44250-9' },
  ],
  scores: [
    {
      name: 'anxiety',
      label: 'PHQ-4 anxiety subscale (GAD-2)',
      items: ['phq4_1', 'phq4_2'],
      method: 'sum',
      range: [0, 6],
      missing: {
        minAnswered: 2,
        rounding: 'none',
        official: false,
        text: 'Neither Kroenke 2009 nor Löwe 2010 nor the PHQ instruction manual gives a missing-item rule, so promkit requires both anxiety items (conservative).',
        source: { ref: 'pfizer', note: 'no missing-item rule published' },
      },
      direction: 'higher-is-worse',
    },
    {
      name: 'depression',
      label: 'PHQ-4 depression subscale (PHQ-2)',
      items: ['phq4_3', 'phq4_4'],
      method: 'sum',
      range: [0, 6],
      missing: {
        minAnswered: 2,
        rounding: 'none',
        official: false,
        text: 'Neither Kroenke 2009 nor Löwe 2010 nor the PHQ instruction manual gives a missing-item rule, so promkit requires both depression items (conservative).',
        source: { ref: 'pfizer', note: 'no missing-item rule published' },
      },
      direction: 'higher-is-worse',
    },
    {
      name: 'total',
      label: 'PHQ-4 total score (psychological distress)',
      items: ['phq4_1', 'phq4_2', 'phq4_3', 'phq4_4'],
      method: 'sum',
      range: [0, 12],
      missing: {
        minAnswered: 4,
        rounding: 'none',
        official: false,
        text: 'Neither Kroenke 2009 nor Löwe 2010 nor the PHQ instruction manual gives a missing-item rule, so promkit requires all 4 items (conservative).',
        source: { ref: 'pfizer', note: 'no missing-item rule published' },
      },
      bands: [
        { label: 'normal', min: 0, max: 2 },
        { label: 'mild', min: 3, max: 5 },
        { label: 'moderate', min: 6, max: 8 },
        { label: 'severe', min: 9, max: 12 },
      ],
      bandSource: {
        ref: 'kroenke2009',
        note: 'Total categories normal 0–2, mild 3–5, moderate 6–8, severe 9–12 (Kroenke 2009; Löwe 2010), as reproduced by awell-score and the Shirley Ryan AbilityLab summary; the primary table was not re-read.',
      },
      direction: 'higher-is-worse',
      loinc: '70272-0',
    },
  ],
  flags: [
    {
      name: 'anxietyScreenPositive',
      label: 'Anxiety subscale of 3 or more: positive anxiety screen (follow with the GAD-7)',
      when: { score: 'anxiety', atLeast: 3 },
      source: { ref: 'kroenke2009', note: 'subscale of 3 or more is positive for screening, the GAD-2 cut point of Kroenke 2007; as reproduced by the Shirley Ryan AbilityLab summary and awell-score' },
    },
    {
      name: 'depressionScreenPositive',
      label: 'Depression subscale of 3 or more: positive depression screen (follow with the PHQ-9)',
      when: { score: 'depression', atLeast: 3 },
      source: { ref: 'kroenke2009', note: 'subscale of 3 or more is positive for screening, the PHQ-2 cut point of Kroenke 2003; as reproduced by the Shirley Ryan AbilityLab summary and awell-score' },
    },
  ],
  discrepancies: [
    {
      topic: 'Order of the two depression items',
      decision: 'All sources put the two anxiety (GAD-2) items first. For items 3 and 4 promkit follows the PHQ-4 as reproduced in a peer-reviewed table (J Public Health 2021, PMC7928742: (c) feeling down, (d) little interest) and in awell-score: phq4_3 = feeling down, depressed, or hopeless; phq4_4 = little interest or pleasure. Other reproductions swap them. The Kroenke 2009 form itself could not be read here: check the order of stored data against the form you administered. Subscale and total scores do not depend on it.',
      refs: ['kroenke2009', 'pubmed2021', 'awell', 'otherOrder'],
    },
    {
      topic: 'Label of the 0–2 total band',
      decision: 'promkit uses "normal" (Kroenke 2009 as reproduced by awell-score); the Shirley Ryan AbilityLab summary prints "none" for the same range.',
      refs: ['kroenke2009', 'awell', 'sralab'],
    },
    {
      topic: 'LOINC codes',
      decision: 'Panel 69724-3 ("Patient health questionnaire 4 item") and total 70272-0 ("Patient Health Questionnaire 4 item (PHQ-4) total score [Reported]", as coded by awell-score). The item codes are those of the same questions in the GAD-7 and PHQ-9 panels; no subscale codes were confirmed, so none are given.',
      refs: ['awell'],
    },
    {
      topic: 'Missing items',
      decision: 'No official rule; each subscale needs both its items and the total needs all four. awell-score also refuses an incomplete PHQ-4.',
      refs: ['pfizer', 'awell'],
    },
  ],
  notes: [
    'The subscales reuse the GAD-2 (Kroenke 2007) and PHQ-2 (Kroenke 2003) items, wording and coding.',
    'Löwe 2010 (German general population, n = 5030) reports percentile ranks rather than mean and SD norms; none are included.',
  ],
});
