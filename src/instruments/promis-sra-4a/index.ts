import { shipped } from '../../model/validated.js';
import type { Instrument } from '../../model/schema.js';
import { socialRolesItems } from '../_promis/items.js';
import { citeCamrprojects, citeChoir, citeDepManual2017, citeHmCutPoints, citeHmObtain, citeHmProfileManual, citeHmScoring, citeLordWingersky1984, citeMii, citePcorMii, citeTerwee2021, citeThissen1995, citeVbt, functionBandBoundariesDiscrepancy, functionBandSource, missingItemsDiscrepancy, promisLicence, promisMissingSource, promisProrationNote, promisRequiredReason, scoredCodesNote, socialRolesMcid, wholeNumbersNote } from '../_promis/shared.js';

/**
 * PROMIS Short Form v2.0 - Ability to Participate in Social Roles and Activities 4a (HealthMeasures).
 * Items `SRPPER11_CaPS`, `SRPPER18_CaPS`, `SRPPER23_CaPS`, `SRPPER46_CaPS` in form order, each coded
 * with the PROMIS scored codes ('Never' = 5 ... 'Always' = 1: the items ask about trouble, and the
 * reversal is carried in the codes); `total` is the raw sum (4-20) with the published T-score and SE
 * from the conversion table (the Social Roles block of PROMIS-29 v2.1) and the HealthMeasures function
 * bands on the T-score (higher is better). Every item is required.
 */
export const promisSra4a: Instrument = /* @__PURE__ */ shipped({
  id: 'promis-sra-4a',
  title: 'PROMIS Short Form v2.0 - Ability to Participate in Social Roles and Activities 4a',
  shortTitle: 'PROMIS Social Roles 4a',
  version: 'PROMIS Short Form v2.0 - Ability to Participate in Social Roles and Activities 4a (the Social Roles block of PROMIS-29 v2.0/v2.1); table: HealthMeasures PROMIS-29 v2.1 Ability to Participate in Social Roles and Activities conversion table (raw 4-20). Not the retired v1.0 Satisfaction with Participation in Social Roles forms, a different domain and calibration.',
  domain: 'social-roles',
  recallPeriod: null,
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
    citeTerwee2021,
    citePcorMii,
    citeMii,
  ],
  licence: promisLicence,
  items: [socialRolesItems.SRPPER11_CaPS, socialRolesItems.SRPPER18_CaPS, socialRolesItems.SRPPER23_CaPS, socialRolesItems.SRPPER46_CaPS],
  scores: [
    {
      name: 'total',
      label: 'PROMIS Social Roles 4a T-score (from the raw sum)',
      items: ['SRPPER11_CaPS', 'SRPPER18_CaPS', 'SRPPER23_CaPS', 'SRPPER46_CaPS'],
      method: 'table',
      table: {
        rows: [
          { raw: 4, tScore: 27.5, se: 4.1 },
          { raw: 5, tScore: 31.8, se: 2.5 },
          { raw: 6, tScore: 34, se: 2.3 },
          { raw: 7, tScore: 35.7, se: 2.2 },
          { raw: 8, tScore: 37.3, se: 2.1 },
          { raw: 9, tScore: 38.8, se: 2.2 },
          { raw: 10, tScore: 40.5, se: 2.3 },
          { raw: 11, tScore: 42.3, se: 2.3 },
          { raw: 12, tScore: 44.2, se: 2.3 },
          { raw: 13, tScore: 46.2, se: 2.3 },
          { raw: 14, tScore: 48.1, se: 2.2 },
          { raw: 15, tScore: 50, se: 2.2 },
          { raw: 16, tScore: 51.9, se: 2.2 },
          { raw: 17, tScore: 53.7, se: 2.3 },
          { raw: 18, tScore: 55.8, se: 2.3 },
          { raw: 19, tScore: 58.3, se: 2.7 },
          { raw: 20, tScore: 64.2, se: 5.1 },
        ],
        source: {
          ref: 'hmProfileManual',
          locator: 'PROMIS-29 v2.1 Ability to Participate in Social Roles and Activities 4a table',
          note: 'manual PDF not opened here; rows as transcribed in camrprojects data/lst_promis29_scoring.RData (commit 48e4534, list element \'ability_to_participate\'), decoded and read in this session',
        },
        crossCheck: {
          ref: 'vbt',
          locator: '\'R files/VBT Predictive Factors Part 1.R\', promis_sr_lookup',
          note: 'compared row by row: all 17 raw scores identical in T-score and SE; the summed-score EAP computation from the Assessment Center v2.0 bank calibrations of these items (choir-d PromisAbilityToParticipateSocial.java, bank 5211C7AF-8F4A-4648-90A6-ECE5669AE0EF) also reproduces all 17 T-scores and SEs (test/promis-derivation.test.ts)',
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
        { label: 'severe', min: 27.5, max: 29.9 },
        { label: 'moderate', min: 30, max: 39.9 },
        { label: 'mild', min: 40, max: 44.9 },
        { label: 'within normal limits', min: 45, max: 64.2 },
      ],
      bandsOn: 'tScore',
      bandSource: functionBandSource,
      direction: 'higher-is-better',
      tScoreLoinc: '77854-8',
      psychometrics: {
        metric: 'tScore',
        mcid: [socialRolesMcid],
      },
    },
  ],
  discrepancies: [
    missingItemsDiscrepancy,
    functionBandBoundariesDiscrepancy,
    {
      topic: 'Reverse-worded items',
      decision: 'All four items ask about trouble (more trouble = less ability), and PROMIS carries the reversal in the response codes: the Assessment Center bank definition (choir-d: Never = 5 ... Always = 1) and the conversion table assume these codes. promkit codes the items with those values and sets no reverse flag, which would reverse them a second time. Enter the scored code (5 for \'Never\'); if your data hold positions 1-5 in label order (Never = 1), convert them first.',
      refs: ['choir'],
    },
    {
      topic: 'LOINC answer code of the fourth option',
      decision: 'The PROMIS form and the Assessment Center bank (choir-d) label the fourth option \'Usually\' (scored 2). The MII PROMIS-29 Questionnaire codes these items with the PROMIS frequency answers and puts \'Often\' (LA10044-8) in fourth place; LOINC\'s own answer list for these items was not read. promkit gives \'Usually\' no LOINC code rather than one that names another answer, so a FHIR answer coded LA10044-8 on these items is refused with the allowed codes; if your system means \'Usually\' by it, pass options.answerWeight (LA10044-8 -> 2). The other four options carry their LOINC codes, so answers coded Never, Rarely, Sometimes or Always score without a callback.',
      refs: ['choir', 'mii'],
    },
  ],
  notes: [
    'value is the raw sum (4-20); tScore and se come from the conversion table and the bands apply to the T-score. HealthMeasures prefers response-pattern scoring (Scoring Service, Assessment Center API, auto-scoring platforms) and calls the Scoring Manual tables a good second option; the two can differ slightly.',
    'Ability to Participate in Social Roles and Activities is a function domain: higher T-scores mean better participation; the items carry no recall period.',
    wholeNumbersNote,
    scoredCodesNote,
    'LOINC: T-score 77854-8 (\'PROMIS ability to participate in social roles and activities - version 2.0 Tscore\') as used by the MII IG and listed by the PCOR-MII IG page, stated as checked against LOINC 2.83; item codes 75417-6 (SRPPER11_CaPS), 76708-7 (SRPPER18_CaPS), 76709-5 (SRPPER23_CaPS), 76712-9 (SRPPER46_CaPS) (75417-6 also as the code of the leisure item in a public PCORnet common-data-model export, code-index file id 29254948940, repository not identified) and the answer codes of Never (LA6270-8), Rarely (LA10066-1), Sometimes (LA10082-8) and Always (LA9933-8) as in the MII PROMIS-29 Questionnaire; no code for \'Usually\' (see discrepancies). No panel or raw-score code was verified, so none is given. The calibration sample on which this v2.0 T metric is centred was not read, so no reference population is given.',
  ],
});
