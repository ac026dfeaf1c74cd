import { describeValue, fail } from '../../errors.js';
import { readScore, requireDirection, resolveContext, sign } from '../_lib/context.js';
import { tidy } from '../_lib/numbers.js';
import { resolvePopulation, type SourcedPopulation } from '../_lib/psychometrics.js';
import type { Direction, PopulationInput, ScoreInput } from '../_lib/types.js';
import { reliableChange, type ReliableChangeOptions, type ReliableChangeResult } from '../reliableChange/index.js';

export type { SourcedPopulation } from '../_lib/psychometrics.js';

/** Options of {@link clinicalSignificance}. */
export interface ClinicalSignificanceOptions extends ReliableChangeOptions {
  /** Functional (non-clinical) population; default: the score's stored `functional`. */
  readonly functional?: PopulationInput;
  /** Dysfunctional (clinical) population; default: the score's stored `dysfunctional`. */
  readonly dysfunctional?: PopulationInput;
  /**
   * Which cut-off to use: `'a'`, `'b'`, `'c'`, or your own number. Default: `'c'` when both
   * populations are known, else `'a'` (only dysfunctional known) or `'b'` (only functional).
   */
  readonly cutoff?: 'a' | 'b' | 'c' | number;
}

/** Jacobson–Truax outcome category. */
export type ClinicalSignificanceCategory = 'recovered' | 'improved' | 'unchanged' | 'deteriorated';

/** The result of {@link clinicalSignificance}. */
export interface ClinicalSignificanceResult {
  readonly kind: 'clinical-significance';
  readonly baseline: number;
  readonly followUp: number;
  readonly direction: Direction;
  /** The three Jacobson–Truax cut-offs; null when the population they need is unknown. */
  readonly cutoffs: { readonly a: number | null; readonly b: number | null; readonly c: number | null };
  /** The cut-off used, which one, and why. */
  readonly cutoff: { readonly type: 'a' | 'b' | 'c' | 'caller'; readonly value: number; readonly rule: string };
  readonly populations: { readonly functional: SourcedPopulation | null; readonly dysfunctional: SourcedPopulation | null };
  /** The baseline lies strictly on the dysfunctional side of the cut-off. */
  readonly baselineDysfunctional: boolean;
  /** The follow-up lies strictly on the functional side of the cut-off. */
  readonly followUpFunctional: boolean;
  /** The reliable change part (Jacobson–Truax unless `method` says otherwise). */
  readonly reliableChange: ReliableChangeResult;
  readonly category: ClinicalSignificanceCategory;
}

/**
 * @summary Jacobson–Truax clinical significance: reliable change plus crossing a cut-off.
 *
 * @remarks
 * Cut-offs (M, SD of the dysfunctional population d and the functional population f), written
 * for higher-is-better; for higher-is-worse the ± signs flip:
 * - a = M_d + 2·SD_d — two SDs beyond the dysfunctional mean, toward better;
 * - b = M_f − 2·SD_f — within two SDs of the functional mean;
 * - c = (SD_f·M_d + SD_d·M_f) / (SD_f + SD_d) — where the two distributions meet (no direction).
 *
 * Which cut-off: `options.cutoff` if given; else c when both populations are known (Jacobson &
 * Truax recommend c when norms exist and overlap), else a when only the dysfunctional
 * population is known, else b when only the functional one is. Populations come from the
 * options, else from the score's stored `functional` / `dysfunctional` psychometrics.
 *
 * Categories (Jacobson & Truax 1991):
 * - `recovered`: reliably improved, baseline on the dysfunctional side and follow-up on the
 *   functional side;
 * - `improved`: reliably improved but not recovered (including a baseline already on the
 *   functional side);
 * - `unchanged`: no reliable change;
 * - `deteriorated`: reliably worse.
 * A score exactly at the cut-off counts as on neither side (as in the clinicalsignificance
 * package). Note: clinicalsignificance ≤ 3.0.0 computes b with the dysfunctional SD;
 * promkit follows the paper and uses the functional SD.
 *
 * The reliable change part takes every option of {@link reliableChange}; when no reference SD
 * is given or stored, the dysfunctional population's SD and mean are used (the pre-treatment
 * SD, as Jacobson & Truax did).
 *
 * @param baseline - the earlier score
 * @param followUp - the later score
 * @param options - populations, cut-off, reliability/SD, direction or `{ instrument, score }`
 * @returns the cut-offs, the category and the reliable change result
 * @throws {PromkitError} when neither population is known, a population is invalid, or the
 *   reliable change inputs are missing (see {@link reliableChange})
 *
 * @see Jacobson NS, Truax P. Clinical significance: a statistical approach to defining
 *   meaningful change in psychotherapy research. J Consult Clin Psychol. 1991;59(1):12-19.
 *   doi:10.1037/0022-006X.59.1.12
 * @see Jacobson NS, Follette WC, Revenstorf D. Psychotherapy outcome research: methods for
 *   reporting variability and evaluating clinical significance. Behav Ther. 1984;15(4):336-352.
 *
 * @example
 * ```ts
 * import { clinicalSignificance } from 'promkit';
 *
 * // BDI-II (higher is worse): clinical M 35.48, SD 8.16; functional M 7.69, SD 7.52
 * const cs = clinicalSignificance(38, 12, {
 *   direction: 'higher-is-worse', reliability: 0.801,
 *   dysfunctional: { mean: 35.48, sd: 8.16 }, functional: { mean: 7.69, sd: 7.52 },
 * });
 * cs.cutoff;   //=> { type: 'c', value: 21.0178571428571, rule: 'c: both populations are known' }
 * cs.category; //=> 'recovered'
 * ```
 */
export function clinicalSignificance(
  baseline: ScoreInput,
  followUp: ScoreInput,
  options?: ClinicalSignificanceOptions,
): ClinicalSignificanceResult {
  const ctx = resolveContext(options);
  const o = options ?? {};
  const direction = requireDirection(ctx);
  const functional = resolvePopulation(o.functional, 'functional', ctx, ['options', 'functional']);
  const dysfunctional = resolvePopulation(o.dysfunctional, 'dysfunctional', ctx, ['options', 'dysfunctional']);
  const s = sign(direction);
  const cutoffs = {
    a: dysfunctional ? tidy(dysfunctional.mean + s * 2 * dysfunctional.sd) : null,
    b: functional ? tidy(functional.mean - s * 2 * functional.sd) : null,
    c:
      functional && dysfunctional
        ? tidy((functional.sd * dysfunctional.mean + dysfunctional.sd * functional.mean) / (functional.sd + dysfunctional.sd))
        : null,
  };
  let cutoff: ClinicalSignificanceResult['cutoff'];
  const requested = o.cutoff;
  if (typeof requested === 'number') {
    if (!Number.isFinite(requested)) {
      fail('not-finite', ['options', 'cutoff'], requested, `options.cutoff: expected 'a', 'b', 'c' or a finite number, got ${describeValue(requested)}`);
    }
    cutoff = { type: 'caller', value: requested, rule: "the caller's cut-off" };
  } else if (requested === 'a' || requested === 'b' || requested === 'c') {
    const value = cutoffs[requested];
    if (value === null) {
      const needs = requested === 'a' ? 'the dysfunctional population' : requested === 'b' ? 'the functional population' : 'both populations';
      fail('invalid-argument', ['options', 'cutoff'], requested, `options.cutoff: cut-off ${requested} needs ${needs} (mean and SD); pass options.${requested === 'b' ? 'functional' : requested === 'a' ? 'dysfunctional' : 'functional and options.dysfunctional'} or use a definition that stores it`);
    }
    cutoff = { type: requested, value, rule: `${requested}: requested by the caller` };
  } else if (requested !== undefined) {
    return fail('invalid-argument', ['options', 'cutoff'], requested, `options.cutoff: expected 'a', 'b', 'c' or a finite number, got ${describeValue(requested)}`);
  } else if (cutoffs.c !== null) {
    cutoff = { type: 'c', value: cutoffs.c, rule: 'c: both populations are known' };
  } else if (cutoffs.a !== null) {
    cutoff = { type: 'a', value: cutoffs.a, rule: 'a: only the dysfunctional population is known' };
  } else if (cutoffs.b !== null) {
    cutoff = { type: 'b', value: cutoffs.b, rule: 'b: only the functional population is known' };
  } else {
    return fail('invalid-argument', ['options', 'functional'], undefined, `options.functional: clinical significance needs a functional and/or a dysfunctional population (mean and SD) or a numeric options.cutoff; none was given and ${ctx.instrument ? `none is stored for ${ctx.instrument.id} '${ctx.scoreName}'` : 'no { instrument, score } was given'}`);
  }

  // The reliable change part: fall back to the dysfunctional population for SD and mean.
  const rcOptions: ReliableChangeOptions = {
    ...o,
    direction,
    ...(o.sd === undefined && !ctx.score?.psychometrics?.reference && dysfunctional ? { sd: dysfunctional.sd } : {}),
    ...(o.mean === undefined && !ctx.score?.psychometrics?.reference && dysfunctional ? { mean: dysfunctional.mean } : {}),
  };
  let rc = reliableChange(baseline, followUp, rcOptions);
  // Report the population's own source rather than "caller" for each value it lent: the SD and
  // the mean independently (the caller may give one and not the other).
  const sdLent = o.sd === undefined && rcOptions.sd !== undefined;
  const meanLent = o.mean === undefined && rcOptions.mean !== undefined && rc.inputs.mean !== undefined;
  if (dysfunctional && (sdLent || meanLent)) {
    rc = {
      ...rc,
      inputs: {
        ...rc.inputs,
        ...(sdLent ? { sd: { value: dysfunctional.sd, source: dysfunctional.source } } : {}),
        ...(meanLent ? { mean: { value: dysfunctional.mean, source: dysfunctional.source } } : {}),
      },
    };
  }
  const x1 = readScore(baseline, ctx, ['baseline']);
  const x2 = readScore(followUp, ctx, ['followUp']);
  const c = cutoff.value;
  const baselineDysfunctional = s * x1 < s * c;
  const followUpFunctional = s * x2 > s * c;
  let category: ClinicalSignificanceCategory;
  if (rc.classification === 'deteriorated') category = 'deteriorated';
  else if (rc.classification === 'unchanged') category = 'unchanged';
  else category = baselineDysfunctional && followUpFunctional ? 'recovered' : 'improved';
  return {
    kind: 'clinical-significance',
    baseline: x1,
    followUp: x2,
    direction,
    cutoffs,
    cutoff,
    populations: { functional, dysfunctional },
    baselineDysfunctional,
    followUpFunctional,
    reliableChange: rc,
    category,
  };
}
