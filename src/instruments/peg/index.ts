import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';

/**
 * PEG, the three-item Pain, Enjoyment of life, General activity scale (Krebs et al. 2009).
 * Items `peg_1` (average pain), `peg_2` (interference with enjoyment of life) and `peg_3`
 * (interference with general activity), each a whole number 0–10; `total` is their mean,
 * 0–10, higher is worse.
 *
 * Missing data: Krebs 2009 gives no rule, so all three items are required (a score from two
 * items is available with `{ missing: { minAnswered: 2 } }`, as the mean of those two).
 */
export const peg: Instrument = /* @__PURE__ */ shipped({
  id: 'peg',
  title: 'PEG: Pain, Enjoyment of life and General activity scale',
  shortTitle: 'PEG',
  version: 'PEG as published by Krebs et al. 2009: three items derived from the Brief Pain Inventory, 0–10, past-week recall.',
  domain: 'pain-interference',
  recallPeriod: 'Past week',
  citations: [
    {
      key: 'krebs2009',
      text: 'Krebs EE, Lorenz KA, Bair MJ, Damush TM, Wu J, Sutherland JM, Asch SM, Kroenke K. Development and initial validation of the PEG, a three-item scale assessing pain intensity and interference. J Gen Intern Med. 2009;24(6):733-738.',
      doi: '10.1007/s11606-009-0981-1',
      url: 'https://link.springer.com/article/10.1007/s11606-009-0981-1',
    },
    {
      key: 'reed2023',
      text: 'Reed DE II, Stump TE, Monahan PO, Kroenke K. Comparable minimally important differences and responsiveness of Brief Pain Inventory and PEG pain scales across six trials. J Pain. 2024;25(1):142-152 (epub 2023 Aug 5).',
      doi: '10.1016/j.jpain.2023.07.028',
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10859144',
    },
    {
      key: 'ahrqPms',
      text: 'AHRQ CDS Connect Pain Management Summary, CQL library Factors_to_Consider_in_Managing_Chronic_Pain_FHIRv400 (AHRQ-CDS/AHRQ-CDS-Connect-PAIN-MANAGEMENT-SUMMARY, src/cql/r4/Factors_to_Consider_in_Managing_Chronic_Pain_FHIRv400.cql, commit 03ccfca544b09b2c6a0fe2235d0b33aae8c2e8a2): LOINC codes 91147-9 "Mean score [PEG]", 75893-8, 91145-3, 91146-1.',
      url: 'https://github.com/AHRQ-CDS/AHRQ-CDS-Connect-PAIN-MANAGEMENT-SUMMARY',
    },
    {
      key: 'loincDemos',
      text: 'Independent LOINC-based FHIR Questionnaire implementations of the PEG (public GitHub code read through a code index): panel 91148-7 "Pain intensity, Enjoyment of life, General activity scale [PEG]", mean score 91147-9, items 75893-8, 91145-3, 91146-1; one notes that the LOINC FHIR Questionnaire and the loinc.org panel page gave different codes for the first question.',
      url: 'https://loinc.org/91148-7/',
    },
  ],
  licence: {
    status: 'public-domain',
    verbatimText: false,
    note: 'Described as freely available / in the public domain by secondary sources (LOINC-based implementations, clinical resource libraries); no licence statement from the authors was found, and the items are adapted from the copyrighted Brief Pain Inventory. promkit therefore ships short labels only; the item wording is printed in Krebs 2009 (open access). Cite Krebs 2009 when you use the PEG.',
    url: 'https://link.springer.com/article/10.1007/s11606-009-0981-1',
  },
  loinc: '91148-7',
  items: [
    {
      id: 'peg_1',
      label: 'Average pain, past week',
      numeric: { min: 0, max: 10, integer: true, minLabel: 'No pain', maxLabel: 'Worst imaginable pain' },
      loinc: '75893-8',
    },
    {
      id: 'peg_2',
      label: 'Pain interference: enjoyment of life',
      numeric: { min: 0, max: 10, integer: true, minLabel: 'No interference', maxLabel: 'Complete interference' },
      loinc: '91145-3',
    },
    {
      id: 'peg_3',
      label: 'Pain interference: general activity',
      numeric: { min: 0, max: 10, integer: true, minLabel: 'No interference', maxLabel: 'Complete interference' },
      loinc: '91146-1',
    },
  ],
  scores: [
    {
      name: 'total',
      label: 'PEG score (mean of the three items)',
      items: ['peg_1', 'peg_2', 'peg_3'],
      method: 'mean',
      range: [0, 10],
      missing: {
        minAnswered: 3,
        rounding: 'none',
        official: false,
        text: 'Krebs 2009 gives no missing-item rule and none was found elsewhere, so promkit requires all 3 items (conservative). To score the mean of 2 answered items, pass { missing: { minAnswered: 2 } }.',
        source: { ref: 'krebs2009', note: 'no missing-item rule published' },
      },
      direction: 'higher-is-worse',
      loinc: '91147-9',
      psychometrics: {
        reliability: {
          value: 0.73,
          kind: 'internal-consistency',
          population: '500 primary-care patients with persistent back, hip or knee pain (SCAMP, Study 1); alpha was 0.89 in 646 veterans from VA ambulatory care (Study 2)',
          source: { ref: 'krebs2009', locator: 'Abstract, Results' },
        },
        mcid: [
          {
            value: 1,
            unit: 'points',
            population: '1710 participants pooled from 6 controlled trials',
            method: 'anchor-based: retrospective global change "a little better"; most estimates 1.0–1.75 (distribution-based 0.60–1.1 with 0.35 SD, 0.78–1.22 with 1 SEM)',
            source: { ref: 'reed2023', locator: 'Abstract' },
          },
        ],
      },
    },
  ],
  discrepancies: [
    {
      topic: 'Missing items',
      decision: 'No published rule; promkit requires all 3 items. Available as a caller\'s choice: { missing: { minAnswered: 2 } } (mean of the answered items, no rounding).',
      refs: ['krebs2009'],
    },
    {
      topic: 'LOINC code of the first item',
      decision: 'promkit uses 75893-8 for peg_1, as both the AHRQ CDS Connect library and an independent LOINC-based implementation do; another implementation notes that the LOINC FHIR Questionnaire for 91148-7 and the loinc.org panel page gave different codes for the first question. Check against the current LOINC release before relying on it.',
      refs: ['ahrqPms', 'loincDemos'],
    },
    {
      topic: 'Minimal important difference',
      decision: 'Reed 2023 gives ranges rather than one value (anchor-based mostly 1.0–1.75; distribution-based 0.60–1.22); promkit records the lower anchor-based bound, 1 point.',
      refs: ['reed2023'],
    },
  ],
  notes: [
    'The items are BPI items 5 (average pain), 9G (enjoyment of life) and 9A (general activity), asked with a past-week recall.',
    'Krebs 2009 gives no rounding rule; the mean is returned unrounded (e.g. 17/3 = 5.667).',
    'No severity bands for the PEG were found in a primary source, so none are applied.',
  ],
});
