import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';
import { sleepDisturbanceItems } from '../_promis/items.js';
import { citeBuysse2010, citeChoir, citeDepManual2017, citeHmCutPoints, citeHmObtain, citeHmScoring, citeLordWingersky1984, citeMii, citeTerwee2021, citeThissen1995, missingItemsDiscrepancy, promisLicence, promisMissingSource, promisProrationNote, promisRequiredReason, scoredCodesNote, sleepCalibrationReference, sleepMcid, summedScoreEapMethod, summedScoreEapValidation, symptomBandBoundariesDiscrepancy, symptomBandSource, wholeNumbersNote } from '../_promis/shared.js';

/**
 * PROMIS Short Form v1.0 - Sleep Disturbance 8b (HealthMeasures). Items `Sleep108`, `Sleep115`,
 * `Sleep116`, `Sleep44`, `Sleep87`, `Sleep90`, `Sleep110`, `Sleep109` in form order, each coded 1-5
 * with the PROMIS scored codes; `total` is the raw sum (8-40) with the published T-score from the
 * conversion table, an SE computed from the item calibrations (no verifiable copy of the manual's SE
 * column was found; see `scores[0].table.derivation`) and the HealthMeasures severity bands on the T-score (higher is worse). The reverse-worded items `Sleep115`,
 * `Sleep116`, `Sleep110`, `Sleep109` carry the reversal in their scored codes (no `reverse` flag).
 * Every item is required.
 */
export const promisSd8b: Instrument = /* @__PURE__ */ shipped({
  id: 'promis-sd-8b',
  title: 'PROMIS Short Form v1.0 - Sleep Disturbance 8b',
  shortTitle: 'PROMIS Sleep Disturbance 8b',
  version: 'PROMIS Short Form v1.0 - Sleep Disturbance 8b (the 8-item form also used as the APA DSM-5 Level 2 Sleep Disturbance - Adult measure); table: PROMIS Sleep Disturbance Scoring Manual, Sleep Disturbance 8b conversion table (raw 8-40), T-score column only',
  domain: 'sleep-disturbance',
  recallPeriod: 'In the past 7 days',
  citations: [
    {
      key: 'sdManual',
      text: 'HealthMeasures. PROMIS Sleep Disturbance Scoring Manual: short-form conversion tables, including Short Form v1.0 - Sleep Disturbance 8b (raw 8-40).',
    },
    {
      key: 'bayerSas',
      text: 'Public SAS macro %m_create_qs_promis (header \'Bayer AG\', dated 06NOV2023): T-scores for raw 8-40 of QSCAT \'PROMIS SLEEP DISTURBANCE SHORT FORM 8B V1.0\', commented \'Convert to T-Score according to SAP table 6-1: Sleep Disturbance 8b - Conversion Table\' (no SE); code-search file id 53515121603, repository not identified.',
    },
    {
      key: 'hsp',
      text: 'SarahDarnell/HSP, \'R scripts/HSP_analysis_table2.R\': data frame lookup_table_sleep (sleep_disturbance_total 8-40 and T-score, no SE, no form letter), commit 5dd10a6ddf3142b5f2318cb92135bbc219adeee6.',
      url: 'https://github.com/SarahDarnell/HSP',
    },
    citeHmScoring,
    citeHmCutPoints,
    citeHmObtain,
    citeDepManual2017,
    citeBuysse2010,
    citeTerwee2021,
    citeChoir,
    citeLordWingersky1984,
    citeThissen1995,
    citeMii,
    {
      key: 'apaSleep',
      text: 'American Psychiatric Association. LEVEL 2 - Sleep Disturbance - Adult (PROMIS - Sleep Disturbance - Short Form), DSM-5 emerging measures: the 8-item form with its item order (copy read: Scribd document 541670214).',
      url: 'https://www.scribd.com/document/541670214/APA-DSM5-Level-2-Sleep-Disturbance-Adult',
    },
    {
      key: 'blueprint',
      text: 'Blueprint help centre. DSM-5 Level 2 Sleep Disturbance (DSM-5 II Sle): \'Items 2, 3, 7, and 8 are reverse-scored\'.',
      url: 'https://help.blueprint.ai/en/articles/5416934-dsm-5-level-2-sleep-disturbance-dsm-5-ii-sle',
    },
  ],
  licence: promisLicence,
  loinc: '62197-9',
  items: [
    sleepDisturbanceItems.Sleep108,
    sleepDisturbanceItems.Sleep115,
    sleepDisturbanceItems.Sleep116,
    sleepDisturbanceItems.Sleep44,
    sleepDisturbanceItems.Sleep87,
    sleepDisturbanceItems.Sleep90,
    sleepDisturbanceItems.Sleep110,
    sleepDisturbanceItems.Sleep109,
  ],
  scores: [
    {
      name: 'total',
      label: 'PROMIS Sleep Disturbance 8b T-score (from the raw sum)',
      items: [
        'Sleep108',
        'Sleep115',
        'Sleep116',
        'Sleep44',
        'Sleep87',
        'Sleep90',
        'Sleep110',
        'Sleep109',
      ],
      method: 'table',
      table: {
        rows: [
          { raw: 8, tScore: 28.9, se: 4.8 },
          { raw: 9, tScore: 33.1, se: 3.7 },
          { raw: 10, tScore: 35.9, se: 3.3 },
          { raw: 11, tScore: 38, se: 3 },
          { raw: 12, tScore: 39.8, se: 2.9 },
          { raw: 13, tScore: 41.4, se: 2.8 },
          { raw: 14, tScore: 42.9, se: 2.7 },
          { raw: 15, tScore: 44.2, se: 2.7 },
          { raw: 16, tScore: 45.5, se: 2.6 },
          { raw: 17, tScore: 46.7, se: 2.6 },
          { raw: 18, tScore: 47.9, se: 2.6 },
          { raw: 19, tScore: 49, se: 2.6 },
          { raw: 20, tScore: 50.1, se: 2.5 },
          { raw: 21, tScore: 51.2, se: 2.5 },
          { raw: 22, tScore: 52.2, se: 2.5 },
          { raw: 23, tScore: 53.3, se: 2.5 },
          { raw: 24, tScore: 54.3, se: 2.5 },
          { raw: 25, tScore: 55.3, se: 2.5 },
          { raw: 26, tScore: 56.3, se: 2.5 },
          { raw: 27, tScore: 57.3, se: 2.5 },
          { raw: 28, tScore: 58.3, se: 2.5 },
          { raw: 29, tScore: 59.4, se: 2.5 },
          { raw: 30, tScore: 60.4, se: 2.5 },
          { raw: 31, tScore: 61.5, se: 2.5 },
          { raw: 32, tScore: 62.6, se: 2.5 },
          { raw: 33, tScore: 63.7, se: 2.6 },
          { raw: 34, tScore: 64.9, se: 2.6 },
          { raw: 35, tScore: 66.1, se: 2.7 },
          { raw: 36, tScore: 67.5, se: 2.8 },
          { raw: 37, tScore: 69, se: 3 },
          { raw: 38, tScore: 70.8, se: 3.2 },
          { raw: 39, tScore: 73, se: 3.5 },
          { raw: 40, tScore: 76.5, se: 4.4 },
        ],
        source: {
          ref: 'sdManual',
          locator: 'Short Form v1.0 - Sleep Disturbance 8b conversion table',
          note: 'manual PDF not opened here; T-score column as transcribed in the public SAS macro %m_create_qs_promis (\'SAP table 6-1: Sleep Disturbance 8b - Conversion Table\'; file id 53515121603), read in this session; that copy has no SE column',
        },
        crossCheck: {
          ref: 'hsp',
          locator: '\'R scripts/HSP_analysis_table2.R\', lookup_table_sleep',
          note: 'compared row by row: all 33 T-scores identical; that copy has no SE column and no form letter',
        },
        derivation: {
          columns: ['se'],
          method: summedScoreEapMethod,
          parameters: {
            ref: 'choir',
            locator: 'PromisShortFormOneZeroSleepDisturb8b.java',
            note: 'Assessment Center Sleep Disturbance 8b form calibrations, with the scored codes promkit uses; the same computation reproduces all 33 published T-scores of this table',
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
        { label: 'within normal limits', min: 28.9, max: 54.9 },
        { label: 'mild', min: 55, max: 59.9 },
        { label: 'moderate', min: 60, max: 69.9 },
        { label: 'severe', min: 70, max: 76.5 },
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
      decision: 'Sleep115 (satisfied with sleep), Sleep116 (sleep was refreshing), Sleep110 (got enough sleep) and Sleep109 (sleep quality) are the reverse-worded items (items 2, 3, 7 and 8 of the form, the ones the DSM-5 Level 2 guidance calls reverse-scored), but PROMIS carries the reversal in the items\' own response codes: the Assessment Center form definitions (choir-d: Not at all = 5 ... Very much = 1 for Sleep115/Sleep116; Never = 5 ... Always = 1 for Sleep110; Very poor = 5 ... Very good = 1 for Sleep109) and, for Sleep109/Sleep116, the MII PROMIS-29 Questionnaire ordinal values agree, and the conversion table assumes these codes (a Lord-Wingersky recomputation with them reproduces every row within 0.05); the HealthMeasures paper form prints the scored value by each box (that PDF was not opened in this session). promkit therefore codes these four items with those values and does NOT set reverse: true, which would reverse them a second time. Enter the scored code (5 for \'Very poor\', \'Not at all\' on Sleep115/Sleep116, \'Never\' on Sleep110); if your data hold positions 1-5 in label order (Very poor = 1), convert them first.',
      refs: ['choir', 'mii', 'blueprint'],
    },
    {
      topic: 'Conversion table provenance and SE column',
      decision: 'Neither public copy prints an SE column. The SAS macro labels its table \'Sleep Disturbance 8b - Conversion Table\' for \'PROMIS SLEEP DISTURBANCE SHORT FORM 8B V1.0\'; the HSP script gives the same 33 values without a form letter. A Lord-Wingersky recomputation from the Assessment Center Sleep Disturbance 8b item parameters (choir-d) reproduces every T-score within 0.05, which ties the table to 8b rather than 8a (8a has Sleep20, Sleep67 and Sleep72 instead of Sleep87, Sleep90 and Sleep110). promkit ships the published T-scores with SEs computed by the same method (table.derivation), because a T-score without its SE cannot feed reliable-change or confidence-interval work. The computed SEs of raws 19, 20, 32 and 37 (2.558, 2.548, 2.546, 2.954) lie within 0.01 of a rounding boundary, so the manual may print 0.1 less or more there. Replace the SE column with the manual\'s when it is at hand.',
      refs: ['sdManual', 'bayerSas', 'hsp', 'choir'],
    },
    {
      topic: 'Item order',
      decision: 'The Assessment Center export (choir-d) lists the eight items alphabetically. promkit uses the order of the APA DSM-5 Level 2 Sleep Disturbance form, whose eight items are exactly this item set (restless, satisfied, refreshing, falling asleep, staying asleep, trouble sleeping, enough sleep, quality); the HealthMeasures 8b PDF order was not seen. The raw sum does not depend on order: map answers by item code.',
      refs: ['apaSleep', 'choir'],
    },
  ],
  notes: [
    'value is the raw sum (8-40); tScore comes from the conversion table, se from the computed SE column, and the bands apply to the T-score. HealthMeasures prefers response-pattern scoring (Scoring Service, Assessment Center API, auto-scoring platforms) and calls the Scoring Manual tables a good second option; the two can differ slightly.',
    'The SE column is computed, not transcribed: both public copies of this table give T-scores only and the manual PDF could not be read. Cite the SE as promkit\'s summed-score EAP computation (table.derivation), not as the manual\'s.',
    wholeNumbersNote,
    scoredCodesNote,
    'Item LOINC and answer codes for Sleep116, Sleep44 and Sleep109 (with ordinal values, 5 on \'Not at all\' and \'Very poor\' for Sleep116/Sleep109) as listed by the MII PROMIS-29 Questionnaire; no verified code was found for Sleep108, Sleep115, Sleep87, Sleep90 or Sleep110. Panel 62197-9 (\'PROMIS short form - sleep disturbance 8b - version 1.0\') as listed in an HL7 MCC eCare Plan IG value-set page. Not checked against a LOINC release; no T-score code found.',
  ],
});
