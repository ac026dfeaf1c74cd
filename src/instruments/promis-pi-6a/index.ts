import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';
import { painInterferenceItems } from '../_promis/items.js';
import { citeCella2010, citeChen2018, citeChoir, citeCmsAccess, citeDepManual2017, citeHmCutPoints, citeHmObtain, citeHmProfileManual, citeHmScoring, citeLordWingersky1984, citeMii, citeThissen1995, missingItemsDiscrepancy, painInterferenceMcid, promisLicence, promisMissingSource, promisProrationNote, promisRequiredReason, scoredCodesNote, summedScoreEapMethod, summedScoreEapValidation, symptomBandBoundariesDiscrepancy, symptomBandSource, usGeneralPopulationReference, wholeNumbersNote } from '../_promis/shared.js';

/**
 * PROMIS Short Form v1.1 - Pain Interference 6a (HealthMeasures). Items `PAININ9`, `PAININ22`,
 * `PAININ31`, `PAININ34`, `PAININ12`, `PAININ36` in form order, each coded 1-5 with the PROMIS scored
 * codes; `total` is the raw sum (6-30) with a T-score and SE and the HealthMeasures severity bands on
 * the T-score (higher is worse). The table is computed from the Assessment Center item calibrations
 * by the method that reproduces the published 4a and 8a tables, because no verifiable copy of the
 * published 6a table was found (see `scores[0].table.derivation`). Every item is required.
 */
export const promisPi6a: Instrument = /* @__PURE__ */ shipped({
  id: 'promis-pi-6a',
  title: 'PROMIS Short Form v1.1 - Pain Interference 6a',
  shortTitle: 'PROMIS PI 6a',
  version: 'PROMIS Short Form v1.1 - Pain Interference 6a (same items and calibration as v1.0 6a; the PROMIS-29 Pain Interference items plus PAININ12 and PAININ36, i.e. the first six items of the 8a form); table: computed from the v1.0 6a Assessment Center form calibrations (raw 6-30), not transcribed',
  domain: 'pain-interference',
  recallPeriod: 'In the past 7 days',
  loinc: '90973-9',
  citations: [
    {
      key: 'piManual',
      text: 'HealthMeasures. PROMIS Pain Interference Scoring Manual: conversion table of Short Form v1.1 Pain Interference 6a (the PROMIS-43 Pain Interference domain, also in the Adult Profile Scoring Manual).',
    },
    citeHmProfileManual,
    citeCmsAccess,
    citeChoir,
    citeLordWingersky1984,
    citeThissen1995,
    citeDepManual2017,
    citeHmScoring,
    citeHmCutPoints,
    citeHmObtain,
    citeCella2010,
    citeChen2018,
    citeMii,
  ],
  licence: promisLicence,
  items: [
    painInterferenceItems.PAININ9,
    painInterferenceItems.PAININ22,
    painInterferenceItems.PAININ31,
    painInterferenceItems.PAININ34,
    painInterferenceItems.PAININ12,
    painInterferenceItems.PAININ36,
  ],
  scores: [
    {
      name: 'total',
      label: 'PROMIS PI 6a T-score (from the raw sum)',
      items: ['PAININ9', 'PAININ22', 'PAININ31', 'PAININ34', 'PAININ12', 'PAININ36'],
      method: 'table',
      loinc: '90974-7',
      table: {
        rows: [
          { raw: 6, tScore: 41.1, se: 6 },
          { raw: 7, tScore: 48.6, se: 2.4 },
          { raw: 8, tScore: 50.7, se: 1.8 },
          { raw: 9, tScore: 52.2, se: 1.6 },
          { raw: 10, tScore: 53.4, se: 1.6 },
          { raw: 11, tScore: 54.5, se: 1.6 },
          { raw: 12, tScore: 55.6, se: 1.5 },
          { raw: 13, tScore: 56.6, se: 1.5 },
          { raw: 14, tScore: 57.6, se: 1.5 },
          { raw: 15, tScore: 58.6, se: 1.5 },
          { raw: 16, tScore: 59.5, se: 1.5 },
          { raw: 17, tScore: 60.4, se: 1.4 },
          { raw: 18, tScore: 61.2, se: 1.4 },
          { raw: 19, tScore: 62.1, se: 1.4 },
          { raw: 20, tScore: 63, se: 1.5 },
          { raw: 21, tScore: 63.8, se: 1.5 },
          { raw: 22, tScore: 64.8, se: 1.5 },
          { raw: 23, tScore: 65.7, se: 1.5 },
          { raw: 24, tScore: 66.7, se: 1.5 },
          { raw: 25, tScore: 67.6, se: 1.5 },
          { raw: 26, tScore: 68.7, se: 1.5 },
          { raw: 27, tScore: 69.8, se: 1.5 },
          { raw: 28, tScore: 71, se: 1.6 },
          { raw: 29, tScore: 72.6, se: 2 },
          { raw: 30, tScore: 76.3, se: 3.6 },
        ],
        source: {
          ref: 'piManual',
          locator: 'Short Form v1.1 Pain Interference 6a table',
          note: 'not transcribed: no copy of this table that could be verified was readable here (the one public copy, in the PACIO sample-data IG, disagrees with the item calibrations at every row and is not used); every row is computed as described under derivation and should be checked against the manual',
        },
        crossCheck: {
          ref: 'cmsAccess',
          locator: 'Bundle-MSKReportDataBundleExample.json, QuestionnaireResponse PROMISPainInterferenceSFExample',
          note: 'one row only: the example scores answers summing to raw 15 (LOINC 90974-7) as T 58.6, the computed row',
        },
        derivation: {
          columns: ['tScore', 'se'],
          method: summedScoreEapMethod,
          parameters: {
            ref: 'choir',
            locator: 'PromisShortFormV10PainInterference6a.java',
            note: 'generated from Assessment Center form OID 0CC98AD0-9D47-49F5-9132-5826D0E4980C; the six items carry the same calibrations in the v1.1 bank (PromisPainInterference1.java) and in the 4a and 8a forms',
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
        { label: 'within normal limits', min: 41.1, max: 54.9 },
        { label: 'mild', min: 55, max: 59.9 },
        { label: 'moderate', min: 60, max: 69.9 },
        { label: 'severe', min: 70, max: 76.3 },
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
      topic: 'Conversion table provenance',
      decision: 'promkit transcribes PROMIS tables from two independent published copies wherever it can. For the 6a form none could be verified: the HealthMeasures manuals were not readable here, and the only public copy found (the PACIO sample-data FHIR IG, raw 6 -> T 41.6 ... raw 30 -> T 90.5) disagrees with the item calibrations at every row and tops out above any PROMIS pain-interference score. Rather than ship no 6a scoring, promkit computes the table with the method that reproduces the published 4a and 8a tables of the same bank row for row, and labels it as computed (table.derivation). The CMS ACCESS IG example (raw 15 -> T 58.6) agrees. Several SEs lie within 0.01 of a rounding boundary (raw 12: 1.546; raw 17: 1.4498; raw 18: 1.445; raw 19: 1.446; raw 20: 1.4506; raw 26: 1.495), and two T-scores within 0.005 of one (raw 9: 52.153; raw 20: 62.952), so the manual may print 0.1 more or less there; every other value is stable to the grid and rounding. Replace the rows with the manual\'s when it is at hand.',
      refs: ['piManual', 'choir', 'lordWingersky1984', 'thissen1995', 'cmsAccess'],
    },
  ],
  notes: [
    'value is the raw sum (6-30); tScore and se come from the conversion table and the bands apply to the T-score. HealthMeasures prefers response-pattern scoring (Scoring Service, Assessment Center API, auto-scoring platforms) and calls the Scoring Manual tables a good second option; the two can differ slightly.',
    wholeNumbersNote,
    scoredCodesNote,
    'LOINC: panel 90973-9 (\'PROMIS short form - pain interference 6a - version 1.0\') and raw score 90974-7 as used by the CMS ACCESS IG, which names this form for its MSK track (the PACIO sample IG uses the same codes); item codes for the four PROMIS-29 items as listed by the MII PROMIS-29 Questionnaire. No T-score code is given: the CMS and MII IGs display 77865-4 as the pain interference v1.0 T-score while the HL7 PCO IG displays it as the 6a form. No verified code was found for PAININ12 or PAININ36.',
  ],
});
