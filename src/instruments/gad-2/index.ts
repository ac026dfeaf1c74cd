import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';
import { phqFrequencyOptions, phqLicence } from '../_phq/shared.js';

/**
 * GAD-2, two-item generalized anxiety screener (Kroenke, Spitzer, Williams, Monahan & Löwe 2007):
 * the first two GAD-7 items. Items `gad2_1`, `gad2_2`, each 0–3; `total` 0–6; flag
 * `screenPositive` at a total of 3 or more.
 */
export const gad2: Instrument = /* @__PURE__ */ shipped({
  id: 'gad-2',
  title: 'Generalized Anxiety Disorder 2-item scale',
  shortTitle: 'GAD-2',
  version: 'GAD-2 (Kroenke 2007): items 1 and 2 of the GAD-7',
  domain: 'anxiety',
  recallPeriod: 'Over the last 2 weeks',
  citations: [
    {
      key: 'kroenke2007',
      text: 'Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Löwe B. Anxiety disorders in primary care: prevalence, impairment, comorbidity, and detection. Ann Intern Med. 2007;146(5):317-325.',
    },
    {
      key: 'spitzer2006',
      text: 'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med. 2006;166(10):1092-1097.',
      doi: '10.1001/archinte.166.10.1092',
    },
    {
      key: 'pfizer',
      text: 'Pfizer Inc. Instruction Manual: Instructions for Patient Health Questionnaire (PHQ) and GAD-7 Measures. phqscreeners.com.',
      url: 'https://www.phqscreeners.com/',
    },
    {
      key: 'awell',
      text: 'Awell Health. awell-score, open-source TypeScript scoring library; src/scores/GAD_2 (definition, README, test vectors) at commit c37843e505763f1767d22d0250ee1920eccddb21.',
      url: 'https://github.com/awell-health/awell-score',
    },
  ],
  licence: phqLicence,
  items: [
    { id: 'gad2_1', label: 'Nervous, anxious or on edge', text: 'Feeling nervous, anxious or on edge', options: phqFrequencyOptions, loinc: '69725-0' },
    { id: 'gad2_2', label: 'Cannot stop or control worrying', text: 'Not being able to stop or control worrying', options: phqFrequencyOptions, loinc: '68509-9' },
  ],
  scores: [
    {
      name: 'total',
      label: 'GAD-2 total score',
      items: ['gad2_1', 'gad2_2'],
      method: 'sum',
      range: [0, 6],
      missing: {
        minAnswered: 2,
        rounding: 'none',
        official: false,
        text: 'Neither Kroenke 2007 nor the PHQ/GAD-7 instruction manual gives a missing-item rule, and a two-item screen cannot be sensibly prorated, so promkit requires both items (conservative).',
        source: { ref: 'pfizer', note: 'no missing-item rule published' },
      },
      direction: 'higher-is-worse',
    },
  ],
  flags: [
    {
      name: 'screenPositive',
      label: 'Total of 3 or more: positive screen for generalized anxiety disorder (follow with the full GAD-7)',
      when: { score: 'total', atLeast: 3 },
      source: { ref: 'kroenke2007', locator: 'Results: GAD-2 cut point of 3 or greater (sensitivity 86 %, specificity 83 % for generalized anxiety disorder)' },
    },
  ],
  discrepancies: [
    {
      topic: 'Severity bands',
      decision: 'promkit gives the GAD-2 no severity bands: Kroenke 2007 defines only the screening cut point of 3. awell-score labels 1–2 mild, 3–4 moderate and 5–6 severe without a primary source; not adopted.',
      refs: ['kroenke2007', 'awell'],
    },
    {
      topic: 'LOINC codes',
      decision: 'No GAD-2 panel or total-score code was confirmed by a source, so none is given (70272-0, sometimes attached to the GAD-2, is the PHQ-4 total). Item codes are those of GAD-7 items 1 and 2.',
      refs: ['spitzer2006', 'awell'],
    },
  ],
  notes: [
    'The items are GAD-7 items 1 and 2 with the same wording, response options and coding; a GAD-2 total can be taken from a completed GAD-7.',
    'A positive screen is not a diagnosis: follow it with the full GAD-7 or a clinical interview.',
  ],
});
