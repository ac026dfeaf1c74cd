/**
 * Parquet in `promkit score` (what warehouses export): a file written by DuckDB scores to the same
 * numbers as the CSV it came from, and a Parquet output reads back in DuckDB with typed columns.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'promkit-parquet-'));
const clean = join(root, 'test', 'exports', 'clean.csv');
const quote = (path: string) => `'${path.replace(/'/g, "''")}'`;

function run(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function duck<T>(fn: (run: (sql: string) => Promise<Record<string, unknown>[]>) => Promise<T>): Promise<T> {
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  try {
    return await fn(async (sql) => (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[]);
  } finally {
    connection.closeSync();
  }
}

describe('Parquet', () => {
  it('reads a Parquet file written by DuckDB (typed columns, NULLs) and scores it as the CSV', async () => {
    const input = join(dir, 'clean.parquet');
    await duck((sql) => sql(`copy (select * from read_csv(${quote(clean)}, header = true)) to ${quote(input)} (format parquet)`));
    const fromCsv = parse(run(['score', clean, '-i', 'phq-9', 'gad-7', 'vas']).stdout) as string[][];
    const fromParquet = run(['score', input, '-i', 'phq-9', 'gad-7', 'vas']);
    expect(fromParquet.status).toBe(0);
    const rows = parse(fromParquet.stdout) as string[][];
    expect(rows[0]).toEqual(fromCsv[0]);
    const totals = (table: string[][]) => table.slice(1).map((r) => ['phq9_total', 'phq9_total_status', 'gad7_total', 'vas_total'].map((c) => r[table[0]!.indexOf(c)]));
    expect(totals(rows)).toEqual(totals(fromCsv));
  });

  it('writes Parquet for --out *.parquet: input columns as text, scores typed, read back by DuckDB', async () => {
    const out = join(dir, 'scored.parquet');
    const { status } = run(['score', clean, '-i', 'phq-9', 'gad-7', '--out', out]);
    expect(status).toBe(0);
    expect(readdirSync(dir).filter((n) => n.includes('.promkit-'))).toEqual([]);
    const rows = await duck((sql) => sql(`select record_id, name, phq9_total, phq9_total_band, phq9_item9Positive, gad7_total, typeof(phq9_total) as t, typeof(phq9_item9Positive) as f from ${quote(out)} order by record_id`));
    expect(rows.map((r) => r.phq9_total)).toEqual([11, 0, 27, 12, null, 13]);
    expect(rows[0]).toMatchObject({ record_id: '1', name: 'Müller', phq9_total_band: 'moderate', phq9_item9Positive: false, gad7_total: 21, t: 'DOUBLE', f: 'BOOLEAN' });
  });

  it('refuses Parquet to stdout, and a file that is not Parquet (one line, exit 2, no output)', () => {
    const toStdout = run(['score', clean, '-i', 'phq-9', '--format', 'parquet']);
    expect(toStdout.status).toBe(2);
    expect(toStdout.stderr).toContain('Parquet output needs --out');
    const fake = join(dir, 'fake.parquet');
    writeFileSync(fake, readFileSync(clean));
    const out = join(dir, 'never.csv');
    const notParquet = run(['score', fake, '-i', 'phq-9', '--out', out]);
    expect(notParquet.status).toBe(2);
    expect(notParquet.stderr).toContain('is not a readable Parquet file');
    expect(notParquet.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });
});
