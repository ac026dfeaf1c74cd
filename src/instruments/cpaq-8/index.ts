import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

const truth = [
  { value: 0, label: 'Never true' },
  { value: 1, label: 'Very rarely true' },
  { value: 2, label: 'Seldom true' },
  { value: 3, label: 'Sometimes true' },
  { value: 4, label: 'Often true' },
  { value: 5, label: 'Almost always true' },
  { value: 6, label: 'Always true' },
];

const allItems = (n: number, name: string) => ({
  minAnswered: n,
  rounding: 'none' as const,
  official: false,
  source: { ref: 'fish2010', note: 'no missing-item rule found in the sources read' },
  text: `No published missing-item rule was found, so promkit requires all ${n} ${name} (conservative). A caller who wants proration can pass { missing: { minAnswered: k } }.`,
});

/**
 * CPAQ-8, the 8-item Chronic Pain Acceptance Questionnaire (Fish et al. 2010). Items `cpaq8_1` …
 * `cpaq8_8`, each 0 (never true) – 6 (always true). `activityEngagement` (items 1, 3, 5, 6) and
 * `painWillingness` (items 2, 4, 7, 8, reverse-scored 6 − answer) are 0–24 each; `total` is
 * their sum, 0–48. Higher means more acceptance.
 */
export const cpaq8: Instrument = /* @__PURE__ */ shipped({
  id: 'cpaq-8',
  title: 'Chronic Pain Acceptance Questionnaire, 8-item version',
  shortTitle: 'CPAQ-8',
  version: 'CPAQ-8 (Fish et al. 2010), English, in the item order of the 8-item form; activity engagement and pain willingness subscales; pain willingness items reverse-scored.',
  domain: 'pain-acceptance',
  recallPeriod: null,
  citations: [
    {
      key: 'fish2010',
      text: 'Fish RA, McGuire B, Hogan M, Morrison TG, Stewart I. Validation of the Chronic Pain Acceptance Questionnaire (CPAQ) in an Internet sample and development and preliminary validation of the CPAQ-8. Pain. 2010;149(3):435-443 (Abstract: "Data from the Internet sample were used to derive an eight-item short form. The two four-item factors (activity engagement [AE] and pain willingness [PW]) were confirmed using CFA"; the item table itself was not available to promkit).',
      doi: '10.1016/j.pain.2009.12.016',
    },
    {
      key: 'fish2013',
      text: 'Fish RA, Hogan MJ, Morrison TG, Stewart I, McGuire BE. Willing and able: a closer look at pain willingness and activity engagement on the Chronic Pain Acceptance Questionnaire (CPAQ-8). J Pain. 2013;14(3):233-245 (Abstract: 2-factor structure, Activity Engagement and Pain Willingness, confirmed; test-retest reliability after 4 to 6 weeks .68 for PW to .86 for AE, .81 overall).',
      doi: '10.1016/j.jpain.2012.11.004',
    },
    {
      key: 'rovner2014',
      text: 'Rovner GS, Årestedt K, Gerdle B, Börsbo B, McCracken LM. Psychometric properties of the 8-item Chronic Pain Acceptance Questionnaire (CPAQ-8) in a Swedish chronic pain cohort. J Rehabil Med. 2014;46(1):73-80 (Abstract: the 2-factor model fitted better than the 1-factor model for the 8- and 20-item versions; all CPAQ-8 scales alpha ≥ 0.80).',
      doi: '10.2340/16501977-1227',
    },
    {
      key: 'mccracken2004',
      text: 'McCracken LM, Vowles KE, Eccleston C. Acceptance of chronic pain: component analysis and a revised assessment method. Pain. 2004;107:159-166 (CPAQ-20: items rated 0 "never true" to 6 "always true"; activity engagement and pain willingness factors).',
    },
    {
      key: 'choir',
      text: 'Stanford CHOIR (Collaborative Health Outcomes Information Registry), chamtrain/choir-d: src/main/resources/default/xml/cpaq.xml (the 8 CPAQ-8 items in form order, answers 0 "never true" … 6 "always true", items 2, 4, 7 and 8 coded in reverse) and src/main/java/edu/stanford/registry/server/shc/pain/PhysicalTherapyScoreProvider.java (CPAQscore: subscale sums and "CPAQ-8 Total score"), commit 408fec1c21f6682473a72aa8b36ec95240b3cf68.',
      url: 'https://github.com/chamtrain/choir-d',
    },
    {
      key: 'healCdeList',
      text: 'heal-data-stewards/heal-cdes, mappings/study-crf-mappings/from-heal-cde-team/crf-heal-cde-ids.csv, commit 73969b692211fb8a5f0b30b6e3bf07def13055a5: "Chronic Pain Acceptance Questionnaire Revised *8 item- CPAQ" (HEAL id cpaq-8) as a HEAL supplemental CDE.',
      url: 'https://github.com/heal-data-stewards/heal-cdes',
    },
  ],
  licence: {
    status: 'permission-required',
    verbatimText: false,
    holder: 'The authors (CPAQ: McCracken et al.; CPAQ-8: Fish et al.)',
    note: 'No licence or permission statement for the CPAQ-8 was found in the sources read, so promkit treats it conservatively: short neutral labels only, not the item wording. Confirm the terms of use with the authors before reproducing the questionnaire.',
  },
  items: [
    { id: 'cpaq8_1', label: 'Getting on with living whatever the pain level', options: truth },
    { id: 'cpaq8_2', label: 'Keeping pain under control takes first priority', options: truth, reverse: true },
    { id: 'cpaq8_3', label: 'Living a normal life despite the pain', options: truth },
    { id: 'cpaq8_4', label: 'Need control over pain before making serious plans', options: truth, reverse: true },
    { id: 'cpaq8_5', label: 'Lead a full life despite the pain', options: truth },
    { id: 'cpaq8_6', label: 'Still take care of responsibilities when pain increases', options: truth },
    { id: 'cpaq8_7', label: 'Avoid situations where pain might increase', options: truth, reverse: true },
    { id: 'cpaq8_8', label: 'Worries and fears about what pain will do are true', options: truth, reverse: true },
  ],
  scores: [
    {
      name: 'activityEngagement',
      label: 'CPAQ-8 activity engagement subscale',
      items: ['cpaq8_1', 'cpaq8_3', 'cpaq8_5', 'cpaq8_6'],
      method: 'sum',
      range: [0, 24],
      missing: allItems(4, 'activity engagement items'),
      direction: 'higher-is-better',
    },
    {
      name: 'painWillingness',
      label: 'CPAQ-8 pain willingness subscale (items reverse-scored)',
      items: ['cpaq8_2', 'cpaq8_4', 'cpaq8_7', 'cpaq8_8'],
      method: 'sum',
      range: [0, 24],
      missing: allItems(4, 'pain willingness items'),
      direction: 'higher-is-better',
    },
    {
      name: 'total',
      label: 'CPAQ-8 total score',
      items: ['cpaq8_1', 'cpaq8_2', 'cpaq8_3', 'cpaq8_4', 'cpaq8_5', 'cpaq8_6', 'cpaq8_7', 'cpaq8_8'],
      method: 'sum',
      range: [0, 48],
      missing: allItems(8, 'items'),
      direction: 'higher-is-better',
      psychometrics: {
        reliability: {
          value: 0.81,
          kind: 'test-retest',
          population: '105 people with chronic pain (online and paper survey), retest after 4–6 weeks',
          source: { ref: 'fish2013', locator: 'Abstract' },
        },
      },
    },
  ],
  discrepancies: [
    {
      topic: 'Item order and subscale membership',
      decision: 'Fish 2010 (abstract) establishes eight items in two four-item factors, activity engagement and pain willingness; its item table, which gives the order and the CPAQ-20 source of each item, could not be read (not in the stored copies of the paper; abstracts of Fish 2013 and of the Swedish validation, Rovner 2014, do not list it either). promkit therefore takes the 8-item form order and the reverse-coded (pain willingness) items 2, 4, 7 and 8 from the CHOIR registry form, whose item content matches the CPAQ-20 factors of McCracken 2004 (activity engagement: getting on with living, normal life, full life, responsibilities; pain willingness: control first, control before plans, avoiding situations, worries and fears). CHOIR\'s score code computes the same two item sets but swaps their names, and reverses the activity items instead of the pain willingness items (its form already stores the pain willingness answers reversed); promkit follows the form and the CPAQ scoring, not that code.',
      refs: ['choir', 'fish2010', 'fish2013', 'rovner2014', 'mccracken2004'],
    },
    {
      topic: 'Cut-offs',
      decision: 'No published cut-off or band for the CPAQ-8 was found; none is built in.',
      refs: ['fish2010', 'fish2013'],
    },
  ],
  notes: [
    'Pain willingness items 2, 4, 7 and 8 are scored 6 − answer; promkit does this itself, so pass the answers as given (0–6). Forms that already store them reversed (as the CHOIR form does) must be un-reversed first.',
    'The CPAQ-8 is a HEAL supplemental CDE; the HEAL CDE form was not read, so its item order was not compared.',
    'No LOINC codes for the CPAQ-8 were found.',
  ],
});
