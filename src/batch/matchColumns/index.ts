import { compile } from '../../engine/compile.js';
import { describeValue, fail, PromkitError, type PromkitIssue } from '../../errors.js';
import type { Instrument } from '../../model/schema.js';

/** Options of {@link matchColumns}. */
export interface MatchColumnsOptions {
  /**
   * Explicit item → column names, for exports whose headers promkit cannot recognise. Items
   * named here are taken as given; the rest are matched automatically.
   */
  readonly map?: Readonly<Record<string, string>>;
  /**
   * Allow one column to feed two items (default false: that is almost always a mistake in a
   * column map, and is reported as an error naming the column and both items).
   */
  readonly allowSharedColumns?: boolean;
}

/**
 * Splits a name into lower-case letter runs and numbers: `PHQ9_Q01` → `['phq', 9, 'q', 1]`.
 */
function tokens(name: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const match of name.toLowerCase().matchAll(/[a-z]+|[0-9]+/g)) {
    out.push(/^[0-9]/.test(match[0]) ? Number(match[0]) : match[0]);
  }
  // "Q", "item" or "i" right before the final number is a numbering prefix: phq9_q1 ≡ phq9_1.
  const last = out.length - 1;
  if (last >= 2 && typeof out[last] === 'number' && ['q', 'item', 'i', 'question'].includes(out[last - 1] as string)) {
    out.splice(last - 1, 1);
  }
  return out;
}

/** The matching key of a column or item name; equal keys are the same item. */
export function columnKey(name: string): string {
  return tokens(name).join('|');
}

/**
 * Finds the column of every item of an instrument in a table header. A column matches an item
 * when their names agree after ignoring case, separators, leading zeros and a "Q"/"item" prefix
 * before the number, so the common export spellings `phq9_1`, `PHQ9_Q01`, `phq9.1` and
 * `PHQ-9 1` all find item `phq9_1`. Explicit `map` entries win.
 *
 * @returns item id → column name, for every item of the instrument
 * @throws {PromkitError} before any row is read: an item with no column, an item that two
 *   columns could both be, a `map` entry naming an unknown item or an absent column, or one
 *   column feeding two items (unless `allowSharedColumns`)
 *
 * @example
 * ```ts
 * matchColumns(phq9, ['id', 'PHQ9_Q01', 'PHQ9_Q02', …, 'PHQ9_Q09']);
 * //=> { phq9_1: 'PHQ9_Q01', phq9_2: 'PHQ9_Q02', …, phq9_9: 'PHQ9_Q09' }
 * ```
 */
export function matchColumns(instrument: Instrument, columns: readonly string[], options: MatchColumnsOptions = {}): Record<string, string> {
  compile(instrument);
  if (!Array.isArray(columns) || !columns.every((column) => typeof column === 'string')) {
    fail('invalid-argument', ['columns'], columns, `columns: expected an array of column names (strings), got ${describeValue(columns)}`);
  }
  if (options === null || typeof options !== 'object') fail('invalid-argument', ['options'], options, `options: expected an object, got ${describeValue(options)}`);
  const issues: PromkitIssue[] = [];
  const result: Record<string, string> = {};
  const explicit = options.map ?? {};
  const itemIds = new Set(instrument.items.map((item) => item.id));
  const present = new Set(columns);
  for (const [itemId, column] of Object.entries(explicit)) {
    if (!itemIds.has(itemId)) {
      issues.push({ code: 'unknown-item', path: ['map', itemId], input: column, message: `map: ${JSON.stringify(itemId)} is not an item of ${instrument.id}; its items are ${[...itemIds].join(', ')}` });
    } else if (!present.has(column)) {
      issues.push({ code: 'invalid-argument', path: ['map', itemId], input: column, message: `map: column ${JSON.stringify(column)} for ${itemId} is not in the header` });
    }
  }
  const byKey = new Map<string, string[]>();
  for (const column of columns) {
    const key = columnKey(column);
    byKey.set(key, [...(byKey.get(key) ?? []), column]);
  }
  for (const item of instrument.items) {
    const mapped = explicit[item.id];
    if (mapped !== undefined) {
      result[item.id] = mapped;
      continue;
    }
    const candidates = byKey.get(columnKey(item.id)) ?? [];
    if (candidates.length === 1) {
      result[item.id] = candidates[0] as string;
    } else if (candidates.length === 0) {
      issues.push({
        code: 'invalid-argument',
        path: ['columns', item.id],
        input: columns,
        message: `no column for ${instrument.id} item ${item.id} (${item.label}); name it in a column map`,
      });
    } else {
      issues.push({
        code: 'invalid-argument',
        path: ['columns', item.id],
        input: candidates,
        message: `columns ${candidates.map((c) => JSON.stringify(c)).join(' and ')} could each be ${instrument.id} item ${item.id}; name one in a column map`,
      });
    }
  }
  if (!options.allowSharedColumns) {
    const byColumn = new Map<string, string[]>();
    for (const [itemId, column] of Object.entries(result)) byColumn.set(column, [...(byColumn.get(column) ?? []), itemId]);
    for (const [column, itemIds] of byColumn) {
      if (itemIds.length > 1) {
        issues.push({
          code: 'invalid-argument',
          path: ['map', itemIds[1] as string],
          input: column,
          message: `column ${JSON.stringify(column)} would feed ${itemIds.join(' and ')} of ${instrument.id}: one column is one item's answers; fix the column map`,
        });
      }
    }
  }
  if (issues.length > 0) throw new PromkitError(issues);
  return result;
}
