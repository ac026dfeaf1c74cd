import { describeValue, PromkitError, type SafeResult } from '../errors.js';
import type { Band, Instrument } from '../model/schema.js';
import { bandHolding } from '../model/bands.js';
import { acquireBuffers, compile, releaseBuffers, type Buffers, type CompiledInstrument, type CompiledScore } from './compile.js';
import { computeValue, requiredAnswers } from './compute.js';
import { resolvePolicy, type ResolvedPolicy } from './policy.js';
import { insufficientWhy, proratedWhy, unweightedReason } from './reasons.js';
import { readResponses, type Responses } from './responses.js';

/**
 * Which missing-item rule to apply.
 * - `'official'` (default): each score's published rule, as stored in the definition.
 * - `'strict'`: every item of a score must be answered, or the score is `null`.
 * - `{ minAnswered }`: your own threshold for every score (capped at the score's item count),
 *   prorated and rounded as the definition says. A score that cannot be prorated — items with
 *   different ranges, or weights chosen by another item (`weightsBy`) — still needs every item.
 */
export type MissingPolicy = 'official' | 'strict' | { readonly minAnswered: number };

/** Options of {@link score}. */
export interface ScoreOptions {
  /** Missing-item policy; default `'official'`. */
  readonly missing?: MissingPolicy;
}

/** One computed score (total or subscale). */
export interface ScoreValue {
  /** The score, or null when the missing-item rule is not met. */
  readonly value: number | null;
  /** The declared range of `value`. */
  readonly range: readonly [number, number];
  /** `scored`: every item answered; `prorated`: computed from fewer items as the rule allows. */
  readonly status: 'scored' | 'prorated' | 'insufficient-items';
  /** Items of this score that were answered. */
  readonly answered: number;
  /** Items in this score. */
  readonly of: number;
  /** The band holding the value (or the T-score, where the bands are on the T-score). */
  readonly band?: Band;
  /** T-score from the conversion table, where one applies. */
  readonly tScore?: number;
  /** Standard error of the T-score, where a conversion table applies. */
  readonly se?: number;
  /** A sentence saying why the score is prorated or missing. */
  readonly reason?: string;
}

/** The result of scoring one set of responses. */
export interface ScoreResult {
  /** Which instrument (and version) produced the result. */
  readonly instrument: { readonly id: string; readonly version: string; readonly title: string };
  /** Scores keyed by name: `total`, or the published subscale names. */
  readonly scores: Readonly<Record<string, ScoreValue>>;
  /** The instrument's flags: true, false, or null when an input it needs is missing. */
  readonly flags: Readonly<Record<string, boolean | null>>;
  /** Rule-based categories (e.g. START Back risk group): the label, or null when undetermined. */
  readonly classifications: Readonly<Record<string, string | null>>;
  /** The missing-item policy that was applied. */
  readonly missingPolicy: 'official' | 'strict' | 'custom';
}

/**
 * Scores one set of responses with an instrument definition.
 *
 * Applies reverse scoring, each score's method (sum, mean, percent of maximum, count or
 * conversion table), its bands, the instrument's flags and classifications, and each score's
 * missing-item rule: with every item answered the score is `scored`; with at least the rule's
 * minimum it is `prorated` (a sum scaled by items/answered and rounded as the rule says; a mean
 * or percentage over the answered items); below that its value is `null` with a `reason`.
 *
 * @param definition - a shipped instrument (`promkit/instruments`) or one from `defineInstrument`
 * @param responses - a record keyed by item id, or an array in item order; null/undefined = unanswered
 * @param options - e.g. `{ missing: 'strict' }`
 * @returns the scores, flags and classifications
 * @throws {PromkitError} when an answer is not a number, not finite, not allowed for its item,
 *   or names an unknown item, or the array has the wrong length; each issue names the item, the
 *   value received and what is allowed
 *
 * @example
 * ```ts
 * import { score } from 'promkit';
 * import { phq9 } from 'promkit/instruments';
 *
 * const result = score(phq9, [1, 2, 1, 2, 1, 1, 2, 1, 0]);
 * result.scores.total.value;       //=> 11
 * result.scores.total.band?.label; //=> 'moderate'
 * result.flags.item9Positive;      //=> false
 * ```
 */
export function score(definition: Instrument, responses: Responses, options?: ScoreOptions): ScoreResult {
  const compiled = compile(definition);
  const policy = resolvePolicy(options);
  return scoreOne(compiled, policy, responses);
}

/** Reads and scores one response set in buffers of its own for the duration of the call. */
function scoreOne(compiled: CompiledInstrument, policy: ResolvedPolicy, responses: unknown): ScoreResult {
  const buffers = acquireBuffers(compiled);
  try {
    readResponses(compiled, responses, buffers);
    return computeResult(compiled, policy, buffers);
  } finally {
    releaseBuffers(compiled, buffers);
  }
}

/**
 * Like {@link score}, but returns `{ success: true, data }` or `{ success: false, error }`
 * instead of throwing for bad input.
 *
 * @example
 * ```ts
 * const outcome = safeScore(phq9, { phq9_1: 7 });
 * if (!outcome.success) outcome.error.issues[0].code; //=> 'out-of-range'
 * ```
 */
export function safeScore(definition: Instrument, responses: Responses, options?: ScoreOptions): SafeResult<ScoreResult> {
  try {
    return { success: true, data: score(definition, responses, options) };
  } catch (error) {
    if (error instanceof PromkitError) return { success: false, error };
    throw error;
  }
}

/**
 * Compiles a definition and a policy once and returns a scoring function for many responses:
 * the fast path for bulk work.
 *
 * @example
 * ```ts
 * const scorePhq9 = createScorer(phq9, { missing: 'strict' });
 * rows.map((row) => scorePhq9(row).scores.total.value);
 * ```
 */
export function createScorer(definition: Instrument, options?: ScoreOptions): (responses: Responses) => ScoreResult {
  const compiled = compile(definition);
  const policy = resolvePolicy(options);
  return (responses) => scoreOne(compiled, policy, responses);
}

/**
 * Scores many response sets with one compiled definition. Never throws for a bad row: each
 * entry is `{ success: true, data }` or `{ success: false, error }`, in input order.
 *
 * @example
 * ```ts
 * const outcomes = scoreMany(phq9, [[0, 0, 0, 0, 0, 0, 0, 0, 0], { phq9_1: 9 }]);
 * outcomes.map((o) => o.success); //=> [true, false]
 * ```
 */
export function scoreMany(definition: Instrument, rows: Iterable<Responses>, options?: ScoreOptions): SafeResult<ScoreResult>[] {
  const compiled = compile(definition);
  const policy = resolvePolicy(options);
  if (rows === null || typeof rows !== 'object' || typeof (rows as Iterable<Responses>)[Symbol.iterator] !== 'function') {
    throw new PromkitError([
      { code: 'invalid-argument', path: ['rows'], input: rows, message: `rows: expected an array (or other iterable) of response sets, got ${describeValue(rows)}` },
    ]);
  }
  const out: SafeResult<ScoreResult>[] = [];
  for (const row of rows) {
    try {
      out.push({ success: true, data: scoreOne(compiled, policy, row) });
    } catch (error) {
      if (!(error instanceof PromkitError)) throw error;
      out.push({ success: false, error });
    }
  }
  return out;
}

const NONE: Readonly<Record<string, never>> = Object.freeze({});

function computeResult(compiled: CompiledInstrument, policy: ResolvedPolicy, buffers: Buffers): ScoreResult {
  const scores: Record<string, ScoreValue> = {};
  const values = buffers.scores;
  const all = compiled.scores;
  for (let i = 0; i < all.length; i++) {
    const s = all[i] as CompiledScore;
    const result = computeScore(s, buffers.scored, buffers.raw, policy);
    scores[s.name] = result;
    values[i] = result.value === null ? NaN : result.value;
  }
  let flags: Record<string, boolean | null> = NONE;
  if (compiled.flags.length > 0) {
    flags = {};
    for (const flag of compiled.flags) flags[flag.name] = flag.test(buffers.raw, values);
  }
  let classifications: Record<string, string | null> = NONE;
  if (compiled.classifications.length > 0) {
    classifications = {};
    for (const c of compiled.classifications) {
      let label: string | null = null;
      for (const rule of c.rules) {
        const hit = rule.test === null ? true : rule.test(buffers.raw, values);
        if (hit === null) break;
        if (hit) {
          label = rule.label;
          break;
        }
      }
      classifications[c.name] = label;
    }
  }
  return { instrument: compiled.meta, scores, flags, classifications, missingPolicy: policy.kind };
}

function computeScore(s: CompiledScore, scratch: Float64Array, raw: Float64Array, policy: ResolvedPolicy): ScoreValue {
  const def = s.def;
  const of = s.itemIndex.length;
  const required = requiredAnswers(s, policy);
  const { value, answered, unweighted } = computeValue(s, scratch, raw, required);
  if (value !== value) {
    return {
      value: null,
      range: def.range,
      status: 'insufficient-items',
      answered,
      of,
      reason: unweighted && s.weights
        ? unweightedReason(s.weights.byId)
        : `${answered} of ${of} items answered; not scored. ${insufficientWhy(def.missing.text, policy, of, required)}`,
    };
  }
  const prorated = answered < of;
  let tScore: number | undefined;
  let se: number | undefined;
  if (s.table) {
    const row = s.table[value - s.tableMin];
    if (row) {
      tScore = row.tScore;
      se = row.se;
    }
  }
  const band = s.bands ? bandHolding(s.bands, def.bandsOn === 'tScore' ? (tScore as number) : value) : undefined;
  const result: { -readonly [K in keyof ScoreValue]: ScoreValue[K] } = {
    value,
    range: def.range,
    status: prorated ? 'prorated' : 'scored',
    answered,
    of,
  };
  if (band) result.band = band;
  if (tScore !== undefined) result.tScore = tScore;
  if (se !== undefined) result.se = se;
  if (prorated) result.reason = proratedReason(def.missing.text, policy, answered, of, def.method);
  return result;
}

function proratedReason(rule: string, policy: ResolvedPolicy, answered: number, of: number, method: string): string {
  const how = method === 'mean' || method === 'percent-of-maximum' ? 'computed from the answered items' : `prorated (× ${of}/${answered})`;
  return `${answered} of ${of} items answered; ${how}. ${proratedWhy(rule, policy)}`;
}
