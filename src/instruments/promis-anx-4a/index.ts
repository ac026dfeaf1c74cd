import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';
import { anxietyItems } from '../_promis/items.js';
import { anxietyMcid, citeCamrprojects, citeCella2010, citeDepManual2017, citeHmCutPoints, citeHmObtain, citeHmProfileManual, citeHmScoring, citeMii, citeTerwee2021, citeVbt, missingItemsDiscrepancy, promisLicence, promisMissingSource, promisProrationNote, promisRequiredReason, scoredCodesNote, symptomBandBoundariesDiscrepancy, symptomBandSource, usGeneralPopulationReference, wholeNumbersNote } from '../_promis/shared.js';

/**
 * PROMIS Short Form v1.0 - Anxiety 4a (HealthMeasures). Items `EDANX01`, `EDANX40`, `EDANX41`,
 * `EDANX53` in form order, each coded 1-5 with the PROMIS scored codes; `total` is the raw sum (4-20)
 * with the published T-score and SE from the conversion table and the HealthMeasures severity bands on
 * the T-score (higher is worse). Every item is required.
 */
export const promisAnx4a: Instrument = /* @__PURE__ */ shipped({
  id: 'promis-anx-4a',
  title: 'PROMIS Short Form v1.0 - Anxiety 4a',
  shortTitle: 'PROMIS Anxiety 4a',
  version: 'PROMIS Short Form v1.0 - Emotional Distress - Anxiety 4a (the Anxiety block of PROMIS-29 v2.0/v2.1); table: HealthMeasures PROMIS-29 v2.1 Anxiety conversion table (raw 4-20)',
  domain: 'anxiety',
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
    citeTerwee2021,
    citeMii,
  ],
  licence: promisLicence,
  loinc: '76344-1',
  items: [
    anxietyItems.EDANX01,
    anxietyItems.EDANX40,
    anxietyItems.EDANX41,
    anxietyItems.EDANX53,
  ],
  scores: [
    {
      name: 'total',
      label: 'PROMIS Anxiety 4a T-score (from the raw sum)',
      items: ['EDANX01', 'EDANX40', 'EDANX41', 'EDANX53'],
      method: 'table',
      table: {
        rows: [
          { raw: 4, tScore: 40.3, se: 6.1 },
          { raw: 5, tScore: 48, se: 3.6 },
          { raw: 6, tScore: 51.2, se: 3.1 },
          { raw: 7, tScore: 53.7, se: 2.8 },
          { raw: 8, tScore: 55.8, se: 2.7 },
          { raw: 9, tScore: 57.7, se: 2.6 },
          { raw: 10, tScore: 59.5, se: 2.6 },
          { raw: 11, tScore: 61.4, se: 2.6 },
          { raw: 12, tScore: 63.4, se: 2.6 },
          { raw: 13, tScore: 65.3, se: 2.7 },
          { raw: 14, tScore: 67.3, se: 2.7 },
          { raw: 15, tScore: 69.3, se: 2.7 },
          { raw: 16, tScore: 71.2, se: 2.7 },
          { raw: 17, tScore: 73.3, se: 2.7 },
          { raw: 18, tScore: 75.4, se: 2.7 },
          { raw: 19, tScore: 77.9, se: 2.9 },
          { raw: 20, tScore: 81.6, se: 3.7 },
        ],
        source: {
          ref: 'hmProfileManual',
          locator: 'PROMIS-29 v2.1 Anxiety 4a table',
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
        { label: 'within normal limits', min: 40.3, max: 54.9 },
        { label: 'mild', min: 55, max: 59.9 },
        { label: 'moderate', min: 60, max: 69.9 },
        { label: 'severe', min: 70, max: 81.6 },
      ],
      bandsOn: 'tScore',
      bandSource: symptomBandSource,
      direction: 'higher-is-worse',
      tScoreLoinc: '77862-1',
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
  ],
  notes: [
    'value is the raw sum (4-20); tScore and se come from the conversion table and the bands apply to the T-score. HealthMeasures prefers response-pattern scoring (Scoring Service, Assessment Center API, auto-scoring platforms) and calls the Scoring Manual tables a good second option; the two can differ slightly.',
    wholeNumbersNote,
    scoredCodesNote,
    'Panel 76344-1, T-score 77862-1 and the item and answer codes as asserted by the MII IG; not checked against a LOINC release.',
  ],
});
