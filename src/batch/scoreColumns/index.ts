import { PromkitError, type PromkitIssue } from '../../errors.js';
import { compile, type CompiledInstrument } from '../../engine/compile.js';
import { finalizeValue, requiredAnswers } from '../../engine/compute.js';
import { resolvePolicy } from '../../engine/policy.js';
import { readResponses } from '../../engine/responses.js';
import type { ScoreOptions } from '../../engine/score.js';
import type { Instrument } from '../../model/schema.js';

/** Row status codes of {@link scoreColumns}. */
export const ColumnStatus = Object.freeze({
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
  /** Rows that could not be scored because of bad input, with the error naming item and value. */
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
  const { items, scratch } = compiled;
  const itemCount = items.length;
  // Per-item rules as flat arrays, so the row loop touches no objects.
  const mins = Float64Array.from(items, (item) => item.min);
  const maxs = Float64Array.from(items, (item) => item.max);
  const integers = Uint8Array.from(items, (item) => (item.integer ? 1 : 0));
  const reverse = Float64Array.from(items, (item) => (item.reverseSum === null ? NaN : item.reverseSum));
  const optionSets = items.map((item) => item.optionValues);
  const outputs = compiled.scores.map((s) => ({
    s,
    idx: s.itemIndex,
    required: requiredAnswers(s, policy),
    of: s.itemIndex.length,
    percent: s.def.method === 'percent-of-maximum',
    counting: s.def.method === 'count',
    countAtLeast: s.def.countAtLeast ?? 0,
    // A plain sum with every item answered needs no proration, rounding or multiplier.
    plainSum: (s.def.method === 'sum' || s.def.method === 'table') && s.def.multiplier === undefined,
    values: new Float64Array(n),
    status: new Uint8Array(n),
    tScore: s.table ? new Float64Array(n) : undefined,
    se: s.table ? new Float64Array(n) : undefined,
  }));
  const errors: { row: number; error: PromkitError }[] = [];
  for (let row = 0; row < n; row++) {
    let bad = false;
    for (let k = 0; k < itemCount; k++) {
      const v = (data[k] as ArrayLike<number | null | undefined>)[row];
      if (v === null || v === undefined || v !== v) {
        scratch[k] = NaN;
      } else if (
        typeof v === 'number' &&
        v >= (mins[k] as number) &&
        v <= (maxs[k] as number) &&
        (integers[k] === 0 || Math.floor(v) === v) &&
        (optionSets[k] === null || (optionSets[k] as ReadonlySet<number>).has(v))
      ) {
        const r = reverse[k] as number;
        scratch[k] = r === r ? r - v : v;
      } else {
        bad = true;
      }
    }
    for (let j = 0; j < outputs.length; j++) {
      const o = outputs[j] as (typeof outputs)[number];
      if (bad) {
        o.values[row] = NaN;
        o.status[row] = ColumnStatus.invalid;
        if (o.tScore && o.se) {
          o.tScore[row] = NaN;
          o.se[row] = NaN;
        }
        continue;
      }
      // The same accumulation as the engine's computeValue, inlined for the row loop.
      const idx = o.idx;
      let answered = 0;
      let sum = 0;
      let span = 0;
      let count = 0;
      for (let i = 0; i < o.of; i++) {
        const v = scratch[idx[i] as number] as number;
        if (v !== v) continue;
        answered++;
        if (o.percent) {
          sum += v - (o.s.itemMin[i] as number);
          span += o.s.itemSpan[i] as number;
        } else {
          sum += v;
          if (o.counting && v >= o.countAtLeast) count++;
        }
      }
      const value = o.plainSum && answered === o.of ? sum : finalizeValue(o.s, answered, sum, span, count, o.required);
      o.values[row] = value;
      o.status[row] = value !== value ? ColumnStatus.insufficientItems : answered < o.of ? ColumnStatus.prorated : ColumnStatus.scored;
      if (o.tScore && o.se) {
        const entry = value === value ? o.s.table?.[value - o.s.tableMin] : undefined;
        o.tScore[row] = entry ? entry.tScore : NaN;
        o.se[row] = entry?.se ?? NaN;
      }
    }
    if (bad) errors.push({ row, error: rowError(compiled, data, row) });
  }
  const scores: Record<string, ColumnScore> = {};
  for (const o of outputs) {
    scores[o.s.name] = o.tScore && o.se ? { values: o.values, status: o.status, tScore: o.tScore, se: o.se } : { values: o.values, status: o.status };
  }
  return { length: n, scores, errors };
}

/** Builds the engine's own error for a bad row, with paths into the row's record. */
function rowError(compiled: CompiledInstrument, data: readonly ArrayLike<number | null | undefined>[], row: number): PromkitError {
  const record: Record<string, unknown> = {};
  compiled.itemIds.forEach((id, k) => {
    const v = (data[k] as ArrayLike<unknown>)[row];
    record[id] = v !== v ? null : v;
  });
  try {
    readResponses(compiled, record);
  } catch (error) {
    if (error instanceof PromkitError) return error;
    throw error;
  }
  return new PromkitError([{ code: 'invalid-responses', path: ['row', row], input: record, message: `row ${row}: invalid answers` }]);
}
