import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

/** Each score is one item: no published missing-data rule for the two global items. */
const singleItem = {
  minAnswered: 1,
  rounding: 'none',
  official: false,
  text: 'A single item: no missing-data rule is published for the two global items (the WHOQOL-BREF manual\'s rules are for the domain scores), so an unanswered item gives no score.',
  source: { ref: 'whoqolBref1996', note: 'the item is examined on its own (Bonafé; INSPQ information sheet 18)' },
} as const;

/**
 * WHOQOL-2: the two global items of the WHOQOL-BREF (World Health Organization), the quality-of-life
 * measure of the NIH HEAL Initiative pain core. Scoring only: the WHOQOL instruments are WHO
 * copyright, used with WHO's (or a national centre's) permission, and promkit ships none of their
 * text. Item `whoqol_1` is the overall rating of quality of life, coded 1 = very poor … 5 = very good;
 * `whoqol_2` is satisfaction with one's health, coded 1 = very dissatisfied … 5 = very satisfied
 * (the numbering and coding of the WHOQOL-BREF, whose first two items these are). The WHOQOL-BREF
 * manual examines the two items separately, so promkit reports two scores, `qualityOfLife` and
 * `healthSatisfaction` (each 1–5, higher is better), and no sum. An unanswered item gives no score.
 */
export const whoqol2: Instrument = /* @__PURE__ */ shipped({
  id: 'whoqol-2',
  title: 'WHOQOL-2: the two global items of the WHOQOL-BREF (overall quality of life; satisfaction with health)',
  shortTitle: 'WHOQOL-2',
  version: 'WHOQOL-BREF items 1 (overall quality of life, facet G1) and 2 (satisfaction with health, facet G4), each coded 1-5 as on the WHOQOL-BREF form; the NIH HEAL Initiative core CDE form "World Health Organization Quality of Life (WHOQOL) - 2 item"',
  domain: 'quality-of-life',
  recallPeriod: 'The last two weeks',
  citations: [
    {
      key: 'whoqolBref1996',
      text: 'WHOQOL Group (drafted by Harper A). WHOQOL-BREF: Introduction, Administration, Scoring and Generic Version of the Assessment. Field Trial Version, December 1996. Programme on Mental Health, World Health Organization, Geneva. The scoring section was not opened here; its statement that items 1 and 2 are examined separately is taken from the two secondary sources below, which quote it.',
      url: 'https://studylib.net/doc/18181317/whoqol-bref-introduction--administration--scoring',
    },
    {
      key: 'harper1998',
      text: 'The WHOQOL Group. Development of the World Health Organization WHOQOL-BREF quality of life assessment. Psychol Med. 1998;28(3):551-558. Abstract: the WHOQOL-BREF "produces scores for four domains ... It also includes one facet on overall quality of life and general health."',
      doi: '10.1017/s0033291798006667',
    },
    {
      key: 'whoqolUs',
      text: 'WHOQOL-BREF, June 1997, U.S. Version, University of Washington, Seattle (questionnaire updated 1/10/2014): instructions "We ask that you think about your life in the last two weeks"; read as reproduced at docplayer.net.',
      url: 'http://docplayer.net/21222710-Whoqol-bref-june-1997-u-s-version-university-of-washington-seattle-washington-united-states-of-america.html',
    },
    {
      key: 'whoqolFormCopy',
      text: 'Quality of Life Scale - Brief (WHOQOL-BREF), reproduced by scales.arabpsychology.com: item 1 (rating of quality of life) answered Very poor / Poor / Neither poor nor good / Good / Very good = 1-5, and item 2 (satisfaction with health) answered Very dissatisfied / Dissatisfied / Neither satisfied nor dissatisfied / Satisfied / Very satisfied = 1-5 (question text not reproduced here: WHO copyright).',
      url: 'https://scales.arabpsychology.com/s/quality-of-life-scale-brief-whoqol-bref/',
    },
    {
      key: 'bonafe',
      text: 'Bonafé E, Rezende M, Machado MM, et al. Quality of life assessment: WHOQOL-BREF (Bio-protocol Exchange protocol 8717058): "two additional questions that are intended to be examined separately: Question 1 asks about an individual\'s overall perception of his or her QOL ... and question 2 asks about an individual\'s overall perception of his or her own health"; "For the first and second questions, the scale ranged from very poor = 1 to ... very good = 5".',
      url: 'https://bio-protocol.org/exchange/minidetail?id=8717058&type=30',
    },
    {
      key: 'inspq',
      text: 'Institut national de santé publique du Québec. Post-disaster mental health impacts surveillance toolkit, Information sheet 18 - World Health Organization Quality of Life (WHOQOL-BREF): "The 26 items are ranked on a five-level scale (score range 1-5) ... Two items can be analyzed separately. A total score cannot be produced."; terms of use: "free of charge but a user licence must be requested from the WHOQol group".',
      url: 'https://www.inspq.qc.ca/en/post-disaster-mental-health-impacts-surveillance-toolkit/standardized-measurement-instruments/information-sheets-standardized-measurement-instruments-recommended/quality-life',
    },
    {
      key: 'whoPermission',
      text: 'World Health Organization, Mental health: The World Health Organization Quality of Life (WHOQOL) page: "to obtain permission to use these questionnaires, please send a message to" WHO; the WHOQOL-BREF form carries the notice that all rights are reserved by WHO and that it may not be reproduced or translated without WHO\'s prior written permission (the notice as printed on a copy of the WHO form, scribd.com/document/512581206).',
      url: 'http://www.who.int/mental_health/publications/whoqol/en/',
    },
    {
      key: 'healCde',
      text: 'NIH HEAL Initiative CDE program, as exported by the HEAL Data Stewards (heal-data-stewards/heal-cdes, commit 15695130e8658e9cb98ffbd932642a8d986ec2fc, reports/2026apr23-3-to-2026jan20/diffs/whoqol-2.dug.json.diff): CRF whoqol-2, "World Health Organization Quality of Life (WHOQOL) - 2 item", whose Excel file "describes the 2 CDEs present in this CRF"; categories "Core - Adult & Pediatric" (April 2026; January 2026: "Adult Acute", "Adult Chronic", "All Core"). The HEAL CDE team\'s study-mapping export, as encoded in the same repository (study-mappings/extract-study-mappings-from-heal-cde-team-export.py), offers "Quality of Life (choice=World Health Organization Quality of Life (WHOQOL) - 2 item)" and "(WHOQOL) - 26 item*". The CRF (Word) and CDE (Excel) files themselves were not readable here.',
      url: 'https://heal.nih.gov/data/common-data-elements',
    },
    {
      key: 'wandner2022',
      text: 'Wandner et al. NIH\'s Helping to End Addiction Long-term Initiative (NIH HEAL Initiative) Clinical Pain Management Common Data Element Program. J Pain. 2022;23(3):370-378 (PubMed 34508905; abstract: 9 core pain domains and questionnaires to measure them, for acute and chronic pain in adults and pediatric populations).',
      doi: '10.1016/j.jpain.2021.08.005',
    },
    {
      key: 'adams2025',
      text: 'Adams MCB, Hassett AL, Clauw DJ, Hurley RW. The NIH HEAL pain common data elements (CDE): a great start but a long way to the finish line. Pain Med. 2025;26(3):146-155 (abstract: the 10 core pain research domains, including quality of life).',
      doi: '10.1093/pm/pnae110',
    },
  ],
  licence: {
    status: 'permission-required',
    verbatimText: false,
    holder: 'World Health Organization (with the national WHOQOL centres for their language versions)',
    note: 'The WHOQOL-BREF, and so its two global items, is WHO copyright: WHO asks users to request permission (INSPQ: free of charge, but a user licence must be requested), and the form may not be reproduced or translated without WHO\'s written permission. promkit ships only the 1-5 coding, the response-anchor words and its own short labels, none of the question text. Obtain the form (or the HEAL CDE CRF) and permission from WHO or your national WHOQOL centre.',
    url: 'http://www.who.int/mental_health/publications/whoqol/en/',
  },
  items: [
    {
      id: 'whoqol_1',
      label: 'Overall rating of own quality of life (WHOQOL-BREF item 1)',
      options: [
        { value: 1, label: 'Very poor' },
        { value: 2, label: 'Poor' },
        { value: 3, label: 'Neither poor nor good' },
        { value: 4, label: 'Good' },
        { value: 5, label: 'Very good' },
      ],
    },
    {
      id: 'whoqol_2',
      label: 'Satisfaction with own health (WHOQOL-BREF item 2)',
      options: [
        { value: 1, label: 'Very dissatisfied' },
        { value: 2, label: 'Dissatisfied' },
        { value: 3, label: 'Neither satisfied nor dissatisfied' },
        { value: 4, label: 'Satisfied' },
        { value: 5, label: 'Very satisfied' },
      ],
    },
  ],
  scores: [
    {
      name: 'qualityOfLife',
      label: 'Overall quality of life (item 1, 1 = very poor … 5 = very good)',
      items: ['whoqol_1'],
      method: 'sum',
      range: [1, 5],
      missing: singleItem,
      direction: 'higher-is-better',
    },
    {
      name: 'healthSatisfaction',
      label: 'Satisfaction with health (item 2, 1 = very dissatisfied … 5 = very satisfied)',
      items: ['whoqol_2'],
      method: 'sum',
      range: [1, 5],
      missing: singleItem,
      direction: 'higher-is-better',
    },
  ],
  discrepancies: [
    {
      topic: 'No sum of the two items',
      decision: 'The WHOQOL-BREF manual (WHO 1996), as quoted by Bonafé and by INSPQ, examines items 1 and 2 separately, and INSPQ adds that a total score cannot be produced. HEAL names the form "WHOQOL-2" and lists two CDEs, but what its CDE file says about a sum could not be read (Word and Excel files only). promkit therefore reports the two items as two scores and no total. A study that wants the 2-10 sum some analyses use can build it with defineInstrument (method "sum" over both items) and should say so in its methods.',
      refs: ['whoqolBref1996', 'bonafe', 'inspq', 'healCde'],
    },
    {
      topic: 'Response anchors of item 2',
      decision: 'The reproduction of the WHOQOL-BREF form read here anchors item 2 Very dissatisfied … Very satisfied, coded 1-5; Bonafé summarises both items with the very poor … very good scale. The codes (1-5, higher is better) agree; promkit uses the form\'s satisfaction anchors for item 2, so that a label-coded export of the form matches.',
      refs: ['whoqolFormCopy', 'bonafe'],
    },
    {
      topic: 'The HEAL form',
      decision: 'The HEAL CRF for WHOQOL-2 (heal.nih.gov CDE repository, Word/Excel) was not readable here, so its exact wording, recall period and variable coding were not checked against the WHOQOL-BREF. promkit follows the WHOQOL-BREF (items 1-2, coded 1-5, last two weeks); check your HEAL data dictionary\'s codes before scoring (a 0-4 coding must be shifted by +1).',
      refs: ['healCde', 'whoqolUs', 'wandner2022', 'adams2025'],
    },
  ],
  notes: [
    'Two scores, no total: qualityOfLife is item 1 and healthSatisfaction item 2, each 1-5 where higher is better. They are the WHOQOL-BREF\'s general items; promkit does not compute the four WHOQOL-BREF domain scores.',
    'Data from a full WHOQOL-BREF score here directly: its items 1 and 2 are these items.',
    'The NIH HEAL Initiative lists WHOQOL-2 as the core quality-of-life measure for adult (and, from April 2026, pediatric) pain studies, with the full WHOQOL-BREF (26 items) as the alternative.',
    'LOINC: no LOINC code was found for the WHOQOL-BREF items or for this two-item form (searched public LOINC/LHC-Forms content and FHIR implementation guides; the WHOQOL-BREF FHIR examples found use their own code systems), so none is given.',
    'No published reliability, reference values or MCID for the single items were read, so none is given. No outside reference case exists for this arithmetic; the reference cases are worked by hand.',
  ],
});
