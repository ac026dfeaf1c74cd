import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

const applies = [
  { value: 0, label: 'Does not apply today (not ticked)' },
  { value: 1, label: 'Applies today (ticked)' },
];

/**
 * RMDQ, Roland-Morris Disability Questionnaire, 24 items (Roland & Morris 1983). Items `rmdq_1` …
 * `rmdq_24`, each 1 when the statement is ticked as applying today and 0 when not; `total` 0–24,
 * the number ticked. Every item is required (no published missing-item rule).
 */
export const rmdq: Instrument = /* @__PURE__ */ shipped({
  id: 'rmdq',
  title: 'Roland-Morris Disability Questionnaire',
  shortTitle: 'RMDQ',
  version: 'RMDQ 24-item English original (Roland & Morris 1983; form in Roland & Fairbank 2000)',
  domain: 'disability',
  recallPeriod: 'Today',
  citations: [
    {
      key: 'roland1983',
      text: 'Roland M, Morris R. A study of the natural history of back pain. Part I: development of a reliable and sensitive measure of disability in low-back pain. Spine. 1983;8(2):141-144.',
      doi: '10.1097/00007632-198303000-00004',
    },
    {
      key: 'roland2000',
      text: 'Roland M, Fairbank J. The Roland-Morris Disability Questionnaire and the Oswestry Disability Questionnaire. Spine. 2000;25(24):3115-3124.',
      doi: '10.1097/00007632-200012150-00006',
      url: 'https://studylib.net/doc/5830226/--roland-morris-disability-questionnaire',
    },
    {
      key: 'kentLauridsen',
      text: 'Kent P, Lauridsen HH. Managing missing scores on the Roland Morris Disability Questionnaire (University of Southern Denmark): "There is no standard method to calculate RMDQ sum scores when one or more questions have not been answered".',
      url: 'https://portal.findresearcher.sdu.dk/da/publications/managing-missing-scores-on-the-roland-morris-disability-questionn',
    },
    {
      key: 'ostelo2008',
      text: 'Ostelo RWJG, Deyo RA, Stratford P, Waddell G, Croft P, Von Korff M, Bouter LM, de Vet HC. Interpreting change scores for pain and functional status in low back pain: towards international consensus regarding minimal important change. Spine. 2008;33(1):90-94.',
    },
    {
      key: 'hkRmdq',
      text: 'Measurement properties of the Hong Kong Chinese version of the Roland-Morris Disability Questionnaire. Hong Kong Physiotherapy Journal. 2009 (ICC(1,1) 0.94, KR-20 0.86, MDC95 4 points).',
      doi: '10.1016/S1013-7025(09)70049-1',
    },
    {
      key: 'fernandes2012',
      text: 'Fernandes L, Storheim K, Lochting I, Grotle M. Cross-cultural adaptation and validation of the Norwegian Pain Catastrophizing Scale in patients with low back pain. BMC Musculoskelet Disord. 2012;13:111 (Table 1: RMDQ in the same sample).',
      doi: '10.1186/1471-2474-13-111',
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3407790',
    },
  ],
  licence: {
    status: 'free-with-attribution',
    verbatimText: false,
    holder: 'Martin Roland and Richard Morris',
    note: 'Roland & Fairbank 2000: when used in the forms reproduced in their appendices, no permission is required from the authors or from Spine. Redistribution of the statements inside software is not addressed, so promkit ships short neutral labels; use the published form and cite Roland & Morris 1983.',
  },
  items: [
    { id: 'rmdq_1', label: 'Stay at home most of the time', options: applies },
    { id: 'rmdq_2', label: 'Change position often for comfort', options: applies },
    { id: 'rmdq_3', label: 'Walk more slowly than usual', options: applies },
    { id: 'rmdq_4', label: 'Not doing usual jobs around house', options: applies },
    { id: 'rmdq_5', label: 'Use handrail to go upstairs', options: applies },
    { id: 'rmdq_6', label: 'Lie down to rest more often', options: applies },
    { id: 'rmdq_7', label: 'Hold on to get out of chair', options: applies },
    { id: 'rmdq_8', label: 'Get others to do things for me', options: applies },
    { id: 'rmdq_9', label: 'Get dressed more slowly than usual', options: applies },
    { id: 'rmdq_10', label: 'Only stand for short periods', options: applies },
    { id: 'rmdq_11', label: 'Try not to bend or kneel', options: applies },
    { id: 'rmdq_12', label: 'Difficulty getting out of a chair', options: applies },
    { id: 'rmdq_13', label: 'Back painful almost all the time', options: applies },
    { id: 'rmdq_14', label: 'Difficulty turning over in bed', options: applies },
    { id: 'rmdq_15', label: 'Appetite not very good', options: applies },
    { id: 'rmdq_16', label: 'Trouble putting on socks or stockings', options: applies },
    { id: 'rmdq_17', label: 'Only walk short distances', options: applies },
    { id: 'rmdq_18', label: 'Sleep less well', options: applies },
    { id: 'rmdq_19', label: 'Get dressed with help', options: applies },
    { id: 'rmdq_20', label: 'Sit down most of the day', options: applies },
    { id: 'rmdq_21', label: 'Avoid heavy jobs around house', options: applies },
    { id: 'rmdq_22', label: 'More irritable and bad tempered', options: applies },
    { id: 'rmdq_23', label: 'Go upstairs more slowly', options: applies },
    { id: 'rmdq_24', label: 'Stay in bed most of the time', options: applies },
  ],
  scores: [
    {
      name: 'total',
      label: 'RMDQ total score (statements ticked)',
      items: [
        'rmdq_1', 'rmdq_2', 'rmdq_3', 'rmdq_4', 'rmdq_5', 'rmdq_6', 'rmdq_7', 'rmdq_8', 'rmdq_9', 'rmdq_10', 'rmdq_11', 'rmdq_12',
        'rmdq_13', 'rmdq_14', 'rmdq_15', 'rmdq_16', 'rmdq_17', 'rmdq_18', 'rmdq_19', 'rmdq_20', 'rmdq_21', 'rmdq_22', 'rmdq_23', 'rmdq_24',
      ],
      method: 'sum',
      range: [0, 24],
      missing: {
        minAnswered: 24,
        rounding: 'none',
        official: false,
        text: 'No official rule: there is no standard method for unanswered RMDQ items (Kent & Lauridsen), so promkit requires all 24 (conservative). On the paper checklist a statement that is not ticked scores 0, so enter blanks as 0, not null. Alternatives in use are scoring blanks as 0 or proportional recalculation; for the latter pass { missing: { minAnswered: k } }.',
        source: { ref: 'kentLauridsen', note: '"There is no standard method to calculate RMDQ sum scores when one or more questions have not been answered"' },
      },
      direction: 'higher-is-worse',
      psychometrics: {
        reliability: {
          value: 0.94,
          kind: 'test-retest',
          population: 'Hong Kong Chinese RMDQ, 112 physiotherapy outpatients with low back pain (ICC(1,1))',
          source: { ref: 'hkRmdq', locator: 'Abstract' },
        },
        reference: {
          mean: 7.6,
          sd: 5.2,
          n: 90,
          population: 'Norwegian patients with sub-acute or chronic low back pain (primary and secondary care)',
          source: { ref: 'fernandes2012', locator: 'Table 1' },
        },
        mcid: [
          {
            value: 5,
            unit: 'points',
            population: 'low back pain (international expert consensus)',
            method: 'consensus from anchor-based studies',
            source: { ref: 'ostelo2008', locator: 'Abstract' },
          },
          {
            value: 30,
            unit: 'percent',
            population: 'low back pain (international expert consensus): improvement relative to the baseline score',
            method: 'consensus from anchor-based studies',
            source: { ref: 'ostelo2008', locator: 'Abstract' },
          },
        ],
      },
    },
  ],
  discrepancies: [
    {
      topic: 'Missing items',
      decision: 'No official rule exists (Kent & Lauridsen). promkit requires all 24 items when an unanswered item (null) is distinguishable from "not ticked" (0). With the paper checklist a blank is "not ticked" and scores 0 (Roland & Fairbank 2000: the score is the number of statements ticked). Proportional recalculation is available with { missing: { minAnswered: k } }.',
      refs: ['kentLauridsen', 'roland2000'],
    },
    {
      topic: 'Minimal important change',
      decision: 'promkit stores the consensus values of Ostelo 2008 (5 points; 30 % improvement). The Hong Kong Chinese study reports baseline-dependent MCIDs (3, 6 and 9 points for baselines 0–8, 9–16 and 17–24) and an MDC95 of 4 points.',
      refs: ['ostelo2008', 'hkRmdq'],
    },
    {
      topic: 'Reliability',
      decision: 'The stored test–retest ICC 0.94 comes from the Hong Kong Chinese translation; the coefficients of Roland & Morris 1983 were not retrieved.',
      refs: ['hkRmdq', 'roland1983'],
    },
  ],
  notes: [
    'No outside reference case was found for this instrument (no worked example in the sources read, and none in other scoring tools\' test vectors: awell-score, the qhs R package, CamCOPS, public code and web search); its reference cases are worked by hand from the published rule (see the reference-case counts above).',
    'Scores below about 4 may not show improvement and scores above about 20 may not show deterioration (floor and ceiling effects).',
    'Shorter RMDQ versions (23, 18 and 11 items) exist; this definition is the 24-item original.',
  ],
});
