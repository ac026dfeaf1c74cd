import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';
import { citeChoir, citeDepManual2017, citeLhcPint, citeLordWingersky1984, citeThissen1995, citeHmCutPoints, citeHmObtain, citeHmScoring, citePackDAMipd, citeTerwee2021, missingItemsDiscrepancy, promisLicence, promisMissingSource, promisProrationNote, promisRequiredReason, scoredCodesNote, symptomBandBoundariesDiscrepancy, symptomBandSource, wholeNumbersNote } from '../_promis/shared.js';

/** PAINQU6 and PAINQU8, with the LOINC answer codes of the LHC-Forms definition of panel 75259-2. */
const pastWeekIntensity = [
  { value: 1, label: 'Had no pain', loinc: 'LA13879-4' },
  { value: 2, label: 'Mild', loinc: 'LA6752-5' },
  { value: 3, label: 'Moderate', loinc: 'LA6751-7' },
  { value: 4, label: 'Severe', loinc: 'LA6750-9' },
  { value: 5, label: 'Very severe', loinc: 'LA13958-6' },
];

/** PAINQU21, with the LOINC answer codes of the LHC-Forms definition of panel 75259-2. */
const nowIntensity = [
  { value: 1, label: 'No pain', loinc: 'LA131-5' },
  { value: 2, label: 'Mild', loinc: 'LA6752-5' },
  { value: 3, label: 'Moderate', loinc: 'LA6751-7' },
  { value: 4, label: 'Severe', loinc: 'LA6750-9' },
  { value: 5, label: 'Very severe', loinc: 'LA13958-6' },
];

/**
 * PROMIS Scale v1.0 - Pain Intensity 3a (HealthMeasures). Items `PAINQU6`, `PAINQU8`, `PAINQU21` in
 * form order, each coded 1-5 with the PROMIS scored codes; `total` is the raw sum (3-15) with the
 * published T-score and SE from the conversion table and the HealthMeasures severity bands on the
 * T-score (higher is worse). Every item is required.
 */
export const promisPint3a: Instrument = /* @__PURE__ */ shipped({
  id: 'promis-pint-3a',
  title: 'PROMIS Scale v1.0 - Pain Intensity 3a',
  shortTitle: 'PROMIS Pain Intensity 3a',
  version: 'PROMIS Scale v1.0 - Pain Intensity 3a; table: PROMIS Pain Intensity Scoring Manual (revision cited as June 2021), Appendix 1 (raw 3-15), as transcribed in two public copies',
  domain: 'pain-intensity',
  recallPeriod: 'In the past 7 days (items 1-2); right now (item 3)',
  citations: [
    citeDepManual2017,
    {
      key: 'pintManual',
      text: 'HealthMeasures. PROMIS Pain Intensity Scoring Manual (revision cited as June 2021), Appendix 1: conversion table of PROMIS Scale v1.0 - Pain Intensity 3a.',
      url: 'https://www.healthmeasures.net/images/PROMIS/manuals/Scoring_Manuals_/PROMIS_Pain_Intensity_Scoring_Manual.pdf',
    },
    citePackDAMipd,
    {
      key: 'tsPint',
      text: 'Public TypeScript scorer of PROMIS Pain Intensity 3a (PAINQU6/PAINQU8/PAINQU21) whose RAW_TO_T_SCORE table (T and SE, raw 3-15) is labelled \'Appendix 1 conversion table\' of the \'PROMIS Pain Intensity Scoring Manual - HealthMeasures (June 2021 revision)\'; code-search file id 55427473921, repository not identified.',
    },
    citeHmScoring,
    citeHmCutPoints,
    citeHmObtain,
    citeTerwee2021,
    citeChoir,
    citeLordWingersky1984,
    citeThissen1995,
    citeLhcPint,
  ],
  licence: promisLicence,
  loinc: '75259-2',
  items: [
    { id: 'PAINQU6', label: 'Worst pain, past 7 days', options: pastWeekIntensity, loinc: '75262-6' },
    { id: 'PAINQU8', label: 'Average pain, past 7 days', options: pastWeekIntensity, loinc: '75261-8' },
    { id: 'PAINQU21', label: 'Pain right now', options: nowIntensity, loinc: '75260-0' },
  ],
  scores: [
    {
      name: 'total',
      label: 'PROMIS Pain Intensity 3a T-score (from the raw sum)',
      items: ['PAINQU6', 'PAINQU8', 'PAINQU21'],
      method: 'table',
      loinc: '77825-8',
      table: {
        rows: [
          { raw: 3, tScore: 36.3, se: 5.4 },
          { raw: 4, tScore: 43.1, se: 3.9 },
          { raw: 5, tScore: 47.5, se: 3.7 },
          { raw: 6, tScore: 51.4, se: 3.8 },
          { raw: 7, tScore: 54.8, se: 3.9 },
          { raw: 8, tScore: 58.5, se: 3.9 },
          { raw: 9, tScore: 61.9, se: 3.8 },
          { raw: 10, tScore: 64.9, se: 3.9 },
          { raw: 11, tScore: 68.4, se: 4.1 },
          { raw: 12, tScore: 72, se: 4.2 },
          { raw: 13, tScore: 75.1, se: 4.8 },
          { raw: 14, tScore: 77.8, se: 5 },
          { raw: 15, tScore: 81.8, se: 4.2 },
        ],
        source: {
          ref: 'pintManual',
          locator: 'Appendix 1',
          note: 'manual PDF not opened here; rows as transcribed in packDAMipd data-raw/promis3a_scoring.csv (commit 8880004)',
        },
        crossCheck: {
          ref: 'tsPint',
          locator: 'RAW_TO_T_SCORE',
          note: 'compared row by row: all 13 raw scores identical in T-score and SE; that copy names the manual revision (June 2021) and Appendix 1',
        },
      },
      range: [3, 15],
      missing: {
        minAnswered: 3,
        rounding: 'up',
        official: false,
        text: `All 3 items required. ${promisRequiredReason} ${promisProrationNote} to apply it pass { missing: { minAnswered: 2 } } (the prorated raw score is rounded up before the lookup).`,
        source: promisMissingSource,
      },
      bands: [
        { label: 'within normal limits', min: 36.3, max: 54.9 },
        { label: 'mild', min: 55, max: 59.9 },
        { label: 'moderate', min: 60, max: 69.9 },
        { label: 'severe', min: 70, max: 81.8 },
      ],
      bandsOn: 'tScore',
      bandSource: symptomBandSource,
      direction: 'higher-is-worse',
      psychometrics: {
        metric: 'tScore',
        reference: {
          mean: 50,
          sd: 10,
          population: 'PROMIS T metric (mean 50, SD 10); which calibration sample centres the published Pain Intensity table is unverified (see discrepancies)',
          source: {
            ref: 'pintManual',
            note: 'T-score metric as used by the manual table; centring sample not read',
          },
        },
        mcid: [
          {
            value: 2,
            unit: 'points',
            population: 'generic across PROMIS measures (systematic review); no pain-intensity 3a estimate found',
            method: 'systematic review of MIC estimates: \'a MIC value of 2-6 T-score points ... reasonable\' (lower bound shown)',
            source: { ref: 'terwee2021', locator: 'Abstract' },
          },
        ],
      },
    },
  ],
  discrepancies: [
    missingItemsDiscrepancy,
    symptomBandBoundariesDiscrepancy,
    {
      topic: 'Conversion table: no independent copy, and the item calibration disagrees',
      decision: 'The table is transcribed from packDAMipd (data-raw/promis3a_scoring.csv, dated 8 April 2021) and matches a public TypeScript scorer row for row (raw 3 -> T 36.3, SE 5.4 ... raw 15 -> 81.8, SE 4.2). Both cite the Pain Intensity Scoring Manual, Appendix 1, but neither shows where it took the numbers from, so they are not known to be independent, and the reference cases drawn from them are not an independent check. A search of public code and pages for an independent copy (by the copies\' rows and by the rows below) found none; the manual PDF was not readable. The only independent check available is the item calibration: the summed-score EAP computation that reproduces every transcribed PROMIS table promkit ships (251 T-scores) gives, from the Assessment Center parameters of this scale (OID 7224FB55-81D7-4131-A136-8C89907CDFBB: PAINQU6 a 4.47, PAINQU8 a 6.28, PAINQU21 a 2.61), raw 3-15 -> T 30.7, 36.3, 40.2, 43.5, 46.3, 49.4, 52.1, 54.5, 57.5, 60.5, 64.1, 67.4, 71.9 (SE 4.5, 3.1, 3.0, 3.0, 3.0, 2.9, 2.8, 2.9, 3.1, 3.1, 3.8, 4.2, 5.1): 5.6 to 11.5 T-points below the shipped table, at every row. Under those parameters a T of 81.8 at raw 15 lies 3.2 SD above the mean, beyond every threshold of the three items (the highest is 2.36), and the copies\' SE falls from 5.0 at raw 14 to 4.2 at raw 15 where every other PROMIS table rises at the ceiling. promkit keeps the transcribed table because it is the one published form of the table found, but the evidence suggests it may not be the Assessment Center table: verify against the manual PDF before clinical use, and prefer HealthMeasures response-pattern scoring. One copy calls the form \'v2.0\'; HealthMeasures and the Assessment Center name it Scale v1.0.',
      refs: ['pintManual', 'packDAMipd', 'tsPint', 'choir', 'lordWingersky1984', 'thissen1995'],
    },
    {
      topic: 'Severity bands for pain intensity',
      decision: 'HealthMeasures lists the \'WNL Symptoms\' cut points for the adult Profile domains; whether its figure also covers Pain Intensity was not verified. promkit applies the symptom bands (as the TypeScript copy does) so results are labelled consistently; treat them as provisional for this scale.',
      refs: ['hmCutPoints', 'tsPint'],
    },
  ],
  notes: [
    'value is the raw sum (3-15); tScore and se come from the conversion table and the bands apply to the T-score. HealthMeasures prefers response-pattern scoring (Scoring Service, Assessment Center API, auto-scoring platforms) and calls the Scoring Manual tables a good second option; the two can differ slightly.',
    wholeNumbersNote,
    scoredCodesNote,
    'LOINC: panel 75259-2 (\'PROMIS short form - pain intensity 3a - version 1.0\'), items 75262-6 (worst pain, PAINQU6), 75261-8 (average pain, PAINQU8), 75260-0 (pain right now, PAINQU21) with their answer codes, and raw score 77825-8 (computed there as the total of the three items), as in the LHC-Forms definition of 75259-2. No T-score code was found, so none is given.',
  ],
});
