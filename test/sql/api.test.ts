/** toSql's contract: its arguments, the shape of the SQL it writes, and the subpath's bundle. */
import { describe, expect, it } from 'vitest';
import { getInstrument, listInstruments } from '../../src/catalog/index.js';
import { PromkitError } from '../../src/index.js';
import { toSql, type SqlDialect } from '../../src/sql/index.js';
import { featureInstruments } from './features.js';
import { distFile } from '../dist.js';
import { bundleImports } from '../bundle.js';

const phq9 = getInstrument('phq-9');
const dialects: SqlDialect[] = ['duckdb', 'postgres', 'spark', 'bigquery'];

function issuesOf(run: () => unknown): { code: string; path: readonly (string | number)[]; message: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof PromkitError) return error.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }));
    throw error;
  }
  throw new Error('expected a PromkitError');
}

describe('toSql arguments', () => {
  it('names every problem with a path and what is allowed', () => {
    const issues = issuesOf(() =>
      toSql(phq9, {
        dialect: 'oracle' as SqlDialect,
        table: 'a..b',
        columns: { phq9_1: 'Q1', gad7_1: 'G1' },
        prefix: '9phq',
        na: [1 as unknown as string],
      }),
    );
    expect(issues.map((i) => i.path.join('.'))).toEqual(['options.dialect', 'options.table', 'options.columns.gad7_1', 'options.prefix', 'options.na']);
    expect(issues[0]?.message).toContain('duckdb, postgres, spark, bigquery');
    expect(issues[2]?.message).toContain('"gad7_1" is not an item of phq-9');
  });

  it('refuses an unvalidated copy of a definition and a bad missing policy, as score() does', () => {
    expect(issuesOf(() => toSql({ ...phq9 }, { dialect: 'duckdb' }))[0]?.code).toBe('invalid-definition');
    expect(issuesOf(() => toSql(phq9, { dialect: 'duckdb', missing: { minAnswered: 0 } }))[0]?.path).toEqual(['options', 'missing']);
  });

  it('needs distinct prefixes for several instruments', () => {
    const issues = issuesOf(() => toSql([phq9, phq9], { dialect: 'duckdb' }));
    expect(issues[0]?.message).toContain('two instruments would both add columns named phq9_');
    expect(issuesOf(() => toSql([phq9, getInstrument('gad-7')], { dialect: 'duckdb', prefix: 'x' }))[0]?.path).toEqual(['options', 'prefix']);
  });
});

describe('the SQL people read', () => {
  it.each(dialects)('%s: the same call gives the same text; lower-case keywords; one commented CTE per step', (dialect) => {
    for (const instrument of [...listInstruments(), ...featureInstruments]) {
      const sql = toSql(instrument, { dialect });
      expect(toSql(instrument, { dialect })).toBe(sql);
      const code = sql.replace(/--[^\n]*/g, '').replace(/'(?:[^'\\]|''|\\.)*'/g, "''");
      expect(code).not.toMatch(/\b(SELECT|FROM|WITH|CASE|WHEN|THEN|ELSE|END|AND|OR|NOT|NULL|AS|CAST)\b/);
      // Every CTE is preceded by its comment.
      const ctes = [...sql.matchAll(/^(\w+) as \($/gm)].map((m) => m[1]);
      expect(ctes.length).toBeGreaterThanOrEqual(7);
      for (const name of ctes) expect(sql).toMatch(new RegExp(`-- [^\\n]+\\n${name} as \\(`));
    }
  });

  it('names each rule with its citation key and locator, as the definition gives them', () => {
    const sql = toSql(getInstrument('promis-pi-4a'), { dialect: 'postgres' });
    const total = getInstrument('promis-pi-4a').scores[0]!;
    expect(sql).toContain(`[${total.missing.source.ref}`);
    expect(sql).toContain(`[${total.table!.source.ref}${total.table!.source.locator ? `, ${total.table!.source.locator}` : ''}]`);
    expect(sql).toContain('(on the T-score)');
    const phq = toSql(phq9, { dialect: 'postgres' });
    expect(phq).toContain(`[${phq9.flags![0]!.source.ref}`);
    expect(phq).toMatch(/phq9_banded as \(/);
  });

  it('quotes what must be quoted, per dialect, and nothing else', () => {
    const columns = { phq9_1: 'PHQ9 Q01', phq9_2: 'it"s', phq9_3: 'back`tick' };
    const pg = toSql(phq9, { dialect: 'postgres', table: 'registry.My Table', columns });
    expect(pg).toContain('from registry."My Table" as src');
    expect(pg).toContain('src."PHQ9 Q01"');
    expect(pg).toContain('src."it""s"');
    expect(pg).toContain('"phq9_item9Positive"');
    expect(pg).toContain('phq9_total,');
    const spark = toSql(phq9, { dialect: 'spark', table: 'registry.My Table', columns });
    expect(spark).toContain('from registry.`My Table` as src');
    expect(spark).toContain('src.`back\\`tick`');
    const bq = toSql(phq9, { dialect: 'bigquery', table: 'my-project.registry.answers' });
    expect(bq).toContain('from `my-project`.registry.answers as src');
    // Rule texts with quotes are escaped per dialect.
    expect(toSql(featureInstruments[0]!, { dialect: 'duckdb' })).toContain("It''s a fixture.");
    expect(toSql(featureInstruments[0]!, { dialect: 'spark' })).toContain("It\\'s a fixture.");
  });

  it('wraps the query in a view when asked', () => {
    expect(toSql(phq9, { dialect: 'duckdb', view: 'analytics.phq9_scored' })).toMatch(/^create or replace view analytics\.phq9_scored as\n-- promkit:/);
  });
});

describe('promkit/sql, as an application bundles it', () => {
  it('carries no instrument and no Node built-in', async () => {
    distFile('sql.js'); // throws when dist/ is missing or older than src/
    const code = await bundleImports('toSql', './dist/sql.js');
    expect(code).not.toMatch(/require\(["']node:|from ?["']node:/);
    expect(code).not.toMatch(/phq9_|gad7_|Kroenke/);
    expect(code).not.toMatch(/ZodError|_zod/);
  });
});
