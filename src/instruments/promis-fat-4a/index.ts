import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';
import { fatigueItems } from '../_promis/items.js';
import { citeCamrprojects, citeCella2010, citeChoir, citeDepManual2017, citeHmCutPoints, citeHmObtain, citeHmProfileManual, citeHmScoring, citeLordWingersky1984, citePcorMii, citeTerwee2021, citeThissen1995, citeVbt, fatigueMcid, missingItemsDiscrepancy, promisLicence, promisMissingSource, promisProrationNote, promisRequiredReason, scoredCodesNote, symptomBandBoundariesDiscrepancy, symptomBandSource, usGeneralPopulationReference, wholeNumbersNote } from '../_promis/shared.js';

/**
 * PROMIS Short Form v1.0 - Fatigue 4a (HealthMeasures). Items `HI7`, `AN3`, `FATEXP41`, `FATEXP40`
 * in form order, each coded 1-5 ('Not at all' ... 'Very much') with the PROMIS scored codes; `total`
 * is the raw sum (4-20) with the published T-score and SE from the conversion table (the Fatigue block
 * of PROMIS-29 v2.1) and the HealthMeasures severity bands on the T-score (higher is worse). Every
 * item is required.
 */
export const promisFat4a: Instrument = /* @__PURE__ */ shipped({
  id: 'promis-fat-4a',
  title: 'PROMIS Short Form v1.0 - Fatigue 4a',
  shortTitle: 'PROMIS Fatigue 4a',
  version: 'PROMIS Short Form v1.0 - Fatigue 4a (the Fatigue block of PROMIS-29 v2.0/v2.1); table: HealthMeasures PROMIS-29 v2.1 Fatigue conversion table (raw 4-20)',
  domain: 'fatigue',
  recallPeriod: 'In the past 7 days',
  citations: [
    citeHmProfileManual,
    citeCamrprojects,
    citeVbt,
    citeChoir,
    citeLordWingersky1984,
    citeThissen1995,
    citeDepManual2017,
    citeHmScoring,
    citeHmCutPoints,
    citeHmObtain,
    citeCella2010,
    citeTerwee2021,
    citePcorMii,
  ],
  licence: promisLicence,
  items: [fatigueItems.HI7, fatigueItems.AN3, fatigueItems.FATEXP41, fatigueItems.FATEXP40],
  scores: [
    {
      name: 'total',
      label: 'PROMIS Fatigue 4a T-score (from the raw sum)',
      items: ['HI7', 'AN3', 'FATEXP41', 'FATEXP40'],
      method: 'table',
      table: {
        rows: [
          { raw: 4, tScore: 33.7, se: 4.9 },
          { raw: 5, tScore: 39.7, se: 3.1 },
          { raw: 6, tScore: 43.1, se: 2.7 },
          { raw: 7, tScore: 46, se: 2.6 },
          { raw: 8, tScore: 48.6, se: 2.5 },
          { raw: 9, tScore: 51, se: 2.5 },
          { raw: 10, tScore: 53.1, se: 2.4 },
          { raw: 11, tScore: 55.1, se: 2.4 },
          { raw: 12, tScore: 57, se: 2.3 },
          { raw: 13, tScore: 58.8, se: 2.3 },
          { raw: 14, tScore: 60.7, se: 2.3 },
          { raw: 15, tScore: 62.7, se: 2.4 },
          { raw: 16, tScore: 64.6, se: 2.4 },
          { raw: 17, tScore: 66.7, se: 2.4 },
          { raw: 18, tScore: 69, se: 2.5 },
          { raw: 19, tScore: 71.6, se: 2.7 },
          { raw: 20, tScore: 75.8, se: 3.9 },
        ],
        source: {
          ref: 'hmProfileManual',
          locator: 'PROMIS-29 v2.1 Fatigue 4a table',
          note: 'manual PDF not opened here; rows as transcribed in camrprojects data/lst_promis29_scoring.RData (commit 48e4534, list element \'fatigue\'), decoded and read in this session',
        },
        crossCheck: {
          ref: 'vbt',
          locator: '\'R files/VBT Predictive Factors Part 1.R\', promis_fat_lookup',
          note: 'compared row by row: all 17 raw scores identical in T-score and SE; the summed-score EAP computation from the Assessment Center calibrations of this form (choir-d PromisShortFormV10Fatigue4a.java, OID 2E25400B-9373-4631-B769-2E4D466EED04) also reproduces all 17 T-scores and SEs (test/promis-derivation.test.ts)',
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
        { label: 'within normal limits', min: 33.7, max: 54.9 },
        { label: 'mild', min: 55, max: 59.9 },
        { label: 'moderate', min: 60, max: 69.9 },
        { label: 'severe', min: 70, max: 75.8 },
      ],
      bandsOn: 'tScore',
      bandSource: symptomBandSource,
      direction: 'higher-is-worse',
      tScoreLoinc: '77864-7',
      psychometrics: {
        metric: 'tScore',
        reference: usGeneralPopulationReference,
        mcid: [fatigueMcid],
      },
    },
  ],
  discrepancies: [missingItemsDiscrepancy, symptomBandBoundariesDiscrepancy],
  notes: [
    'value is the raw sum (4-20); tScore and se come from the conversion table and the bands apply to the T-score. HealthMeasures prefers response-pattern scoring (Scoring Service, Assessment Center API, auto-scoring platforms) and calls the Scoring Manual tables a good second option; the two can differ slightly.',
    wholeNumbersNote,
    scoredCodesNote,
    'Item order and codes as in the Assessment Center form definition (choir-d PromisShortFormV10Fatigue4a.java), which spells the second item \'An3\'; promkit uses the PROMIS item code \'AN3\' as printed in PROMIS-29 data dictionaries.',
    'LOINC: T-score 77864-7 (\'PROMIS fatigue - version 1.0 Tscore\', bank level) as listed by the PCOR-MII IG page, stated as checked against LOINC 2.83; no panel, raw-score or item code was verified, so none is given.',
  ],
});
