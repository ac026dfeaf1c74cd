import { describeValue, PromkitError } from '../errors.js';
import { itemBounds, scoredBounds } from '../model/check.js';
import { isValidated } from '../model/validated.js';
import type { Band, Condition, Instrument, ScoreDefinition } from '../model/schema.js';

/** An item, reduced to what the hot loop needs. @internal */
export interface CompiledItem {
  readonly id: string;
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  /** The allowed values when they are not every whole number from min to max; else null. */
  readonly optionValues: ReadonlySet<number> | null;
  /** min + max when the item is reverse-scored (scored = reverseSum − raw); else null. */
  readonly reverseSum: number | null;
  /** Coded answer → scored value, where the options give `scoredAs`; else null. */
  readonly scoredAs: ReadonlyMap<number, number> | null;
  /** Human text of what is allowed, for error messages. */
  readonly allowed: string;
}


/** A score, reduced to what the hot loop needs. @internal */
export interface CompiledScore {
  readonly def: ScoreDefinition;
  readonly name: string;
  readonly itemIndex: Int32Array;
  readonly itemMin: Float64Array;
  readonly itemSpan: Float64Array;
  readonly bands: readonly Band[] | null;
  /** T-score rows indexed by raw − tableMin. */
  readonly table: readonly { readonly tScore: number; readonly se: number | undefined }[] | null;
  readonly tableMin: number;
  /** Weights chosen by another item's answer (`weightsBy`); else null. */
  readonly weights: CompiledWeights | null;
  /**
   * Whether a caller's `{ minAnswered }` may prorate this score: false when its items differ in
   * range or carry weights, where scaling by items/answered could leave the declared range.
   */
  readonly prorable: boolean;
}

/** A score's `weightsBy`, reduced to what the hot loop needs. @internal */
export interface CompiledWeights {
  /** Index of the item whose coded answer selects the group. */
  readonly byIndex: number;
  /** Its item id, for reasons. */
  readonly byId: string;
  /** Coded answer → one weight per item of the score, in score order. */
  readonly groups: ReadonlyMap<number, Float64Array>;
}

/** The working memory of one scoring call. @internal */
export interface Buffers {
  /** Scored item values (reversed or recoded where the item says so); NaN = unanswered. */
  readonly scored: Float64Array;
  /** Answers as given, for flags and classifications; NaN = unanswered. */
  readonly raw: Float64Array;
  /** Score values of the call (NaN = not scored), for flags and classifications. */
  readonly scores: Float64Array;
}

/** A definition compiled once for scoring; cached per definition object. @internal */
export interface CompiledInstrument {
  readonly def: Instrument;
  readonly items: readonly CompiledItem[];
  readonly itemIds: readonly string[];
  readonly itemIndex: ReadonlyMap<string, number>;
  readonly scores: readonly CompiledScore[];
  readonly scoreIndex: ReadonlyMap<string, number>;
  /**
   * The buffers one call scores in, reused call after call; a call that starts while another is
   * still reading answers (a getter or Proxy in the responses that scores again) gets fresh ones
   * (see {@link acquireBuffers}).
   */
  readonly buffers: Buffers;
  /** Whether {@link buffers} belong to a call in progress. */
  busy: boolean;
  readonly flags: readonly { readonly name: string; readonly test: CompiledCondition }[];
  readonly classifications: readonly {
    readonly name: string;
    readonly rules: readonly { readonly label: string; readonly test: CompiledCondition | null }[];
  }[];
  readonly meta: { readonly id: string; readonly version: string; readonly title: string };
}

const cache = new WeakMap<object, CompiledInstrument>();

/**
 * Compiles a definition for scoring, once per definition object. Only definitions promkit
 * validated are scored: those from `defineInstrument` and the shipped ones. Anything else (a
 * definition loaded from JSON, a spread copy of a shipped one) is refused, so a broken
 * definition can never produce a number.
 * @throws {PromkitError} `invalid-definition` for anything that is not a validated definition
 * @internal
 */
export function compile(def: Instrument): CompiledInstrument {
  if (def === null || typeof def !== 'object') {
    throw new PromkitError([
      { code: 'invalid-definition', path: ['definition'], input: def, message: `definition: expected an instrument definition object, got ${describeValue(def)}` },
    ]);
  }
  let compiled = cache.get(def);
  if (!compiled) {
    if (!isValidated(def)) {
      throw new PromkitError([
        {
          code: 'invalid-definition',
          path: ['definition'],
          input: def,
          message:
            'definition: not a validated instrument definition; pass it through defineInstrument() once (a definition loaded from JSON, or a copy of a shipped one, must be validated before it can be scored)',
        },
      ]);
    }
    compiled = build(def);
    cache.set(def, compiled);
  }
  return compiled;
}

function build(def: Instrument): CompiledInstrument {
  const items = def.items.map(compileItem);
  const itemIndex = new Map(def.items.map((item, i) => [item.id, i] as const));
  const scores = def.scores.map((score) => compileScore(score, def, itemIndex));
  const scoreIndex = new Map(def.scores.map((score, i) => [score.name, i] as const));
  const condition = (c: Condition) => compileCondition(c, itemIndex, scoreIndex);
  return {
    def,
    items,
    itemIds: def.items.map((item) => item.id),
    itemIndex,
    scores,
    scoreIndex,
    buffers: newBuffers(items.length, scores.length),
    busy: false,
    flags: (def.flags ?? []).map((flag) => ({ name: flag.name, test: condition(flag.when) })),
    classifications: (def.classifications ?? []).map((c) => ({
      name: c.name,
      rules: c.rules.map((rule) => ({ label: rule.label, test: rule.when ? condition(rule.when) : null })),
    })),
    meta: Object.freeze({ id: def.id, version: def.version, title: def.title }),
  };
}

function newBuffers(items: number, scores: number): Buffers {
  return { scored: new Float64Array(items), raw: new Float64Array(items), scores: new Float64Array(scores) };
}

/**
 * The buffers for one scoring call: the instrument's own, or fresh ones when a call on the same
 * instrument is already in progress (re-entrant scoring from a getter or Proxy in the responses).
 * Pair every call with {@link releaseBuffers} in a `finally`.
 * @internal
 */
export function acquireBuffers(compiled: CompiledInstrument): Buffers {
  if (compiled.busy) return newBuffers(compiled.items.length, compiled.scores.length);
  compiled.busy = true;
  return compiled.buffers;
}

/** Returns the buffers taken by {@link acquireBuffers}. @internal */
export function releaseBuffers(compiled: CompiledInstrument, buffers: Buffers): void {
  if (buffers === compiled.buffers) compiled.busy = false;
}

function compileItem(item: Instrument['items'][number]): CompiledItem {
  const [min, max] = itemBounds(item);
  let integer: boolean;
  let optionValues: Set<number> | null = null;
  let allowed: string;
  if (item.numeric) {
    integer = item.numeric.integer;
    allowed = integer ? `a whole number from ${min} to ${max}` : `a number from ${min} to ${max}`;
  } else {
    const values = (item.options ?? []).map((o) => o.value).sort((a, b) => a - b);
    integer = values.every(Number.isInteger);
    const contiguous = integer && values.length === max - min + 1;
    if (!contiguous) optionValues = new Set(values);
    allowed = contiguous && values.length > 4 ? `a whole number from ${min} to ${max}` : `one of ${values.join(', ')}`;
  }
  const scoredAs = item.options?.some((o) => o.scoredAs !== undefined)
    ? new Map(item.options.map((o) => [o.value, o.scoredAs ?? o.value] as const))
    : null;
  return { id: item.id, min, max, integer, optionValues, reverseSum: item.reverse ? min + max : null, scoredAs, allowed };
}

function compileScore(score: ScoreDefinition, def: Instrument, itemIndex: ReadonlyMap<string, number>): CompiledScore {
  const n = score.items.length;
  const indices = new Int32Array(n);
  const mins = new Float64Array(n);
  const spans = new Float64Array(n);
  score.items.forEach((id, k) => {
    const index = itemIndex.get(id) as number;
    const [lo, hi] = scoredBounds(def.items[index] as Instrument['items'][number]);
    indices[k] = index;
    mins[k] = lo;
    spans[k] = hi - lo;
  });
  let table: { tScore: number; se: number | undefined }[] | null = null;
  let tableMin = 0;
  if (score.table) {
    tableMin = Math.min(...score.table.rows.map((row) => row.raw));
    table = [];
    for (const row of score.table.rows) table[row.raw - tableMin] = { tScore: row.tScore, se: row.se };
  }
  let weights: CompiledWeights | null = null;
  if (score.weightsBy) {
    const by = score.weightsBy.item;
    weights = {
      byIndex: itemIndex.get(by) as number,
      byId: by,
      groups: new Map(score.weightsBy.groups.map((g) => [g.answer, Float64Array.from(g.weights)] as const)),
    };
  }
  let homogeneous = true;
  for (let k = 1; k < n; k++) if (mins[k] !== mins[0] || spans[k] !== spans[0]) homogeneous = false;
  const prorable = weights === null && (homogeneous || score.method === 'mean' || score.method === 'percent-of-maximum');
  return { def: score, name: score.name, itemIndex: indices, itemMin: mins, itemSpan: spans, bands: score.bands ?? null, table, tableMin, weights, prorable };
}

/** A compiled condition: true, false, or null when an input it needs is unknown. @internal */
export type CompiledCondition = (raw: Float64Array, scores: Float64Array) => boolean | null;

/**
 * Compiles a flag/classification condition into a function over the raw item values and the
 * score values (NaN = unanswered / not scored).
 * @internal
 */
export function compileCondition(
  condition: Condition,
  itemIndex: ReadonlyMap<string, number>,
  scoreIndex: ReadonlyMap<string, number>,
): CompiledCondition {
  if ('all' in condition || 'any' in condition) {
    const isAll = 'all' in condition;
    const parts = (isAll ? condition.all : condition.any).map((part) => compileCondition(part, itemIndex, scoreIndex));
    // all: false wins, else unknown, else true; any: true wins, else unknown, else false.
    const decisive = !isAll;
    return (raw, scores) => {
      let unknown = false;
      for (const part of parts) {
        const r = part(raw, scores);
        if (r === decisive) return decisive;
        if (r === null) unknown = true;
      }
      return unknown ? null : !decisive;
    };
  }
  const fromItem = 'item' in condition;
  const index = (fromItem ? itemIndex.get(condition.item) : scoreIndex.get(condition.score)) as number;
  const atLeast = condition.atLeast ?? -Infinity;
  const atMost = condition.atMost ?? Infinity;
  const above = condition.above ?? -Infinity;
  const below = condition.below ?? Infinity;
  return (raw, scores) => {
    const value = (fromItem ? raw[index] : scores[index]) as number;
    if (value !== value) return null;
    return value >= atLeast && value <= atMost && value > above && value < below;
  };
}
