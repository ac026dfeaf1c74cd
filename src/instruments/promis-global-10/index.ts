import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';
import { frequencyReversedOptions } from '../_promis/items.js';
import { citeAwellScore, citeChoirGlobal, citeCodeGlobalVersions, citeDepManual2017, citeHays2009, citeHaysGmh, citeHaysGph, citeHmObtain, citeHmScoring, citePacioPromis10, promisLicence, promisMissingSource, promisProrationNote, promisRequiredReason, wholeNumbersNote } from '../_promis/shared.js';

/** 'Excellent' ... 'Poor' scored 5-1 (Global01-Global05, Global09r), with LOINC answer codes. */
const excellentPoor = [
  { value: 5, label: 'Excellent', loinc: 'LA9206-9' },
  { value: 4, label: 'Very good', loinc: 'LA13913-1' },
  { value: 3, label: 'Good', loinc: 'LA8967-7' },
  { value: 2, label: 'Fair', loinc: 'LA8968-5' },
  { value: 1, label: 'Poor', loinc: 'LA8969-3' },
];

/** Global06 'Completely' ... 'Not at all' scored 5-1. */
const completelyNotAtAll = [
  { value: 5, label: 'Completely', loinc: 'LA13937-0' },
  { value: 4, label: 'Mostly', loinc: 'LA13938-8' },
  { value: 3, label: 'Moderately', loinc: 'LA13939-6' },
  { value: 2, label: 'A little' },
  { value: 1, label: 'Not at all', loinc: 'LA6568-5' },
];

/** Global08r 'None' ... 'Very severe' scored 5-1: v1.2 carries the reversal in the codes. */
const noneVerySevere = [
  { value: 5, label: 'None', loinc: 'LA137-2' },
  { value: 4, label: 'Mild', loinc: 'LA6752-5' },
  { value: 3, label: 'Moderate', loinc: 'LA6751-7' },
  { value: 2, label: 'Severe', loinc: 'LA6750-9' },
  { value: 1, label: 'Very severe', loinc: 'LA13958-6' },
];

/**
 * Global07r: the 0-10 answer as given, recoded for the Global Physical Health sum (0 -> 5, 1-3 -> 4,
 * 4-6 -> 3, 7-9 -> 2, 10 -> 1).
 */
const painZeroToTen = [
  { value: 0, label: '0 No pain', loinc: 'LA6111-4', scoredAs: 5 },
  { value: 1, label: '1', loinc: 'LA6112-2', scoredAs: 4 },
  { value: 2, label: '2', loinc: 'LA6113-0', scoredAs: 4 },
  { value: 3, label: '3', loinc: 'LA6114-8', scoredAs: 4 },
  { value: 4, label: '4', loinc: 'LA6115-5', scoredAs: 3 },
  { value: 5, label: '5', loinc: 'LA10137-0', scoredAs: 3 },
  { value: 6, label: '6', loinc: 'LA10138-8', scoredAs: 3 },
  { value: 7, label: '7', loinc: 'LA10139-6', scoredAs: 2 },
  { value: 8, label: '8', loinc: 'LA10140-4', scoredAs: 2 },
  { value: 9, label: '9', loinc: 'LA10141-2', scoredAs: 2 },
  { value: 10, label: '10 Worst pain imaginable', loinc: 'LA13942-0', scoredAs: 1 },
];

const globalReference = {
  mean: 50,
  sd: 10,
  population: 'PROMIS wave 1: T metric set on the general-population cases matched to the 2000 US census (the MULTILOG calibration used all 21,133 cases)',
  source: { ref: 'haysGph', locator: 'steps 1-4' },
};

const requiredText = `All 4 items required. ${promisRequiredReason} ${promisProrationNote} to apply it pass { missing: { minAnswered: 2 } } (the prorated raw score is rounded up before the lookup).`;

/**
 * PROMIS Scale v1.2 - Global Health (Global-10; HealthMeasures). Ten items `Global01` ... `Global10r`
 * coded with the v1.2 scored codes (5 = best; `Global08r` and `Global10r` carry their reversal in
 * the codes), except `Global07r`, which takes the 0-10 pain rating and is recoded 0 -> 5, 1-3 -> 4,
 * 4-6 -> 3, 7-9 -> 2, 10 -> 1 (option `scoredAs`) before summing. `physicalHealth` is the raw sum of
 * `Global03`, `Global06`, `Global07r`, `Global08r` (4-20) and `mentalHealth` that of `Global02`,
 * `Global04`, `Global05`, `Global10r` (4-20), each with T-score and SE from its conversion table
 * (higher is better). `Global01` (general health) and `Global09r` (social activities and roles) are
 * reported as single items (1-5). All four items of a summary score are required.
 */
export const promisGlobal10: Instrument = /* @__PURE__ */ shipped({
  id: 'promis-global-10',
  title: 'PROMIS Scale v1.2 - Global Health',
  shortTitle: 'PROMIS Global-10',
  version: 'PROMIS Scale v1.2 - Global Health (10 items; v1.2 item names and scored codes: Global07r, Global08r, Global09r, Global10r); tables: Global Physical Health and Global Mental Health raw 4-20 (the 2009 PROMIS wave-1 tables, used unchanged for v1.2)',
  domain: 'global-health',
  recallPeriod: 'In general (global ratings); in the past 7 days (everyday physical activities, pain, fatigue, emotional problems)',
  citations: [
    citeHays2009,
    citeHaysGph,
    citeHaysGmh,
    citeChoirGlobal,
    citeAwellScore,
    citePacioPromis10,
    citeCodeGlobalVersions,
    citeDepManual2017,
    citeHmScoring,
    citeHmObtain,
  ],
  licence: promisLicence,
  items: [
    { id: 'Global01', label: 'General health', options: excellentPoor },
    { id: 'Global02', label: 'Quality of life', options: excellentPoor },
    { id: 'Global03', label: 'Physical health', options: excellentPoor },
    { id: 'Global04', label: 'Mental health, mood and ability to think', options: excellentPoor },
    { id: 'Global05', label: 'Satisfaction with social activities and relationships', options: excellentPoor },
    { id: 'Global09r', label: 'Carrying out usual social activities and roles', options: excellentPoor },
    { id: 'Global06', label: 'Able to carry out everyday physical activities', options: completelyNotAtAll },
    { id: 'Global10r', label: 'Bothered by emotional problems', options: frequencyReversedOptions },
    { id: 'Global08r', label: 'Fatigue on average', options: noneVerySevere },
    { id: 'Global07r', label: 'Pain on average, 0-10', options: painZeroToTen },
  ],
  scores: [
    {
      name: 'physicalHealth',
      label: 'Global Physical Health T-score (from the raw sum of Global03, Global06, Global07r recoded, Global08r)',
      items: ['Global03', 'Global06', 'Global07r', 'Global08r'],
      method: 'table',
      table: {
        rows: [
          { raw: 4, tScore: 16.2, se: 4.8 },
          { raw: 5, tScore: 19.9, se: 4.7 },
          { raw: 6, tScore: 23.5, se: 4.5 },
          { raw: 7, tScore: 26.7, se: 4.3 },
          { raw: 8, tScore: 29.6, se: 4.2 },
          { raw: 9, tScore: 32.4, se: 4.2 },
          { raw: 10, tScore: 34.9, se: 4.1 },
          { raw: 11, tScore: 37.4, se: 4.1 },
          { raw: 12, tScore: 39.8, se: 4.1 },
          { raw: 13, tScore: 42.3, se: 4.2 },
          { raw: 14, tScore: 44.9, se: 4.3 },
          { raw: 15, tScore: 47.7, se: 4.4 },
          { raw: 16, tScore: 50.8, se: 4.6 },
          { raw: 17, tScore: 54.1, se: 4.7 },
          { raw: 18, tScore: 57.7, se: 4.9 },
          { raw: 19, tScore: 61.9, se: 5.2 },
          { raw: 20, tScore: 67.7, se: 5.9 },
        ],
        source: {
          ref: 'haysGph',
          locator: 'table \'Score Tscore SD\' (raw 4-20)',
          note: 'the working document of the Hays et al. 2009 tables, read in this session',
        },
        crossCheck: {
          ref: 'choirGlobal',
          locator: 'GlobalHealthScore.java, PHYS_TSCORE_ARRAY and PHYS_SE_ARRAY',
          note: 'compared row by row: all 17 T-scores and SEs identical; awell-score t_score_tables.ts (T only) also identical on all 17 rows, and the PACIO IG\'s v1.2 examples print rows 9, 12, 15 and 18',
        },
      },
      range: [4, 20],
      missing: {
        minAnswered: 4,
        rounding: 'up',
        official: false,
        text: requiredText,
        source: promisMissingSource,
      },
      direction: 'higher-is-better',
      psychometrics: { metric: 'tScore', reference: globalReference },
    },
    {
      name: 'mentalHealth',
      label: 'Global Mental Health T-score (from the raw sum of Global02, Global04, Global05, Global10r)',
      items: ['Global02', 'Global04', 'Global05', 'Global10r'],
      method: 'table',
      table: {
        rows: [
          { raw: 4, tScore: 21.2, se: 4.6 },
          { raw: 5, tScore: 25.1, se: 4.1 },
          { raw: 6, tScore: 28.4, se: 3.9 },
          { raw: 7, tScore: 31.3, se: 3.7 },
          { raw: 8, tScore: 33.8, se: 3.7 },
          { raw: 9, tScore: 36.3, se: 3.7 },
          { raw: 10, tScore: 38.8, se: 3.6 },
          { raw: 11, tScore: 41.1, se: 3.6 },
          { raw: 12, tScore: 43.5, se: 3.6 },
          { raw: 13, tScore: 45.8, se: 3.6 },
          { raw: 14, tScore: 48.3, se: 3.7 },
          { raw: 15, tScore: 50.8, se: 3.7 },
          { raw: 16, tScore: 53.3, se: 3.7 },
          { raw: 17, tScore: 56, se: 3.8 },
          { raw: 18, tScore: 59, se: 3.9 },
          { raw: 19, tScore: 62.5, se: 4.2 },
          { raw: 20, tScore: 67.6, se: 5.3 },
        ],
        source: {
          ref: 'choirGlobal',
          locator: 'GlobalHealthScore.java, MENT_TSCORE_ARRAY and MENT_SE_ARRAY (from the Assessment Center \'Scoring PROMIS Global short form\' document)',
          note: 'raw 4 as printed there and in awell-score (21.2); see discrepancies for the Hays working document\'s 21.1',
        },
        crossCheck: {
          ref: 'haysGmh',
          locator: 'table \'Score theta SD\' (raw 4-20)',
          note: 'compared row by row: raw 5-20 identical in T-score and SE, raw 4 printed as 21.1 (SE 4.6); awell-score t_score_tables.ts (T only) identical on all 17 rows; the PACIO IG\'s v1.2 examples print rows 9, 11, 12, 15 and 17',
        },
      },
      range: [4, 20],
      missing: {
        minAnswered: 4,
        rounding: 'up',
        official: false,
        text: requiredText,
        source: promisMissingSource,
      },
      direction: 'higher-is-better',
      psychometrics: {
        metric: 'tScore',
        reference: { ...globalReference, source: { ref: 'haysGmh', locator: 'steps 1-4' } },
      },
    },
    {
      name: 'generalHealth',
      label: 'General health (Global01, single item)',
      items: ['Global01'],
      method: 'sum',
      range: [1, 5],
      missing: {
        minAnswered: 1,
        rounding: 'none',
        official: false,
        text: 'A single item, reported as such: an unanswered item gives no score.',
        source: { ref: 'codeGlobalVersions', note: 'Global01 and Global09r belong to neither summary score' },
      },
      direction: 'higher-is-better',
    },
    {
      name: 'socialRoles',
      label: 'Carrying out social activities and roles (Global09r, single item)',
      items: ['Global09r'],
      method: 'sum',
      range: [1, 5],
      missing: {
        minAnswered: 1,
        rounding: 'none',
        official: false,
        text: 'A single item, reported as such: an unanswered item gives no score.',
        source: { ref: 'codeGlobalVersions', note: 'Global01 and Global09r belong to neither summary score' },
      },
      direction: 'higher-is-better',
    },
  ],
  discrepancies: [
    {
      topic: 'Missing items',
      decision: 'promkit requires all four items of each summary score (complete-case raw sum), as the PROMIS tables convert complete raw sums. awell-score sums whatever is answered and looks that sum up, which gives T-scores for impossible raw sums (e.g. 3 answered items); promkit does not. A caller may opt into the older half-of-items proration with { missing: { minAnswered: 2 } } (rounded up).',
      refs: ['hmScoring', 'depManual2017', 'awellScore'],
    },
    {
      topic: 'Reverse-scored items and the pain recode',
      decision: 'In v1.2 the fatigue (Global08r) and emotional-problems (Global10r) items carry their reversal in the response codes (None / Never = 5 ... Very severe / Always = 1), so promkit takes those codes as given and reverses nothing: the v1.2 description, choir-d\'s form (Never = 5, None = 5), awell-score (Q08R, Q10R 5-1) and the PACIO v1.2 examples agree. Only Global07r is recoded, from its 0-10 answer to 1-5 via the options\' scoredAs (0 -> 5, 1-3 -> 4, 4-6 -> 3, 7-9 -> 2, 10 -> 1: choir-d, awell-score and the PACIO examples agree). Data from v1.0/1.1 forms, where Global08 and Global10 were coded 1 = None / Never, must be reversed (6 - code) before scoring with this definition.',
      refs: ['codeGlobalVersions', 'choirGlobal', 'awellScore', 'pacioPromis10'],
    },
    {
      topic: 'Global Mental Health raw 4',
      decision: 'The Assessment Center scoring document as transcribed in choir-d, and awell-score, print T 21.2 for raw 4; the Hays 2009 working document prints 21.1 (all other rows and all SEs agree). promkit ships 21.2, the value in the scoring material users meet. Recomputing the summed-score EAP from the MULTILOG parameters in the Hays documents, with the T metric\'s rescale fitted to raw 5-19 (the documents do not print it), reproduces raw 5-19 of both tables within 0.15 T but not the extremes (mental raw 4 computes near 21.0; test/promis-derivation.test.ts), so it cannot decide between them.',
      refs: ['choirGlobal', 'awellScore', 'haysGmh'],
    },
    {
      topic: 'Version of the tables',
      decision: 'The tables are the 2009 wave-1 tables of Hays et al. (the working documents are dated June 2009). HealthMeasures\' v1.2 changes item names and response codes, not the summary-score tables: the PACIO IG labels its examples \'PROMIS Global Physical/Mental Health v1.2 T-Score\' and they reproduce nine rows of these tables. The HealthMeasures Global Health scoring manual itself was not readable here.',
      refs: ['haysGph', 'haysGmh', 'pacioPromis10', 'codeGlobalVersions'],
    },
  ],
  notes: [
    'physicalHealth and mentalHealth values are the raw sums (4-20); tScore and se come from the conversion tables. There is no overall Global Health score. HealthMeasures prefers response-pattern scoring and calls the tables a good second option; the two can differ slightly.',
    'Enter Global07r as the 0-10 rating the respondent gave (not the recoded 1-5 value): the definition recodes it. Global08r and Global10r take the v1.2 codes (5 = None / Never).',
    'Items are listed in form order (Global01-Global05, Global09r, Global06, Global10r, Global08r, Global07r), as in choir-d\'s Global Health form, the PACIO PROMIS-10 Questionnaire and awell-score; a response array must follow this order.',
    'No severity bands are given: the HealthMeasures excellent-to-poor cut points for the summary T-scores were not read in a source.',
    wholeNumbersNote,
    'Item labels are promkit paraphrases, not PROMIS item text. LOINC answer codes as used by the PACIO PROMIS-10 examples (0-10 pain codes also as in an HL7 Belgium pain value set); no panel, item or score LOINC code was verified, so none is given.',
  ],
});
