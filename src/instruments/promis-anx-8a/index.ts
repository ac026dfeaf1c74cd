import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';
import { anxietyItems } from '../_promis/items.js';
import { anxietyMcid, citeCella2010, citeChoir, citeDepManual2017, citeHmCutPoints, citeHmObtain, citeHmScoring, citeLordWingersky1984, citeMii, citeTerwee2021, citeThissen1995, missingItemsDiscrepancy, promisLicence, promisMissingSource, promisProrationNote, promisRequiredReason, scoredCodesNote, summedScoreEapMethod, summedScoreEapValidation, symptomBandBoundariesDiscrepancy, symptomBandSource, usGeneralPopulationReference, wholeNumbersNote } from '../_promis/shared.js';

/**
 * PROMIS Short Form v1.0 - Anxiety 8a (HealthMeasures). Items `EDANX01`, `EDANX40`, `EDANX41`,
 * `EDANX53`, `EDANX46`, `EDANX07`, `EDANX05`, `EDANX54` in form order, each coded 1-5 with the PROMIS
 * scored codes; `total` is the raw sum (8-40) with the published T-score from the conversion table, an
 * SE computed from the item calibrations (no verifiable copy of the manual's SE column was found; see
 * `scores[0].table.derivation`) and the HealthMeasures severity bands on the T-score (higher is
 * worse). Every item is required.
 */
export const promisAnx8a: Instrument = /* @__PURE__ */ shipped({
  id: 'promis-anx-8a',
  title: 'PROMIS Short Form v1.0 - Anxiety 8a',
  shortTitle: 'PROMIS Anxiety 8a',
  version: 'PROMIS Short Form v1.0 - Emotional Distress - Anxiety 8a; table: PROMIS Anxiety Scoring Manual, Anxiety 8a conversion table (raw 8-40), T-score column only',
  domain: 'anxiety',
  recallPeriod: 'In the past 7 days',
  citations: [
    {
      key: 'anxManual',
      text: 'HealthMeasures. PROMIS Anxiety Scoring Manual: short-form conversion tables, including Short Form v1.0 - Anxiety 8a (raw 8-40).',
    },
    {
      key: 'pyLookup',
      text: 'Public Python survey-processing module, function promis_lookup(raw_sum, scale) (\'Lookup table to process promis measures (from promis scoring manuals)\'): anx_table, T-scores for raw 8-40 without SE; the same file\'s anxiety item string lists the eight Anxiety 8a items. Code-search file ids 43552336321 and 43660933602 (two versions), repository not identified.',
    },
    {
      key: 'jsCalcAnx',
      text: 'Public Node.js module \'@module controller/helper/calculate-scores\', array PR_Anxiety_TScore_Adult (33 T-scores for raw 8-40, no SE); code-search file ids 46214065180 and 44876775990, repository not identified.',
    },
    {
      key: 'rSim',
      text: 'Public R simulation script (EAP scoring comparison), list Short_Form_Variables with the item codes of each PROMIS short form (Anxiety \'8a\' = EDANX01, EDANX40, EDANX41, EDANX53, EDANX46, EDANX07, EDANX05, EDANX54); code-search file ids 24622157716 and 24304984416, repository not identified.',
    },
    citeHmScoring,
    citeHmCutPoints,
    citeHmObtain,
    citeDepManual2017,
    citeCella2010,
    citeTerwee2021,
    citeChoir,
    citeLordWingersky1984,
    citeThissen1995,
    citeMii,
  ],
  licence: promisLicence,
  items: [
    anxietyItems.EDANX01,
    anxietyItems.EDANX40,
    anxietyItems.EDANX41,
    anxietyItems.EDANX53,
    anxietyItems.EDANX46,
    anxietyItems.EDANX07,
    anxietyItems.EDANX05,
    anxietyItems.EDANX54,
  ],
  scores: [
    {
      name: 'total',
      label: 'PROMIS Anxiety 8a T-score (from the raw sum)',
      items: ['EDANX01', 'EDANX40', 'EDANX41', 'EDANX53', 'EDANX46', 'EDANX07', 'EDANX05', 'EDANX54'],
      method: 'table',
      table: {
        rows: [
          { raw: 8, tScore: 37.1, se: 5.5 },
          { raw: 9, tScore: 43.2, se: 3.3 },
          { raw: 10, tScore: 45.9, se: 2.8 },
          { raw: 11, tScore: 47.8, se: 2.5 },
          { raw: 12, tScore: 49.4, se: 2.3 },
          { raw: 13, tScore: 50.8, se: 2.2 },
          { raw: 14, tScore: 52.1, se: 2.1 },
          { raw: 15, tScore: 53.2, se: 2 },
          { raw: 16, tScore: 54.3, se: 2 },
          { raw: 17, tScore: 55.4, se: 2 },
          { raw: 18, tScore: 56.4, se: 2 },
          { raw: 19, tScore: 57.4, se: 2 },
          { raw: 20, tScore: 58.4, se: 2 },
          { raw: 21, tScore: 59.4, se: 2 },
          { raw: 22, tScore: 60.4, se: 2 },
          { raw: 23, tScore: 61.4, se: 2 },
          { raw: 24, tScore: 62.5, se: 2 },
          { raw: 25, tScore: 63.5, se: 2 },
          { raw: 26, tScore: 64.5, se: 2 },
          { raw: 27, tScore: 65.6, se: 2 },
          { raw: 28, tScore: 66.6, se: 2 },
          { raw: 29, tScore: 67.7, se: 2 },
          { raw: 30, tScore: 68.7, se: 2 },
          { raw: 31, tScore: 69.8, se: 2 },
          { raw: 32, tScore: 70.8, se: 2 },
          { raw: 33, tScore: 71.9, se: 2 },
          { raw: 34, tScore: 73, se: 2 },
          { raw: 35, tScore: 74.1, se: 2 },
          { raw: 36, tScore: 75.4, se: 2 },
          { raw: 37, tScore: 76.7, se: 2.1 },
          { raw: 38, tScore: 78.2, se: 2.3 },
          { raw: 39, tScore: 80, se: 2.6 },
          { raw: 40, tScore: 83.1, se: 3.4 },
        ],
        source: {
          ref: 'anxManual',
          locator: 'Short Form v1.0 - Anxiety 8a conversion table',
          note: 'manual PDF not opened here; T-score column as transcribed in the public Python module promis_lookup (anx_table; file id 43552336321), read in this session; that copy has no SE column',
        },
        crossCheck: {
          ref: 'jsCalcAnx',
          locator: 'PR_Anxiety_TScore_Adult',
          note: 'compared row by row: all 33 T-scores identical; that copy has no SE column either',
        },
        derivation: {
          columns: ['se'],
          method: summedScoreEapMethod,
          parameters: {
            ref: 'choir',
            locator: 'PromisShortFormV10Anxiety8a.java',
            note: 'Assessment Center Anxiety 8a form calibrations; the same computation reproduces all 33 published T-scores of this table',
          },
          validation: summedScoreEapValidation,
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
        { label: 'within normal limits', min: 37.1, max: 54.9 },
        { label: 'mild', min: 55, max: 59.9 },
        { label: 'moderate', min: 60, max: 69.9 },
        { label: 'severe', min: 70, max: 83.1 },
      ],
      bandsOn: 'tScore',
      bandSource: symptomBandSource,
      direction: 'higher-is-worse',
      psychometrics: {
        metric: 'tScore',
        reference: usGeneralPopulationReference,
        mcid: [anxietyMcid],
      },
    },
  ],
  discrepancies: [
    missingItemsDiscrepancy,
    symptomBandBoundariesDiscrepancy,
    {
      topic: 'Conversion table provenance and SE column',
      decision: 'Neither public copy names the manual edition or prints an SE column. The Python copy says its tables are \'from promis scoring manuals\' and scores exactly the eight Anxiety 8a items; the Node.js copy labels the same 33 values adult anxiety (its own code rescales other item counts to the table, which is not PROMIS scoring and is not used). A Lord-Wingersky recomputation from the Assessment Center Anxiety 8a item parameters (choir-d) reproduces every T-score within 0.1 (largest difference at raw 40: 83.1 published, 83.19 recomputed), which ties the table to this form. promkit ships the published T-scores with SEs computed by the same method (table.derivation), because a T-score without its SE cannot feed reliable-change or confidence-interval work. The computed SEs of raws 18-20 (1.952, 1.952, 1.957) lie within 0.01 of the 1.95 rounding boundary, and the top row (raw 40: 3.4) moves to 3.5 on a wider theta grid, so the manual may print 0.1 less or more there. Replace the SE column with the manual\'s when it is at hand.',
      refs: ['anxManual', 'pyLookup', 'jsCalcAnx', 'choir'],
    },
    {
      topic: 'Item order',
      decision: 'The Assessment Center export (choir-d) lists the eight items alphabetically. promkit uses the form order given by the R short-form list and the item sequence of the Python copy (EDANX01, EDANX40, EDANX41, EDANX53, EDANX46, EDANX07, EDANX05, EDANX54; the first four are the Anxiety 4a items); it was not checked against the HealthMeasures PDF. The raw sum does not depend on order: map answers by item code.',
      refs: ['rSim', 'pyLookup', 'choir'],
    },
  ],
  notes: [
    'value is the raw sum (8-40); tScore comes from the conversion table, se from the computed SE column, and the bands apply to the T-score. HealthMeasures prefers response-pattern scoring (Scoring Service, Assessment Center API, auto-scoring platforms) and calls the Scoring Manual tables a good second option; the two can differ slightly.',
    'The SE column is computed, not transcribed: both public copies of this table give T-scores only and the manual PDF could not be read. Cite the SE as promkit\'s summed-score EAP computation (table.derivation), not as the manual\'s.',
    wholeNumbersNote,
    scoredCodesNote,
    'Item LOINC and answer codes for the four Anxiety 4a items as asserted by the MII PROMIS-29 Questionnaire; no verified code was found for EDANX46, EDANX07, EDANX05, EDANX54 or the 8a panel. No T-score code is given: 77862-1, which promis-anx-4a carries as the MII IG\'s anxiety T-score code, is displayed by the HL7 PCO IG as \'PROMIS Anxiety Short Form 7a\'.',
  ],
});
