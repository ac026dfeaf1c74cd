/**
 * toObservations and gasToObservation: codes, values, units, bands, T-scores and context, with
 * expected values from the instruments' publications; every Observation produced for random
 * results of every catalogue instrument is valid R4.
 */
import fc from 'fast-check';
import type { Observation } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { listInstruments } from '../../src/catalog/index.js';
import { gasToObservation, promkitCodeSystems, toObservations } from '../../src/fhir/index.js';

const PROMKIT_CODE_SYSTEMS = promkitCodeSystems();
import { score } from '../../src/engine/score.js';
import { gasTScore } from '../../src/goals/index.js';
import { defineInstrument } from '../../src/model/define.js';
import type { Instrument } from '../../src/model/schema.js';
import { gad7, odi, pcs, phq9 } from '../../src/instruments/index.js';
import { promisPi4a } from '../../src/instruments/promis-pi-4a/index.js';
import { answersArb, expectValidR4 } from './helpers.js';
import { fcRuns } from '../fcRuns.js';

const context = {
  subject: { reference: 'Patient/123' },
  effectiveDateTime: '2025-03-14T10:30:00Z',
  issued: '2025-03-14T10:31:05Z',
  performer: [{ reference: 'Patient/123' }],
  derivedFrom: { reference: 'QuestionnaireResponse/qr-1' },
};
const SCORE = PROMKIT_CODE_SYSTEMS.score;

/** A small custom scale with a conversion table, LOINC codes and bands on the T-score. */
const tScaled: Instrument = defineInstrument({
  id: 'clinic-t',
  title: 'Clinic T-scaled form',
  version: '1',
  domain: 'pain-interference',
  recallPeriod: null,
  citations: [{ key: 'local', text: 'A clinic test form with a made-up table.' }],
  licence: { status: 'user-defined', verbatimText: true, note: 'Test form.' },
  items: [
    { id: 'a', label: 'A', options: [{ value: 1, label: 'Low' }, { value: 2, label: 'High' }] },
    { id: 'b', label: 'B', options: [{ value: 1, label: 'Low' }, { value: 2, label: 'High' }] },
  ],
  scores: [
    {
      name: 'total',
      label: 'Clinic T total',
      items: ['a', 'b'],
      method: 'table',
      table: {
        rows: [
          { raw: 2, tScore: 40, se: 5 },
          { raw: 3, tScore: 50, se: 3 },
          { raw: 4, tScore: 65, se: 4 },
        ],
        source: { ref: 'local' },
      },
      range: [2, 4],
      missing: { minAnswered: 2, rounding: 'none', official: true, text: 'Both items.', source: { ref: 'local' } },
      bands: [
        { label: 'normal', min: 40, max: 59.9 },
        { label: 'high', min: 60, max: 65 },
      ],
      bandsOn: 'tScore',
      direction: 'higher-is-worse',
      loinc: '11111-1',
      tScoreLoinc: '22222-2',
    },
  ],
});

describe('toObservations', () => {
  it('PHQ-9: one Observation, LOINC 44261-6 then the promkit code, {score}, band, context', () => {
    const result = score(phq9, [1, 2, 1, 2, 1, 1, 2, 1, 0]); // total 11: "moderate" (10–14), Kroenke 2001
    const observations = toObservations(result, { instrument: phq9, ...context });
    expect(observations).toEqual([
      {
        resourceType: 'Observation',
        status: 'final',
        category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey', display: 'Survey' }] }],
        code: {
          coding: [
            { system: 'http://loinc.org', code: '44261-6' },
            { system: SCORE, code: 'phq-9.total', display: 'PHQ-9 total score' },
          ],
          text: 'PHQ-9 total score',
        },
        subject: { reference: 'Patient/123' },
        effectiveDateTime: '2025-03-14T10:30:00Z',
        issued: '2025-03-14T10:31:05Z',
        performer: [{ reference: 'Patient/123' }],
        valueQuantity: { value: 11, unit: '{score}', system: 'http://unitsofmeasure.org', code: '{score}' },
        interpretation: [{ coding: [{ system: PROMKIT_CODE_SYSTEMS.band, code: 'phq-9.total.moderate', display: 'moderate' }], text: 'moderate' }],
        derivedFrom: [{ reference: 'QuestionnaireResponse/qr-1' }],
      },
    ]);
    for (const observation of observations) expectValidR4(observation);
  });

  it('PCS: one Observation per score, promkit codes where LOINC has none', () => {
    const result = score(pcs, Object.fromEntries(pcs.items.map((item) => [item.id, 2])));
    const observations = toObservations(result, { instrument: pcs });
    expect(observations.map((o) => o.code.coding!.map((c) => c.code))).toEqual(pcs.scores.map((s) => (s.loinc ? [s.loinc, `pcs.${s.name}`] : [`pcs.${s.name}`])));
    expect(observations.map((o) => o.valueQuantity!.value)).toEqual(pcs.scores.map((s) => result.scores[s.name]!.value));
    expect(observations[0]!.subject).toBeUndefined();
  });

  it('ODI: a percentage in %, and a prorated score says so in a note', () => {
    const result = score(odi, { odi_1: 1, odi_2: 2, odi_3: 3, odi_4: 4, odi_5: 5, odi_6: 0, odi_7: 1, odi_8: 2, odi_9: 3 });
    const [total] = toObservations(result, { instrument: odi });
    expect(total!.valueQuantity).toMatchObject({ value: result.scores.total!.value, unit: '%', code: '%' });
    expect(total!.note).toEqual([{ text: result.scores.total!.reason }]);
    expectValidR4(total);
  });

  it('a T-score is a second Observation with tScoreLoinc, its SE as a component, and the band when bands are on the T-score', () => {
    const observations = toObservations(score(tScaled, { a: 2, b: 2 }), { instrument: tScaled, effectivePeriod: { start: '2025-03-01', end: '2025-03-14' } });
    expect(observations).toHaveLength(2);
    const [raw, t] = observations as [Observation, Observation];
    expect(raw.code.coding![0]).toEqual({ system: 'http://loinc.org', code: '11111-1' });
    expect(raw.valueQuantity!.value).toBe(4);
    expect(raw.interpretation).toBeUndefined();
    expect(raw.effectivePeriod).toEqual({ start: '2025-03-01', end: '2025-03-14' });
    expect(t.code.coding).toEqual([
      { system: 'http://loinc.org', code: '22222-2' },
      { system: SCORE, code: 'clinic-t.total.tScore', display: 'Clinic T total (T-score)' },
    ]);
    expect(t.valueQuantity).toEqual({ value: 65, unit: '{T-score}', system: 'http://unitsofmeasure.org', code: '{T-score}' });
    expect(t.component).toEqual([
      {
        code: { coding: [{ system: SCORE, code: 'clinic-t.total.tScoreSe', display: 'Standard error of the T-score' }], text: 'Standard error of the T-score' },
        valueQuantity: { value: 4, unit: '{T-score}', system: 'http://unitsofmeasure.org', code: '{T-score}' },
      },
    ]);
    expect(t.interpretation![0]!.text).toBe('high');
    for (const observation of observations) expectValidR4(observation);
  });

  it('PROMIS PI 4a: raw 12 → T 61.2 (SE 1.8), "moderate" on the T-score', () => {
    // HealthMeasures PROMIS-29 v2.1 Pain Interference 4a table: raw 12 → T 61.2, SE 1.8; cut points: moderate 60–69.9
    const result = score(promisPi4a, { PAININ9: 3, PAININ22: 3, PAININ31: 3, PAININ34: 3 });
    const [raw, t] = toObservations(result, { instrument: promisPi4a });
    expect(raw!.valueQuantity!.value).toBe(12);
    expect(raw!.interpretation).toBeUndefined();
    expect(t!.code.coding!.at(-1)!.code).toBe('promis-pi-4a.total.tScore');
    expect(t!.valueQuantity!.value).toBe(61.2);
    expect(t!.component![0]!.valueQuantity!.value).toBe(1.8);
    expect(t!.interpretation![0]!.coding![0]!.code).toBe('promis-pi-4a.total.moderate');
    expectValidR4(t);
  });

  it('omits unscored scores by default, or marks them data-absent', () => {
    const result = score(gad7, { gad7_1: 1 });
    expect(toObservations(result, { instrument: gad7 })).toEqual([]);
    const [absent] = toObservations(result, { instrument: gad7, unscored: 'data-absent' });
    expect(absent!.valueQuantity).toBeUndefined();
    expect(absent!.dataAbsentReason).toEqual({
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason', code: 'unknown', display: 'Unknown' }],
      text: result.scores.total!.reason,
    });
    expectValidR4(absent);
  });

  it('every catalogue instrument: Observations for random results are valid R4 and carry the values', () => {
    for (const def of listInstruments()) {
      fc.assert(
        fc.property(fc.oneof(answersArb(def, true), answersArb(def)), (answers) => {
          const result = score(def, answers);
          const observations = toObservations(result, { instrument: def, ...context, unscored: 'data-absent' });
          for (const observation of observations) expectValidR4(observation);
          const values = def.scores.flatMap((s) => {
            const v = result.scores[s.name]!;
            return v.value === null ? [undefined] : v.tScore !== undefined ? [v.value, v.tScore] : [v.value];
          });
          expect(observations.map((o) => o.valueQuantity?.value)).toEqual(values);
        }),
        fcRuns(8),
      );
    }
  });
});

describe('gasToObservation', () => {
  it('turns a gasTScore result into a T-score Observation with counts and ρ', () => {
    // gasr example (taylordunn/gasr, R/calculate.R): levels -2,0,-1,2,0,1 with weights 3,5,1,4,2,6 give T = 55
    const levels = [-2, 0, -1, 2, 0, 1];
    const weights = [3, 5, 1, 4, 2, 6];
    const gas = gasTScore(levels.map((attainment, i) => ({ attainment, weight: weights[i] })));
    const observation = gasToObservation(gas, { ...context, focus: [{ reference: 'Goal/g1' }] });
    expect(observation.code.coding).toEqual([{ system: SCORE, code: 'gas.tScore', display: 'Goal Attainment Scaling T-score' }]);
    expect(observation.valueQuantity!.value).toBeCloseTo(55, 9);
    expect(observation.valueQuantity!.unit).toBe('{T-score}');
    expect(observation.focus).toEqual([{ reference: 'Goal/g1' }]);
    expect(observation.component!.map((c) => [c.code.coding![0]!.code, c.valueInteger ?? c.valueQuantity?.value])).toEqual([
      ['gas.goalsIncluded', 6],
      ['gas.goals', 6],
      ['gas.rho', 0.3],
    ]);
    expectValidR4(observation);
  });

  it('accepts a bare { tScore } and a LOINC code passed in', () => {
    const observation = gasToObservation({ tScore: 42.5 }, { loinc: { code: '99999-9', display: 'Local GAS T-score' } });
    expect(observation.code.coding![0]).toEqual({ system: 'http://loinc.org', code: '99999-9', display: 'Local GAS T-score' });
    expect(observation.component).toBeUndefined();
    expectValidR4(observation);
  });

  it('a null T-score is data-absent with the reason', () => {
    const gas = gasTScore([{ attainment: null }]);
    const observation = gasToObservation(gas, {});
    expect(observation.valueQuantity).toBeUndefined();
    expect(observation.dataAbsentReason!.text).toBe(gas.reason);
    expectValidR4(observation);
  });
});
