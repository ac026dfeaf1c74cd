import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

const marked = [
  { value: 0, label: 'No (box not marked)' },
  { value: 1, label: 'Yes (box marked)' },
];

const form = { ref: 'webster2005', locator: 'Opioid Risk Tool form (female and male columns of points); reproduced in a Canadian Family Physician table (cfpTable)' } as const;

/**
 * Opioid Risk Tool, ORT (Webster & Webster 2005). `ort_sex` (0 = female, 1 = male) chooses the
 * column of points; the ten risk factors `ort_family_alcohol` … `ort_depression` are marked
 * 0 = no / 1 = yes.
 *
 * - `total`: the points of the marked boxes from the patient's column, 0–26 for either sex,
 *   with the published risk bands: low 0–3, moderate 4–7, high ≥ 8. Three factors score
 *   differently by sex (family history of alcohol 1/3 and of illegal drugs 2/3, preadolescent
 *   sexual abuse 3/0, female/male); the definition holds both columns (`weightsBy`).
 *
 * Missing data: no published rule, so every factor and the sex are required.
 */
export const ort: Instrument = /* @__PURE__ */ shipped({
  id: 'ort',
  title: 'Opioid Risk Tool',
  shortTitle: 'ORT',
  version: 'Opioid Risk Tool (Webster & Webster 2005), original sex-specific weights; 10 risk factors marked yes/no',
  domain: 'opioid misuse risk',
  recallPeriod: null,
  citations: [
    {
      key: 'webster2005',
      text: 'Webster LR, Webster RM. Predicting aberrant behaviors in opioid-treated patients: preliminary validation of the Opioid Risk Tool. Pain Med. 2005;6(6):432-442.',
      doi: '10.1111/j.1526-4637.2005.00072.x',
    },
    {
      key: 'cfpTable',
      text: 'Canadian Family Physician, article table "Opioid Risk Tool: Check the box if the item applies; a score of 0–3 indicates low risk, a score of 4–7 indicates moderate risk, and a score of 8 or higher indicates high risk", adapted from Webster and Webster: points per factor in a female and a male column (table expansion page; the article itself was not identified).',
      url: 'http://www.cfp.ca/highwire/markup/26062/expansion',
    },
    {
      key: 'websterSite',
      text: 'Lynn Webster MD. Opioid Risk Tool web page: permission to use the tool clinically is requested through the site ("To request permission to use the tool clinically click on the … Request Permission button").',
      url: 'https://lynnwebstermd.com/opioid-risk-tool/',
    },
    {
      key: 'cheatle2019',
      text: 'Cheatle MD, Compton PA, Dhingra L, Wasser TE, O\u2019Brien CP. Development of the revised Opioid Risk Tool to predict opioid use disorder in patients with chronic nonmalignant pain. J Pain. 2019;20(7):842-851. PMID 30690168.',
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6768552/',
    },
    {
      key: 'topcare',
      text: 'TOPCARE (Boston Medical Center) ORT calculator, vhooloo/mytopcare, OpioidRiskTool.php, commit be3a88af0df3384a96e075bbae421764cae75abe: female/male points per factor.',
      url: 'https://github.com/vhooloo/mytopcare/blob/be3a88af0df3384a96e075bbae421764cae75abe/OpioidRiskTool.php',
    },
  ],
  licence: {
    status: 'permission-required',
    verbatimText: false,
    holder: 'Lynn R. Webster',
    note: 'The author\u2019s site asks clinicians to request permission to use the tool clinically. promkit ships only the scoring (points per factor and risk bands, as published in Webster 2005 and reproduced in clinical guidelines) with short labels, not the form.',
    url: 'https://lynnwebstermd.com/opioid-risk-tool/',
  },
  items: [
    { id: 'ort_sex', label: 'Sex (selects the female or male column of points)', options: [{ value: 0, label: 'Female' }, { value: 1, label: 'Male' }] },
    { id: 'ort_family_alcohol', label: 'Family history of substance abuse: alcohol', options: marked },
    { id: 'ort_family_illegal', label: 'Family history of substance abuse: illegal drugs', options: marked },
    { id: 'ort_family_rx', label: 'Family history of substance abuse: prescription drugs', options: marked },
    { id: 'ort_personal_alcohol', label: 'Personal history of substance abuse: alcohol', options: marked },
    { id: 'ort_personal_illegal', label: 'Personal history of substance abuse: illegal drugs', options: marked },
    { id: 'ort_personal_rx', label: 'Personal history of substance abuse: prescription drugs', options: marked },
    { id: 'ort_age', label: 'Age 16–45 years', options: marked },
    { id: 'ort_sexual_abuse', label: 'History of preadolescent sexual abuse', options: marked },
    { id: 'ort_psych', label: 'Psychological disease: attention deficit disorder, obsessive-compulsive disorder, bipolar disorder or schizophrenia', options: marked },
    { id: 'ort_depression', label: 'Psychological disease: depression', options: marked },
  ],
  scores: [
    {
      name: 'total',
      label: 'ORT total (points from the patient\u2019s column)',
      items: [
        'ort_family_alcohol',
        'ort_family_illegal',
        'ort_family_rx',
        'ort_personal_alcohol',
        'ort_personal_illegal',
        'ort_personal_rx',
        'ort_age',
        'ort_sexual_abuse',
        'ort_psych',
        'ort_depression',
      ],
      method: 'sum',
      // Points in the order of `items` above: female column, then male column.
      weightsBy: {
        item: 'ort_sex',
        groups: [
          { answer: 0, weights: [1, 2, 4, 3, 4, 5, 1, 3, 2, 1] },
          { answer: 1, weights: [3, 3, 4, 3, 4, 5, 1, 0, 2, 1] },
        ],
      },
      range: [0, 26],
      missing: {
        minAnswered: 10,
        rounding: 'none',
        official: false,
        text: 'Webster 2005 gives no missing-item rule (each factor is a box that is marked or not), so promkit requires every factor, answered yes or no, and the sex that selects the column of points.',
        source: { ref: 'webster2005', note: 'no missing-item rule published' },
      },
      bands: [
        { label: 'low risk', min: 0, max: 3 },
        { label: 'moderate risk', min: 4, max: 7 },
        { label: 'high risk', min: 8, max: 26 },
      ],
      bandSource: { ...form, note: 'a score of 0–3 indicates low risk, 4–7 moderate risk, and 8 or higher high risk (of aberrant drug-related behaviour)' },
      direction: 'higher-is-worse',
    },
  ],
  discrepancies: [
    {
      topic: 'Sex-specific points',
      decision: 'The form has a female and a male column: family history of alcohol abuse 1/3, of illegal drugs 2/3, preadolescent sexual abuse 3/0 (female/male); every other factor scores the same for both. promkit holds both columns in the score (`weightsBy` on `ort_sex`) so the sex is answered once and a mixed-column answer is impossible. The TOPCARE calculator gives preadolescent sexual abuse 3 points for men too; promkit follows the published form (0 for men, Webster 2005 as reproduced in the Canadian Family Physician table).',
      refs: ['webster2005', 'cfpTable', 'topcare'],
    },
    {
      topic: 'Revised ORT (ORT-OUD)',
      decision: 'Cheatle 2019 revised the tool to predict opioid use disorder: the preadolescent sexual abuse item removed and the remaining nine factors unweighted (1 point each). promkit ships the original ORT only: the ORT-OUD risk cut-off could not be verified from the paper within this work, and an unverified cut-off is not shipped. Scoring the ORT-OUD sum is possible with a user definition (nine yes/no items, method sum).',
      refs: ['cheatle2019'],
    },
    {
      topic: 'Sex other than female or male',
      decision: 'The published tool has only female and male columns. Some online versions take the higher of the two columns for another gender; that is not published and is not done here: `ort_sex` accepts 0 or 1 only, and the total is not scored without it.',
      refs: ['webster2005'],
    },
  ],
  notes: [
    'The ORT predicts aberrant drug-related behaviour in patients prescribed opioids for chronic pain (Webster 2005); it is a screening aid, not a diagnosis of opioid use disorder.',
    'Age: mark the box when the patient is 16 to 45 years old.',
    'No LOINC codes for the ORT were found in the sources consulted, so none are given.',
  ],
});
