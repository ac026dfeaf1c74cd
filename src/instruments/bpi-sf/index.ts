import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

const severity = { min: 0, max: 10, integer: true, minLabel: 'No pain', maxLabel: 'Worst imaginable pain' } as const;
const interference = { min: 0, max: 10, integer: true, minLabel: 'No interference', maxLabel: 'Complete interference' } as const;

/**
 * BPI-SF, the Brief Pain Inventory Short Form (Cleeland), numeric items only: severity items
 * `bpisf_3` (worst), `bpisf_4` (least), `bpisf_5` (average), `bpisf_6` (now) and interference
 * items `bpisf_9a` … `bpisf_9g`, each a whole number 0–10.
 *
 * - `severity`: mean of the 4 severity items, 0–10. The User Guide gives no missing-item rule,
 *   so all 4 are required.
 * - `interference`: mean of the 7 interference items, 0–10. User Guide rule: the mean of the
 *   answered items is used when at least 4 of 7 are answered; below that, no score.
 */
export const bpiSf: Instrument = /* @__PURE__ */ shipped({
  id: 'bpi-sf',
  title: 'Brief Pain Inventory – Short Form',
  shortTitle: 'BPI-SF',
  version: 'BPI Short Form (© 1991 C. S. Cleeland), standard 24-hour recall: numeric severity items 3–6 and interference items 9A–9G. Items 1, 2, 7 and 8 (pain today, body diagram, treatments, relief) are not included.',
  domain: 'pain-interference',
  recallPeriod: 'Past 24 hours (item 6: right now)',
  citations: [
    {
      key: 'cleelandUG2009',
      text: 'Cleeland CS. The Brief Pain Inventory User Guide. Houston (TX): The University of Texas M. D. Anderson Cancer Center, Department of Symptom Research; 2009. Read through web transcriptions (studyres.com doc 1712721; manualsonline page transcription).',
      url: 'https://studyres.com/doc/1712721/bpi-user-guide---md-anderson-cancer-center',
    },
    {
      key: 'tan2004',
      text: 'Tan G, Jensen MP, Thornby JI, Shanti BF. Validation of the Brief Pain Inventory for chronic nonmalignant pain. J Pain. 2004;5(2):133-137.',
      doi: '10.1016/j.jpain.2003.12.005',
    },
    {
      key: 'dworkin2008',
      text: 'Dworkin RH, Turk DC, Wyrwich KW, Beaton D, Cleeland CS, Farrar JT, et al. Interpreting the clinical importance of treatment outcomes in chronic pain clinical trials: IMMPACT recommendations. J Pain. 2008;9(2):105-121.',
      doi: '10.1016/j.jpain.2007.09.005',
    },
    {
      key: 'serlin1995',
      text: 'Serlin RC, Mendoza TR, Nakamura Y, Edwards KR, Cleeland CS. When is cancer pain mild, moderate or severe? Grading pain severity by its interference with function. Pain. 1995;61(2):277-284.',
      doi: '10.1016/0304-3959(94)00178-H',
    },
    {
      key: 'eppoc',
      text: 'electronic Persistent Pain Outcomes Collaboration (ePPOC), Australian Health Services Research Institute. Brief Pain Inventory (BPI) scoring page, ePPOC wiki.',
      url: 'https://ahsri.atlassian.net/wiki/pages/viewpage.action?pageId=20584125',
    },
    {
      key: 'vsacPainTool',
      text: 'Standardized Pain Assessment Tool value set (VSAC OID 2.16.840.1.113883.3.526.3.1028), eCQM Update 2021-05-06 (CMS157): lists LOINC 77565-0 "Pain interference score [BPI Short Form]".',
      url: 'https://vsac.nlm.nih.gov/valueset/2.16.840.1.113883.3.526.3.1028/expansion',
    },
  ],
  licence: {
    status: 'permission-required',
    verbatimText: false,
    holder: 'Charles S. Cleeland, PhD (© 1991), through The University of Texas M. D. Anderson Cancer Center, Department of Symptom Research',
    note: 'User Guide: the BPI may not be used or reproduced without permission from Dr Cleeland or his designee, fees may apply, and it may not be modified or translated without written consent. promkit implements only the scoring and ships short labels; obtain your own permission from MD Anderson to administer the BPI.',
  },
  items: [
    { id: 'bpisf_3', label: 'Worst pain, past 24 hours', numeric: severity },
    { id: 'bpisf_4', label: 'Least pain, past 24 hours', numeric: severity },
    { id: 'bpisf_5', label: 'Average pain', numeric: severity },
    { id: 'bpisf_6', label: 'Pain right now', numeric: severity },
    { id: 'bpisf_9a', label: 'Interference: general activity', numeric: interference },
    { id: 'bpisf_9b', label: 'Interference: mood', numeric: interference },
    { id: 'bpisf_9c', label: 'Interference: walking ability', numeric: interference },
    { id: 'bpisf_9d', label: 'Interference: normal work', numeric: interference },
    { id: 'bpisf_9e', label: 'Interference: relations with other people', numeric: interference },
    { id: 'bpisf_9f', label: 'Interference: sleep', numeric: interference },
    { id: 'bpisf_9g', label: 'Interference: enjoyment of life', numeric: interference },
  ],
  scores: [
    {
      name: 'severity',
      label: 'BPI pain severity (mean of worst, least, average and now)',
      items: ['bpisf_3', 'bpisf_4', 'bpisf_5', 'bpisf_6'],
      method: 'mean',
      range: [0, 10],
      missing: {
        minAnswered: 4,
        rounding: 'none',
        official: false,
        text: 'The BPI User Guide gives no missing-item rule for severity; its developers "recommend that all four severity items be used, because the models for validation of the BPI included all four items". promkit therefore requires all 4. To average the answered items instead (no published basis), pass { missing: { minAnswered: 3 } } or lower; single items (e.g. worst or average pain) remain available as item answers.',
        source: { ref: 'cleelandUG2009', locator: 'p. 7, "How to Score the BPI: Pain Severity"', note: 'no missing-item rule for severity' },
      },
      direction: 'higher-is-worse',
      psychometrics: {
        reliability: {
          value: 0.85,
          kind: 'internal-consistency',
          population: '440 patients with chronic nonmalignant pain referred to a tertiary pain clinic (Cronbach alpha, intensity items)',
          source: { ref: 'tan2004', locator: 'Abstract' },
        },
      },
    },
    {
      name: 'interference',
      label: 'BPI pain interference (mean of the 7 interference items)',
      items: ['bpisf_9a', 'bpisf_9b', 'bpisf_9c', 'bpisf_9d', 'bpisf_9e', 'bpisf_9f', 'bpisf_9g'],
      method: 'mean',
      range: [0, 10],
      missing: {
        minAnswered: 4,
        rounding: 'none',
        official: true,
        text: 'BPI User Guide: pain interference "is typically scored as the mean of the seven interference items. This mean can be used if more than 50%, or four of seven," of the items are completed. promkit returns the mean of the answered items when at least 4 of 7 are answered, and no score below that.',
        source: {
          ref: 'cleelandUG2009',
          locator: 'p. 7, "Scoring the Brief Pain Inventory as an Outcome Measure" › "How to Score the BPI: Pain Interference"',
          note: 'Page number from a web transcription of the 2009 guide; the sentence is cut off there after "four of seven, of th". ePPOC (Australia) states the same threshold: "At least 4 of 7 questions must be completed".',
        },
      },
      direction: 'higher-is-worse',
      loinc: '77565-0',
      psychometrics: {
        reliability: {
          value: 0.88,
          kind: 'internal-consistency',
          population: '440 patients with chronic nonmalignant pain referred to a tertiary pain clinic (Cronbach alpha, interference items)',
          source: { ref: 'tan2004', locator: 'Abstract' },
        },
        mcid: [
          {
            value: 1,
            unit: 'points',
            population: 'chronic pain clinical trials (IMMPACT consensus)',
            method: 'consensus benchmark: 1-point decrease = minimally important',
            source: { ref: 'dworkin2008', locator: 'Table 1 (physical functioning, Brief Pain Inventory interference scale)' },
          },
        ],
      },
    },
  ],
  discrepancies: [
    {
      topic: 'Severity composite or single items',
      decision: 'The User Guide notes that clinical trials often use "worst" or "average" alone (supported by IMMPACT), while the developers recommend all four items. promkit scores the four-item mean as `severity`; the single items stay available as answers.',
      refs: ['cleelandUG2009', 'dworkin2008'],
    },
    {
      topic: 'Missing items, severity',
      decision: 'No published rule; promkit requires all 4 severity items. Some services average whatever items are present; that has no published basis and is available only as a caller\'s choice ({ missing: { minAnswered: k } }).',
      refs: ['cleelandUG2009'],
    },
    {
      topic: 'Missing items, interference',
      decision: 'The User Guide says "more than 50%, or four of seven"; ePPOC says "at least 4 of 7". Both mean 4 or more answered items, which promkit applies.',
      refs: ['cleelandUG2009', 'eppoc'],
    },
    {
      topic: 'Severity bands',
      decision: 'Not applied. Serlin 1995 cut points (1–4 mild, 5–6 moderate, 7–10 severe) were derived for single worst-pain ratings in cancer patients, not for the four-item mean.',
      refs: ['serlin1995'],
    },
    {
      topic: 'Internal consistency',
      decision: 'promkit records Tan 2004 (chronic nonmalignant pain: 0.85 severity, 0.88 interference). The User Guide reports alphas of 0.80–0.87 (severity) and 0.89–0.92 (interference) in cancer patients (Cleeland et al. 1994).',
      refs: ['tan2004', 'cleelandUG2009'],
    },
  ],
  notes: [
    'No outside reference case was found for this instrument (no worked example in the sources read, and none in other scoring tools\' test vectors: awell-score, the qhs R package, CamCOPS, public code and web search); its reference cases are worked by hand from the published rule (see the reference-case counts above).',
    'Only the numeric 0–10 items are scored. The yes/no pain-today item, the body diagram, the treatment question and the percent-relief item are left out, so an array of responses has 11 entries in the order bpisf_3, bpisf_4, bpisf_5, bpisf_6, bpisf_9a … bpisf_9g.',
    'A 7-day-recall version of the BPI-SF exists; the scoring is the same, but record which recall you used.',
    'LOINC 77565-0 ("Pain interference score [BPI Short Form]") is listed in the eCQM Standardized Pain Assessment Tool value set; no LOINC codes for the severity score or the single items were confirmed, so none are given.',
  ],
});
