import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';
import { physicalFunctionItems } from '../_promis/items.js';
import { citeCella2010, citeChoir, citeCmsAccess, citeDepManual2017, citeHays2015, citeHmCutPoints, citeHmObtain, citeHmScoring, citeLordWingersky1984, citeMii, citeThissen1995, functionBandBoundariesDiscrepancy, functionBandSource, missingItemsDiscrepancy, promisLicence, promisMissingSource, promisProrationNote, promisRequiredReason, scoredCodesNote, summedScoreEapMethod, summedScoreEapValidation, usGeneralPopulationReference, wholeNumbersNote } from '../_promis/shared.js';

/**
 * PROMIS Short Form v1.2 - Physical Function 6b (HealthMeasures; LOINC 76804-4, the version the CMS
 * ACCESS Model MSK track names). Items `PFA11`, `PFA21`, `PFA23`, `PFA53`, `PFC12`, `PFB1` in form
 * order, each coded 1-5 with the PROMIS scored codes (5 = without any difficulty / not at all
 * limited); `total` is the raw sum (6-30) with a T-score and SE and the HealthMeasures function bands
 * on the T-score (higher is better). The table is computed from the Assessment Center v1.2
 * calibrations because no verifiable copy of the published table was found (see
 * `scores[0].table.derivation`). Not for the v2.0 6b (PROMIS-43 v2.1), whose table differs. Every
 * item is required.
 */
export const promisPf6b: Instrument = /* @__PURE__ */ shipped({
  id: 'promis-pf-6b',
  title: 'PROMIS Short Form v1.2 - Physical Function 6b',
  shortTitle: 'PROMIS PF 6b (v1.2)',
  version: 'PROMIS Short Form v1.2 - Physical Function 6b (LOINC 76804-4; retired by HealthMeasures in favour of v2.0, still the 6b form named by the CMS ACCESS Model); table: computed from the v1.2 6b Assessment Center form calibrations (raw 6-30), not transcribed. Not for the v2.0 6b of PROMIS-43 v2.1: same items, different calibration and table.',
  domain: 'physical-function',
  recallPeriod: null,
  loinc: '76804-4',
  citations: [
    {
      key: 'pfManual',
      text: 'HealthMeasures. PROMIS Physical Function Scoring Manual: conversion tables of Short Form v1.2 Physical Function 6b (retired) and Short Form v2.0 Physical Function 6b (the PROMIS-43 v2.1 Physical Function domain).',
    },
    citeCmsAccess,
    citeChoir,
    citeLordWingersky1984,
    citeThissen1995,
    citeDepManual2017,
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
    physicalFunctionItems.PFC12,
    physicalFunctionItems.PFB1,
  ],
  scores: [
    {
      name: 'total',
      label: 'PROMIS PF 6b (v1.2) T-score (from the raw sum)',
      items: ['PFA11', 'PFA21', 'PFA23', 'PFA53', 'PFC12', 'PFB1'],
      method: 'table',
      loinc: '77797-9',
      table: {
        rows: [
          { raw: 6, tScore: 21.5, se: 3.7 },
          { raw: 7, tScore: 25.4, se: 2.6 },
          { raw: 8, tScore: 27.5, se: 2.2 },
          { raw: 9, tScore: 29.1, se: 2.1 },
          { raw: 10, tScore: 30.4, se: 2 },
          { raw: 11, tScore: 31.5, se: 1.9 },
          { raw: 12, tScore: 32.5, se: 1.8 },
          { raw: 13, tScore: 33.4, se: 1.8 },
          { raw: 14, tScore: 34.3, se: 1.8 },
          { raw: 15, tScore: 35.1, se: 1.8 },
          { raw: 16, tScore: 36, se: 1.8 },
          { raw: 17, tScore: 36.8, se: 1.8 },
          { raw: 18, tScore: 37.6, se: 1.8 },
          { raw: 19, tScore: 38.5, se: 1.8 },
          { raw: 20, tScore: 39.3, se: 1.8 },
          { raw: 21, tScore: 40.2, se: 1.8 },
          { raw: 22, tScore: 41.1, se: 1.8 },
          { raw: 23, tScore: 42.1, se: 1.8 },
          { raw: 24, tScore: 43.1, se: 1.9 },
          { raw: 25, tScore: 44.2, se: 1.9 },
          { raw: 26, tScore: 45.4, se: 2 },
          { raw: 27, tScore: 46.8, se: 2.2 },
          { raw: 28, tScore: 48.6, se: 2.6 },
          { raw: 29, tScore: 50.9, se: 2.9 },
          { raw: 30, tScore: 58.7, se: 6.2 },
        ],
        source: {
          ref: 'pfManual',
          locator: 'Short Form v1.2 Physical Function 6b table',
          note: 'not transcribed: no copy of this table that could be verified was readable here (the PACIO sample-data IG carries a 6b table running from 16.2 to 99.7, which no PROMIS physical-function score reaches, and is not used); every row is computed as described under derivation and should be checked against the manual',
        },
        crossCheck: {
          ref: 'cmsAccess',
          locator: 'Bundle-MSKReportDataBundleExample.json, QuestionnaireResponse PROMISPhysicalFunctionExample',
          note: 'one row only: the example scores answers summing to raw 17 (LOINC 77797-9, 6b v1.2 raw score) as T 36.8, the computed row',
        },
        derivation: {
          columns: ['tScore', 'se'],
          method: summedScoreEapMethod,
          parameters: {
            ref: 'choir',
            locator: 'PromisShortFormOneTwoPhysicalFunction6b.java',
            note: 'generated from Assessment Center form OID 55299025-097B-4086-86EF-68F362FA34AC (PROMIS SF v1.2 - Physical Function 6b); PFA11, PFA21, PFA23 and PFA53 carry the same calibrations in the v1.0 4a form, whose published table the computation reproduces',
          },
          validation: summedScoreEapValidation,
        },
      },
      range: [6, 30],
      missing: {
        minAnswered: 6,
        rounding: 'up',
        official: false,
        text: `All 6 items required. ${promisRequiredReason} ${promisProrationNote} to apply it pass { missing: { minAnswered: 3 } } (the prorated raw score is rounded up before the lookup).`,
        source: promisMissingSource,
      },
      bands: [
        { label: 'severe', min: 21.5, max: 29.9 },
        { label: 'moderate', min: 30, max: 39.9 },
        { label: 'mild', min: 40, max: 44.9 },
        { label: 'within normal limits', min: 45, max: 58.7 },
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
            population: 'rheumatoid arthritis (n=451); estimated for the PROMIS physical function 20-item short form, not for 6b',
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
      decision: 'HealthMeasures lists Short Form v1.2 Physical Function 6b as retired and v2.0 6b (the PROMIS-43 v2.1 block) as current; the two have the same six items but different calibrations, so their tables differ (for the four PROMIS-29 items the v1.0 and v2.0 4a tables differ by up to 0.4 T). promkit ships v1.2 because it is the 6b named by LOINC 76804-4, which the CMS ACCESS Model requires for its MSK track, and because neither the v2.0 calibrations nor a verifiable copy of the v2.0 6b table was readable here. Do not score v2.0 6b (PROMIS-43 v2.1) answers with this definition: define the v2.0 table from the manual with defineInstrument.',
      refs: ['cmsAccess', 'pfManual'],
    },
    {
      topic: 'Conversion table provenance',
      decision: 'No copy of the v1.2 6b table could be verified: the HealthMeasures manuals were not readable here, and the only public table found (the PACIO sample-data FHIR IG, raw 6 -> T 16.2 ... raw 30 -> T 99.7) is not a PROMIS metric (its own examples report raw 17 as T 36.8 in one and as its table\'s 47.7 in another). promkit computes the table with the method that reproduces every published PROMIS table it was checked against, including the 17 T-scores of the retired Physical Function 4a v1.0, whose four items carry the same calibrations as here, and labels it as computed (table.derivation). The CMS ACCESS IG example (raw 17 -> T 36.8) agrees. Two T-scores lie within 0.005 of a rounding boundary (raw 25: 44.154; raw 28: 48.645) and four SEs within 0.003 (raw 8: 2.247; raw 12: 1.8475; raw 17: 1.7542; raw 18: 1.7541), so the manual may print 0.1 more or less there. Replace the rows with the manual\'s when it is at hand.',
      refs: ['pfManual', 'choir', 'lordWingersky1984', 'thissen1995', 'cmsAccess'],
    },
  ],
  notes: [
    'value is the raw sum (6-30); tScore and se come from the conversion table and the bands apply to the T-score. HealthMeasures prefers response-pattern scoring (Scoring Service, Assessment Center API, auto-scoring platforms) and calls the Scoring Manual tables a good second option; the two can differ slightly.',
    'Physical Function is a function domain: higher T-scores mean better function; the form gives no recall period.',
    'Two response scales: PFA11, PFA21, PFA23 and PFA53 ask about difficulty (5 = without any difficulty ... 1 = unable to do); PFC12 and PFB1 ask whether health limits the activity (5 = not at all ... 1 = cannot do). No item is reverse-scored: on both scales 5 is the best function.',
    wholeNumbersNote,
    scoredCodesNote,
    'LOINC: panel 76804-4 (\'PROMIS short form - physical function 6b - version 1.2\') and raw score 77797-9 as used by the CMS ACCESS IG (the PACIO sample IG uses the same codes); item codes for the four PROMIS-29 items as listed by the MII PROMIS-29 Questionnaire. No verified code was found for PFC12, PFB1, their answers or the T-score, so none is given.',
  ],
});
