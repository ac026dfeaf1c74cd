import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

const agree = [
  { value: 0, label: 'Disagree' },
  { value: 1, label: 'Agree' },
];

/**
 * Keele STarT Back Screening Tool, 9-item version (Hill et al. 2008). Items `startback_1` …
 * `startback_8` are disagree/agree (0/1). Item `startback_9` (bothersomeness) takes the form's
 * own 5-point answer, coded 0–4 (not at all, slightly, moderately, very much, extremely), and
 * the definition collapses it as the Keele scoring instructions do: "very much" or "extremely"
 * score 1, the other three answers 0 (`scoredAs`).
 *
 * - `total`: sum of all 9 items, 0–9.
 * - `psychosocial`: sum of items 5–9 (fear, anxiety, catastrophising, low mood,
 *   bothersomeness), 0–5.
 * - classification `risk`: low when total ≤ 3; otherwise high when psychosocial ≥ 4;
 *   otherwise medium.
 *
 * Missing data: no published rule, so every item of a score is required; `risk` is null when
 * `total` is missing.
 */
export const startBack: Instrument = /* @__PURE__ */ shipped({
  id: 'start-back',
  title: 'Keele STarT Back Screening Tool',
  shortTitle: 'STarT Back',
  version: 'Keele STarT Back Screening Tool, 9-item version (Hill et al. 2008), English, in the order of the Keele form. Items 1–8 disagree = 0 / agree = 1; item 9 (bothersomeness) coded 0–4 as on the form and scored 0/1 (very much or extremely = 1).',
  domain: 'risk-stratification',
  recallPeriod: 'Last 2 weeks',
  citations: [
    {
      key: 'hill2008',
      text: 'Hill JC, Dunn KM, Lewis M, Mullis R, Main CJ, Foster NE, Hay EM. A primary care back pain screening tool: identifying patient subgroups for initial treatment. Arthritis Rheum. 2008;59(5):632-641.',
      doi: '10.1002/art.23563',
    },
    {
      key: 'keeleScoring',
      text: 'Keele University. Using and Scoring the Keele STarT Back Screening Tool (SBST), 9-item version. STarT Back Screening Tool website.',
      url: 'http://www.keele.ac.uk/sbst/usingscoringthesbst/',
    },
    {
      key: 'keeleLegal',
      text: 'Keele University. STarT Back website, copyright statement (privacy-policy page): "Copyright (©2021) University of Keele. No license is required for non-commercial use. If you would like to incorporate the tool in any way into commercial product materials, please contact Keele University Impact Accelerator Unit for further advice."',
      url: 'https://startback.hfac.keele.ac.uk/privacy-policy/',
    },
    {
      key: 'robinson2017',
      text: 'Robinson HS, Dagfinrud H. Reliability and screening ability of the StarT Back screening tool in patients with low back pain in physiotherapy practice, a cohort study. BMC Musculoskelet Disord. 2017.',
      doi: '10.1186/s12891-017-1553-x',
    },
    {
      key: 'awellScore',
      text: 'awell-health/awell-score (independent open-source TypeScript scoring library), src/scores/start_back_screening_tool/, commit 885ba46243e65326b44a6ef51543f75c4fedac6f.',
      url: 'https://github.com/awell-health/awell-score/tree/885ba46243e65326b44a6ef51543f75c4fedac6f/src/scores/start_back_screening_tool',
    },
    {
      key: 'ahrqPms',
      text: 'AHRQ CDS Connect Pain Management Summary, CQL library Factors_to_Consider_in_Managing_Chronic_Pain_FHIRv400 (AHRQ-CDS/AHRQ-CDS-Connect-PAIN-MANAGEMENT-SUMMARY, src/cql/r4/Factors_to_Consider_in_Managing_Chronic_Pain_FHIRv400.cql, commit 03ccfca544b09b2c6a0fe2235d0b33aae8c2e8a2): LOINC 91351-7 "Total score [STarT Back]".',
      url: 'https://github.com/AHRQ-CDS/AHRQ-CDS-Connect-PAIN-MANAGEMENT-SUMMARY',
    },
  ],
  licence: {
    status: 'free-for-noncommercial',
    verbatimText: false,
    holder: 'Keele University',
    note: 'No licence is needed for non-commercial use; to incorporate the tool in commercial product materials, contact the Keele University Impact Accelerator Unit. Keep the Keele copyright and funding statement wherever the tool is shown. promkit ships short labels only, not the item wording.',
    url: 'https://startback.hfac.keele.ac.uk/privacy-policy/',
  },
  items: [
    { id: 'startback_1', label: 'Back pain spread down the leg(s)', options: agree },
    { id: 'startback_2', label: 'Pain in shoulder or neck', options: agree },
    { id: 'startback_3', label: 'Walked only short distances', options: agree },
    { id: 'startback_4', label: 'Dressed more slowly', options: agree },
    { id: 'startback_5', label: 'Physical activity feels unsafe (fear)', options: agree },
    { id: 'startback_6', label: 'Frequent worrying thoughts (anxiety)', options: agree },
    { id: 'startback_7', label: 'Pain terrible, never improving (catastrophising)', options: agree },
    { id: 'startback_8', label: 'Not enjoying things (low mood)', options: agree },
    {
      id: 'startback_9',
      label: 'Overall bothersomeness of back pain',
      // Keele scoring page: bothersomeness is positive (1) for "very much" or "extremely".
      options: [
        { value: 0, label: 'Not at all', scoredAs: 0 },
        { value: 1, label: 'Slightly', scoredAs: 0 },
        { value: 2, label: 'Moderately', scoredAs: 0 },
        { value: 3, label: 'Very much', scoredAs: 1 },
        { value: 4, label: 'Extremely', scoredAs: 1 },
      ],
    },
  ],
  scores: [
    {
      name: 'total',
      label: 'STarT Back overall score',
      items: ['startback_1', 'startback_2', 'startback_3', 'startback_4', 'startback_5', 'startback_6', 'startback_7', 'startback_8', 'startback_9'],
      method: 'sum',
      range: [0, 9],
      missing: {
        minAnswered: 9,
        rounding: 'none',
        official: false,
        text: 'Neither Keele nor Hill 2008 gives a missing-item rule, so promkit requires all 9 items (conservative); awell-score likewise refuses incomplete input.',
        source: { ref: 'keeleScoring', note: 'no missing-item rule published' },
      },
      direction: 'higher-is-worse',
      loinc: '91351-7',
      psychometrics: {
        reliability: {
          value: 0.89,
          kind: 'test-retest',
          population: 'Norwegian version; 52 patients with low back pain in primary-care physiotherapy, retest after 1–3 days (ICC)',
          source: { ref: 'robinson2017', locator: 'Abstract, Results' },
        },
      },
    },
    {
      name: 'psychosocial',
      label: 'STarT Back psychosocial (distress) subscale',
      items: ['startback_5', 'startback_6', 'startback_7', 'startback_8', 'startback_9'],
      method: 'sum',
      range: [0, 5],
      missing: {
        minAnswered: 5,
        rounding: 'none',
        official: false,
        text: 'Neither Keele nor Hill 2008 gives a missing-item rule, so promkit requires all 5 subscale items (conservative).',
        source: { ref: 'keeleScoring', note: 'no missing-item rule published' },
      },
      direction: 'higher-is-worse',
      psychometrics: {
        reliability: {
          value: 0.82,
          kind: 'test-retest',
          population: 'Norwegian version; 52 patients with low back pain in primary-care physiotherapy, retest after 1–3 days (ICC)',
          source: { ref: 'robinson2017', locator: 'Abstract, Results' },
        },
      },
    },
  ],
  classifications: [
    {
      name: 'risk',
      label: 'STarT Back risk subgroup',
      rules: [
        { label: 'low', when: { score: 'total', atMost: 3 } },
        { label: 'high', when: { score: 'psychosocial', atLeast: 4 } },
        { label: 'medium' },
      ],
      source: {
        ref: 'hill2008',
        locator: 'Abstract: "Patients scoring 0-3 were classified as low risk, and those scoring 4 or 5 on a psychosocial subscale were classified as high risk. The remainder were classified as medium risk."',
        note: 'Keele scoring page: overall 0–3 low risk, 4–9 medium; distress subscale 4 or 5 high risk. A psychosocial score of 4 or more implies a total of 4 or more, so the order of the rules does not change any result.',
      },
    },
  ],
  discrepancies: [
    {
      topic: 'Bothersomeness item (item 9)',
      decision: 'Keele: "bothersomeness responses are positive for \'very much\' or \'extremely\' bothersome back pain". promkit takes the 5-point answer as the form codes it, 0–4 (not at all, slightly, moderately, very much, extremely), as awell-score does, and collapses it inside the definition: 3 and 4 score 1, 0–2 score 0. Before this version promkit took item 9 already collapsed to 0/1, so a raw answer of 1 ("slightly") was counted as positive; data stored in that old 0/1 coding must be recoded (1 → 3) before scoring.',
      refs: ['keeleScoring', 'awellScore'],
    },
    {
      topic: 'Missing items',
      decision: 'No published rule; promkit requires every item of a score, and the risk group is null when the total is missing, even if the psychosocial subscale alone is 4 or more (Keele\'s rule tests the total first). A caller may pass { missing: { minAnswered: k } } to prorate; no published source supports it.',
      refs: ['keeleScoring', 'hill2008'],
    },
    {
      topic: 'Psychosocial item numbering',
      decision: 'promkit follows the Keele form order (psychosocial = items 5–9, "the last 5 items"). Some secondary tables list the psychosocial items under other numbers (an older item order); map by construct, not by number, when importing data.',
      refs: ['keeleScoring'],
    },
    {
      topic: 'Reliability',
      decision: 'Only a translated version\'s test–retest figures were verified (Norwegian, ICC 0.89 total / 0.82 psychosocial). Hill 2008 reports repeatability for the English original, but its figures were not read.',
      refs: ['robinson2017', 'hill2008'],
    },
  ],
  notes: [
    'Item 9 is asked on five categories and coded 0–4 (not at all, slightly, moderately, very much, extremely); only "very much" (3) and "extremely" (4) add 1 to the scores (Keele scoring page). Flags and classifications on the item would read the 0–4 code; the shipped risk group reads the scores.',
    'STarT Back is a prognostic screening tool for matched treatment pathways, not an outcome measure: no MCID exists, and Keele offers a separate clinical measurement tool for monitoring change.',
    'Keele does not recommend the tool for conditions other than low back pain. The 6-item version is not covered.',
    'LOINC 91351-7 ("Total score [STarT Back]") is taken from the AHRQ CDS Connect Pain Management Summary; no LOINC code for the subscale was found.',
  ],
});
