import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';
import { depressionItems } from '../_promis/items.js';
import { citeCamrprojects, citeCella2010, citeChoir, citeDepManual2017, citeHmCutPoints, citeHmObtain, citeHmProfileManual, citeHmScoring, citeKroenke2020, citeMii, citeVbt, depressionMcid, missingItemsDiscrepancy, promisLicence, promisProrationNote, scoredCodesNote, symptomBandBoundariesDiscrepancy, symptomBandSource, usGeneralPopulationReference, wholeNumbersNote } from '../_promis/shared.js';

/**
 * PROMIS Short Form v1.0 - Depression 4a (HealthMeasures). Items `EDDEP04`, `EDDEP06`, `EDDEP29`,
 * `EDDEP41` in form order, each coded 1-5 with the PROMIS scored codes; `total` is the raw sum (4-20)
 * with the published T-score and SE from the conversion table and the HealthMeasures severity bands on
 * the T-score (higher is worse). Every item is required.
 */
export const promisDep4a: Instrument = /* @__PURE__ */ shipped({
  id: 'promis-dep-4a',
  title: 'PROMIS Short Form v1.0 - Depression 4a',
  shortTitle: 'PROMIS Depression 4a',
  version: 'PROMIS Short Form v1.0 - Emotional Distress - Depression 4a (the Depression block of PROMIS-29 v2.0/v2.1); table: HealthMeasures Depression 4a / PROMIS-29 v2.1 conversion table (raw 4-20)',
  domain: 'depression',
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
    citeKroenke2020,
    citeChoir,
    citeMii,
  ],
  licence: promisLicence,
  loinc: '76343-3',
  items: [
    depressionItems.EDDEP04,
    depressionItems.EDDEP06,
    depressionItems.EDDEP29,
    depressionItems.EDDEP41,
  ],
  scores: [
    {
      name: 'total',
      label: 'PROMIS Depression 4a T-score (from the raw sum)',
      items: ['EDDEP04', 'EDDEP06', 'EDDEP29', 'EDDEP41'],
      method: 'table',
      table: {
        rows: [
          { raw: 4, tScore: 41, se: 6.2 },
          { raw: 5, tScore: 49, se: 3.2 },
          { raw: 6, tScore: 51.8, se: 2.7 },
          { raw: 7, tScore: 53.9, se: 2.4 },
          { raw: 8, tScore: 55.7, se: 2.3 },
          { raw: 9, tScore: 57.3, se: 2.3 },
          { raw: 10, tScore: 58.9, se: 2.3 },
          { raw: 11, tScore: 60.5, se: 2.3 },
          { raw: 12, tScore: 62.2, se: 2.3 },
          { raw: 13, tScore: 63.9, se: 2.3 },
          { raw: 14, tScore: 65.7, se: 2.3 },
          { raw: 15, tScore: 67.5, se: 2.3 },
          { raw: 16, tScore: 69.4, se: 2.3 },
          { raw: 17, tScore: 71.2, se: 2.4 },
          { raw: 18, tScore: 73.3, se: 2.4 },
          { raw: 19, tScore: 75.7, se: 2.6 },
          { raw: 20, tScore: 79.4, se: 2.6 },
        ],
        source: {
          ref: 'hmProfileManual',
          locator: 'PROMIS-29 v2.1 Depression 4a table',
          note: 'manual PDF not opened here; rows as transcribed in camrprojects data/lst_promis29_scoring.RData (commit 48e4534), decoded and read in this session; the Depression Scoring Manual prints the same Short Form v1.0 Depression 4a table',
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
        official: true,
        text: `All 4 items must be answered: the PROMIS Depression Scoring Manual (02/22/2017) prints under its short-form conversion tables 'All questions must be answered to produce a valid raw score', and HealthMeasures sends short forms with unanswered items to response-pattern scoring (HealthMeasures Scoring Service or Assessment Center API). ${promisProrationNote} to apply it pass { missing: { minAnswered: 2 } } (the prorated raw score is rounded up before the lookup).`,
        source: {
          ref: 'depManual2017',
          locator: 'short-form conversion table footnote',
          note: 'wording read on the Depression 8a page reprinted as UpToDate Graphic 112642; the 4a table is in the same manual',
        },
      },
      bands: [
        { label: 'within normal limits', min: 41, max: 54.9 },
        { label: 'mild', min: 55, max: 59.9 },
        { label: 'moderate', min: 60, max: 69.9 },
        { label: 'severe', min: 70, max: 79.4 },
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
      topic: 'SE at raw 20',
      decision: 'Both copies print SE 2.6 at raw 20 (T 79.4). A Lord-Wingersky recomputation from the Assessment Center item parameters gives T 79.5 but SE 3.7, and in every other 4a table the SE rises at the ceiling. promkit ships the published 2.6; check it against the manual PDF.',
      refs: ['camrprojects', 'vbt', 'choir'],
    },
  ],
  notes: [
    'value is the raw sum (4-20); tScore and se come from the conversion table and the bands apply to the T-score. HealthMeasures prefers response-pattern scoring (Scoring Service, Assessment Center API, auto-scoring platforms) and calls the Scoring Manual tables a good second option; the two can differ slightly.',
    wholeNumbersNote,
    scoredCodesNote,
    'Panel 76343-3 (\'PROMIS short form - emotional distress - depression 4a - version 1.0\'), T-score 77861-3 and the item and answer codes as asserted by the MII IG (Questionnaires mii-qst-pro-promis-depression-sf4a and mii-qst-pro-promis-29); not checked against a LOINC release.',
  ],
});
