import { describeValue, fail } from '../../errors.js';
import { readScore, requireDirection, resolveContext, sign } from '../_lib/context.js';
import { tidy } from '../_lib/numbers.js';
import { requiredNumber, resolveNorm, resolveReliability } from '../_lib/psychometrics.js';
import type { Direction, ScoreContextOptions, ScoreInput, SourcedValue } from '../_lib/types.js';

/**
 * Reliable change methods, named as in Bauer, Lambert & Nielsen (2004):
 * - `'jacobson-truax'` (JT; default) — Jacobson & Truax 1991, with Christensen & Mendoza's S_diff
 * - `'gulliksen-lord-novick'` (GLN) — regression to the pre-test mean
 * - `'edwards-nunnally'` (EN) — confidence interval around the estimated true pre-test score
 * - `'hsu-linn-lord'` (HLL) — GLN with the post-test mean
 * - `'hageman-arrindell'` (HA) — uses the reliability of the difference scores
 */
export type RciMethod = 'jacobson-truax' | 'gulliksen-lord-novick' | 'edwards-nunnally' | 'hsu-linn-lord' | 'hageman-arrindell';

const METHODS: readonly RciMethod[] = ['jacobson-truax', 'gulliksen-lord-novick', 'edwards-nunnally', 'hsu-linn-lord', 'hageman-arrindell'];

/** Options of {@link reliableChange}. */
export interface ReliableChangeOptions extends ScoreContextOptions {
  /** Default `'jacobson-truax'`. */
  readonly method?: RciMethod;
  /** Reliability r_xx (pre-test). Default: the score's stored reliability. */
  readonly reliability?: number;
  /** Pre-test SD. Default: the stored reference population's SD, else the dysfunctional one's. */
  readonly sd?: number;
  /** Pre-test mean (GLN, EN, HLL, HA). Default: as for `sd`. */
  readonly mean?: number;
  /** Post-test mean of the sample (HLL, HA). Never stored; required by those methods. */
  readonly postMean?: number;
  /** Post-test SD of the sample (HA). Required by HA. */
  readonly postSd?: number;
  /**
   * Post-test reliability (HA). Default: `(postSd² − SE²) / postSd²`, i.e. the same error
   * variance at both occasions, as the clinicalsignificance package does.
   */
  readonly postReliability?: number;
  /** Pre–post correlation in the sample, r₁₂ (HA). Required by HA. */
  readonly correlation?: number;
  /** |RCI| must exceed this to count as reliable. Default 1.96; 1.65 for HA. */
  readonly criterion?: number;
}

/** The inputs a method used, each with its source. */
export interface ReliableChangeInputs {
  readonly reliability: SourcedValue;
  readonly sd: SourcedValue;
  readonly mean?: SourcedValue;
  readonly postMean?: SourcedValue;
  readonly postSd?: SourcedValue;
  readonly postReliability?: SourcedValue;
  readonly correlation?: SourcedValue;
}

/** The result of {@link reliableChange}. */
export interface ReliableChangeResult {
  readonly kind: 'reliable-change';
  readonly method: RciMethod;
  readonly baseline: number;
  readonly followUp: number;
  /** followUp − baseline. */
  readonly difference: number;
  /** The reliable change index (positive = the score went up). */
  readonly rci: number;
  /** The criterion |RCI| had to exceed, with its source. */
  readonly criterion: SourcedValue;
  /** |RCI| > criterion. */
  readonly reliable: boolean;
  /** Direction-aware: `improved`/`deteriorated` when reliable, else `unchanged`. */
  readonly classification: 'improved' | 'deteriorated' | 'unchanged';
  readonly direction: Direction;
  /** Standard error of measurement, SE = SD·√(1 − r_xx). */
  readonly standardError: number;
  /** The standard error the index divides by (S_diff for JT). */
  readonly denominator: number;
  /**
   * JT only: criterion × S_diff, the smallest |difference| that counts as reliable (in points);
   * null for the other methods, whose threshold depends on the baseline.
   */
  readonly reliableChangeThreshold: number | null;
  /** HA only: the reliability of the difference scores, r_dd. */
  readonly differenceReliability?: number;
  readonly inputs: ReliableChangeInputs;
}

/**
 * @summary Reliable change index (RCI) between two time points, by one of five published methods.
 *
 * @remarks
 * With SE = SD·√(1 − r_xx) (x₁ baseline, x₂ follow-up, M the pre-test mean, r = r_xx):
 *
 * | method | RCI | default criterion |
 * |---|---|---|
 * | `jacobson-truax` | (x₂ − x₁) / S_diff, S_diff = √2·SE | 1.96 |
 * | `gulliksen-lord-novick` | [(x₂ − M) − r(x₁ − M)] / (SD·√(1 − r²)) | 1.96 |
 * | `edwards-nunnally` | [x₂ − (r(x₁ − M) + M)] / SE | 1.96 |
 * | `hsu-linn-lord` | [(x₂ − M_post) − r(x₁ − M)] / (SD·√(1 − r²)) | 1.96 |
 * | `hageman-arrindell` | [(x₂ − x₁)·r_dd + (M_post − M)(1 − r_dd)] / (√r_dd·√2·SE) | 1.65 |
 *
 * with, for HA, r_dd = (SD²·r + SD_post²·r_post − 2·SD·SD_post·r₁₂) /
 * (SD² + SD_post² − 2·SD·SD_post·r₁₂) and r_post defaulting to (SD_post² − SE²)/SD_post².
 * These are the formulas of the clinicalsignificance R package v3.0.0 (`R/calc_rci.R`,
 * Claus, Wager & Bonnet), which follows Bauer et al. (2004). Edwards–Nunnally's original
 * interval is ±2 SE; promkit, like the package, uses 1.96 by default (pass `criterion: 2`).
 * Hageman & Arrindell use 1.65, which promkit and the package keep as the HA default.
 *
 * Change is reliable when |RCI| > criterion (strictly). Classification is direction-aware:
 * `improved` when the RCI points the better way, `deteriorated` the other way, else
 * `unchanged`. JT is antisymmetric (swapping the time points negates the RCI) and gives 0 for
 * no change; the regression-based methods (GLN, EN, HLL) can flag an unchanged score far from
 * the mean as reliable change, because they expect it to regress toward the mean.
 *
 * Inputs default to the stored psychometrics of `{ instrument, score }` (`score` defaults to
 * `'total'`): reliability, then the reference population's SD and mean (or, failing that, the
 * dysfunctional population's). `inputs` reports each value used and its source (caller, or the
 * definition's citation). HLL needs `postMean`; HA needs `postMean`, `postSd` and
 * `correlation`, which are sample statistics and never stored.
 *
 * @param baseline - the earlier score (number or `ScoreValue`)
 * @param followUp - the later score
 * @param options - method, psychometric inputs, criterion, direction or `{ instrument, score }`
 * @returns the index, whether it is reliable, the classification and the inputs used
 * @throws {PromkitError} `invalid-argument` when an input is missing (none given, none stored),
 *   out of range (reliability outside (0, 1), SD ≤ 0, HA with r_dd ≤ 0), the direction is
 *   unknown, or a score is not a finite number
 *
 * @see Jacobson NS, Truax P. Clinical significance: a statistical approach to defining
 *   meaningful change in psychotherapy research. J Consult Clin Psychol. 1991;59(1):12-19.
 *   doi:10.1037/0022-006X.59.1.12
 * @see Bauer S, Lambert MJ, Nielsen SL. Clinical significance methods: a comparison of
 *   statistical techniques. J Pers Assess. 2004;82(1):60-70.
 * @see Hageman WJ, Arrindell WA. Establishing clinically significant change: increment of
 *   precision and the distinction between individual and group level of analysis. Behav Res
 *   Ther. 1999;37(12):1169-1193.
 * @see Claus BB, Wager J, Bonnet U. clinicalsignificance: Clinical Significance Analyses of
 *   Intervention Studies in R. J Stat Softw. 2024;111(1):1-39. doi:10.18637/jss.v111.i01
 *
 * @example
 * ```ts
 * import { reliableChange } from 'promkit';
 *
 * const rc = reliableChange(20, 8, { reliability: 0.8, sd: 5, direction: 'higher-is-worse' });
 * rc.rci;                     //=> -3.79473319220206
 * rc.reliable;                //=> true
 * rc.classification;          //=> 'improved'
 * rc.reliableChangeThreshold; //=> 6.19806421393002
 * ```
 */
export function reliableChange(baseline: ScoreInput, followUp: ScoreInput, options?: ReliableChangeOptions): ReliableChangeResult {
  const ctx = resolveContext(options);
  const o = options ?? {};
  const method = o.method ?? 'jacobson-truax';
  if (!METHODS.includes(method)) {
    fail('invalid-argument', ['options', 'method'], method, `options.method: expected one of ${METHODS.map((m) => `'${m}'`).join(', ')}, got ${describeValue(method)}`);
  }
  const x1 = readScore(baseline, ctx, ['baseline']);
  const x2 = readScore(followUp, ctx, ['followUp']);
  const direction = requireDirection(ctx);
  const reliability = resolveReliability(o.reliability, ctx, ['options', 'reliability']);
  const sd = resolveNorm(o.sd, 'sd', ctx, ['options', 'sd'], method);
  const r = reliability.value;
  const s = sd.value;
  const se = s * Math.sqrt(1 - r);
  const inputs: { -readonly [K in keyof ReliableChangeInputs]: ReliableChangeInputs[K] } = { reliability, sd };
  const criterionDefault = method === 'hageman-arrindell' ? 1.65 : 1.96;
  let criterion: SourcedValue;
  if (o.criterion !== undefined) {
    if (typeof o.criterion !== 'number' || !Number.isFinite(o.criterion) || o.criterion <= 0) {
      fail('invalid-argument', ['options', 'criterion'], o.criterion, `options.criterion: expected a number > 0 (e.g. 1.96 for a two-sided 5 % level), got ${describeValue(o.criterion)}`);
    }
    criterion = { value: o.criterion, source: { from: 'caller' } };
  } else {
    criterion = {
      value: criterionDefault,
      source: {
        from: 'default',
        note: method === 'hageman-arrindell'
          ? 'Hageman & Arrindell 1999 and the clinicalsignificance package use 1.65 for the HA index'
          : 'two-sided 5 % level of the standard normal (Jacobson & Truax 1991)',
      },
    };
  }

  let numerator: number;
  let denominator: number;
  let rdd: number | undefined;
  const needMean = () => (inputs.mean = resolveNorm(o.mean, 'mean', ctx, ['options', 'mean'], method)).value;
  switch (method) {
    case 'jacobson-truax':
      numerator = x2 - x1;
      denominator = Math.SQRT2 * se;
      break;
    case 'gulliksen-lord-novick': {
      const m = needMean();
      numerator = x2 - m - r * (x1 - m);
      denominator = s * Math.sqrt(1 - r * r);
      break;
    }
    case 'edwards-nunnally': {
      const m = needMean();
      numerator = x2 - (r * (x1 - m) + m);
      denominator = se;
      break;
    }
    case 'hsu-linn-lord': {
      const m = needMean();
      const post = (inputs.postMean = requiredNumber(o.postMean, ['options', 'postMean'], 'hsu-linn-lord', 'the mean of the follow-up scores in the sample')).value;
      numerator = x2 - post - r * (x1 - m);
      denominator = s * Math.sqrt(1 - r * r);
      break;
    }
    case 'hageman-arrindell': {
      const m = needMean();
      const postMean = (inputs.postMean = requiredNumber(o.postMean, ['options', 'postMean'], 'hageman-arrindell', 'the mean of the follow-up scores in the sample')).value;
      const s2 = (inputs.postSd = requiredNumber(o.postSd, ['options', 'postSd'], 'hageman-arrindell', 'the SD of the follow-up scores in the sample', (x) => x > 0, 'a number > 0')).value;
      const r12 = (inputs.correlation = requiredNumber(o.correlation, ['options', 'correlation'], 'hageman-arrindell', 'the pre–post correlation of the scores in the sample', (x) => x >= -1 && x <= 1, 'a correlation between -1 and 1')).value;
      let r2: number;
      if (o.postReliability !== undefined) {
        r2 = resolveReliability(o.postReliability, ctx, ['options', 'postReliability']).value;
        inputs.postReliability = { value: r2, source: { from: 'caller' } };
      } else {
        r2 = (s2 * s2 - se * se) / (s2 * s2);
        if (!(r2 > 0)) {
          fail('invalid-argument', ['options', 'postSd'], o.postSd, `options.postSd: ${s2} is not above the standard error of measurement (${tidy(se)}), so the derived post-test reliability is not positive; pass options.postReliability`);
        }
        inputs.postReliability = { value: tidy(r2), source: { from: 'default', note: 'derived as (postSd² − SE²) / postSd²: the same error variance at both occasions (clinicalsignificance package)' } };
      }
      const cross = 2 * s * s2 * r12;
      const varDiff = s * s + s2 * s2 - cross;
      if (!(varDiff > 0)) {
        fail('invalid-argument', ['options', 'correlation'], o.correlation, 'options.correlation: with these SDs the variance of the difference scores is not positive; check sd, postSd and correlation');
      }
      rdd = (s * s * r + s2 * s2 * r2 - cross) / varDiff;
      if (!(rdd > 0)) {
        fail('invalid-argument', ['options', 'correlation'], o.correlation, `options.correlation: the reliability of the difference scores r_dd = ${tidy(rdd)} is not positive, so the Hageman–Arrindell index is undefined (the pre–post correlation is at least as high as the reliabilities); use another method`);
      }
      numerator = (x2 - x1) * rdd + (postMean - m) * (1 - rdd);
      denominator = Math.sqrt(rdd) * Math.SQRT2 * se;
      break;
    }
  }
  const rci = tidy(numerator / denominator);
  const reliable = Math.abs(rci) > criterion.value;
  const signed = sign(direction) * rci;
  const result: { -readonly [K in keyof ReliableChangeResult]: ReliableChangeResult[K] } = {
    kind: 'reliable-change',
    method,
    baseline: x1,
    followUp: x2,
    difference: tidy(x2 - x1),
    rci,
    criterion,
    reliable,
    classification: signed > criterion.value ? 'improved' : signed < -criterion.value ? 'deteriorated' : 'unchanged',
    direction,
    standardError: tidy(se),
    denominator: tidy(denominator),
    reliableChangeThreshold: method === 'jacobson-truax' ? tidy(criterion.value * denominator) : null,
    inputs,
  };
  if (rdd !== undefined) result.differenceReliability = tidy(rdd);
  return result;
}
