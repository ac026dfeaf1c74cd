import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';
import { physicalFunctionItems } from '../_promis/items.js';
import { citeCamrprojects, citeCella2010, citeDepManual2017, citeHays2015, citeHmCutPoints, citeHmObtain, citeHmProfileManual, citeHmScoring, citeMii, citeVbt, functionBandBoundariesDiscrepancy, functionBandSource, missingItemsDiscrepancy, promisLicence, promisMissingSource, promisProrationNote, promisRequiredReason, scoredCodesNote, usGeneralPopulationReference, wholeNumbersNote } from '../_promis/shared.js';

/**
 * PROMIS Short Form v2.0 - Physical Function 4a (HealthMeasures). Items `PFA11`, `PFA21`, `PFA23`,
 * `PFA53` in form order, each coded 1-5 with the PROMIS scored codes; `total` is the raw sum (4-20)
 * with the published T-score and SE from the conversion table and the HealthMeasures severity bands on
 * the T-score (higher is better). Every item is required.
 */
export const promisPf4a: Instrument = /* @__PURE__ */ shipped({
  id: 'promis-pf-4a',
  title: 'PROMIS Short Form v2.0 - Physical Function 4a',
  shortTitle: 'PROMIS PF 4a',
  version: 'PROMIS Short Form v2.0 - Physical Function 4a (the Physical Function block of PROMIS-29 v2.0/v2.1); table: HealthMeasures PROMIS-29 v2.1 Physical Function conversion table, v2.0 calibration (raw 4-20). Not for the retired v1.0 4a, whose table differs.',
  domain: 'physical-function',
  recallPeriod: null,
  citations: [
    citeHmProfileManual,
    citeDepManual2017,
    citeCamrprojects,
    citeVbt,
    citeHmScoring,
    citeHmCutPoints,
    citeHmObtain,
    citeCella2010,
    citeHays2015,
    citeMii,
  ],
  licence: promisLicence,
  items: [
    physicalFunctionItems.PFA11,
    physicalFunctionItems.PFA21,
    physicalFunctionItems.PFA23,
    physicalFunctionItems.PFA53,
  ],
  scores: [
    {
      name: 'total',
      label: 'PROMIS PF 4a T-score (from the raw sum)',
      items: ['PFA11', 'PFA21', 'PFA23', 'PFA53'],
      method: 'table',
      table: {
        rows: [
          { raw: 4, tScore: 22.5, se: 4 },
          { raw: 5, tScore: 26.6, se: 2.8 },
          { raw: 6, tScore: 28.9, se: 2.5 },
          { raw: 7, tScore: 30.5, se: 2.4 },
          { raw: 8, tScore: 31.9, se: 2.3 },
          { raw: 9, tScore: 33.2, se: 2.3 },
          { raw: 10, tScore: 34.4, se: 2.3 },
          { raw: 11, tScore: 35.6, se: 2.3 },
          { raw: 12, tScore: 36.7, se: 2.3 },
          { raw: 13, tScore: 37.9, se: 2.3 },
          { raw: 14, tScore: 39.2, se: 2.4 },
          { raw: 15, tScore: 40.5, se: 2.4 },
          { raw: 16, tScore: 41.9, se: 2.5 },
          { raw: 17, tScore: 43.5, se: 2.6 },
          { raw: 18, tScore: 45.5, se: 2.8 },
          { raw: 19, tScore: 48.3, se: 3.3 },
          { raw: 20, tScore: 57, se: 6.6 },
        ],
        source: {
          ref: 'hmProfileManual',
          locator: 'PROMIS-29 v2.1 Physical Function 4a table',
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
        { label: 'severe', min: 22.5, max: 29.9 },
        { label: 'moderate', min: 30, max: 39.9 },
        { label: 'mild', min: 40, max: 44.9 },
        { label: 'within normal limits', min: 45, max: 57 },
      ],
      bandsOn: 'tScore',
      bandSource: functionBandSource,
      direction: 'higher-is-better',
      psychometrics: {
        metric: 'tScore',
        reference: usGeneralPopulationReference,
        mcid: [
          {
            value: 2,
            unit: 'points',
            population: 'rheumatoid arthritis (n=451); estimated for the PROMIS physical function 20-item short form, not for 4a',
            method: 'anchor-based',
            source: { ref: 'hays2015', locator: 'Abstract' },
          },
        ],
      },
    },
  ],
  discrepancies: [
    missingItemsDiscrepancy,
    functionBandBoundariesDiscrepancy,
    {
      topic: 'Form version',
      decision: 'The same four items give different T-scores under the retired v1.0 calibration (raw 4 -> 22.9 ... raw 20 -> 56.9, the PROMIS-29 v1.0 table) and the current v2.0 calibration (22.5 ... 57.0). promkit ships the v2.0 table used by PROMIS-29 v2.1. A third public copy (a TypeScript app) diverges from raw 9 upward by up to 4.5 T and is not used; jcoin-maarc/jdc-utilities (T only) agrees with the shipped table on all 17 rows.',
      refs: ['camrprojects', 'vbt'],
    },
  ],
  notes: [
    'value is the raw sum (4-20); tScore and se come from the conversion table and the bands apply to the T-score. HealthMeasures prefers response-pattern scoring (Scoring Service, Assessment Center API, auto-scoring platforms) and calls the Scoring Manual tables a good second option; the two can differ slightly.',
    'Physical Function is a function domain: higher T-scores mean better function; the form gives no recall period.',
    wholeNumbersNote,
    scoredCodesNote,
    'Item LOINC and answer codes as listed by the MII PROMIS-29 Questionnaire (not checked against a LOINC release). No T-score code is given: 91721-1 is displayed as a v2.0 T-score by the MII IG but as the 10a form by the HL7 PCO IG.',
  ],
});
