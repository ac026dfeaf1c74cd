import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';
import { phqFrequencyOptions, phqLicence } from '../_phq/shared.js';

/**
 * PHQ-9, Patient Health Questionnaire depression scale (Kroenke, Spitzer & Williams 2001).
 * Items `phq9_1` … `phq9_9`, each 0–3; `total` 0–27 with the published severity bands; flag
 * `item9Positive` when item 9 (thoughts of being better off dead or of self-harm) is above 0.
 */
export const phq9: Instrument = /* @__PURE__ */ shipped({
  id: 'phq-9',
  title: 'Patient Health Questionnaire-9',
  shortTitle: 'PHQ-9',
  version: 'PHQ-9 (Kroenke 2001)',
  domain: 'depression',
  recallPeriod: 'Over the last 2 weeks',
  citations: [
    {
      key: 'kroenke2001',
      text: 'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med. 2001;16(9):606-613.',
      doi: '10.1046/j.1525-1497.2001.016009606.x',
    },
    {
      key: 'kroenke2002',
      text: 'Kroenke K, Spitzer RL. The PHQ-9: a new depression diagnostic and severity measure. Psychiatric Annals. 2002;32(9):509-515.',
      doi: '10.3928/0048-5713-20020901-06',
    },
    {
      key: 'lowe2004',
      text: 'Löwe B, Unützer J, Callahan CM, Perkins AJ, Kroenke K. Monitoring depression treatment outcomes with the Patient Health Questionnaire-9. Med Care. 2004;42(12):1194-1201.',
      doi: '10.1097/00005650-200412000-00006',
    },
    {
      key: 'arrieta2017',
      text: 'Arrieta J, Aguerrebere M, Raviola G, et al. Validity and utility of the Patient Health Questionnaire (PHQ)-2 and PHQ-9 for screening and diagnosis of depression in rural Chiapas, Mexico: a cross-sectional study. J Clin Psychol. 2017;73(9):1076-1090.',
      doi: '10.1002/jclp.22390',
    },
    {
      key: 'pfizer',
      text: 'Pfizer Inc. Instruction Manual: Instructions for Patient Health Questionnaire (PHQ) and GAD-7 Measures. phqscreeners.com.',
      url: 'https://www.phqscreeners.com/',
    },
  ],
  licence: phqLicence,
  loinc: '44249-1',
  items: [
    { id: 'phq9_1', label: 'Little interest or pleasure', text: 'Little interest or pleasure in doing things', options: phqFrequencyOptions, loinc: '44250-9' },
    { id: 'phq9_2', label: 'Feeling down or hopeless', text: 'Feeling down, depressed, or hopeless', options: phqFrequencyOptions, loinc: '44255-8' },
    { id: 'phq9_3', label: 'Sleep problems', text: 'Trouble falling or staying asleep, or sleeping too much', options: phqFrequencyOptions, loinc: '44259-0' },
    { id: 'phq9_4', label: 'Tired or little energy', text: 'Feeling tired or having little energy', options: phqFrequencyOptions, loinc: '44254-1' },
    { id: 'phq9_5', label: 'Appetite', text: 'Poor appetite or overeating', options: phqFrequencyOptions, loinc: '44251-7' },
    { id: 'phq9_6', label: 'Feeling bad about yourself', text: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down', options: phqFrequencyOptions, loinc: '44258-2' },
    { id: 'phq9_7', label: 'Trouble concentrating', text: 'Trouble concentrating on things, such as reading the newspaper or watching television', options: phqFrequencyOptions, loinc: '44252-5' },
    { id: 'phq9_8', label: 'Moving or speaking slowly, or restless', text: 'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual', options: phqFrequencyOptions, loinc: '44253-3' },
    { id: 'phq9_9', label: 'Thoughts of death or self-harm', text: 'Thoughts that you would be better off dead or of hurting yourself in some way', options: phqFrequencyOptions, loinc: '44260-8' },
  ],
  scores: [
    {
      name: 'total',
      label: 'PHQ-9 total score',
      items: ['phq9_1', 'phq9_2', 'phq9_3', 'phq9_4', 'phq9_5', 'phq9_6', 'phq9_7', 'phq9_8', 'phq9_9'],
      method: 'sum',
      range: [0, 27],
      missing: {
        minAnswered: 9,
        rounding: 'none',
        official: false,
        text: 'Neither the PHQ-9 papers nor the PHQ instruction manual give a missing-item rule, so promkit requires all 9 items (conservative). To apply the secondary rule of Arrieta 2017 (up to 2 missing, prorated), pass { missing: { minAnswered: 7 } }.',
        source: { ref: 'pfizer', note: 'no missing-item rule published' },
      },
      bands: [
        { label: 'minimal', min: 0, max: 4 },
        { label: 'mild', min: 5, max: 9 },
        { label: 'moderate', min: 10, max: 14 },
        { label: 'moderately severe', min: 15, max: 19 },
        { label: 'severe', min: 20, max: 27 },
      ],
      bandSource: { ref: 'kroenke2001', locator: 'Abstract and Results: scores of 5, 10, 15 and 20 represent mild, moderate, moderately severe and severe depression' },
      direction: 'higher-is-worse',
      loinc: '44261-6',
      psychometrics: {
        reliability: {
          value: 0.84,
          kind: 'test-retest',
          population: '580 primary-care patients; self-report vs telephone re-administration within 48 hours',
          source: { ref: 'kroenke2001', locator: 'Results, reliability' },
        },
        mcid: [
          {
            value: 5,
            unit: 'points',
            population: '434 older adults with depression (IMPACT trial); individual change',
            method: 'distribution-based: 2 standard errors of measurement',
            source: { ref: 'lowe2004', locator: 'Abstract' },
          },
        ],
      },
    },
  ],
  flags: [
    {
      name: 'item9Positive',
      label: 'Item 9 (thoughts of death or self-harm) answered above "Not at all": needs clinical follow-up',
      when: { item: 'phq9_9', atLeast: 1 },
      source: { ref: 'kroenke2001', locator: 'PHQ-9 item 9; any response above 0 counts the symptom as present' },
    },
  ],
  discrepancies: [
    {
      topic: 'Label of the 0–4 band',
      decision: 'promkit uses "minimal" (Kroenke 2001); Kroenke & Spitzer 2002 print "none-minimal" for the same range.',
      refs: ['kroenke2001', 'kroenke2002'],
    },
    {
      topic: 'Missing items',
      decision: 'No official rule exists; promkit requires all 9 items. Arrieta 2017 scores up to 2 missing items by replacing them with the mean of the answered items (equivalent to proration without rounding), available as { missing: { minAnswered: 7 } }.',
      refs: ['pfizer', 'arrieta2017'],
    },
  ],
  notes: [
    'Item 10 (how difficult the problems made work, home or relationships; LOINC 69722-7) is not part of any score and is not included, so an array of responses has 9 entries.',
    'The PHQ-9 diagnostic algorithm (major / other depressive syndrome) is not computed; the total and its bands are.',
  ],
});
