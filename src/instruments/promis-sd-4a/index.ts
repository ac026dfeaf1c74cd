import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';
import { sleepDisturbanceItems } from '../_promis/items.js';
import { citeBuysse2010, citeCamrprojects, citeChoir, citeDepManual2017, citeHmCutPoints, citeHmObtain, citeHmProfileManual, citeHmScoring, citeMii, citeTerwee2021, citeVbt, missingItemsDiscrepancy, promisLicence, promisMissingSource, promisProrationNote, promisRequiredReason, scoredCodesNote, sleepCalibrationReference, sleepMcid, symptomBandBoundariesDiscrepancy, symptomBandSource, wholeNumbersNote } from '../_promis/shared.js';

/**
 * PROMIS Short Form v1.0 - Sleep Disturbance 4a (HealthMeasures). Items `Sleep109`, `Sleep116`,
 * `Sleep20`, `Sleep44` in form order, each coded 1-5 with the PROMIS scored codes; `total` is the raw
 * sum (4-20) with the published T-score and SE from the conversion table and the HealthMeasures
 * severity bands on the T-score (higher is worse). Every item is required.
 */
export const promisSd4a: Instrument = /* @__PURE__ */ shipped({
  id: 'promis-sd-4a',
  title: 'PROMIS Short Form v1.0 - Sleep Disturbance 4a',
  shortTitle: 'PROMIS Sleep Disturbance 4a',
  version: 'PROMIS Short Form v1.0 - Sleep Disturbance 4a (the Sleep Disturbance block of PROMIS-29 v2.0/v2.1); table: HealthMeasures PROMIS-29 v2.1 Sleep Disturbance conversion table (raw 4-20)',
  domain: 'sleep-disturbance',
  recallPeriod: 'In the past 7 days',
  citations: [
    citeHmProfileManual,
    citeDepManual2017,
    citeCamrprojects,
    citeVbt,
    citeHmScoring,
    citeHmCutPoints,
    citeHmObtain,
    citeBuysse2010,
    citeTerwee2021,
    citeChoir,
    citeMii,
  ],
  licence: promisLicence,
  loinc: '75258-4',
  items: [
    sleepDisturbanceItems.Sleep109,
    sleepDisturbanceItems.Sleep116,
    sleepDisturbanceItems.Sleep20,
    sleepDisturbanceItems.Sleep44,
  ],
  scores: [
    {
      name: 'total',
      label: 'PROMIS Sleep Disturbance 4a T-score (from the raw sum)',
      items: ['Sleep109', 'Sleep116', 'Sleep20', 'Sleep44'],
      method: 'table',
      table: {
        rows: [
          { raw: 4, tScore: 32, se: 5.2 },
          { raw: 5, tScore: 37.5, se: 4 },
          { raw: 6, tScore: 41.1, se: 3.7 },
          { raw: 7, tScore: 43.8, se: 3.5 },
          { raw: 8, tScore: 46.2, se: 3.5 },
          { raw: 9, tScore: 48.4, se: 3.4 },
          { raw: 10, tScore: 50.5, se: 3.4 },
          { raw: 11, tScore: 52.4, se: 3.4 },
          { raw: 12, tScore: 54.3, se: 3.4 },
          { raw: 13, tScore: 56.1, se: 3.4 },
          { raw: 14, tScore: 57.9, se: 3.3 },
          { raw: 15, tScore: 59.8, se: 3.3 },
          { raw: 16, tScore: 61.7, se: 3.3 },
          { raw: 17, tScore: 63.8, se: 3.4 },
          { raw: 18, tScore: 66, se: 3.4 },
          { raw: 19, tScore: 68.8, se: 3.7 },
          { raw: 20, tScore: 73.3, se: 4.6 },
        ],
        source: {
          ref: 'hmProfileManual',
          locator: 'PROMIS-29 v2.1 Sleep Disturbance 4a table',
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
        { label: 'within normal limits', min: 32, max: 54.9 },
        { label: 'mild', min: 55, max: 59.9 },
        { label: 'moderate', min: 60, max: 69.9 },
        { label: 'severe', min: 70, max: 73.3 },
      ],
      bandsOn: 'tScore',
      bandSource: symptomBandSource,
      direction: 'higher-is-worse',
      psychometrics: {
        metric: 'tScore',
        reference: sleepCalibrationReference,
        mcid: [sleepMcid],
      },
    },
  ],
  discrepancies: [
    missingItemsDiscrepancy,
    symptomBandBoundariesDiscrepancy,
    {
      topic: 'Reverse-scored items',
      decision: 'Sleep109 (sleep quality) and Sleep116 (sleep was refreshing) are the reverse-worded items, but PROMIS carries the reversal in the items\' own response codes: the Assessment Center form definitions (choir-d: Very poor = 5 ... Very good = 1; Not at all = 5 ... Very much = 1) and the MII PROMIS-29 Questionnaire ordinal values agree, the conversion table assumes these codes, and the HealthMeasures paper form prints the scored value by each box (that PDF was not re-opened in this session). promkit therefore codes these two items with those values and does NOT set reverse: true, which would reverse them a second time. Enter the scored code (5 for \'Very poor\'); if your data hold positions 1-5 in label order (Very poor = 1), convert them first.',
      refs: ['choir', 'mii'],
    },
  ],
  notes: [
    'value is the raw sum (4-20); tScore and se come from the conversion table and the bands apply to the T-score. HealthMeasures prefers response-pattern scoring (Scoring Service, Assessment Center API, auto-scoring platforms) and calls the Scoring Manual tables a good second option; the two can differ slightly.',
    wholeNumbersNote,
    scoredCodesNote,
    'Item LOINC and answer codes (with ordinal values, 5 on \'Very poor\' and on \'Not at all\' for Sleep109/Sleep116) as listed by the MII PROMIS-29 Questionnaire; panel 75258-4 (\'PROMIS short form - sleep disturbance 4a - version 1.0\') as listed in an HL7 MCC eCare Plan IG value-set page. Not checked against a LOINC release; no T-score code found.',
  ],
});
