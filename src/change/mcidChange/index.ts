import { describeValue, fail } from '../../errors.js';
import { definitionSource, requireDirection, resolveContext } from '../_lib/context.js';
import type { McidInput, ScoreContextOptions, ScoreInput, ValueSource } from '../_lib/types.js';
import { change, type ChangeResult } from '../change/index.js';

/** Options of {@link mcidChange}. */
export interface McidChangeOptions extends ScoreContextOptions {
  /**
   * Your own MCID: a number of points, or `{ value, unit: 'points' | 'percent' }`. When given,
   * only it is used; otherwise every MCID stored on the score is.
   */
  readonly mcid?: number | McidInput;
  /** Floor for percent MCIDs; see {@link change}. */
  readonly floor?: number;
}

/** The verdict against one MCID. */
export interface McidVerdict {
  readonly value: number;
  readonly unit: 'points' | 'percent';
  /** The population the MCID was published for; null for a caller's value. */
  readonly population: string | null;
  /** How it was derived (anchor-based, distribution-based …), when stored. */
  readonly method: string | null;
  readonly source: ValueSource;
  /**
   * `improved` when the improvement (points or percent) is ≥ the MCID, `deteriorated` when it
   * is ≤ −MCID, else `unchanged`; null when a percent MCID meets an undefined percentage.
   */
  readonly classification: 'improved' | 'deteriorated' | 'unchanged' | null;
  /** Why the classification is null. */
  readonly reason?: string;
}

/** The result of {@link mcidChange}. */
export interface McidChangeResult {
  readonly kind: 'mcid-change';
  readonly change: ChangeResult;
  /** One verdict per MCID, in the order stored (or the caller's one). */
  readonly verdicts: readonly McidVerdict[];
  /**
   * True when at least one MCID is met; false when every verdict is known and none is; null
   * when none is met but some could not be decided.
   */
  readonly improved: boolean | null;
}

function readMcid(mcid: unknown): McidInput {
  if (typeof mcid === 'number' && Number.isFinite(mcid) && mcid > 0) return { value: mcid, unit: 'points' };
  if (mcid !== null && typeof mcid === 'object') {
    const m = mcid as Record<string, unknown>;
    if (typeof m.value === 'number' && Number.isFinite(m.value) && m.value > 0 && (m.unit === 'points' || m.unit === 'percent')) {
      return { value: m.value, unit: m.unit };
    }
  }
  return fail('invalid-argument', ['options', 'mcid'], mcid, `options.mcid: expected a number of points > 0 or { value: > 0, unit: 'points' | 'percent' }, got ${describeValue(mcid)}`);
}

/**
 * @summary Classifies a change against minimal clinically important differences (MCIDs).
 *
 * @remarks
 * Uses the caller's `mcid` if given, else every MCID stored on the score (each may be in points
 * or percent, with its population and source). For each:
 * - points: `improved` when improvement ≥ MCID, `deteriorated` when improvement ≤ −MCID;
 * - percent: the same with {@link change}'s `percentImprovement` (relative to the baseline's
 *   distance from the scale floor); null with a `reason` when that percentage is undefined
 *   (baseline at the floor, see {@link change});
 * - otherwise `unchanged`.
 * Reaching the MCID exactly counts (≥), the usual reading of "a change of at least the MCID".
 * Stored MCIDs come from different populations and methods: read `population` before choosing.
 *
 * @param baseline - the earlier score
 * @param followUp - the later score
 * @param options - `{ instrument, score }` and/or `mcid`, `direction`, `floor`
 * @returns the change and a verdict per MCID
 * @throws {PromkitError} when there is no MCID (none given, none stored), the direction is
 *   unknown, or a score is invalid
 *
 * @see Jaeschke R, Singer J, Guyatt GH. Measurement of health status: ascertaining the minimal
 *   clinically important difference. Control Clin Trials. 1989;10(4):407-415.
 *
 * @example
 * ```ts
 * import { mcidChange } from 'promkit';
 * import { phq9 } from 'promkit/instruments';
 *
 * const m = mcidChange(17, 11, { instrument: phq9 });
 * m.verdicts[0].classification; //=> 'improved' (6 points ≥ the stored MCID of 5; Löwe 2004)
 * mcidChange(6, 4, { mcid: { value: 30, unit: 'percent' }, direction: 'higher-is-worse' }).improved;
 * //=> true (33 % improvement)
 * ```
 */
export function mcidChange(baseline: ScoreInput, followUp: ScoreInput, options?: McidChangeOptions): McidChangeResult {
  const ctx = resolveContext(options);
  requireDirection(ctx);
  const c = change(baseline, followUp, options);
  const targets: { value: number; unit: 'points' | 'percent'; population: string | null; method: string | null; source: ValueSource }[] = [];
  if (options?.mcid !== undefined) {
    const m = readMcid(options.mcid);
    targets.push({ ...m, population: null, method: null, source: { from: 'caller' } });
  } else {
    for (const m of ctx.score?.psychometrics?.mcid ?? []) {
      targets.push({ value: m.value, unit: m.unit, population: m.population, method: m.method ?? null, source: definitionSource(ctx, m.source, m.population) });
    }
  }
  if (targets.length === 0) {
    fail('invalid-argument', ['options', 'mcid'], undefined, `options.mcid: no MCID was given and ${ctx.instrument ? `none is stored for ${ctx.instrument.id} '${ctx.scoreName}'` : 'no { instrument, score } was given'}; pass mcid: a number of points or { value, unit: 'points' | 'percent' }`);
  }
  const verdicts: McidVerdict[] = targets.map((t) => {
    const amount = t.unit === 'points' ? c.improvement : c.percentImprovement;
    if (amount === null) {
      return { ...t, classification: null, reason: c.percentReason ?? 'percent improvement is undefined' };
    }
    const classification = amount >= t.value ? 'improved' : amount <= -t.value ? 'deteriorated' : 'unchanged';
    return { ...t, classification };
  });
  const improved = verdicts.some((v) => v.classification === 'improved')
    ? true
    : verdicts.some((v) => v.classification === null)
      ? null
      : false;
  return { kind: 'mcid-change', change: c, verdicts, improved };
}
