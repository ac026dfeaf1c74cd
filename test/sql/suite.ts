/**
 * The differential suite: for every instrument in the catalogue (and the fixtures that use the
 * rules the catalogue does not), ≥ 2,000 seeded random rows go into a table, the compiled SQL
 * runs on a real embedded engine, and every added column of every row must equal what score()
 * gives (through the CLI's own output fields), under five missing-item policies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listInstruments } from '../../src/catalog/index.js';
import { getInstrument } from '../../src/catalog/index.js';
import type { Instrument } from '../../src/index.js';
import { defaultPrefix, outputFields } from '../../src/batch/_lib/fields.js';
import { toSql } from '../../src/sql/index.js';
import { featureInstruments } from './features.js';
import {
  columnNames,
  differences,
  expectedFields,
  generateRows,
  loadTable,
  parsedCells,
  policies,
  policyName,
  type Engine,
} from './harness.js';

const strip = (sql: string) => sql.replace(/;\s*$/, '');
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function differentialSuite(open: () => Promise<Engine & { close(): Promise<void> }>): void {
  let engine: Engine & { close(): Promise<void> };
  beforeAll(async () => {
    engine = await open();
  }, 60_000);
  afterAll(async () => {
    await engine?.close();
  });

  const instruments: readonly Instrument[] = [...listInstruments(), ...featureInstruments];

  describe('every instrument, every policy: the SQL equals score() on ≥ 2,000 rows', () => {
    it.each(instruments.map((instrument, k) => [instrument.id, k] as const))('%s', async (_id, k) => {
      const instrument = instruments[k] as Instrument;
      // Every other instrument reads columns named differently from its items (quoted, mixed case).
      const renamed = k % 2 === 1;
      const columns = columnNames(instrument, renamed);
      const rows = generateRows(instrument);
      expect(rows.length).toBeGreaterThanOrEqual(2000);
      const table = `answers_${k}`;
      await loadTable(engine, table, instrument.items.map((item) => columns[item.id] as string), rows);
      for (const missing of policies(instrument)) {
        const sql = toSql(instrument, { dialect: engine.dialect, table, columns: renamed ? columns : undefined, missing });
        const wanted = ['row_id', columns[instrument.items[0]!.id] as string, ...outputFields(instrument, defaultPrefix(instrument))];
        const result = await engine.query(`select ${wanted.map(quote).join(', ')} from (${strip(sql)}) as scored order by row_id`);
        const expected = expectedFields(instrument, rows, missing, renamed ? columns : Object.fromEntries(instrument.items.map((i) => [i.id, i.id])));
        expect(differences(instrument, expected, result, rows).slice(0, 8), `${instrument.id}, missing ${policyName(missing)}`).toEqual([]);
        // The source columns come through untouched.
        const first = instrument.items[0]!;
        expect(result.map((row) => row.row_id)).toEqual(rows.map((_, r) => r));
        expect(result.map((row) => normalise(row[columns[first.id] as string]))).toEqual(rows.map((row) => normalise(row[0])));
      }
    });
  });

  it('text columns are read as the CLI reads CSV cells: numbers, blanks and NA unanswered, anything else an error', async () => {
    const cells = ['0', '1', '2', '3', ' 2 ', '2.0', '+1', '.5', '', '  ', 'NA', ' NA ', 'abc', '4', '-1', '1.5', '3e0', 'x'.repeat(50), null];
    for (const id of ['phq-9', 'promis-pi-4a']) {
      const instrument = getInstrument(id);
      const n = instrument.items.length;
      let seed = 7;
      const next = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
      const rows: (string | null)[][] = [];
      for (let r = 0; r < 400; r++) {
        const valid = instrument.items.map((item) => String(item.options![Math.floor(next() * item.options!.length)]!.value));
        rows.push(valid.map((v) => (next() < 0.2 ? (cells[Math.floor(next() * cells.length)] as string | null) : v)));
      }
      const table = `text_${id.replace(/-/g, '_')}`;
      const quote = (s: string | null) => (s === null ? 'null' : `'${s.replace(/'/g, "''")}'`);
      await engine.exec(`create table ${table} (row_id integer, ${instrument.items.map((item) => `"${item.id}" ${engine.dialect === 'postgres' ? 'text' : 'varchar'}`).join(', ')})`);
      await engine.exec(`insert into ${table} values ${rows.map((row, r) => `(${r}, ${row.map(quote).join(', ')})`).join(', ')}`);
      const sql = toSql(instrument, { dialect: engine.dialect, table });
      const result = await engine.query(`select * from (${strip(sql)}) as scored order by row_id`);
      // '3e0' is a number to the database but not to the CLI's cell reader: compare the rest.
      const kept = rows.map((row, r) => [row, r] as const).filter(([row]) => !row.includes('3e0'));
      const parsed = parsedCells(kept.map(([row]) => row));
      const expected = expectedFields(instrument, parsed, 'official', Object.fromEntries(instrument.items.map((i) => [i.id, i.id])));
      expect(differences(instrument, expected, kept.map(([, r]) => result[r] as Record<string, unknown>), parsed).slice(0, 8)).toEqual([]);
      // '3e0' rows: the database reads 3; never a silent wrong number (3 is what the text says).
      for (const [row, r] of rows.map((row, r) => [row, r] as const).filter(([row]) => row.includes('3e0'))) {
        const asNumbers = parsedCells([row.map((cell) => (cell === '3e0' ? '3' : cell))]);
        const want = expectedFields(instrument, asNumbers, 'official', Object.fromEntries(instrument.items.map((i) => [i.id, i.id])));
        expect(differences(instrument, want, [result[r] as Record<string, unknown>], asNumbers)).toEqual([]);
      }
    }
  });

  it('several instruments in one query share the table and keep their own columns', async () => {
    const list = ['phq-9', 'gad-7', 'start-back'].map(getInstrument);
    const items = list.flatMap((i) => i.items);
    const rowsBy = list.map((i) => generateRows(i, 300).slice(0, 300));
    const rows = rowsBy[0]!.map((_, r) => rowsBy.flatMap((set) => set[r] as (number | null)[]));
    await loadTable(engine, 'several', items.map((item) => item.id), rows);
    const sql = toSql(list, { dialect: engine.dialect, table: 'several', missing: { minAnswered: 5 } });
    const result = await engine.query(`select * from (${strip(sql)}) as scored order by row_id`);
    let offset = 0;
    list.forEach((instrument, k) => {
      const own = rowsBy[k] as (number | null)[][];
      const expected = expectedFields(instrument, own, { minAnswered: 5 }, Object.fromEntries(instrument.items.map((i) => [i.id, i.id])));
      expect(differences(instrument, expected, result, own).slice(0, 8), instrument.id).toEqual([]);
      offset += instrument.items.length;
    });
    expect(offset).toBe(items.length);
  });

  it('writes a view that scores rows added after it was created', async () => {
    const instrument = getInstrument('phq-9');
    await loadTable(engine, 'later', instrument.items.map((item) => item.id), [[1, 1, 1, 1, 1, 1, 1, 1, 1]]);
    await engine.exec(toSql(instrument, { dialect: engine.dialect, table: 'later', view: 'later_scored' }));
    await engine.exec(`insert into later values (1, 3, 3, 3, 3, 3, 3, 3, 2, 1), (2, 0, 0, 0, 0, 0, 0, 0, 0, null)`);
    const result = await engine.query('select row_id, phq9_total, phq9_total_band, phq9_total_status, "phq9_item9Positive" from later_scored order by row_id');
    expect(result.map((row) => [row.phq9_total, row.phq9_total_band, row.phq9_total_status, row.phq9_item9Positive])).toEqual([
      [9, 'mild', 'scored', true],
      [24, 'severe', 'scored', true],
      [null, null, 'insufficient-items', null],
    ]);
  });
}

function normalise(value: unknown): unknown {
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return value ?? null;
}
