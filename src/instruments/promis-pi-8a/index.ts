import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';
import { painInterferenceItems } from '../_promis/items.js';
import { citeCella2010, citeChen2018, citeChoir, citeDepManual2017, citeHmCutPoints, citeHmObtain, citeHmScoring, citeMii, citePackDAMipd, missingItemsDiscrepancy, painInterferenceMcid, promisLicence, promisMissingSource, promisProrationNote, promisRequiredReason, scoredCodesNote, symptomBandSource, usGeneralPopulationReference, wholeNumbersNote } from '../_promis/shared.js';

/**
 * PROMIS Short Form v1.1 - Pain Interference 8a (HealthMeasures). Items `PAININ9`, `PAININ22`,
 * `PAININ31`, `PAININ34`, `PAININ12`, `PAININ36`, `PAININ3`, `PAININ13` in form order, each coded 1-5
 * with the PROMIS scored codes; `total` is the raw sum (8-40) with the published T-score and SE from
 * the conversion table and the HealthMeasures severity bands on the T-score (higher is worse). Every
 * item is required.
 */
export const promisPi8a: Instrument = /* @__PURE__ */ shipped({
  id: 'promis-pi-8a',
  title: 'PROMIS Short Form v1.1 - Pain Interference 8a',
  shortTitle: 'PROMIS PI 8a',
  version: 'PROMIS Short Form v1.1 - Pain Interference 8a (same items and calibration as v1.0 8a; the PROMIS-57 Pain Interference block); table: HealthMeasures Pain Interference 8a conversion table (raw 8-40)',
  domain: 'pain-interference',
  recallPeriod: 'In the past 7 days',
  citations: [
    citeDepManual2017,
    {
      key: 'piManual',
      text: 'HealthMeasures. PROMIS Pain Interference Scoring Manual: conversion table of Short Form v1.1 Pain Interference 8a (the PROMIS-57 Pain Interference domain).',
    },
    citePackDAMipd,
    {
      key: 'jsCalc',
      text: 'Public Node.js module \'@module controller/helper/calculate-scores\', array PR_PainInt_TScore_Adult (33 T-scores for raw 8-40, no SE); code-search file ids 46214065180 and 44876775990, repository not identified.',
    },
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
    painInterferenceItems.PAININ12,
    painInterferenceItems.PAININ36,
    painInterferenceItems.PAININ3,
    painInterferenceItems.PAININ13,
  ],
  scores: [
    {
      name: 'total',
      label: 'PROMIS PI 8a T-score (from the raw sum)',
      items: [
        'PAININ9',
        'PAININ22',
        'PAININ31',
        'PAININ34',
        'PAININ12',
        'PAININ36',
        'PAININ3',
        'PAININ13',
      ],
      method: 'table',
      table: {
        rows: [
          { raw: 8, tScore: 40.7, se: 5.9 },
          { raw: 9, tScore: 47.9, se: 2.4 },
          { raw: 10, tScore: 49.9, se: 1.8 },
          { raw: 11, tScore: 51.2, se: 1.5 },
          { raw: 12, tScore: 52.3, se: 1.4 },
          { raw: 13, tScore: 53.2, se: 1.4 },
          { raw: 14, tScore: 54.1, se: 1.4 },
          { raw: 15, tScore: 55, se: 1.4 },
          { raw: 16, tScore: 55.8, se: 1.4 },
          { raw: 17, tScore: 56.6, se: 1.4 },
          { raw: 18, tScore: 57.4, se: 1.3 },
          { raw: 19, tScore: 58.1, se: 1.3 },
          { raw: 20, tScore: 58.8, se: 1.3 },
          { raw: 21, tScore: 59.5, se: 1.3 },
          { raw: 22, tScore: 60.2, se: 1.3 },
          { raw: 23, tScore: 60.8, se: 1.3 },
          { raw: 24, tScore: 61.5, se: 1.3 },
          { raw: 25, tScore: 62.1, se: 1.3 },
          { raw: 26, tScore: 62.8, se: 1.3 },
          { raw: 27, tScore: 63.5, se: 1.3 },
          { raw: 28, tScore: 64.1, se: 1.3 },
          { raw: 29, tScore: 64.8, se: 1.3 },
          { raw: 30, tScore: 65.5, se: 1.3 },
          { raw: 31, tScore: 66.2, se: 1.3 },
          { raw: 32, tScore: 66.9, se: 1.3 },
          { raw: 33, tScore: 67.7, se: 1.3 },
          { raw: 34, tScore: 68.4, se: 1.3 },
          { raw: 35, tScore: 69.2, se: 1.3 },
          { raw: 36, tScore: 70.1, se: 1.4 },
          { raw: 37, tScore: 71, se: 1.4 },
          { raw: 38, tScore: 72.1, se: 1.6 },
          { raw: 39, tScore: 73.5, se: 2 },
          { raw: 40, tScore: 77, se: 3.5 },
        ],
        source: {
          ref: 'piManual',
          locator: 'Short Form v1.1 Pain Interference 8a table',
          note: 'manual PDF not opened here; rows as transcribed in packDAMipd data-raw/Promis-8a-scoring-table.csv, which names no domain: its values are the Pain Interference 8a curve (reproduced within 0.1 in T and SE by a Lord-Wingersky recomputation from the v1.1 item parameters in choir-d)',
        },
        crossCheck: {
          ref: 'jsCalc',
          locator: 'PR_PainInt_TScore_Adult',
          note: 'compared row by row: all 33 T-scores identical; that copy has no SE column, so the SE column rests on the primary copy and the recomputation',
        },
      },
      range: [8, 40],
      missing: {
        minAnswered: 8,
        rounding: 'up',
        official: false,
        text: `All 8 items required. ${promisRequiredReason} ${promisProrationNote} to apply it pass { missing: { minAnswered: 4 } } (the prorated raw score is rounded up before the lookup).`,
        source: promisMissingSource,
      },
      bands: [
        { label: 'within normal limits', min: 40.7, max: 54.9 },
        { label: 'mild', min: 55, max: 59.9 },
        { label: 'moderate', min: 60, max: 69.9 },
        { label: 'severe', min: 70, max: 77 },
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
    {
      topic: 'Severity band boundaries',
      decision: 'HealthMeasures\' text reads \'scores less than or equal to 55 ... within normal limits. Scores between 55 and 60 ... mild whereas scores 60-70 ... moderate and scores above 70 ... severe\', which leaves 55.0, 60.0 and 70.0 each claimed by two bands or by none. promkit uses half-open bands with the boundary in the worse band: within normal limits < 55, mild 55-59.9, moderate 60-69.9, severe >= 70. A reader of the \'<= 55\' wording would call T = 55.0 within normal limits. In this table raw 15 gives T = 55.0, exactly on a boundary.',
      refs: ['hmCutPoints'],
    },
    {
      topic: 'Conversion table provenance',
      decision: 'The only copy with an SE column (packDAMipd) is labelled \'8a\' without a domain and without the manual\'s name or date; the calculate-scores module labels the same 33 T-scores Pain Interference (adult). A recomputation from the Assessment Center v1.1 item parameters reproduces every T and SE within 0.1, which identifies the table as Pain Interference 8a. That module\'s own logic (rescaling a 6-item sum to 8 items) is not PROMIS scoring and is not used.',
      refs: ['packDAMipd', 'jsCalc', 'choir'],
    },
  ],
  notes: [
    'value is the raw sum (8-40); tScore and se come from the conversion table and the bands apply to the T-score. HealthMeasures prefers response-pattern scoring (Scoring Service, Assessment Center API, auto-scoring platforms) and calls the Scoring Manual tables a good second option; the two can differ slightly.',
    wholeNumbersNote,
    scoredCodesNote,
    'Item LOINC codes for the four PROMIS-29 items as listed by the MII PROMIS-29 Questionnaire; no verified code was found for PAININ12, PAININ36, PAININ3, PAININ13, the 8a panel or the T-score, so none is given.',
  ],
});
