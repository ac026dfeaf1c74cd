import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';
import { anxietyItems, depressionItems, fatigueItems, painInterferenceItems, physicalFunctionItems, sleepDisturbanceItems, socialRolesItems } from '../_promis/items.js';
import { citeBuysse2010, citeCamrprojects, citeCella2010, citeChen2018, citeChoir, citeDepManual2017, citeHays2015, citeHmCutPoints, citeHmObtain, citeHmProfileManual, citeHmScoring, citeKroenke2020, citeLordWingersky1984, citeMii, citePcorMii, citeTerwee2021, citeThissen1995, citeVbt, functionBandBoundariesDiscrepancy, missingItemsDiscrepancy, promisLicence, scoredCodesNote, symptomBandBoundariesDiscrepancy, wholeNumbersNote } from '../_promis/shared.js';
import { promisAnx4a } from '../promis-anx-4a/index.js';
import { promisDep4a } from '../promis-dep-4a/index.js';
import { promisFat4a } from '../promis-fat-4a/index.js';
import { promisPf4a } from '../promis-pf-4a/index.js';
import { promisPi4a } from '../promis-pi-4a/index.js';
import { promisSd4a } from '../promis-sd-4a/index.js';
import { promisSra4a } from '../promis-sra-4a/index.js';

/**
 * PROMIS-29 Profile v2.1 (HealthMeasures): seven 4-item domains and one 0-10 pain-intensity item,
 * 29 items in form order. Each domain score is the raw sum (4-20) of the same items, with the same
 * item ids, codes, LOINC codes, conversion table, T-score, SE, bands and missing-item rule as the
 * standalone 4a form (`promis-pf-4a`, `promis-anx-4a`, `promis-dep-4a`, `promis-fat-4a`,
 * `promis-sd-4a`, `promis-sra-4a`, `promis-pi-4a`), so a PROMIS-29 response scores each domain exactly
 * as the 4a form would. `painIntensity` is the 0-10 rating of `Global07`, reported as given.
 */
export const promis29: Instrument = /* @__PURE__ */ shipped({
  id: 'promis-29',
  title: 'PROMIS-29 Profile v2.1',
  shortTitle: 'PROMIS-29',
  version: 'PROMIS-29 Profile v2.1: Physical Function 4a v2.0, Anxiety 4a v1.0, Depression 4a v1.0, Fatigue 4a v1.0, Sleep Disturbance 4a v1.0, Ability to Participate in Social Roles and Activities 4a v2.0, Pain Interference 4a v1.0, and the 0-10 pain intensity item; tables: the HealthMeasures PROMIS-29 v2.1 conversion tables (raw 4-20 per domain), as shipped with the standalone 4a forms. Not for PROMIS-29 v1.0, whose Physical Function and social-role tables differ.',
  domain: 'health-profile',
  recallPeriod: 'In the past 7 days (except Physical Function and Social Roles, which carry no recall period)',
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
    citeBuysse2010,
    citeHays2015,
    citeChen2018,
    citeKroenke2020,
    citeTerwee2021,
    citeMii,
    citePcorMii,
  ],
  licence: promisLicence,
  items: [
    physicalFunctionItems.PFA11,
    physicalFunctionItems.PFA21,
    physicalFunctionItems.PFA23,
    physicalFunctionItems.PFA53,
    anxietyItems.EDANX01,
    anxietyItems.EDANX40,
    anxietyItems.EDANX41,
    anxietyItems.EDANX53,
    depressionItems.EDDEP04,
    depressionItems.EDDEP06,
    depressionItems.EDDEP29,
    depressionItems.EDDEP41,
    fatigueItems.HI7,
    fatigueItems.AN3,
    fatigueItems.FATEXP41,
    fatigueItems.FATEXP40,
    sleepDisturbanceItems.Sleep109,
    sleepDisturbanceItems.Sleep116,
    sleepDisturbanceItems.Sleep20,
    sleepDisturbanceItems.Sleep44,
    socialRolesItems.SRPPER11_CaPS,
    socialRolesItems.SRPPER18_CaPS,
    socialRolesItems.SRPPER23_CaPS,
    socialRolesItems.SRPPER46_CaPS,
    painInterferenceItems.PAININ9,
    painInterferenceItems.PAININ22,
    painInterferenceItems.PAININ31,
    painInterferenceItems.PAININ34,
    {
      id: 'Global07',
      label: 'Pain on average, 0-10',
      numeric: { min: 0, max: 10, integer: true, minLabel: 'No pain', maxLabel: 'Worst pain imaginable' },
    },
  ],
  scores: [
    { ...promisPf4a.scores[0]!, name: 'physicalFunction', label: 'Physical Function T-score (PROMIS-29; from the raw sum of the 4a items)' },
    { ...promisAnx4a.scores[0]!, name: 'anxiety', label: 'Anxiety T-score (PROMIS-29; from the raw sum of the 4a items)', tScoreLoinc: '71967-4' },
    { ...promisDep4a.scores[0]!, name: 'depression', label: 'Depression T-score (PROMIS-29; from the raw sum of the 4a items)', tScoreLoinc: '71965-8' },
    { ...promisFat4a.scores[0]!, name: 'fatigue', label: 'Fatigue T-score (PROMIS-29; from the raw sum of the 4a items)', tScoreLoinc: '71963-3' },
    { ...promisSd4a.scores[0]!, name: 'sleepDisturbance', label: 'Sleep Disturbance T-score (PROMIS-29; from the raw sum of the 4a items)', tScoreLoinc: '71955-9' },
    { ...promisSra4a.scores[0]!, name: 'socialRoles', label: 'Ability to Participate in Social Roles and Activities T-score (PROMIS-29; from the raw sum of the 4a items)' },
    { ...promisPi4a.scores[0]!, name: 'painInterference', label: 'Pain Interference T-score (PROMIS-29; from the raw sum of the 4a items)', tScoreLoinc: '71961-7' },
    {
      name: 'painIntensity',
      label: 'Pain intensity (Global07, 0-10, single item)',
      items: ['Global07'],
      method: 'sum',
      range: [0, 10],
      missing: {
        minAnswered: 1,
        rounding: 'none',
        official: false,
        text: 'A single item, reported as its 0-10 value (no T-score): an unanswered item gives no score.',
        source: { ref: 'hmProfileManual', note: 'the pain intensity item is reported as given; manual not opened here' },
      },
      direction: 'higher-is-worse',
    },
  ],
  discrepancies: [
    missingItemsDiscrepancy,
    symptomBandBoundariesDiscrepancy,
    functionBandBoundariesDiscrepancy,
    {
      topic: 'Depression SE at raw 20',
      decision: 'As in promis-dep-4a: both copies of the table print SE 2.6 at raw 20 (T 79.4), while a Lord-Wingersky recomputation from the Assessment Center item parameters gives SE 3.6 (3.623). promkit ships the published 2.6.',
      refs: ['camrprojects', 'vbt', 'choir'],
    },
    {
      topic: 'Reverse-worded items',
      decision: 'Sleep109 and Sleep116 (sleep quality, refreshing sleep) and the four social-role items carry their reversal in the PROMIS scored codes (Very poor = 5, Not at all = 5, Never = 5 ...), as in the standalone forms; promkit sets no reverse flag. Enter the scored code; if your data hold positions 1-5 in label order, convert them first.',
      refs: ['choir', 'mii'],
    },
  ],
  notes: [
    'Each domain value is its raw sum (4-20); tScore and se come from the conversion table of that domain, and bands apply to the T-score (symptom domains: higher is worse; Physical Function and Social Roles: higher is better). There is no overall PROMIS-29 score; the physical and mental health summary scores and the PROPr utility are not computed.',
    'A PROMIS-29 response record scores as each 4a form: pick the domain\'s four item ids and score them with the standalone definition (test/promis-29.test.ts checks that both give the same value, T-score, SE and band).',
    wholeNumbersNote,
    scoredCodesNote,
    'LOINC: T-scores 71967-4 (anxiety), 71965-8 (depression), 71963-3 (fatigue), 71955-9 (sleep disturbance), 71961-7 (pain interference), the \'PROMIS-29 ... score T-score\' codes, as listed by the PCOR-MII IG page (stated as checked against LOINC 2.83); no PROMIS-29-specific code is given for Physical Function (71959-1 does not say which calibration, and the v1.0 and v2.0 Physical Function tables differ) or Social Roles (71957-5 names the v1.0 Satisfaction domain), and the bank-level 77854-8 is used for Social Roles as in promis-sra-4a. Item codes as in the standalone forms. No panel code and no code for Global07 was verified (the PCOR-MII page uses 75261-8, which the LHC-Forms definition of 75259-2 assigns to the Pain Intensity 3a average-pain item, so promkit does not).',
  ],
});
