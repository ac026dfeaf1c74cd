// The compiled SQL in DuckDB beside `promkit score` on the same generated 1,000,000-row PHQ-9 CSV,
// one run each: CSV in, scored CSV out for both; then the SQL alone on a table already loaded
// (scoring where the data lives). Afterwards the two outputs are compared, column by column.
import { DuckDBInstance } from '@duckdb/node-api';
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getInstrument } from '../dist/catalog.js';
import { toSql } from '../dist/sql.js';

const N = Number(process.env.BENCH_ROWS ?? 1_000_000);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'promkit-bench-sql-'));
const input = join(dir, 'phq9.csv');
const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;
const rate = (s) => `${Math.round(N / s).toLocaleString('en').padStart(10)} rows/s  (${s.toFixed(2)} s)`;
try {
  // The same file bench/cli.mjs scores: seeded answers 0–3, every row complete.
  let seed = 11;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const out = createWriteStream(input);
  out.write(`record_id,${Array.from({ length: 9 }, (_, i) => `phq9_${i + 1}`).join(',')}\n`);
  for (let r = 0; r < N; r++) {
    let line = `r${r}`;
    for (let k = 0; k < 9; k++) line += `,${Math.floor(random() * 4)}`;
    if (!out.write(`${line}\n`)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve) => out.end(resolve));

  const t0 = process.hrtime.bigint();
  const cli = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'score', input, '-i', 'phq-9', '-o', join(dir, 'cli.csv')], { encoding: 'utf8' });
  const cliTime = seconds(t0);
  if (cli.status !== 0) throw new Error(cli.stderr);

  const sql = toSql(getInstrument('phq-9'), { dialect: 'duckdb', table: 'responses' }).replace(/;\s*$/, '');
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  const csv = (path) => `read_csv('${path}', header = true, all_varchar = false)`;

  await db.run(`create view responses as select * from ${csv(input)}`);
  const t1 = process.hrtime.bigint();
  await db.run(`copy (${sql}) to '${join(dir, 'sql.csv')}' (header true)`);
  const csvTime = seconds(t1);

  await db.run('drop view responses');
  const t2 = process.hrtime.bigint();
  await db.run(`create table responses as select * from ${csv(input)}`);
  const loadTime = seconds(t2);
  const t3 = process.hrtime.bigint();
  await db.run(`create table scored as ${sql}`);
  const tableTime = seconds(t3);

  // The two scored files must agree on every row.
  const diff = await db.runAndReadAll(`
    select count(*) as rows,
           count(*) filter (where s.phq9_total is distinct from c.phq9_total
                              or s.phq9_total_band is distinct from c.phq9_total_band
                              or s.phq9_total_status is distinct from c.phq9_total_status
                              or s."phq9_item9Positive" is distinct from c."phq9_item9Positive") as differing
    from read_csv('${join(dir, 'sql.csv')}', header = true) as s
    join read_csv('${join(dir, 'cli.csv')}', header = true) as c using (record_id)`);
  const [{ rows, differing }] = diff.getRowObjectsJS();
  db.closeSync();
  instance.closeSync();

  console.log(`toSql(phq-9) in DuckDB beside promkit score, ${N.toLocaleString('en')}-row PHQ-9 CSV (${(statSync(input).size / 1e6).toFixed(0)} MB), ${cpus().length} cores, one run`);
  console.log(`  promkit score (whole command, CSV → CSV)   ${rate(cliTime)}`);
  console.log(`  DuckDB, compiled SQL (CSV → CSV)           ${rate(csvTime)}  (${(cliTime / csvTime).toFixed(1)}× promkit score)`);
  console.log(`  DuckDB, loading the CSV into a table       ${rate(loadTime)}`);
  console.log(`  DuckDB, compiled SQL (table → table)       ${rate(tableTime)}`);
  console.log(`  outputs compared: ${Number(rows).toLocaleString('en')} rows, ${Number(differing)} differing`);
  if (Number(differing) !== 0 || Number(rows) !== N) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
