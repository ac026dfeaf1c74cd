/**
 * The SQL differential test, shared by the DuckDB and PostgreSQL suites: seeded random rows for
 * an instrument (complete, missing items at every count, invalid values, rows coded one step
 * off), what `score()` — through the CLI's own output fields — says about each row, and a
 * comparison of every added column the SQL returned.
 */
import { defaultPrefix, fieldValues, outputFields, parseCell, type FieldValue } from '../../src/batch/_lib/fields.js';
import { describeError } from '../../src/batch/_lib/describeError.js';
import { createScorer, PromkitError, type Instrument, type MissingPolicy } from '../../src/index.js';

/** A small, fast, seeded PRNG (mulberry32), so a failure names a seed that reproduces it. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One generated row: an answer per item (null = unanswered). */
export type Row = (number | null)[];

function seedOf(id: string): number {
  let h = 2166136261;
  for (const c of id) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

/**
 * At least `count` rows for an instrument: complete ones, rows with exactly k items missing for
 * every k, rows with one or two invalid answers (out of range, not whole, not an option, NaN,
 * ±Infinity), rows coded one step up or down, and all-minimum / all-maximum rows.
 */
export function generateRows(instrument: Instrument, count = 2000): Row[] {
  const rand = random(seedOf(instrument.id));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const items = instrument.items;
  const n = items.length;
  const valid = (k: number): number => {
    const item = items[k]!;
    if (item.options) return pick(item.options).value;
    const { min, max, integer } = item.numeric!;
    if (integer) return min + Math.floor(rand() * (max - min + 1));
    // Fractions that make .5 ties and binary noise likely: quarters, tenths, thirds.
    const step = pick([0.25, 0.1, 1 / 3, 0.5]);
    return Math.min(max, min + Math.round((rand() * (max - min)) / step) * step);
  };
  const bounds = (k: number): [number, number] => {
    const item = items[k]!;
    if (item.numeric) return [item.numeric.min, item.numeric.max];
    const values = item.options!.map((o) => o.value);
    return [Math.min(...values), Math.max(...values)];
  };
  const invalid = (k: number): number => {
    const item = items[k]!;
    const [min, max] = bounds(k);
    const choices = [max + 1, min - 1, 100, NaN, Infinity, -Infinity];
    const integer = item.numeric ? item.numeric.integer : item.options!.every((o) => Number.isInteger(o.value));
    if (integer) choices.push(min + 0.5);
    if (item.options) {
      const values = new Set(item.options.map((o) => o.value));
      for (let v = min + 1; v < max; v++) if (!values.has(v)) choices.push(v);
    }
    return pick(choices);
  };
  const withMissing = (row: Row, missing: number): Row => {
    const order = row.map((_, k) => k).sort(() => rand() - 0.5);
    for (const k of order.slice(0, missing)) row[k] = null;
    return row;
  };
  const complete = (): Row => items.map((_, k) => valid(k));
  const rows: Row[] = [];
  const share = (part: number) => Math.ceil(count * part);
  for (let r = 0; r < share(0.3); r++) rows.push(complete());
  // Missing items at every count from 1 to all, the same number of rows each.
  const perK = Math.max(4, Math.ceil(share(0.4) / n));
  for (let missing = 1; missing <= n; missing++) for (let r = 0; r < perK; r++) rows.push(withMissing(complete(), missing));
  for (let r = 0; r < share(0.18); r++) {
    const row = withMissing(complete(), Math.floor(rand() * n * 0.5));
    const bad = 1 + Math.floor(rand() * Math.min(2, n));
    for (let b = 0; b < bad; b++) {
      const k = Math.floor(rand() * n);
      row[k] = invalid(k);
    }
    rows.push(row);
  }
  // Whole rows coded one step off, which score() answers with a hint.
  for (let r = 0; r < share(0.06); r++) {
    const delta = rand() < 0.5 ? 1 : -1;
    const row = withMissing(complete(), Math.floor(rand() * n * 0.3)).map((v, k) => (v === null || !Number.isInteger(v) ? v : v + delta));
    if (row.every((v, k) => v === null || (v >= bounds(k)[0] && v <= bounds(k)[1]))) {
      const k = row.findIndex((v) => v !== null);
      if (k >= 0) row[k] = delta > 0 ? bounds(k)[1] + 1 : bounds(k)[0] - 1;
    }
    rows.push(row);
  }
  for (let r = 0; rows.length < count || r < 20; r++) {
    rows.push(
      r % 2 === 0
        ? withMissing(items.map((_, k) => bounds(k)[0]), r % 4 === 0 ? 0 : 1)
        : withMissing(items.map((_, k) => bounds(k)[1]), r % 4 === 1 ? 0 : 1),
    );
  }
  return rows;
}

/** Column names for an instrument's items: the item ids, or other names to test the map. */
export function columnNames(instrument: Instrument, renamed: boolean): Record<string, string> {
  return Object.fromEntries(instrument.items.map((item, k) => [item.id, renamed ? `Q${k + 1} ${item.id.toUpperCase()}` : item.id]));
}

/** What the CLI writes for each row: score() through the CLI's own output fields. */
export function expectedFields(instrument: Instrument, rows: readonly (readonly unknown[])[], missing: MissingPolicy, columns: Record<string, string>): FieldValue[][] {
  const scorer = createScorer(instrument, { missing });
  const itemIds = instrument.items.map((item) => item.id);
  return rows.map((row) => {
    try {
      return fieldValues(instrument, scorer(row as (number | null)[]), null);
    } catch (error) {
      if (!(error instanceof PromkitError)) throw error;
      return fieldValues(instrument, null, describeError(error, columns, itemIds));
    }
  });
}

/** The answers the CLI would pass to score() for text cells. */
export function parsedCells(rows: readonly (readonly (string | null)[])[], na: readonly string[] = ['', 'NA']): unknown[][] {
  const tokens = new Set(na);
  return rows.map((row) => row.map((cell) => parseCell(cell, tokens)));
}

/**
 * Every difference between what the SQL returned and what score() says, as readable lines
 * (empty when they agree). -0 and 0 count as equal; nothing else is tolerated.
 */
export function differences(instrument: Instrument, expected: readonly FieldValue[][], actual: readonly Record<string, unknown>[], rows: readonly (readonly unknown[])[]): string[] {
  const fields = outputFields(instrument, defaultPrefix(instrument));
  const out: string[] = [];
  if (actual.length !== expected.length) out.push(`${expected.length} rows expected, ${actual.length} returned`);
  expected.forEach((want, r) => {
    const got = actual[r] ?? {};
    fields.forEach((field, f) => {
      const a = normalise(got[field]);
      const e = normalise(want[f]);
      if (!Object.is(a, e)) out.push(`row ${r} [${rows[r]?.map(String).join(', ')}] ${field}: SQL ${JSON.stringify(a)}, score() ${JSON.stringify(e)}`);
    });
  });
  return out;
}

function normalise(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  return value === 0 ? 0 : value;
}

/** The missing-item policies each instrument is checked under. */
export function policies(instrument: Instrument): MissingPolicy[] {
  const most = Math.max(...instrument.scores.map((s) => s.items.length));
  const list: MissingPolicy[] = ['official', 'strict', { minAnswered: 1 }];
  const half = Math.ceil(most / 2);
  if (half > 1) list.push({ minAnswered: half });
  // A threshold above the item count is capped at it (only the reason's wording differs from strict).
  if (instrument.items.length === 9) list.push({ minAnswered: most + 3 });
  return list;
}

/** A policy's name, for test titles. */
export function policyName(policy: MissingPolicy): string {
  return typeof policy === 'string' ? policy : `minAnswered=${policy.minAnswered}`;
}

/** An embedded engine the differential suite runs on. */
export interface Engine {
  readonly dialect: 'duckdb' | 'postgres';
  /** Runs statements. */
  exec(sql: string): Promise<void>;
  /** Runs a query and returns its rows as objects. */
  query(sql: string): Promise<Record<string, unknown>[]>;
  /** Creates a table of a row_id and double columns, and loads the rows fast (an appender, COPY). */
  load?(table: string, columns: readonly string[], rows: readonly Row[]): Promise<void>;
  /** The SQL type of the answer columns. */
  readonly double: string;
}

/** A number as an SQL literal the engine reads back as the same double. */
export function literal(engine: Engine, value: number | null): string {
  if (value === null) return 'null';
  if (Number.isNaN(value)) return `cast('NaN' as ${engine.double})`;
  if (!Number.isFinite(value)) return `cast('${value > 0 ? 'Infinity' : '-Infinity'}' as ${engine.double})`;
  return Number.isInteger(value) ? String(value) : `cast('${String(value)}' as ${engine.double})`;
}

/** `create table` + one multi-row insert of the rows, with a row_id column to order by. */
export async function loadTable(engine: Engine, table: string, columns: readonly string[], rows: readonly Row[], type = engine.double): Promise<void> {
  if (engine.load && type === engine.double) return engine.load(table, columns, rows);
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  await engine.exec(`create table ${quote(table)} (row_id integer, ${columns.map((c) => `${quote(c)} ${type}`).join(', ')})`);
  const values = rows.map((row, r) => `(${r}, ${row.map((v) => literal(engine, v)).join(', ')})`);
  for (let start = 0; start < values.length; start += 5000) {
    await engine.exec(`insert into ${quote(table)} values ${values.slice(start, start + 5000).join(', ')}`);
  }
}
