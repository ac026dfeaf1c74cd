import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';
import { phqFrequencyOptions, phqLicence } from '../_phq/shared.js';

/**
 * GAD-7, Generalized Anxiety Disorder 7-item scale (Spitzer, Kroenke, Williams & Löwe 2006).
 * Items `gad7_1` … `gad7_7`, each 0–3; `total` 0–21 with the published cut points 5, 10 and 15.
 */
export const gad7: Instrument = /* @__PURE__ */ shipped({
  id: 'gad-7',
  title: 'Generalized Anxiety Disorder 7-item scale',
  shortTitle: 'GAD-7',
  version: 'GAD-7 (Spitzer 2006)',
  domain: 'anxiety',
  recallPeriod: 'Over the last 2 weeks',
  citations: [
    {
      key: 'spitzer2006',
      text: 'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med. 2006;166(10):1092-1097.',
      doi: '10.1001/archinte.166.10.1092',
    },
    {
      key: 'lowe2008',
      text: 'Löwe B, Decker O, Müller S, Brähler E, Schellberg D, Herzog W, Herzberg PY. Validation and standardization of the Generalized Anxiety Disorder Screener (GAD-7) in the general population. Med Care. 2008;46(3):266-274.',
      doi: '10.1097/MLR.0b013e318160d093',
    },
    {
      key: 'toussaint2020',
      text: 'Toussaint A, Hüsing P, Gumz A, Wingenfeld K, Härter M, Schramm E, Löwe B. Sensitivity to change and minimal clinically important difference of the 7-item Generalized Anxiety Disorder Questionnaire (GAD-7). J Affect Disord. 2020;265:395-401.',
      doi: '10.1016/j.jad.2020.01.032',
    },
    {
      key: 'pfizer',
      text: 'Pfizer Inc. Instruction Manual: Instructions for Patient Health Questionnaire (PHQ) and GAD-7 Measures. phqscreeners.com.',
      url: 'https://www.phqscreeners.com/',
    },
  ],
  licence: phqLicence,
  loinc: '69737-5',
  items: [
    { id: 'gad7_1', label: 'Nervous, anxious or on edge', text: 'Feeling nervous, anxious or on edge', options: phqFrequencyOptions, loinc: '69725-0' },
    { id: 'gad7_2', label: 'Cannot stop or control worrying', text: 'Not being able to stop or control worrying', options: phqFrequencyOptions, loinc: '68509-9' },
    { id: 'gad7_3', label: 'Worrying too much', text: 'Worrying too much about different things', options: phqFrequencyOptions, loinc: '69733-4' },
    { id: 'gad7_4', label: 'Trouble relaxing', text: 'Trouble relaxing', options: phqFrequencyOptions, loinc: '69734-2' },
    { id: 'gad7_5', label: 'Restless', text: 'Being so restless that it is hard to sit still', options: phqFrequencyOptions, loinc: '69735-9' },
    { id: 'gad7_6', label: 'Easily annoyed or irritable', text: 'Becoming easily annoyed or irritable', options: phqFrequencyOptions, loinc: '69689-8' },
    { id: 'gad7_7', label: 'Afraid something awful might happen', text: 'Feeling afraid as if something awful might happen', options: phqFrequencyOptions, loinc: '69736-7' },
  ],
  scores: [
    {
      name: 'total',
      label: 'GAD-7 total score',
      items: ['gad7_1', 'gad7_2', 'gad7_3', 'gad7_4', 'gad7_5', 'gad7_6', 'gad7_7'],
      method: 'sum',
      range: [0, 21],
      missing: {
        minAnswered: 7,
        rounding: 'none',
        official: false,
        text: 'Neither Spitzer 2006 nor the PHQ/GAD-7 instruction manual gives a missing-item rule, so promkit requires all 7 items (conservative).',
        source: { ref: 'pfizer', note: 'no missing-item rule published' },
      },
      bands: [
        { label: 'minimal', min: 0, max: 4 },
        { label: 'mild', min: 5, max: 9 },
        { label: 'moderate', min: 10, max: 14 },
        { label: 'severe', min: 15, max: 21 },
      ],
      bandSource: { ref: 'spitzer2006', locator: 'Results: scores of 5, 10 and 15 are cut points for mild, moderate and severe anxiety' },
      direction: 'higher-is-worse',
      loinc: '70274-6',
      psychometrics: {
        reliability: {
          value: 0.83,
          kind: 'test-retest',
          population: '2740 US primary-care patients (intraclass correlation)',
          source: { ref: 'spitzer2006', locator: 'Results, reliability' },
        },
        mcid: [
          {
            value: 4,
            unit: 'points',
            population: '261 outpatients with chronic depression in a psychotherapy trial (Germany)',
            source: { ref: 'toussaint2020', locator: 'Abstract' },
          },
        ],
      },
    },
  ],
  flags: [
    {
      name: 'screenPositive',
      label: 'Total of 10 or more: positive screen for generalized anxiety disorder',
      when: { score: 'total', atLeast: 10 },
      source: { ref: 'spitzer2006', locator: 'Results: cut point of 10 or greater (sensitivity 89 %, specificity 82 %)' },
    },
  ],
  discrepancies: [
    {
      topic: 'Label of the 0–4 band',
      decision: 'promkit uses "minimal"; Spitzer 2006 names only the mild, moderate and severe cut points and treats 0–4 as the reference group.',
      refs: ['spitzer2006'],
    },
  ],
  notes: [
    'The lowest response is "Not at all"; some reproductions print "Not at all sure", a known copying error.',
    'The unscored difficulty question that follows the seven items on some forms is not included.',
  ],
});
