import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';
import { depressionItems } from '../_promis/items.js';
import { citeCella2010, citeChoir, citeDepManual2017, citeHmCutPoints, citeHmObtain, citeHmScoring, citeKroenke2020, citeMii, depressionMcid, missingItemsDiscrepancy, promisLicence, promisProrationNote, scoredCodesNote, symptomBandBoundariesDiscrepancy, symptomBandSource, usGeneralPopulationReference, wholeNumbersNote } from '../_promis/shared.js';

/**
 * PROMIS Short Form v1.0 - Depression 8a (HealthMeasures). Items `EDDEP04`, `EDDEP06`, `EDDEP29`,
 * `EDDEP41`, `EDDEP22`, `EDDEP36`, `EDDEP05`, `EDDEP09` in form order, each coded 1-5 with the PROMIS
 * scored codes; `total` is the raw sum (8-40) with the published T-score and SE from the conversion
 * table and the HealthMeasures severity bands on the T-score (higher is worse). Every item is
 * required.
 */
export const promisDep8a: Instrument = /* @__PURE__ */ shipped({
  id: 'promis-dep-8a',
  title: 'PROMIS Short Form v1.0 - Depression 8a',
  shortTitle: 'PROMIS Depression 8a',
  version: 'PROMIS Short Form v1.0 - Emotional Distress - Depression 8a; table: PROMIS Depression Scoring Manual (02/22/2017) Depression 8a conversion table (raw 8-40)',
  domain: 'depression',
  recallPeriod: 'In the past 7 days',
  citations: [
    citeDepManual2017,
    {
      key: 'rStar',
      text: 'Public R analysis script, section \'PROMIS Depression scores, short form v 8a\': tibble promis_depr8a (raw 8-40, T-score, SE); code-search file id 28354837895, repository not identified.',
    },
    citeHmScoring,
    citeHmCutPoints,
    citeHmObtain,
    citeCella2010,
    citeKroenke2020,
    citeChoir,
    citeMii,
  ],
  licence: promisLicence,
  items: [
    depressionItems.EDDEP04,
    depressionItems.EDDEP06,
    depressionItems.EDDEP29,
    depressionItems.EDDEP41,
    depressionItems.EDDEP22,
    depressionItems.EDDEP36,
    depressionItems.EDDEP05,
    depressionItems.EDDEP09,
  ],
  scores: [
    {
      name: 'total',
      label: 'PROMIS Depression 8a T-score (from the raw sum)',
      items: ['EDDEP04', 'EDDEP06', 'EDDEP29', 'EDDEP41', 'EDDEP22', 'EDDEP36', 'EDDEP05', 'EDDEP09'],
      method: 'table',
      table: {
        rows: [
          { raw: 8, tScore: 38.2, se: 5.7 },
          { raw: 9, tScore: 44.7, se: 3.3 },
          { raw: 10, tScore: 47.5, se: 2.7 },
          { raw: 11, tScore: 49.4, se: 2.3 },
          { raw: 12, tScore: 50.9, se: 2 },
          { raw: 13, tScore: 52.1, se: 1.9 },
          { raw: 14, tScore: 53.2, se: 1.8 },
          { raw: 15, tScore: 54.1, se: 1.8 },
          { raw: 16, tScore: 55.1, se: 1.7 },
          { raw: 17, tScore: 55.9, se: 1.7 },
          { raw: 18, tScore: 56.8, se: 1.7 },
          { raw: 19, tScore: 57.7, se: 1.7 },
          { raw: 20, tScore: 58.5, se: 1.7 },
          { raw: 21, tScore: 59.4, se: 1.7 },
          { raw: 22, tScore: 60.3, se: 1.7 },
          { raw: 23, tScore: 61.2, se: 1.7 },
          { raw: 24, tScore: 62.1, se: 1.8 },
          { raw: 25, tScore: 63, se: 1.8 },
          { raw: 26, tScore: 63.9, se: 1.8 },
          { raw: 27, tScore: 64.9, se: 1.8 },
          { raw: 28, tScore: 65.8, se: 1.8 },
          { raw: 29, tScore: 66.8, se: 1.8 },
          { raw: 30, tScore: 67.7, se: 1.8 },
          { raw: 31, tScore: 68.7, se: 1.8 },
          { raw: 32, tScore: 69.7, se: 1.8 },
          { raw: 33, tScore: 70.7, se: 1.8 },
          { raw: 34, tScore: 71.7, se: 1.8 },
          { raw: 35, tScore: 72.8, se: 1.8 },
          { raw: 36, tScore: 73.9, se: 1.8 },
          { raw: 37, tScore: 75, se: 1.9 },
          { raw: 38, tScore: 76.4, se: 2 },
          { raw: 39, tScore: 78.2, se: 2.4 },
          { raw: 40, tScore: 81.3, se: 3.4 },
        ],
        source: {
          ref: 'depManual2017',
          locator: 'Short Form v1.0 Depression 8a conversion table',
          note: 'as reprinted in UpToDate Graphic 112642 (read by the research helper; not re-opened in this session)',
        },
        crossCheck: {
          ref: 'rStar',
          locator: 'tibble promis_depr8a',
          note: 'compared row by row: all 33 raw scores identical in T-score and SE',
        },
      },
      range: [8, 40],
      missing: {
        minAnswered: 8,
        rounding: 'up',
        official: true,
        text: `All 8 items must be answered: the PROMIS Depression Scoring Manual (02/22/2017) prints under its short-form conversion tables 'All questions must be answered to produce a valid raw score', and HealthMeasures sends short forms with unanswered items to response-pattern scoring (HealthMeasures Scoring Service or Assessment Center API). ${promisProrationNote} to apply it pass { missing: { minAnswered: 4 } } (the prorated raw score is rounded up before the lookup).`,
        source: {
          ref: 'depManual2017',
          locator: 'short-form conversion table footnote',
          note: 'wording read on the Depression 8a page reprinted as UpToDate Graphic 112642; the 4a table is in the same manual',
        },
      },
      bands: [
        { label: 'within normal limits', min: 38.2, max: 54.9 },
        { label: 'mild', min: 55, max: 59.9 },
        { label: 'moderate', min: 60, max: 69.9 },
        { label: 'severe', min: 70, max: 81.3 },
      ],
      bandsOn: 'tScore',
      bandSource: symptomBandSource,
      direction: 'higher-is-worse',
      tScoreLoinc: '77861-3',
      psychometrics: {
        metric: 'tScore',
        reference: usGeneralPopulationReference,
        mcid: [depressionMcid],
      },
    },
  ],
  discrepancies: [
    missingItemsDiscrepancy,
    symptomBandBoundariesDiscrepancy,
    {
      topic: 'Other 8-item depression tables in circulation',
      decision: 'A third public copy (SarahDarnell/HSP, R scripts/HSP_analysis_table2.R) has a different 8-item depression table (raw 8 -> 37.1 ... raw 40 -> 81.1) with no form letter; it fits neither the 8a item parameters nor the 8a reprint and is not used. A Lord-Wingersky recomputation from the 8a item parameters matches the shipped table within 0.1 except the SE at raw 40 (3.4 published, 3.5 recomputed).',
      refs: ['depManual2017', 'rStar', 'choir'],
    },
  ],
  notes: [
    'value is the raw sum (8-40); tScore and se come from the conversion table and the bands apply to the T-score. HealthMeasures prefers response-pattern scoring (Scoring Service, Assessment Center API, auto-scoring platforms) and calls the Scoring Manual tables a good second option; the two can differ slightly.',
    wholeNumbersNote,
    scoredCodesNote,
    'Item codes for the four PROMIS-29 items and T-score code 77861-3 (\'PROMIS emotional distress - depression - version 1.0 T-score\') as asserted by the MII IG; no verified code was found for EDDEP22, EDDEP36, EDDEP05, EDDEP09 or the 8a panel.',
  ],
});
