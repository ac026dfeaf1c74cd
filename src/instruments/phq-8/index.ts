import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';
import { phqFrequencyOptions, phqLicence } from '../_phq/shared.js';

/**
 * PHQ-8, the PHQ-9 without item 9 (Kroenke, Strine, Spitzer, Williams, Berry & Mokdad 2009).
 * Items `phq8_1` … `phq8_8`, each 0–3; `total` 0–24 with the PHQ-9 cut points 5, 10, 15 and 20;
 * flag `screenPositive` at a total of 10 or more (current depression).
 */
export const phq8: Instrument = /* @__PURE__ */ shipped({
  id: 'phq-8',
  title: 'Patient Health Questionnaire-8',
  shortTitle: 'PHQ-8',
  version: 'PHQ-8 (Kroenke 2009): PHQ-9 items 1–8',
  domain: 'depression',
  recallPeriod: 'Over the last 2 weeks',
  citations: [
    {
      key: 'kroenke2009',
      text: 'Kroenke K, Strine TW, Spitzer RL, Williams JBW, Berry JT, Mokdad AH. The PHQ-8 as a measure of current depression in the general population. J Affect Disord. 2009;114(1-3):163-173.',
      doi: '10.1016/j.jad.2008.06.026',
    },
    {
      key: 'kroenke2001',
      text: 'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med. 2001;16(9):606-613.',
      doi: '10.1046/j.1525-1497.2001.016009606.x',
    },
    {
      key: 'pfizer',
      text: 'Pfizer Inc. Instruction Manual: Instructions for Patient Health Questionnaire (PHQ) and GAD-7 Measures. phqscreeners.com.',
      url: 'https://www.phqscreeners.com/',
    },
    {
      key: 'camcops',
      text: 'Cardinal RN et al. CamCOPS, University of Cambridge Department of Psychiatry; server/camcops_server/tasks/phq8.py at commit 0e78deef5746510666dfcdbf429aad1d76ef8892 (severity cut points citing Kroenke 2009, PMID 18752852).',
      url: 'https://github.com/ucam-department-of-psychiatry/camcops',
    },
    {
      key: 'awell',
      text: 'Awell Health. awell-score, open-source TypeScript scoring library; src/scores/phq_8 (definition, interpretation, test vectors) at commit c37843e505763f1767d22d0250ee1920eccddb21.',
      url: 'https://github.com/awell-health/awell-score',
    },
  ],
  licence: phqLicence,
  items: [
    { id: 'phq8_1', label: 'Little interest or pleasure', text: 'Little interest or pleasure in doing things', options: phqFrequencyOptions, loinc: '44250-9' },
    { id: 'phq8_2', label: 'Feeling down or hopeless', text: 'Feeling down, depressed, or hopeless', options: phqFrequencyOptions, loinc: '44255-8' },
    { id: 'phq8_3', label: 'Sleep problems', text: 'Trouble falling or staying asleep, or sleeping too much', options: phqFrequencyOptions, loinc: '44259-0' },
    { id: 'phq8_4', label: 'Tired or little energy', text: 'Feeling tired or having little energy', options: phqFrequencyOptions, loinc: '44254-1' },
    { id: 'phq8_5', label: 'Appetite', text: 'Poor appetite or overeating', options: phqFrequencyOptions, loinc: '44251-7' },
    { id: 'phq8_6', label: 'Feeling bad about yourself', text: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down', options: phqFrequencyOptions, loinc: '44258-2' },
    { id: 'phq8_7', label: 'Trouble concentrating', text: 'Trouble concentrating on things, such as reading the newspaper or watching television', options: phqFrequencyOptions, loinc: '44252-5' },
    { id: 'phq8_8', label: 'Moving or speaking slowly, or restless', text: 'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual', options: phqFrequencyOptions, loinc: '44253-3' },
  ],
  scores: [
    {
      name: 'total',
      label: 'PHQ-8 total score',
      items: ['phq8_1', 'phq8_2', 'phq8_3', 'phq8_4', 'phq8_5', 'phq8_6', 'phq8_7', 'phq8_8'],
      method: 'sum',
      range: [0, 24],
      missing: {
        minAnswered: 8,
        rounding: 'none',
        official: false,
        text: 'Neither Kroenke 2009 nor the PHQ instruction manual gives a missing-item rule for the PHQ-8, so promkit requires all 8 items (conservative).',
        source: { ref: 'kroenke2009', note: 'no missing-item rule published' },
      },
      bands: [
        { label: 'minimal', min: 0, max: 4 },
        { label: 'mild', min: 5, max: 9 },
        { label: 'moderate', min: 10, max: 14 },
        { label: 'moderately severe', min: 15, max: 19 },
        { label: 'severe', min: 20, max: 24 },
      ],
      bandSource: {
        ref: 'kroenke2009',
        note: 'The PHQ-8 is scored like the PHQ-9 with the same cut points 5, 10, 15 and 20 (top band 20–24); edges as implemented, citing Kroenke 2009, by CamCOPS (phq8.py severity()) and awell-score. The Kroenke 2009 table itself was not re-read.',
      },
      direction: 'higher-is-worse',
    },
  ],
  flags: [
    {
      name: 'screenPositive',
      label: 'Total of 10 or more: current depression (Kroenke 2009 cut point)',
      when: { score: 'total', atLeast: 10 },
      source: { ref: 'kroenke2009', locator: 'Abstract: a PHQ-8 cut point of 10 or greater defines current depression (8.6 % prevalence vs 9.1 % by the diagnostic algorithm)' },
    },
  ],
  discrepancies: [
    {
      topic: 'Label of the 0–4 band',
      decision: 'promkit uses "minimal", as for the PHQ-9 (Kroenke 2001); CamCOPS prints "none" and awell-score "None/minimal" for the same range.',
      refs: ['kroenke2001', 'camcops', 'awell'],
    },
    {
      topic: 'Missing items',
      decision: 'No official rule exists; promkit requires all 8 items. awell-score and CamCOPS also score only complete forms.',
      refs: ['kroenke2009', 'awell', 'camcops'],
    },
    {
      topic: 'LOINC codes',
      decision: 'No PHQ-8 panel or total-score code was confirmed by a source, so none is given; awell-score tags its PHQ-8 total with 44261-6, which is the PHQ-9 total, and promkit does not copy it. Item codes are those of PHQ-9 items 1–8.',
      refs: ['awell'],
    },
  ],
  notes: [
    'Items, wording, response options and coding are those of PHQ-9 items 1–8; item 9 (thoughts of death or self-harm) is left out, which suits settings where a positive item 9 cannot be followed up.',
    'The PHQ-8 diagnostic algorithm (major / other depressive syndrome) is not computed; the total, its bands and the cut point are.',
    'No PHQ-8-specific reliability, norms or MCID were sourced; none are given (PHQ-9 values should not be borrowed without saying so).',
  ],
});
