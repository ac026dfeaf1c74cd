import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

const yesNo = [
  { value: 0, label: 'No' },
  { value: 1, label: 'Yes' },
];

const allItems = (n: number, what: string) =>
  `No published missing-item rule was found, so promkit requires all ${n} ${what} (conservative): a DN4 item left blank is not the same as "no".`;

/**
 * DN4, Douleur Neuropathique 4 questions (Bouhassira et al. 2005), clinician-administered.
 * Items `dn4_1` … `dn4_10` are no (0) / yes (1): seven interview items (burning, painful cold,
 * electric shocks; tingling, pins and needles, numbness, itching) and three examination items
 * (hypoaesthesia to touch, hypoaesthesia to pinprick, pain caused or increased by brushing).
 *
 * - `total`: yes answers, 0–10; flag `neuropathic` for 4 or more.
 * - `interview`: the seven interview items alone (the "DN4-interview"), 0–7; flag
 *   `interviewNeuropathic` for 3 or more.
 * - `examination`: the three examination items, 0–3 (no cut-off of its own).
 *
 * When only the interview was done, `total` is not scored but `interview` and its flag are.
 */
export const dn4: Instrument = /* @__PURE__ */ shipped({
  id: 'dn4',
  title: 'Douleur Neuropathique 4 questions',
  shortTitle: 'DN4',
  version: 'DN4, 10 yes/no items in 4 questions (Bouhassira et al. 2005), English wording as in awell-score; the first 7 items form the DN4-interview.',
  domain: 'neuropathic-pain',
  recallPeriod: null,
  citations: [
    {
      key: 'bouhassira2005',
      text: 'Bouhassira D, Attal N, Alchaar H, Boureau F, Brochet B, Bruxelle J, Cunin G, Fermanian J, Ginies P, Grun-Overdyking A, Jafari-Schluep H, Lantéri-Minet M, Laurent B, Mick G, Serrie A, Valade D, Vicaut E. Comparison of pain syndromes associated with nervous or somatic lesions and development of a new neuropathic pain diagnostic questionnaire (DN4). Pain. 2005;114(1-2):29-36 (Abstract: a clinician-administered questionnaire of sensory descriptors and signs of a bedside sensory examination, 10 items, developed in 160 patients; the abstract states no cut-off, and the full text was not available to promkit).',
    },
    {
      key: 'perez2007',
      text: 'Perez C, Galvez R, Huelbes S, Insausti J, Bouhassira D, Diaz S, Rejas J. Validity and reliability of the Spanish version of the DN4 (Douleur Neuropathique 4 questions) questionnaire for differential diagnosis of pain syndromes associated to a neuropathic or somatic component. Health Qual Life Outcomes. 2007;5:66 (Abstract, co-authored by the DN4\'s first author: the questionnaire was "valid for a cut-off value > or = 4 points, which was the best value to discriminate between NP and NNP subjects").',
      doi: '10.1186/1477-7525-5-66',
    },
    {
      key: 'spallone2012',
      text: 'Spallone V, et al. Validation of DN4 as a screening tool for neuropathic pain in painful diabetic polyneuropathy. Diabet Med. 2012;29(5):578-585 (Abstract: "At the cut-off of 4, DN4 displayed sensitivity of 80%, specificity of 92% … At the cut-off of 3, DN4-interview showed sensitivity and specificity of 84%").',
      doi: '10.1111/j.1464-5491.2011.03500.x',
    },
    {
      key: 'nindsCde',
      text: 'NINDS Common Data Elements, Notice of Copyright: Douleur Neuropathique 4 (DN4) (CRF F1777, Spinal Cord Injury, exploratory): "A score of 1 is given to each \'yes\' item. The total score is the sum of the 10 items, and the cutoff value for the diagnosis of neuropathic pain is a total score of greater than 4 out of 10."',
      url: 'https://commondataelements.ninds.nih.gov/ReportViewer.aspx?/nindscdereports/rptNOC&rs:Command=Render&rc:Parameters=false&crfID=F1777',
    },
    {
      key: 'physiopedia',
      text: 'Physiopedia. DN4 questionnaire ("The scores are added and a score of 4 or more out of 10 is suggestive of neuropathic pain").',
      url: 'https://www.physio-pedia.com/DN4_questionnaire',
    },
    {
      key: 'vanSeventer2013',
      text: 'van Seventer R, Vos C, Giezeman M, Meerding WJ, Arnould B, Regnault A, et al. Validation of the Dutch version of the DN4 diagnostic questionnaire for neuropathic pain. Pain Pract. 2013;13(5):390-398 (Abstract: optimal cut-offs 5/10 for the full and 4/7 for the 7-item questionnaire in a Dutch pain-clinic sample).',
      doi: '10.1111/papr.12006',
    },
    {
      key: 'awellScore',
      text: 'Awell Health. awell-score (open-source TypeScript score library): src/scores/dn4 (README.md, dn4.ts, definition/dn4_inputs.ts, __testdata__/dn4_test_responses.ts, dn4.test.ts), commit c37843e505763f1767d22d0250ee1920eccddb21.',
      url: 'https://github.com/awell-health/awell-score',
    },
    {
      key: 'healCdeList',
      text: 'heal-data-stewards/heal-cdes, mappings/study-crf-mappings/from-heal-cde-team/crf-heal-cde-ids.csv, commit 73969b692211fb8a5f0b30b6e3bf07def13055a5: "Neuropathic Pain 4 Questions- DN4 (Copyrighted)".',
      url: 'https://github.com/heal-data-stewards/heal-cdes',
    },
  ],
  licence: {
    status: 'permission-required',
    verbatimText: false,
    holder: 'The authors (Bouhassira et al., French Neuropathic Pain Group)',
    note: 'The DN4 is copyrighted: NINDS files it under a notice of copyright and the NIH HEAL CDE team lists it as copyrighted. Obtain the form and the terms of use from the copyright holder before administering or reproducing it. promkit ships short labels, not the item wording.',
    url: 'https://commondataelements.ninds.nih.gov/ReportViewer.aspx?/nindscdereports/rptNOC&rs:Command=Render&rc:Parameters=false&crfID=F1777',
  },
  items: [
    { id: 'dn4_1', label: 'Interview: burning', options: yesNo },
    { id: 'dn4_2', label: 'Interview: painful cold', options: yesNo },
    { id: 'dn4_3', label: 'Interview: electric shocks', options: yesNo },
    { id: 'dn4_4', label: 'Interview: tingling', options: yesNo },
    { id: 'dn4_5', label: 'Interview: pins and needles', options: yesNo },
    { id: 'dn4_6', label: 'Interview: numbness', options: yesNo },
    { id: 'dn4_7', label: 'Interview: itching', options: yesNo },
    { id: 'dn4_8', label: 'Examination: hypoaesthesia to touch', options: yesNo },
    { id: 'dn4_9', label: 'Examination: hypoaesthesia to pinprick', options: yesNo },
    { id: 'dn4_10', label: 'Examination: pain caused or increased by brushing', options: yesNo },
  ],
  scores: [
    {
      name: 'total',
      label: 'DN4 total score',
      items: ['dn4_1', 'dn4_2', 'dn4_3', 'dn4_4', 'dn4_5', 'dn4_6', 'dn4_7', 'dn4_8', 'dn4_9', 'dn4_10'],
      method: 'sum',
      range: [0, 10],
      missing: {
        minAnswered: 10,
        rounding: 'none',
        official: false,
        source: { ref: 'bouhassira2005', note: 'the total is the sum of the 10 items (NINDS notice); no missing-item rule found' },
        text: `${allItems(10, 'items')} awell-score instead sums whatever is answered, which counts a blank as "no".`,
      },
      direction: 'higher-is-worse',
    },
    {
      name: 'interview',
      label: 'DN4-interview score (symptom items 1–7)',
      items: ['dn4_1', 'dn4_2', 'dn4_3', 'dn4_4', 'dn4_5', 'dn4_6', 'dn4_7'],
      method: 'sum',
      range: [0, 7],
      missing: {
        minAnswered: 7,
        rounding: 'none',
        official: false,
        source: { ref: 'bouhassira2005', note: 'no missing-item rule found' },
        text: allItems(7, 'interview items'),
      },
      direction: 'higher-is-worse',
    },
    {
      name: 'examination',
      label: 'DN4 examination score (items 8–10)',
      items: ['dn4_8', 'dn4_9', 'dn4_10'],
      method: 'sum',
      range: [0, 3],
      missing: {
        minAnswered: 3,
        rounding: 'none',
        official: false,
        source: { ref: 'bouhassira2005', note: 'no missing-item rule found' },
        text: allItems(3, 'examination items'),
      },
      direction: 'higher-is-worse',
    },
  ],
  flags: [
    {
      name: 'neuropathic',
      label: 'Total of 4 or more out of 10: neuropathic pain likely',
      when: { score: 'total', atLeast: 4 },
      source: {
        ref: 'spallone2012',
        locator: 'Abstract',
        note: 'validation studies apply the developers\' cut-off as a total of 4 or more: "At the cut-off of 4, DN4 displayed sensitivity of 80%, specificity of 92%" (Spallone 2012) and "valid for a cut-off value > or = 4 points" (Perez 2007, co-authored by Bouhassira). The 4/10 cut-off is Bouhassira 2005\'s, whose full text promkit could not read; the NINDS notice says "greater than 4" (see discrepancies).',
      },
    },
    {
      name: 'interviewNeuropathic',
      label: 'DN4-interview of 3 or more out of 7: neuropathic pain likely',
      when: { score: 'interview', atLeast: 3 },
      source: {
        ref: 'spallone2012',
        locator: 'Abstract',
        note: '"At the cut-off of 3, DN4-interview showed sensitivity and specificity of 84%": the 7 interview items with a cut-off of 3 or more, the DN4-interview cut-off attributed to Bouhassira 2005 (full text not read by promkit); see discrepancies',
      },
    },
  ],
  discrepancies: [
    {
      topic: 'Total cut-off: "4 or more" or "greater than 4"',
      decision: 'promkit flags a total of 4 or more. Peer-reviewed validations read the developers\' 4/10 cut-off that way: Perez 2007 (Spanish version, co-authored by Bouhassira) "valid for a cut-off value > or = 4 points"; Spallone 2012 "at the cut-off of 4"; Physiopedia "a score of 4 or more out of 10". The NINDS CDE notice words it "greater than 4 out of 10", which would exclude a total of exactly 4; promkit does not follow that wording. Bouhassira 2005 itself could not be read (its abstract states no cut-off). A Dutch validation found 5/10 optimal in its sample.',
      refs: ['bouhassira2005', 'perez2007', 'spallone2012', 'physiopedia', 'nindsCde', 'vanSeventer2013'],
    },
    {
      topic: 'DN4-interview cut-off',
      decision: 'promkit flags 3 or more of the 7 interview items, the DN4-interview cut-off as applied by Spallone 2012 ("at the cut-off of 3, DN4-interview …"). Bouhassira 2005, where the cut-off is said to originate, could not be read (its abstract states none). The Dutch validation found 4/7 optimal in its sample; a user of that population may test interview ≥ 4 instead.',
      refs: ['bouhassira2005', 'spallone2012', 'vanSeventer2013'],
    },
    {
      topic: 'Missing items',
      decision: 'No official rule; promkit requires every item of a score. awell-score sums the answered items (a blank counts as "no") and returns null only when a whole part is blank; promkit does not, because a blank would lower the score and could hide a positive screen.',
      refs: ['awellScore', 'bouhassira2005'],
    },
  ],
  notes: [
    'Items 1–7 come from the interview (questions 1 and 2 of the form) and items 8–10 from a bedside examination (questions 3 and 4); the examination items need a clinician.',
    'The DN4 is a screening aid for a neuropathic component, not a diagnosis.',
    'No LOINC codes for the DN4 were found.',
  ],
});
