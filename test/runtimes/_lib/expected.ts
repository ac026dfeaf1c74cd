/**
 * What the smoke suite (smoke.mjs) must produce in every runtime, and where each value comes from.
 * Each runtime's whole result must also equal Node's, the reference runtime.
 */
import { expect } from 'vitest';

export function expectSmoke(result: Record<string, unknown>): void {
  expect(result).toMatchObject({
    // 1+2+1+2+1+1+2+1+0 = 11, in the 10–14 "moderate" band (Kroenke et al. 2001); item 9 = 0.
    phq9: { total: 11, band: 'moderate', item9: false },
    error: {
      code: 'out-of-range',
      path: ['responses', 1],
      message: 'responses[1] (phq9_2): 4 is out of range; allowed: one of 0, 1, 2, 3, or null if unanswered',
    },
    // HealthMeasures PROMIS-29 v2.1 Pain Interference 4a table: raw 12 -> T 61.2, SE 1.8
    // (src/instruments/promis-pi-4a/cases.json, "published row: middle raw 12").
    promisPi4a: { raw: 12, tScore: 61.2, se: 1.8, band: 'moderate' },
    // zod (bundled, zod/mini) validates, with English messages, in every runtime.
    defineInstrument: {
      total: 7,
      frozen: true,
      refused: {
        name: 'PromkitError',
        messages: ['id: must be lower-case kebab, e.g. "phq-9"', 'title: Invalid input: expected string, received number'],
      },
    },
    // Student's (1908) sleep data. R 4.2.2, printed with sprintf('%.15g'): t.test(drug2, drug1,
    // paired = TRUE) gives 1.58 and the CI 0.700114236723018 to 2.45988576327698;
    // qt(0.975, 9) = 2.2621571627982.
    cohortChange: { meanChange: 1.58, ci: { level: 0.95, lower: 0.700114236723018, upper: 2.45988576327698, t: 2.2621571627982, df: 9 } },
    // Worked by hand: the three instants are 07:00Z on 1, 8 and 15 March, values 8, 7, 6: −1 a week.
    slopePerWeek: { perWeek: -1, improvementPerWeek: 1, spanDays: 14 },
    // Worked by hand: items 0,1,2,3,0,1,2,3,0 sum to 12; all 3 give 27; all 0 give 0.
    scoreColumns: [12, 27, 0],
    catalog: { gad7Items: 7 },
    fhir: { questionnaireItems: 10, total: 11 },
    chart: {
      schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      layers: ['bands', 'bandLabels', 'baseline', 'baselineLabel', 'mcid', 'mcidLabels', 'line', 'points'],
    },
  });
  // gasr README, sim_trial(): subject S01, attainments 2, 1, 0, −2, 1, printed T 56.03023
  // (test/goals/gas-cases.json).
  expect(result.gas as number).toBeCloseTo(56.03023, 5);
  expect((result.catalog as { instruments: number }).instruments).toBeGreaterThanOrEqual(36);
}
