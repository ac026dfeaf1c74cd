import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

const scale = (minLabel: string, maxLabel: string) => ({ min: 0, max: 10, integer: true, minLabel, maxLabel });
const ability = scale('Cannot do it because of the pain problem', 'Can do it without pain being a problem');
const agreement = scale('Completely disagree', 'Completely agree');

/**
 * ÖMPSQ-SF, the 10-item short form of the Örebro Musculoskeletal Pain Screening Questionnaire
 * (Linton, Nicholas & MacDonald 2011). Items `ompsq_1` … `ompsq_10` in the order of the form:
 * pain duration (10 categories scored 1–10), then nine 0–10 ratings; items 3 (light work for an
 * hour), 4 (sleep at night) and 8 (chance of working normally in 3 months) are reverse-scored
 * (10 − answer). `total` 1–100; flag `highRisk` for a total of 50 or more.
 */
export const ompsqSf: Instrument = /* @__PURE__ */ shipped({
  id: 'ompsq-sf',
  title: 'Örebro Musculoskeletal Pain Screening Questionnaire, short form',
  shortTitle: 'ÖMPSQ-SF',
  version: 'ÖMPSQ short form, 10 items (Linton, Nicholas & MacDonald 2011), English, in the order of the form; two items from each of five factors (function, pain, distress, return-to-work expectancy, fear-avoidance).',
  domain: 'risk-stratification',
  recallPeriod: 'Past week (pain, tension and mood items); duration since onset',
  citations: [
    {
      key: 'linton2011',
      text: 'Linton SJ, Nicholas M, MacDonald S. Development of a short form of the Örebro Musculoskeletal Pain Screening Questionnaire. Spine (Phila Pa 1976). 2011;36(22):1891-1895 (Abstract: "The short version was constructed by taking two items from each of the five factors shown to have predictive power … a cutoff of 50 on the short version identified 85% in the occupational and 83% in the primary care samples").',
      doi: '10.1097/BRS.0b013e3181f8f775',
      url: 'https://pubmed.ncbi.nlm.nih.gov/21192286/',
    },
    {
      key: 'linton2003',
      text: 'Linton SJ, Boersma K. Early identification of patients at risk of developing a persistent back problem: the predictive validity of the Örebro Musculoskeletal Pain Questionnaire. Clin J Pain. 2003;19(2):80-86.',
      doi: '10.1097/00002508-200303000-00002',
    },
    {
      key: 'awellScore',
      text: 'Awell Health. awell-score (open-source TypeScript score library): src/scores/orebro/short_version (README.md, ompq_10.ts, definition/ompq_10_inputs.ts, __testdata__/ompq_10_form_responses.ts, ompq_10.test.ts), commit c37843e505763f1767d22d0250ee1920eccddb21; form order and per-item scoring in src/calculation_suite/calculations/orebro/short_version/README.md, commit 70bece934711e39eb32dd5e7c121ab7381ede4ae.',
      url: 'https://github.com/awell-health/awell-score',
    },
  ],
  licence: {
    status: 'permission-required',
    verbatimText: false,
    holder: 'Steven J. Linton (Örebro University)',
    note: 'No licence or permission statement for the ÖMPSQ short form was found in the sources read, so promkit treats it conservatively: short neutral labels only, not the item wording. Confirm the terms of use with the author before reproducing the questionnaire.',
  },
  items: [
    {
      id: 'ompsq_1',
      label: 'How long the current pain problem has lasted',
      options: [
        { value: 1, label: '0–1 week' },
        { value: 2, label: '1–2 weeks' },
        { value: 3, label: '3–4 weeks' },
        { value: 4, label: '4–5 weeks' },
        { value: 5, label: '6–8 weeks' },
        { value: 6, label: '9–11 weeks' },
        { value: 7, label: '3–6 months' },
        { value: 8, label: '6–9 months' },
        { value: 9, label: '9–12 months' },
        { value: 10, label: 'Over 1 year' },
      ],
    },
    { id: 'ompsq_2', label: 'Pain rating, past week', numeric: scale('No pain', 'Pain as bad as it could be') },
    { id: 'ompsq_3', label: 'Can do light work for an hour', numeric: ability, reverse: true },
    { id: 'ompsq_4', label: 'Can sleep at night', numeric: ability, reverse: true },
    { id: 'ompsq_5', label: 'Tense or anxious, past week', numeric: scale('Absolutely calm and relaxed', 'As tense and anxious as I have ever felt') },
    { id: 'ompsq_6', label: 'Bothered by feeling depressed, past week', numeric: scale('Not at all', 'Extremely') },
    { id: 'ompsq_7', label: 'Risk that the pain may become persistent', numeric: scale('No risk', 'Very large risk') },
    { id: 'ompsq_8', label: 'Chance of working normal duties in 3 months', numeric: scale('No chance', 'Very large chance'), reverse: true },
    { id: 'ompsq_9', label: 'Increased pain means stop until it decreases', numeric: agreement },
    { id: 'ompsq_10', label: 'Should not do normal work with present pain', numeric: agreement },
  ],
  scores: [
    {
      name: 'total',
      label: 'ÖMPSQ-SF total score',
      items: ['ompsq_1', 'ompsq_2', 'ompsq_3', 'ompsq_4', 'ompsq_5', 'ompsq_6', 'ompsq_7', 'ompsq_8', 'ompsq_9', 'ompsq_10'],
      method: 'sum',
      range: [1, 100],
      missing: {
        minAnswered: 10,
        rounding: 'none',
        official: false,
        source: { ref: 'linton2011', note: 'no missing-item rule in the abstract; the full paper was not read' },
        text: 'No published missing-item rule for the short form was found, so promkit requires all 10 items (conservative); awell-score likewise sums only what it is given, with no rule. The duration item (1–10) and the ratings (0–10) have different ranges, so a sum cannot be prorated safely.',
      },
      direction: 'higher-is-worse',
    },
  ],
  flags: [
    {
      name: 'highRisk',
      label: 'Total of 50 or more: at risk of future work disability (Linton 2011 cut-off)',
      when: { score: 'total', atLeast: 50 },
      source: {
        ref: 'linton2011',
        locator: 'Abstract, Results: "a cutoff of 50 on the short version"',
        note: 'awell-score reads the cut-off as "a total score > 49 is considered positive", the same set of whole-number totals',
      },
    },
  ],
  discrepancies: [
    {
      topic: 'Cut-off: "50 or more" or "more than 50"',
      decision: 'Linton 2011 reports "a cutoff of 50" without an operator. promkit flags a total of 50 or more, as awell-score does ("> 49"). Only a total of exactly 50 is affected; a user who needs "> 50" should test total ≥ 51. Other studies derived other cut-offs and low/medium/high risk groups for their populations; they are not built in.',
      refs: ['linton2011', 'awellScore'],
    },
    {
      topic: 'Coding of the duration item',
      decision: 'promkit scores the ten duration categories 1 (0–1 week) to 10 (over 1 year), as in the long ÖMPSQ and awell-score, so the total runs from 1 to 100. Forms that code the categories 0–9 must add 1 before scoring; promkit rejects a 0.',
      refs: ['awellScore', 'linton2003'],
    },
  ],
  notes: [
    'Reverse-scored items 3, 4 and 8 are scored 10 − answer; promkit does this itself, so pass the answers as circled (0–10).',
    'The short form keeps two items from each of five factors of the long ÖMPSQ (self-perceived function, pain experience, distress, fear-avoidance beliefs and return-to-work expectancy; Linton 2011, awell-score README); it defines no subscale scores.',
    'No LOINC codes for the ÖMPSQ short form were found.',
  ],
});
