import { describeValue, PromkitError, type PromkitIssue } from '../../errors.js';
import { acquireBuffers, compile, releaseBuffers, type CompiledInstrument, type CompiledItem, type CompiledScore, type CompiledWeights } from '../../engine/compile.js';
import { finalizeValue, requiredAnswers } from '../../engine/compute.js';
import { resolvePolicy } from '../../engine/policy.js';
import { readResponses } from '../../engine/responses.js';
import type { ScoreOptions } from '../../engine/score.js';
import type { Instrument } from '../../model/schema.js';

/** Row status codes of {@link scoreColumns}. */
export const ColumnStatus = /* @__PURE__ */ Object.freeze({
  /** Every item answered. */
  scored: 0,
  /** Computed from fewer items, as the missing-item rule allows. */
  prorated: 1,
  /** Too few items answered: no score. */
  insufficientItems: 2,
  /** The row holds an answer that is not allowed: no score (see `errors`). */
  invalid: 3,
} as const);

/** One score over all rows. Read `status` first: `values` is meaningful only where status ≤ 1. */
export interface ColumnScore {
  /** The score per row; NaN where `status` is 2 or 3 (never a score: check `status`). */
  readonly values: Float64Array;
  /** {@link ColumnStatus} per row. */
  readonly status: Uint8Array;
  /** T-score per row, where the score has a conversion table. */
  readonly tScore?: Float64Array;
  /** Standard error of the T-score per row, where the score has a conversion table. */
  readonly se?: Float64Array;
}

/** The result of {@link scoreColumns}. */
export interface ScoreColumnsResult {
  /** Number of rows. */
  readonly length: number;
  /** Scores keyed by name. */
  readonly scores: Readonly<Record<string, ColumnScore>>;
  /**
   * Rows that could not be scored because of bad input, with the error naming item and value.
   * Each `error` is built when first read, from the columns as they are then: read the errors
   * you need before changing the input columns.
   */
  readonly errors: readonly { readonly row: number; readonly error: PromkitError }[];
}

/** Options of {@link scoreColumns}. */
export interface ScoreColumnsOptions extends ScoreOptions {
  /** Item id → key of its column in `columns`, where they differ. */
  readonly columns?: Readonly<Record<string, string>>;
}

/**
 * Scores column-oriented data — one array (or typed array) of answers per item — for large
 * analyses. Typed arrays cannot hold `null`, so here NaN means unanswered (and so do null and
 * undefined in plain arrays). Every other rule is the engine's: coding, missing-item rule,
 * conversion tables. Rows with a bad answer get status `invalid` and an entry in `errors`;
 * they never get a number.
 *
 * @throws {PromkitError} when an item has no column or the columns differ in length
 * @example
 * ```ts
 * const columns = { nrs_1: new Float64Array([3, 7, NaN]) };
 * const { scores } = scoreColumns(columns, nrs);
 * scores.total.values; //=> Float64Array [3, 7, NaN]
 * scores.total.status; //=> Uint8Array [0, 0, 2]
 * ```
 */
export function scoreColumns(
  columns: Readonly<Record<string, ArrayLike<number | null | undefined>>>,
  instrument: Instrument,
  options: ScoreColumnsOptions = {},
): ScoreColumnsResult {
  const compiled = compile(instrument);
  const policy = resolvePolicy(options);
  if (columns === null || typeof columns !== 'object') {
    throw new PromkitError([
      { code: 'invalid-argument', path: ['columns'], input: columns, message: `columns: expected an object of arrays keyed by item id, got ${describeValue(columns)}` },
    ]);
  }
  const issues: PromkitIssue[] = [];
  const data: ArrayLike<number | null | undefined>[] = [];
  let length = -1;
  for (const item of compiled.items) {
    const key = options.columns?.[item.id] ?? item.id;
    const column = Object.prototype.hasOwnProperty.call(columns, key) ? columns[key] : undefined;
    if (!column || typeof column.length !== 'number') {
      issues.push({ code: 'invalid-argument', path: ['columns', key], input: column, message: `columns: no array for ${instrument.id} item ${item.id}${key !== item.id ? ` (column ${key})` : ''}` });
      continue;
    }
    if (length === -1) length = column.length;
    else if (column.length !== length) {
      issues.push({ code: 'invalid-argument', path: ['columns', key], input: column.length, message: `columns: ${key} has ${column.length} rows, the first column has ${length}` });
    }
    data.push(column);
  }
  if (issues.length > 0) throw new PromkitError(issues);
  const n = Math.max(length, 0);
  // Column-major: each item's column is read once, sequentially, and its scored values are
  // added into every score that uses it; each score is then finished row by row with the
  // engine's own finalizeValue, so the columns always agree with score().
  const bad = new Uint8Array(n);
  const accumulators = compiled.scores.map((s) => ({
    s,
    sum: new Float64Array(n),
    // Unanswered items per row: counting the rare missing answers writes far less than counting answers.
    missing: new Uint16Array(n),
    span: s.def.method === 'percent-of-maximum' ? new Float64Array(n) : null,
    count: s.def.method === 'count' ? new Float64Array(n) : null,
    group: s.weights ? weightGroups(data[s.weights.byIndex] as ArrayLike<number | null | undefined>, n, s.weights) : null,
  }));
  compiled.items.forEach((item, k) => {
    const targets: Target[] = [];
    accumulators.forEach((a) => {
      const position = Array.prototype.indexOf.call(a.s.itemIndex, k);
      if (position >= 0) {
        targets.push({
          sum: a.sum,
          missing: a.missing,
          span: a.span,
          count: a.count,
          itemMin: a.s.itemMin[position] as number,
          itemSpan: a.s.itemSpan[position] as number,
          countAtLeast: a.s.def.countAtLeast ?? 0,
          group: a.group,
          weights: a.s.weights ? Float64Array.from(a.s.weights.groups.values(), (w) => w[position] as number) : null,
        });
      }
    });
    accumulateItem(data[k] as ArrayLike<number | null | undefined>, n, item, targets, bad);
  });
  const scores: Record<string, ColumnScore> = {};
  for (const a of accumulators) scores[a.s.name] = finishScore(a, requiredAnswers(a.s, policy), n, bad);
  const errors: RowError[] = [];
  for (let row = 0; row < n; row++) if (bad[row] === 1) errors.push(new RowError(compiled, data, row));
  return { length: n, scores, errors };
}

/**
 * The group of weights each row uses (index into the score's `weightsBy` groups, in order), or
 * −1 where the selecting item is unanswered or not one of its answers (such a row gets no score;
 * an answer that is not allowed also makes the row invalid through the item's own column).
 */
function weightGroups(column: ArrayLike<number | null | undefined>, n: number, weights: CompiledWeights): Int32Array {
  const index = new Map([...weights.groups.keys()].map((answer, g) => [answer, g] as const));
  const group = new Int32Array(n);
  for (let row = 0; row < n; row++) {
    const v = column[row];
    group[row] = typeof v === 'number' ? (index.get(v) ?? -1) : -1;
  }
  return group;
}

/** Where one item's scored values go: the accumulators of one score that uses the item. */
interface Target {
  readonly sum: Float64Array;
  readonly missing: Uint16Array;
  readonly span: Float64Array | null;
  readonly count: Float64Array | null;
  readonly itemMin: number;
  readonly itemSpan: number;
  readonly countAtLeast: number;
  /** Per row, the weights group of the score (−1: none), where the score has `weightsBy`. */
  readonly group: Int32Array | null;
  /** This item's weight in each group, where the score has `weightsBy`. */
  readonly weights: Float64Array | null;
}

/** Validates one item's column and adds its scored values (reversed where needed) to its scores. */
function accumulateItem(column: ArrayLike<number | null | undefined>, n: number, item: CompiledItem, targets: readonly Target[], bad: Uint8Array): void {
  const { min, max, integer, optionValues } = item;
  const reverseSum = item.reverseSum ?? NaN;
  const reversed = reverseSum === reverseSum;
  const recode = item.scoredAs;
  const single = targets.length === 1 && targets[0]?.span === null && targets[0]?.count === null && targets[0]?.weights === null ? targets[0] : null;
  for (let row = 0; row < n; row++) {
    const v = column[row];
    if (v === null || v === undefined || v !== v) {
      for (const t of targets) t.missing[row] = (t.missing[row] as number) + 1;
      continue;
    }
    if (!(typeof v === 'number' && v >= min && v <= max && (!integer || Math.floor(v) === v) && (optionValues === null || optionValues.has(v)))) {
      bad[row] = 1;
      continue;
    }
    const scored = recode !== null ? (recode.get(v) as number) : reversed ? reverseSum - v : v;
    if (single) {
      single.sum[row] = (single.sum[row] as number) + scored;
      continue;
    }
    for (const t of targets) {
      if (t.weights !== null) {
        const g = (t.group as Int32Array)[row] as number;
        if (g >= 0) t.sum[row] = (t.sum[row] as number) + scored * (t.weights[g] as number);
      } else if (t.span) {
        t.sum[row] = (t.sum[row] as number) + scored - t.itemMin;
        t.span[row] = (t.span[row] as number) + t.itemSpan;
      } else {
        t.sum[row] = (t.sum[row] as number) + scored;
        if (t.count && scored >= t.countAtLeast) t.count[row] = (t.count[row] as number) + 1;
      }
    }
  }
}

/** Turns a score's accumulators into its column result (values computed in place of the sums). */
function finishScore(
  a: { s: CompiledScore; sum: Float64Array; missing: Uint16Array; span: Float64Array | null; count: Float64Array | null; group: Int32Array | null },
  required: number,
  n: number,
  bad: Uint8Array,
): ColumnScore {
  const { s, sum: values, missing, span, count, group } = a;
  const of = s.itemIndex.length;
  const plainSum = (s.def.method === 'sum' || s.def.method === 'table') && s.def.multiplier === undefined;
  const status = new Uint8Array(n);
  for (let row = 0; row < n; row++) {
    if (bad[row] === 1) {
      values[row] = NaN;
      status[row] = ColumnStatus.invalid;
      continue;
    }
    const answeredRow = of - (missing[row] as number);
    if (group !== null && (group[row] as number) < 0) {
      values[row] = NaN;
      status[row] = ColumnStatus.insufficientItems;
      continue;
    }
    if (!(plainSum && answeredRow === of)) {
      values[row] = finalizeValue(s, answeredRow, values[row] as number, span ? (span[row] as number) : 0, count ? (count[row] as number) : 0, required);
    }
    const value = values[row] as number;
    status[row] = value !== value ? ColumnStatus.insufficientItems : answeredRow < of ? ColumnStatus.prorated : ColumnStatus.scored;
  }
  if (!s.table) return { values, status };
  const tScore = new Float64Array(n);
  const se = new Float64Array(n);
  for (let row = 0; row < n; row++) {
    const value = values[row] as number;
    const entry = value === value ? s.table[value - s.tableMin] : undefined;
    tScore[row] = entry ? entry.tScore : NaN;
    se[row] = entry?.se ?? NaN;
  }
  return { values, status, tScore, se };
}

/**
 * A bad row, whose error is built only when read (and then kept): a million bad rows cost a
 * million small objects, not a million PromkitErrors with their messages.
 */
class RowError {
  readonly row: number;
  #compiled: CompiledInstrument;
  #data: readonly ArrayLike<number | null | undefined>[];
  #error: PromkitError | undefined;

  constructor(compiled: CompiledInstrument, data: readonly ArrayLike<number | null | undefined>[], row: number) {
    this.row = row;
    this.#compiled = compiled;
    this.#data = data;
  }

  /** The engine's error for the row, naming each bad item and value. */
  get error(): PromkitError {
    return (this.#error ??= rowError(this.#compiled, this.#data, this.row));
  }

  /** `{ row, error }`, as `JSON.stringify` and console output should show it. */
  toJSON(): { row: number; error: PromkitError } {
    return { row: this.row, error: this.error };
  }
}

/** Builds the engine's own error for a bad row, with paths into the row's record. */
function rowError(compiled: CompiledInstrument, data: readonly ArrayLike<number | null | undefined>[], row: number): PromkitError {
  const record: Record<string, unknown> = {};
  compiled.itemIds.forEach((id, k) => {
    const v = (data[k] as ArrayLike<unknown>)[row];
    record[id] = v !== v ? null : v;
  });
  const buffers = acquireBuffers(compiled);
  try {
    readResponses(compiled, record, buffers);
  } catch (error) {
    if (error instanceof PromkitError) return error;
    throw error;
  } finally {
    releaseBuffers(compiled, buffers);
  }
  return new PromkitError([{ code: 'invalid-responses', path: ['row', row], input: record, message: `row ${row}: invalid answers` }]);
}
