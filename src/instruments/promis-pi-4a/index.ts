import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';
import { painInterferenceItems } from '../_promis/items.js';
import { citeCamrprojects, citeCella2010, citeChen2018, citeChoir, citeDepManual2017, citeHmCutPoints, citeHmObtain, citeHmProfileManual, citeHmScoring, citeMii, citeVbt, missingItemsDiscrepancy, painInterferenceMcid, promisLicence, promisMissingSource, promisProrationNote, promisRequiredReason, scoredCodesNote, symptomBandBoundariesDiscrepancy, symptomBandSource, usGeneralPopulationReference, wholeNumbersNote } from '../_promis/shared.js';

/**
 * PROMIS Short Form v1.1 - Pain Interference 4a (HealthMeasures). Items `PAININ9`, `PAININ22`,
 * `PAININ31`, `PAININ34` in form order, each coded 1-5 with the PROMIS scored codes; `total` is the
 * raw sum (4-20) with the published T-score and SE from the conversion table and the HealthMeasures
 * severity bands on the T-score (higher is worse). Every item is required.
 */
export const promisPi4a: Instrument = /* @__PURE__ */ shipped({
  id: 'promis-pi-4a',
  title: 'PROMIS Short Form v1.1 - Pain Interference 4a',
  shortTitle: 'PROMIS PI 4a',
  version: 'PROMIS Short Form v1.1 - Pain Interference 4a (same items and calibration as v1.0 4a and as the Pain Interference block of PROMIS-29 v2.0/v2.1); table: HealthMeasures PROMIS-29 v2.1 Pain Interference conversion table (raw 4-20)',
  domain: 'pain-interference',
  recallPeriod: 'In the past 7 days',
  citations: [
    citeHmProfileManual,
    citeDepManual2017,
    citeCamrprojects,
    citeVbt,
    citeHmScoring,
    citeHmCutPoints,
    citeHmObtain,
    citeCella2010,
    citeChen2018,
    citeChoir,
    citeMii,
  ],
  licence: promisLicence,
  items: [
    painInterferenceItems.PAININ9,
    painInterferenceItems.PAININ22,
    painInterferenceItems.PAININ31,
    painInterferenceItems.PAININ34,
  ],
  scores: [
    {
      name: 'total',
      label: 'PROMIS PI 4a T-score (from the raw sum)',
      items: ['PAININ9', 'PAININ22', 'PAININ31', 'PAININ34'],
      method: 'table',
      table: {
        rows: [
          { raw: 4, tScore: 41.6, se: 6.1 },
          { raw: 5, tScore: 49.6, se: 2.5 },
          { raw: 6, tScore: 52, se: 2 },
          { raw: 7, tScore: 53.9, se: 1.9 },
          { raw: 8, tScore: 55.6, se: 1.9 },
          { raw: 9, tScore: 57.1, se: 1.9 },
          { raw: 10, tScore: 58.5, se: 1.8 },
          { raw: 11, tScore: 59.9, se: 1.8 },
          { raw: 12, tScore: 61.2, se: 1.8 },
          { raw: 13, tScore: 62.5, se: 1.8 },
          { raw: 14, tScore: 63.8, se: 1.8 },
          { raw: 15, tScore: 65.2, se: 1.8 },
          { raw: 16, tScore: 66.6, se: 1.8 },
          { raw: 17, tScore: 68, se: 1.8 },
          { raw: 18, tScore: 69.7, se: 1.9 },
          { raw: 19, tScore: 71.6, se: 2.1 },
          { raw: 20, tScore: 75.6, se: 3.7 },
        ],
        source: {
          ref: 'hmProfileManual',
          locator: 'PROMIS-29 v2.1 Pain Interference 4a table',
          note: 'manual PDF not opened here; rows as transcribed in camrprojects data/lst_promis29_scoring.RData (commit 48e4534), decoded and read in this session',
        },
        crossCheck: {
          ref: 'vbt',
          locator: '\'R files/VBT Predictive Factors Part 1.R\' lines 1165-1330',
          note: 'compared row by row: all 17 raw scores identical in T-score and SE',
        },
      },
      range: [4, 20],
      missing: {
        minAnswered: 4,
        rounding: 'up',
        official: false,
        text: `All 4 items required. ${promisRequiredReason} ${promisProrationNote} to apply it pass { missing: { minAnswered: 2 } } (the prorated raw score is rounded up before the lookup).`,
        source: promisMissingSource,
      },
      bands: [
        { label: 'within normal limits', min: 41.6, max: 54.9 },
        { label: 'mild', min: 55, max: 59.9 },
        { label: 'moderate', min: 60, max: 69.9 },
        { label: 'severe', min: 70, max: 75.6 },
      ],
      bandsOn: 'tScore',
      bandSource: symptomBandSource,
      direction: 'higher-is-worse',
      psychometrics: {
        metric: 'tScore',
        reference: usGeneralPopulationReference,
        mcid: [painInterferenceMcid],
      },
    },
  ],
  discrepancies: [
    missingItemsDiscrepancy,
    symptomBandBoundariesDiscrepancy,
    {
      topic: 'Conversion table copies',
      decision: 'camrprojects and the VBT script agree on all 17 rows (T and SE); an independent Lord-Wingersky recomputation from the Assessment Center item parameters (choir-d) reproduces every row within 0.1. An unnamed public R package (PROMIS-29 data-prep script) prints 75.8 at raw 20, the Fatigue 4a value at raw 20; promkit keeps 75.6.',
      refs: ['camrprojects', 'vbt', 'choir'],
    },
  ],
  notes: [
    'value is the raw sum (4-20); tScore and se come from the conversion table and the bands apply to the T-score. HealthMeasures prefers response-pattern scoring (Scoring Service, Assessment Center API, auto-scoring platforms) and calls the Scoring Manual tables a good second option; the two can differ slightly.',
    wholeNumbersNote,
    scoredCodesNote,
    'Item LOINC and answer codes as listed by the MII PROMIS-29 Questionnaire (not checked against a LOINC release). No T-score code is given: the code 77865-4 is displayed as \'PROMIS pain interference - version 1.0 Tscore\' by the MII IG but as \'PROMIS - Pain Interference - Short Form v1.0 - 6a\' by the HL7 PCO IG.',
  ],
});
