import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';
import { sleepDisturbanceItems } from '../_promis/items.js';
import { citeBuysse2010, citeCamrprojects, citeChoir, citeDepManual2017, citeHmCutPoints, citeHmObtain, citeHmScoring, citeLordWingersky1984, citeMii, citeTerwee2021, citeThissen1995, missingItemsDiscrepancy, promisLicence, promisMissingSource, promisProrationNote, promisRequiredReason, scoredCodesNote, sleepCalibrationReference, sleepMcid, summedScoreEapMethod, summedScoreEapValidation, symptomBandBoundariesDiscrepancy, symptomBandSource, wholeNumbersNote } from '../_promis/shared.js';

/**
 * PROMIS Short Form v1.0 - Sleep Disturbance 6a (HealthMeasures), the sleep measure of the NIH HEAL
 * adult pain core. Items `Sleep109`, `Sleep116`, `Sleep20`, `Sleep44`, `Sleep108`, `Sleep72` in form
 * order, each coded 1-5 with the PROMIS scored codes (`Sleep109` and `Sleep116` carry their reversal in
 * the codes; no `reverse` flag); `total` is the raw sum (6-30) with a T-score and SE and the
 * HealthMeasures severity bands on the T-score (higher is worse). The table is computed from the
 * Assessment Center item calibrations by the method that reproduces the published 4a and 8b tables,
 * because no verifiable copy of the published 6a table was found (see `scores[0].table.derivation`).
 * Every item is required.
 */
export const promisSd6a: Instrument = /* @__PURE__ */ shipped({
  id: 'promis-sd-6a',
  title: 'PROMIS Short Form v1.0 - Sleep Disturbance 6a',
  shortTitle: 'PROMIS Sleep Disturbance 6a',
  version: 'PROMIS Short Form v1.0 - Sleep Disturbance 6a (taken as the Sleep Disturbance 4a items plus Sleep108 and Sleep72, the first six items of the 8a form: inferred, not read on the 6a form; see discrepancies); table: computed from the v1.0 Sleep Disturbance bank calibrations (raw 6-30), not transcribed',
  domain: 'sleep-disturbance',
  recallPeriod: 'In the past 7 days',
  citations: [
    {
      key: 'sdManual',
      text: 'HealthMeasures. PROMIS Sleep Disturbance Scoring Manual: short-form conversion tables, including Short Form v1.0 - Sleep Disturbance 6a (raw 6-30); not opened here.',
    },
    {
      key: 'sdNesting',
      text: 'LegalClarity. How to Fill Out and Score the PROMIS Sleep Disturbance Short Form (citing the HealthMeasures PROMIS Sleep Disturbance Scoring Manual): \'The items are nested, meaning the 6a contains the same four questions as the 4a plus two more, and the 8a contains all six from the 6a plus two more\'; the 8a differs from the 8b by the items on trying hard to fall asleep and worrying about sleep.',
      url: 'https://legalclarity.org/how-to-fill-out-and-score-the-promis-sleep-disturbance-short-form/',
    },
    {
      key: 'ampScz8a',
      text: 'AMP SCZ data pipeline (public Python code read through a code index, file id 14003277874, repository not identified): variable list \'item_promis_for_sleep\' of the PROMIS Sleep Disturbance 8a in form order: sleep109, sleep116, sleep20, sleep44, sleep108, sleep72, sleep67, sleep115.',
    },
    {
      key: 'loincSd6a',
      text: 'A public US value-set document listing LOINC forms, including \'76703-8 PROMIS short form - sleep disturbance 6a - version 1.0\' (forms.loinc.org/76703-8); read through a code index (file id 18519353899, repository not identified).',
      url: 'https://loinc.org/76703-8/',
    },
    {
      key: 'healCde',
      text: 'NIH HEAL Initiative Common Data Elements program, as exported by the HEAL Data Stewards (heal-data-stewards/heal-cdes, commit 15695130e8658e9cb98ffbd932642a8d986ec2fc): the study-mapping script study-mappings/extract-study-mappings-from-heal-cde-team-export.py offers "Sleep (choice=PROMIS Sleep Disturbance 6a)" and "Sleep (choice=Sleep Duration Question)" among the adult core choices; reports/2026apr23-3-to-2026jan20 lists the CRFs sleep-disturbance-6a (January 2026) / promis-sleep-disturbance-6a (April 2026) and sleep-duration (category "Core - Adult & Pediatric"), without their items.',
      url: 'https://heal.nih.gov/data/common-data-elements',
    },
    citeChoir,
    citeLordWingersky1984,
    citeThissen1995,
    citeCamrprojects,
    citeDepManual2017,
    citeHmScoring,
    citeHmCutPoints,
    citeHmObtain,
    citeBuysse2010,
    citeTerwee2021,
    citeMii,
  ],
  licence: promisLicence,
  loinc: '76703-8',
  items: [
    sleepDisturbanceItems.Sleep109,
    sleepDisturbanceItems.Sleep116,
    sleepDisturbanceItems.Sleep20,
    sleepDisturbanceItems.Sleep44,
    sleepDisturbanceItems.Sleep108,
    sleepDisturbanceItems.Sleep72,
  ],
  scores: [
    {
      name: 'total',
      label: 'PROMIS Sleep Disturbance 6a T-score (from the raw sum)',
      items: ['Sleep109', 'Sleep116', 'Sleep20', 'Sleep44', 'Sleep108', 'Sleep72'],
      method: 'table',
      table: {
        rows: [
          { raw: 6, tScore: 31.7, se: 5.1 },
          { raw: 7, tScore: 36.9, se: 3.9 },
          { raw: 8, tScore: 40.1, se: 3.5 },
          { raw: 9, tScore: 42.5, se: 3.3 },
          { raw: 10, tScore: 44.6, se: 3.2 },
          { raw: 11, tScore: 46.4, se: 3.1 },
          { raw: 12, tScore: 48, se: 3 },
          { raw: 13, tScore: 49.5, se: 3 },
          { raw: 14, tScore: 50.9, se: 3 },
          { raw: 15, tScore: 52.3, se: 2.9 },
          { raw: 16, tScore: 53.6, se: 2.9 },
          { raw: 17, tScore: 54.8, se: 2.9 },
          { raw: 18, tScore: 56.1, se: 2.9 },
          { raw: 19, tScore: 57.3, se: 2.9 },
          { raw: 20, tScore: 58.5, se: 2.9 },
          { raw: 21, tScore: 59.7, se: 2.9 },
          { raw: 22, tScore: 61, se: 2.9 },
          { raw: 23, tScore: 62.3, se: 2.9 },
          { raw: 24, tScore: 63.6, se: 2.9 },
          { raw: 25, tScore: 65, se: 2.9 },
          { raw: 26, tScore: 66.5, se: 3 },
          { raw: 27, tScore: 68.1, se: 3.1 },
          { raw: 28, tScore: 70, se: 3.3 },
          { raw: 29, tScore: 72.4, se: 3.6 },
          { raw: 30, tScore: 76.1, se: 4.4 },
        ],
        source: {
          ref: 'sdManual',
          locator: 'Short Form v1.0 Sleep Disturbance 6a table',
          note: 'not transcribed: no copy of this table was found (searched code and pages for the computed rows); every row is computed as described under derivation and should be checked against the manual',
        },
        derivation: {
          columns: ['tScore', 'se'],
          method: summedScoreEapMethod,
          parameters: {
            ref: 'choir',
            locator: 'PromisSleepDisturbance.java',
            note: 'the v1.0 Sleep Disturbance bank generated from Assessment Center OID F625E32A-B26D-4228-BBC2-DD6C2E4EEA6E (no 6a form file exists there); its parameters for Sleep109, Sleep116, Sleep20, Sleep44 equal those of the 4a form file, and the same computation from the bank reproduces the published 4a table (17 T-scores and SEs) and the 8b T-scores',
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
        { label: 'within normal limits', min: 31.7, max: 54.9 },
        { label: 'mild', min: 55, max: 59.9 },
        { label: 'moderate', min: 60, max: 69.9 },
        { label: 'severe', min: 70, max: 76.1 },
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
      topic: 'Item set',
      decision: 'No listing of the 6a items could be read: the HealthMeasures 6a PDF and the Scoring Manual were not reachable, the members of LOINC panel 76703-8 were not found in any LHC-Forms or FHIR artifact, the HEAL CDE form (sleep-disturbance-6a) exists only as a Word/Excel file (heal-cdes lists it, without items), and the Assessment Center export in choir-d has Sleep Disturbance 4a and 8b form files but no 6a. promkit therefore still infers the six items, and says so: (1) the short forms are nested, 4a within 6a within 8a (sdNesting, citing the Scoring Manual); (2) the 8a is Sleep109, Sleep116, Sleep20, Sleep44, Sleep108, Sleep72, Sleep67, Sleep115 in form order (ampScz8a), which agrees with sdNesting\'s account that 8a and 8b share five items and differ in three (trying hard to get to sleep, worrying about sleep vs. trouble staying asleep ...): the 8b read in choir-d (PromisShortFormOneZeroSleepDisturb8b.java) and on the APA Level 2 form is Sleep108, Sleep115, Sleep116, Sleep44, Sleep87, Sleep90, Sleep110, Sleep109; (3) so the 6a is the 4a items plus two of Sleep108, Sleep72, Sleep67, Sleep115, and promkit takes the next two in 8a form order, Sleep108 and Sleep72. Steps (1)-(2) are sourced; the choice of the two items in (3) is not. Check the items against the HealthMeasures 6a PDF before relying on the T-scores.',
      refs: ['sdNesting', 'ampScz8a', 'choir', 'loincSd6a', 'healCde'],
    },
    {
      topic: 'Conversion table provenance',
      decision: 'No copy of the published 6a table was found, so promkit computes it with the method that reproduces the published 4a table of the same bank row for row (and the 8b T-scores), and labels it as computed (table.derivation). Rounding is stable except: the SE at raw 25 is 2.9457 (within 0.005 of 2.95), and a wider theta grid (-6 to 6) moves the raw-30 SE from 4.4 to 4.5; raw 28 computes to T 70.025, at the severe band edge. Replace the rows with the manual\'s when it is at hand.',
      refs: ['sdManual', 'choir', 'lordWingersky1984', 'thissen1995'],
    },
    {
      topic: 'Reverse-scored items',
      decision: 'Sleep109 (sleep quality) and Sleep116 (sleep was refreshing) are reverse-worded; PROMIS carries the reversal in their response codes (Very poor = 5 ... Very good = 1; Not at all = 5 ... Very much = 1), as in the 4a form. promkit codes them with those values and sets no reverse flag.',
      refs: ['choir', 'mii'],
    },
  ],
  notes: [
    'value is the raw sum (6-30); tScore and se come from the conversion table and the bands apply to the T-score. HealthMeasures prefers response-pattern scoring (Scoring Service, Assessment Center API, auto-scoring platforms) and calls the Scoring Manual tables a good second option; the two can differ slightly.',
    'The NIH HEAL adult pain core pairs this form with a separate Sleep Duration Question (the average amount of sleep each night in the past month, per the HEAL CDE description), which is not a PROMIS item and is not part of this score. promkit does not ship it: its wording, answer format and bounds could not be read from a HEAL source.',
    wholeNumbersNote,
    scoredCodesNote,
    'LOINC: panel 76703-8 (\'PROMIS short form - sleep disturbance 6a - version 1.0\') as listed in a LOINC forms value-set document; item codes for the four PROMIS-29 items as listed by the MII IG; none verified for Sleep108 or Sleep72; no T-score code given (the bank-level sleep disturbance T-score is listed as 77860-5 by the PCOR-MII IG page).',
  ],
});
