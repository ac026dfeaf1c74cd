/**
 * Spark SQL and BigQuery output is not executed here (no engine embeds in Node). Instead:
 * golden files — the SQL exactly as reviewed, so any change to it shows in a diff — and each
 * golden file parsed by that dialect's grammar: Spark's ANTLR grammar (dt-sql-parser) and
 * sql-parser-cst's BigQuery dialect. The DuckDB and PostgreSQL suites prove the logic; these
 * prove the other two spell it in their own syntax.
 *
 * Regenerate after a deliberate change with `UPDATE_GOLDEN=1 npx vitest run test/sql/golden.test.ts`,
 * then review the diff.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseCst } from 'sql-parser-cst';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getInstrument } from '../../src/catalog/index.js';
import { toSql, type ToSqlOptions } from '../../src/sql/index.js';
import { featureInstruments } from './features.js';

const dir = join(import.meta.dirname, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';
const [allRules, unrounded] = featureInstruments as [typeof featureInstruments[0], typeof featureInstruments[0]];

/** Fixtures own their definitions, so the goldens change only when the compiler does. */
const cases: { name: string; sql: (dialect: 'spark' | 'bigquery') => string }[] = [
  {
    name: 'all-rules',
    sql: (dialect) =>
      toSql(allRules, { dialect, table: 'warehouse.sql_fixture', columns: { a1: 'A 1', 'Item.Mixed': 'mixed' }, na: ['', 'NA', '-99'] }),
  },
  { name: 'unrounded-strict', sql: (dialect) => toSql(unrounded, { dialect, missing: 'strict' }) },
  {
    name: 'two-instruments-view',
    sql: (dialect) =>
      toSql([unrounded, allRules], {
        dialect,
        table: dialect === 'bigquery' ? 'my-project.registry.answers' : 'registry.answers',
        missing: { minAnswered: 2 },
        prefix: { 'sql-fixture-unrounded': 'u', 'sql-fixture-all-rules': 'all' },
        view: 'registry.answers_scored',
      } satisfies ToSqlOptions),
  },
];

let validateSpark: (sql: string) => { message: string; startLine: number }[];
let scratch: string;

beforeAll(async () => {
  // dt-sql-parser's ESM build uses directory imports, which Node cannot load: bundle it once.
  scratch = mkdtempSync(join(tmpdir(), 'promkit-spark-'));
  const entry = join(scratch, 'entry.mjs');
  writeFileSync(entry, `export { SparkSQL } from 'dt-sql-parser';`);
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: join(scratch, 'spark.mjs'), nodePaths: [join(import.meta.dirname, '..', '..', 'node_modules')], logLevel: 'silent' });
  const { SparkSQL } = (await import(pathToFileURL(join(scratch, 'spark.mjs')).href)) as { SparkSQL: new () => { validate(sql: string): { message: string; startLine: number }[] } };
  const parser = new SparkSQL();
  validateSpark = (sql) => parser.validate(sql);
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(['spark', 'bigquery'] as const)('%s: golden files, parsed by the dialect grammar', (dialect) => {
  it.each(cases.map((c) => c.name))('%s', (name) => {
    const sql = (cases.find((c) => c.name === name) as (typeof cases)[number]).sql(dialect);
    const file = join(dir, dialect, `${name}.sql`);
    if (update || !existsSync(file)) {
      mkdirSync(join(dir, dialect), { recursive: true });
      writeFileSync(file, sql);
      if (!update) throw new Error(`wrote the missing golden file ${file}: review it and commit it`);
    }
    expect(sql).toBe(readFileSync(file, 'utf8'));
    if (dialect === 'bigquery') {
      expect(() => parseCst(sql, { dialect: 'bigquery', includeComments: true })).not.toThrow();
    } else {
      const statement = sql.replace(/^create or replace view [^\n]+ as\n/, '');
      expect(validateSpark(statement).map((e) => `line ${e.startLine}: ${e.message}`)).toEqual([]);
    }
  });
});

describe('the grammars tell the dialects apart (so a pass means something)', () => {
  it('BigQuery refuses the Spark and DuckDB spellings', () => {
    const instrument = getInstrument('phq-9');
    expect(() => parseCst(toSql(instrument, { dialect: 'spark' }), { dialect: 'bigquery' })).toThrow(/struct\(src\.\*\)|Syntax Error/);
    expect(() => parseCst(toSql(instrument, { dialect: 'duckdb' }), { dialect: 'bigquery' })).toThrow(/Syntax Error/);
  });
  it("Spark refuses BigQuery's array-of-struct table", () => {
    expect(validateSpark('select raw from unnest(array<struct<raw float64>>[(1.5)])').length).toBeGreaterThan(0);
    expect(validateSpark('select raw from (values (1.5)) as t (raw)')).toEqual([]);
  });
});
