import { describeValue, PromkitError } from '../../errors.js';
import { createScorer, type ScoreOptions } from '../../engine/score.js';
import type { Instrument } from '../../model/schema.js';
import { defaultPrefix, fieldValues, outputFields, parseCell, type FieldValue } from '../_lib/fields.js';
import { describeError } from '../_lib/describeError.js';
import { matchColumns } from '../matchColumns/index.js';
import { createCellReaders, describeRecodes, isCellProblem, type CellReader } from '../../ingest/readCell/index.js';
import { compileValueMap, type ValueMapInput } from '../../ingest/valueMaps/index.js';

/** Options of {@link scoreRecords}. */
export interface ScoreRecordsOptions extends ScoreOptions {
  /** Item id → field name, for fields promkit does not recognise (see `matchColumns`). */
  readonly columns?: Readonly<Record<string, string>>;
  /** Prefix of the added fields; default the instrument id without hyphens (`phq9`). */
  readonly prefix?: string;
  /**
   * How string cells are read. `'reject'` (default): only numbers are answers, and a string is
   * reported as bad input. `'numbers'`: plain decimal strings ("2", "2.0") are read as numbers,
   * as CSV parsers deliver them; anything else is still bad input.
   */
  readonly strings?: 'reject' | 'numbers';
  /** Cells meaning "unanswered" besides null/undefined; default `['']`. */
  readonly missingTokens?: readonly string[];
  /**
   * Read option labels (`"Several days"` → 1), as `promkit score` does. Setting this, `values`,
   * `shift` or `decimalComma` reads string cells as the CLI reads CSV cells (numbers too) and
   * adds a `<prefix>_recode` field naming the recodes applied to each record.
   */
  readonly labels?: boolean;
  /** Explicit recodes: `{ "<label or code>": value }`, with optional per-item objects (null = unanswered). */
  readonly values?: ValueMapInput;
  /** Added to every numeric code (`-1` turns a 1..k export into 0..k−1). */
  readonly shift?: number;
  /** Read `"2,5"` as 2.5 in items that allow decimals. */
  readonly decimalComma?: boolean;
}

/**
 * Scores an array of records (one response per record, as notebooks and apps hold them) and
 * returns new records: every original field, plus the score fields
 * `<prefix>_<score>`, `_band`, `_status`, `_tscore`/`_se` (conversion tables), `_reason`, the
 * flags and classifications, and `<prefix>_error` (null, or the message for a row that could not
 * be scored). No record is dropped or reordered; inputs are not mutated. The definition is
 * compiled once.
 *
 * @throws {PromkitError} only for a header problem (an item with no field, or an ambiguous one),
 *   before any record is scored
 * @example
 * ```ts
 * const rows = [{ id: 'a', phq9_1: 1, phq9_2: 2, … , phq9_9: 0 }];
 * scoreRecords(rows, phq9)[0].phq9_total; //=> 11
 * ```
 */
export function scoreRecords<Row extends Readonly<Record<string, unknown>>>(
  rows: readonly Row[],
  instrument: Instrument,
  options: ScoreRecordsOptions = {},
): (Row & Record<string, FieldValue>)[] {
  if (!Array.isArray(rows)) {
    throw new PromkitError([{ code: 'invalid-argument', path: ['rows'], input: rows, message: 'rows: expected an array of records' }]);
  }
  if (options === null || typeof options !== 'object') {
    throw new PromkitError([{ code: 'invalid-argument', path: ['options'], input: options, message: `options: expected an object, got ${describeValue(options)}` }]);
  }
  const header = new Set<string>();
  rows.forEach((row, i) => {
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      throw new PromkitError([{ code: 'invalid-argument', path: ['rows', i], input: row, message: `rows[${i}]: expected a record (an object keyed by column name), got ${describeValue(row)}` }]);
    }
    for (const key of Object.keys(row)) header.add(key);
  });
  const columns = matchColumns(instrument, [...header], options.columns ? { map: options.columns } : {});
  const scorer = createScorer(instrument, options);
  const prefix = options.prefix ?? defaultPrefix(instrument);
  const items = instrument.items.map((item) => [item.id, columns[item.id] as string] as const);
  const missing = new Set(options.missingTokens ?? ['']);
  const parse = options.strings === 'numbers';
  const recoding = options.labels !== undefined || options.values !== undefined || options.shift !== undefined || options.decimalComma !== undefined;
  const shift = options.shift ?? 0;
  const readers: CellReader[] | null = recoding
    ? createCellReaders(instrument, {
        missingTokens: options.missingTokens ?? [''],
        labels: options.labels ?? false,
        values: options.values ? compileValueMap(instrument, options.values, ['options', 'values']) : undefined,
        shift,
        decimalComma: options.decimalComma,
      })
    : null;
  const fields = outputFields(instrument, prefix, recoding);
  return rows.map((row) => {
    const responses: Record<string, unknown> = {};
    const problems: string[] = [];
    let mask = 0;
    items.forEach(([itemId, column], k) => {
      const cell = Object.prototype.hasOwnProperty.call(row, column) ? row[column] : undefined;
      if (readers) {
        const reader = readers[k] as CellReader;
        reader.mask = 0;
        let value: unknown = cell;
        if (typeof cell === 'string') value = reader.read(cell);
        else if (typeof cell === 'number' && shift !== 0) {
          value = cell + shift;
          reader.mask |= 4;
        }
        mask |= reader.mask;
        if (isCellProblem(value)) {
          problems.push(column !== itemId ? `column ${column}: ${value.problem}` : value.problem);
          value = null;
        }
        responses[itemId] = value;
      } else {
        responses[itemId] = parse ? parseCell(cell, missing) : typeof cell === 'string' && missing.has(cell) ? null : cell;
      }
    });
    const recode = recoding ? describeRecodes(mask, shift) : undefined;
    let values: FieldValue[];
    if (problems.length > 0) values = fieldValues(instrument, null, problems.join('; '), recode);
    else {
      try {
        values = fieldValues(instrument, scorer(responses as never), null, recode);
      } catch (error) {
        if (!(error instanceof PromkitError)) throw error;
        values = fieldValues(instrument, null, describeError(error, columns), recode);
      }
    }
    const out: Record<string, unknown> = { ...row };
    fields.forEach((field, i) => (out[field] = values[i]));
    return out as Row & Record<string, FieldValue>;
  });
}
