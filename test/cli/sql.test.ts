/** `promkit sql`, run as a user runs it (`node dist/cli.js sql …`; npm test builds first). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getInstrument } from '../../src/catalog/index.js';
import { toSql } from '../../src/sql/index.js';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'promkit-cli-sql-'));
const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: dir });

describe('promkit sql', () => {
  it('prints what toSql writes, for several instruments, with the map, table, policy, NA tokens and view', () => {
    writeFileSync(join(dir, 'map.json'), JSON.stringify({ 'phq-9': { phq9_1: 'PHQ9_Q01' }, 'gad-7': { gad7_7: 'GAD7 Q7' } }));
    const result = run(['sql', 'phq-9', 'gad-7', '--dialect', 'postgres', '--map', 'map.json', '--table', 'registry.visits', '--missing', 'minAnswered=6', '--na', 'NA', '-99', '--view', 'registry.visits_scored']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      toSql([getInstrument('phq-9'), getInstrument('gad-7')], {
        dialect: 'postgres',
        table: 'registry.visits',
        columns: { phq9_1: 'PHQ9_Q01', gad7_7: 'GAD7 Q7' },
        missing: { minAnswered: 6 },
        na: ['NA', '-99'],
        view: 'registry.visits_scored',
      }),
    );
    expect(result.stdout).toContain('src."PHQ9_Q01"');
  });

  it('writes to --out (a finished file only) and accepts a flat map for one instrument', () => {
    writeFileSync(join(dir, 'flat.json'), JSON.stringify({ phq9_9: 'item_nine' }));
    const result = run(['sql', 'phq-9', '--dialect', 'bigquery', '-m', 'flat.json', '-o', 'phq9.sql']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(join(dir, 'phq9.sql'), 'utf8')).toBe(toSql(getInstrument('phq-9'), { dialect: 'bigquery', columns: { phq9_9: 'item_nine' } }));
  });

  it('exits 2 with one clear line for each kind of usage mistake', () => {
    const cases: [string[], RegExp][] = [
      [['sql', 'phq-9'], /required option '--dialect/],
      [['sql', 'phq-9', '--dialect', 'oracle'], /Allowed choices are duckdb, postgres, spark, bigquery/],
      [['sql', 'phq-9', '--dialect', 'duckdb', '--missing', 'minAnswered=0'], /official, strict or minAnswered=N/],
      [['sql', 'phq9', '--dialect', 'duckdb'], /"phq9" is not a promkit instrument/],
      [['sql', 'phq-9', '--dialect', 'duckdb', '--map', 'absent.json'], /cannot read the column map absent\.json/],
      [['sql', 'phq-9', '--dialect', 'duckdb', '--table', 'a..b'], /options\.table/],
    ];
    for (const [args, message] of cases) {
      const result = run(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    }
  });

  it("refuses a map entry that is not an item of the instrument it is filed under", () => {
    writeFileSync(join(dir, 'wrong.json'), JSON.stringify({ 'phq-9': { phq9_1: 'A' }, 'phq-2': { phq9_2: 'B' } }));
    const result = run(['sql', 'phq-9', 'phq-2', '--dialect', 'duckdb', '--map', 'wrong.json']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('the column map names "phq9_2" for phq-2, which has no such item');
  });
});
