// `promkit score` over a generated 1,000,000-row PHQ-9 CSV, beside a pass-through of the same file
// through the same CSV parser and stringifier alone, in one run. Target: within 2× of the pass-through.
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify';
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';

const N = Number(process.env.BENCH_ROWS ?? 1_000_000);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'promkit-bench-cli-'));
const input = join(dir, 'phq9.csv');
try {
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
  await pipeline(createReadStream(input), parse({ bom: true, relax_column_count: true, skip_empty_lines: true }), stringify({ record_delimiter: 'unix' }), createWriteStream(join(dir, 'pass.csv')));
  const pass = Number(process.hrtime.bigint() - t0) / 1e9;

  const t1 = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'score', input, '-i', 'phq-9', '-o', join(dir, 'scored.csv')], { encoding: 'utf8' });
  const cli = Number(process.hrtime.bigint() - t1) / 1e9;
  if (run.status !== 0) throw new Error(run.stderr);
  console.log(`promkit score, ${N.toLocaleString('en')}-row PHQ-9 CSV (${(statSync(input).size / 1e6).toFixed(0)} MB)`);
  console.log(`  parse + stringify pass-through  ${Math.round(N / pass).toLocaleString('en').padStart(10)} rows/s`);
  console.log(`  promkit score (whole command)   ${Math.round(N / cli).toLocaleString('en').padStart(10)} rows/s  (${(cli / pass).toFixed(2)}× the pass-through's time)`);
  console.log(`  ${run.stderr.trim().split('\n').join('\n  ')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
