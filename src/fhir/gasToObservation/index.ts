import type { Observation, ObservationComponent, Reference } from 'fhir/r4';
import { describeValue, fail } from '../../errors.js';
import type { GasTScoreResult } from '../../goals/gasTScore/index.js';
import { buildObservation } from '../_lib/buildObservation.js';
import { LOINC } from '../_lib/constants.js';
import { readObservationContext, type ObservationContext } from '../_lib/readObservationContext.js';
import { scoreQuantity } from '../_lib/scoreQuantity.js';
import { promkitCodeSystems } from '../promkitCodeSystems/index.js';

/**
 * What {@link gasToObservation} reads from a GAS result: `tScore`, and where present the
 * counts and settings. A `GasTScoreResult` from `gasTScore()` fits, and so does a bare `{ tScore }`.
 *
 * @example
 * ```ts
 * const fromGoals: GasObservationInput = gasTScore(ratings);
 * const fromElsewhere: GasObservationInput = { tScore: 57.3 };
 * ```
 */
export type GasObservationInput = Pick<GasTScoreResult, 'tScore'> &
  Partial<Pick<GasTScoreResult, 'rho' | 'weighting' | 'rated' | 'included' | 'of' | 'reason'>>;

/**
 * Context of {@link gasToObservation}.
 *
 * @example
 * ```ts
 * gasToObservation(gas, { subject: { reference: 'Patient/1' }, effectiveDateTime: '2025-06-01', focus: [{ reference: 'Goal/walk' }] });
 * ```
 */
export interface GasObservationContext extends ObservationContext {
  /**
   * A LOINC code for the aggregate T-score, if your profile names one: `{ code, display? }`.
   * promkit knows none (`GAS_LOINC.tScore` is null; the LOINC GAS codes such as 107334-5 are
   * per-goal ratings, not the aggregate), so by default the code is promkit's `gas.tScore` only.
   */
  readonly loinc?: { readonly code: string; readonly display?: string };
  /** `Observation.focus`: the Goal resources the T-score aggregates. */
  readonly focus?: readonly Reference[];
  /** The base of promkit's code systems (`${base}/CodeSystem/promkit-score`); default `PROMKIT_FHIR_BASE` (a placeholder). */
  readonly base?: string;
}

/**
 * Turns a Goal Attainment Scaling T-score (from `gasTScore`) into one FHIR R4 `survey`
 * Observation.
 *
 * - `code`: `context.loinc` first where given, then always promkit's `score` code `gas.tScore`.
 * - `valueQuantity`: the T-score, unit `{T-score}` (as computed, unrounded); a null T-score
 *   gives `dataAbsentReason` `unknown` with the result's `reason` as text.
 * - `component`s where the result has them: goals included in the T-score (`gas.goalsIncluded`),
 *   goals in the set (`gas.goals`) and ρ (`gas.rho`), all promkit `score` codes.
 * - `focus` (the Goals), `subject`, `effectiveDateTime` / `effectivePeriod`, `performer`, `derivedFrom` (e.g. the
 *   per-goal rating Observations) from the context; nothing is read from the clock.
 *
 * @param gas - a `GasTScoreResult`, or any `{ tScore: number | null }`
 * @param context - `subject`, `effectiveDateTime`, `focus`, `loinc`, `base`, … (unknown keys are refused)
 * @returns a new Observation
 * @throws {PromkitError} `invalid-argument` when `tScore` is neither a finite number nor null, or
 *   a context field is malformed
 *
 * @example
 * ```ts
 * import { gasTScore } from 'promkit';
 * import { gasToObservation } from 'promkit/fhir';
 *
 * const gas = gasTScore([{ attainment: 0 }, { attainment: 1 }, { attainment: -1 }]);
 * const observation = gasToObservation(gas, {
 *   subject: { reference: 'Patient/123' },
 *   effectiveDateTime: '2025-06-01',
 *   focus: [{ reference: 'Goal/walk' }, { reference: 'Goal/sleep' }, { reference: 'Goal/work' }],
 * });
 * observation.code.coding?.[0]?.code; //=> 'gas.tScore'
 * observation.valueQuantity?.value;   //=> 50
 * ```
 */
export function gasToObservation(gas: GasObservationInput, context: GasObservationContext): Observation {
  const resolved = readObservationContext(context, ['loinc', 'focus', 'base']);
  const score = promkitCodeSystems(context.base).score;
  if (gas === null || typeof gas !== 'object') {
    fail('invalid-argument', ['gas'], gas, `gas: expected a result of gasTScore() or { tScore }, got ${describeValue(gas)}`);
  }
  const { tScore } = gas;
  if (tScore !== null && (typeof tScore !== 'number' || !Number.isFinite(tScore))) {
    fail('invalid-argument', ['gas', 'tScore'], tScore, `gas.tScore: expected a finite number or null, got ${describeValue(tScore)}`);
  }
  const loinc = context.loinc;
  if (loinc !== undefined && (loinc === null || typeof loinc !== 'object' || typeof loinc.code !== 'string' || !/^\d+-\d$/.test(loinc.code))) {
    fail('invalid-argument', ['context', 'loinc'], loinc, `context.loinc: expected { code: a LOINC code such as '12345-6', display? }, got ${describeValue(loinc)}`);
  }
  const focus = context.focus;
  if (focus !== undefined && !Array.isArray(focus)) {
    fail('invalid-argument', ['context', 'focus'], focus, `context.focus: expected an array of References to Goals, got ${describeValue(focus)}`);
  }
  const label = 'Goal Attainment Scaling T-score';
  const coding = [];
  if (loinc) coding.push(loinc.display ? { system: LOINC, code: loinc.code, display: loinc.display } : { system: LOINC, code: loinc.code });
  coding.push({ system: score, code: 'gas.tScore', display: label });

  const component: ObservationComponent[] = [];
  const count = (code: string, display: string, value: number | undefined) => {
    if (typeof value === 'number' && Number.isInteger(value)) {
      component.push({ code: { coding: [{ system: score, code, display }], text: display }, valueInteger: value });
    }
  };
  count('gas.goalsIncluded', 'Goals included in the T-score', gas.included);
  count('gas.goals', 'Goals in the set', gas.of);
  if (typeof gas.rho === 'number' && Number.isFinite(gas.rho)) {
    const display = 'Assumed correlation between goals (ρ)';
    component.push({ code: { coding: [{ system: score, code: 'gas.rho', display }], text: display }, valueQuantity: { value: gas.rho, unit: '1', system: 'http://unitsofmeasure.org', code: '1' } });
  }

  return buildObservation(resolved, {
    code: { coding, text: label },
    ...(tScore === null ? { absentBecause: gas.reason ?? 'No goal was rated.' } : { valueQuantity: scoreQuantity(tScore, '{T-score}') }),
    ...(tScore !== null && gas.reason ? { note: gas.reason } : {}),
    ...(focus && focus.length > 0 ? { focus: focus.map((r) => ({ ...r })) } : {}),
    component,
  });
}
