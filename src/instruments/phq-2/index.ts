import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';
import { phqFrequencyOptions, phqLicence } from '../_phq/shared.js';

/**
 * PHQ-2, Patient Health Questionnaire two-item depression screener (Kroenke, Spitzer & Williams
 * 2003): the first two PHQ-9 items. Items `phq2_1`, `phq2_2`, each 0–3; `total` 0–6; flag
 * `screenPositive` at a total of 3 or more.
 */
export const phq2: Instrument = /* @__PURE__ */ shipped({
  id: 'phq-2',
  title: 'Patient Health Questionnaire-2',
  shortTitle: 'PHQ-2',
  version: 'PHQ-2 (Kroenke 2003): items 1 and 2 of the PHQ-9',
  domain: 'depression',
  recallPeriod: 'Over the last 2 weeks',
  citations: [
    {
      key: 'kroenke2003',
      text: 'Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2: validity of a two-item depression screener. Med Care. 2003;41(11):1284-1292.',
    },
    {
      key: 'arroll2010',
      text: 'Arroll B, Goodyear-Smith F, Crengle S, et al. Validation of PHQ-2 and PHQ-9 to screen for major depression in the primary care population. Ann Fam Med. 2010;8(4):348-353.',
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2906530',
    },
    {
      key: 'pfizer',
      text: 'Pfizer Inc. Instruction Manual: Instructions for Patient Health Questionnaire (PHQ) and GAD-7 Measures. phqscreeners.com.',
      url: 'https://www.phqscreeners.com/',
    },
    {
      key: 'awell',
      text: 'Awell Health. awell-score, open-source TypeScript scoring library; src/scores/phq_2 (definition, test vectors) at commit c37843e505763f1767d22d0250ee1920eccddb21.',
      url: 'https://github.com/awell-health/awell-score',
    },
  ],
  licence: phqLicence,
  loinc: '55757-9',
  items: [
    { id: 'phq2_1', label: 'Little interest or pleasure', text: 'Little interest or pleasure in doing things', options: phqFrequencyOptions, loinc: '44250-9' },
    { id: 'phq2_2', label: 'Feeling down or hopeless', text: 'Feeling down, depressed, or hopeless', options: phqFrequencyOptions, loinc: '44255-8' },
  ],
  scores: [
    {
      name: 'total',
      label: 'PHQ-2 total score',
      items: ['phq2_1', 'phq2_2'],
      method: 'sum',
      range: [0, 6],
      missing: {
        minAnswered: 2,
        rounding: 'none',
        official: false,
        text: 'Neither Kroenke 2003 nor the PHQ instruction manual gives a missing-item rule, and a two-item screen cannot be sensibly prorated, so promkit requires both items (conservative).',
        source: { ref: 'pfizer', note: 'no missing-item rule published' },
      },
      direction: 'higher-is-worse',
      loinc: '55758-7',
    },
  ],
  flags: [
    {
      name: 'screenPositive',
      label: 'Total of 3 or more: positive depression screen (follow with the full PHQ-9)',
      when: { score: 'total', atLeast: 3 },
      source: { ref: 'kroenke2003', locator: 'Abstract and Results: a PHQ-2 cut point of 3 or greater is optimal for screening for major depression' },
    },
  ],
  discrepancies: [
    {
      topic: 'Screening cut point',
      decision: 'promkit flags a total of 3 or more (the developers\u2019 optimal cut point, Kroenke 2003). Arroll 2010 (2642 New Zealand primary-care patients) found a cut point of 2 more sensitive (86 % vs 61 %) but less specific (78 % vs 92 %) and favoured it for case finding; apply it with a score condition on the total if you need it.',
      refs: ['kroenke2003', 'arroll2010'],
    },
    {
      topic: 'LOINC codes',
      decision: 'Panel 55757-9 and total 55758-7 ("Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]", as coded by awell-score); a third-party note pairing 55758-7 with the panel and 58148-8 with the total was treated as wrong. Item codes are those of PHQ-9 items 1 and 2.',
      refs: ['awell'],
    },
    {
      topic: 'Missing items',
      decision: 'No official rule; both items are required. awell-score also refuses an incomplete PHQ-2.',
      refs: ['pfizer', 'awell'],
    },
  ],
  notes: [
    'The items are PHQ-9 items 1 and 2 with the same wording, response options and coding; a PHQ-2 total can be taken from a completed PHQ-9.',
    'A positive screen is not a diagnosis: follow it with the full PHQ-9 or a clinical interview.',
  ],
});
