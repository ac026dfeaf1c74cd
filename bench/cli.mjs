// `promkit score` over a generated 1,000,000-row PHQ-9 CSV, in one run beside
//   - promkit's CSV layer alone (read every record, write it back: the parser's pass-through), and
//   - DuckDB on one thread computing the same sum, band and flag with COPY … TO (the target:
//     promkit within 1.5× of DuckDB);
// then peak memory at 100,000 and 1,000,000 rows (it should stay flat), and a row-by-row check of
// the 1,000,000 scored rows against the published rules and against DuckDB's output.
// Times: best of BENCH_ROUNDS (default 3) runs, each command a fresh process (start-up included);
// CPU time (user + system) is printed too, since wall time on a busy machine measures the others.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { phq9 } from '../dist/instruments.js';

const N = Number(process.env.BENCH_ROWS ?? 1_000_000);
const SMALL = Math.max(1, Math.round(N / 10));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'promkit-bench-cli-'));
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

async function generate(path, rows) {
  let seed = 11;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const out = createWriteStream(path);
  out.write(`record_id,${Array.from({ length: 9 }, (_, i) => `phq9_${i + 1}`).join(',')}\n`);
  for (let r = 0; r < rows; r++) {
    let line = `r${r}`;
    for (let k = 0; k < 9; k++) line += `,${Math.floor(random() * 4)}`;
    if (!out.write(`${line}\n`)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve) => out.end(resolve));
}

/** Runs a command once: wall seconds, CPU seconds (user + system) and peak RSS (MB) where measurable. */
function measure(args) {
  const command = gnuTime ? [gnuTime, '-f', '@@%e %U %S %M', process.execPath, ...args] : [process.execPath, ...args];
  const t0 = process.hrtime.bigint();
  const run = spawnSync(command[0], command.slice(1), { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed (${run.status}):\n${run.stderr}`);
  const line = /@@([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr);
  return line
    ? { wall: Number(line[1]), cpu: Number(line[2]) + Number(line[3]), rss: Number(line[4]) / 1024, stderr: run.stderr.replace(/@@.*\n?/, '') }
    : { wall, cpu: NaN, rss: NaN, stderr: run.stderr };
}

function best(runs) {
  return { wall: Math.min(...runs.map((r) => r.wall)), cpu: Math.min(...runs.map((r) => r.cpu)), rss: Math.max(...runs.map((r) => r.rss)), stderr: runs[0].stderr };
}

async function* lines(path) {
  yield* createInterface({ input: createReadStream(path), crlfDelay: Infinity });
}

/** Checks every scored row against the published PHQ-9 rules (Kroenke 2001) and DuckDB's row. */
async function verify(input, scored, duck) {
  const bands = phq9.scores[0].bands;
  const band = (total) => bands.find((b) => total >= b.min && total <= b.max).label;
  const a = lines(input);
  const b = lines(scored);
  const c = lines(duck);
  const [, headB, headC] = [await a.next(), await b.next(), await c.next()];
  const col = (head, name) => head.value.split(',').indexOf(name);
  const iB = { total: col(headB, 'phq9_total'), band: col(headB, 'phq9_total_band'), status: col(headB, 'phq9_total_status'), flag: col(headB, 'phq9_item9Positive'), error: col(headB, 'phq9_error') };
  const iC = { total: col(headC, 'phq9_total'), band: col(headC, 'phq9_total_band'), flag: col(headC, 'phq9_item9Positive') };
  let rows = 0;
  for (;;) {
    const [x, y, z] = [await a.next(), await b.next(), await c.next()];
    if (x.done || y.done || z.done) {
      if (!(x.done && y.done && z.done)) throw new Error(`row counts differ after ${rows} rows`);
      break;
    }
    const answers = x.value.split(',');
    const out = y.value.split(',');
    const sql = z.value.split(',');
    const items = answers.slice(1).map(Number);
    const total = items.reduce((s, v) => s + v, 0);
    const expected = { total: String(total), band: band(total), status: 'scored', flag: String(items[8] > 0), error: '' };
    const got = { total: out[iB.total], band: out[iB.band], status: out[iB.status], flag: out[iB.flag], error: out[iB.error] };
    if (out.slice(0, answers.length).join(',') !== x.value) throw new Error(`row ${rows + 1}: input cells changed`);
    if (JSON.stringify(got) !== JSON.stringify(expected)) throw new Error(`row ${rows + 1}: ${JSON.stringify(got)} ≠ ${JSON.stringify(expected)}`);
    if (sql[0] !== answers[0] || sql[iC.total] !== got.total || sql[iC.band] !== got.band || sql[iC.flag] !== got.flag) throw new Error(`row ${rows + 1}: DuckDB disagrees: ${z.value}`);
    rows++;
  }
  return rows;
}

try {
  const bundle = join(dir, 'bundle');
  await build({
    entryPoints: { 'csvReader/index': join(root, 'src/ingest/csvReader/index.ts'), 'csvWriter/index': join(root, 'src/ingest/csvWriter/index.ts') },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outdir: bundle,
    outExtension: { '.js': '.mjs' },
    logLevel: 'silent',
  });
  const input = join(dir, 'phq9.csv');
  const small = join(dir, 'phq9-small.csv');
  await generate(input, N);
  await generate(small, SMALL);
  const cli = join(root, 'dist', 'cli.js');
  const out = (name) => join(dir, name);
  const runs = { pass: [], duck: [], promkit: [] };
  for (let round = 0; round < ROUNDS; round++) {
    runs.pass.push(measure([join(root, 'bench', 'cli-passthrough.mjs'), bundle, input, out('pass.csv')]));
    runs.duck.push(measure([join(root, 'bench', 'cli-duckdb.mjs'), input, out('duck.csv')]));
    runs.promkit.push(measure([cli, 'score', input, '-i', 'phq-9', '-o', out('scored.csv')]));
  }
  const smallRun = best(Array.from({ length: ROUNDS }, () => measure([cli, 'score', small, '-i', 'phq-9', '-o', out('scored-small.csv')])));
  const pass = best(runs.pass);
  const duck = best(runs.duck);
  const promkit = best(runs.promkit);
  const fmt = (r) => `${r.wall.toFixed(2).padStart(6)} s wall ${Number.isNaN(r.cpu) ? '' : `${r.cpu.toFixed(2).padStart(6)} s CPU`}  ${Math.round(N / r.wall).toLocaleString('en').padStart(10)} rows/s`;
  console.log(`promkit score, ${N.toLocaleString('en')}-row PHQ-9 CSV (${(statSync(input).size / 1e6).toFixed(0)} MB), best of ${ROUNDS}, each a fresh process`);
  console.log(`  CSV layer pass-through (read + write)  ${fmt(pass)}`);
  console.log(`  DuckDB, 1 thread (COPY … sum, band, flag) ${fmt(duck)}`);
  console.log(`  promkit score (whole command)         ${fmt(promkit)}`);
  console.log(`  promkit ÷ DuckDB: ${(promkit.wall / duck.wall).toFixed(2)}× wall${Number.isNaN(promkit.cpu) ? '' : `, ${(promkit.cpu / duck.cpu).toFixed(2)}× CPU`} (target ≤ 1.5×); promkit ÷ pass-through: ${(promkit.wall / pass.wall).toFixed(2)}× wall`);
  if (!Number.isNaN(promkit.rss)) {
    console.log(`  peak memory of promkit score: ${smallRun.rss.toFixed(0)} MB at ${SMALL.toLocaleString('en')} rows, ${promkit.rss.toFixed(0)} MB at ${N.toLocaleString('en')} rows (DuckDB ${duck.rss.toFixed(0)} MB)`);
  }
  console.log(`  ${promkit.stderr.trim().split('\n').join('\n  ')}`);
  const verified = await verify(input, out('scored.csv'), out('duck.csv'));
  console.log(`  verified row by row: ${verified.toLocaleString('en')} rows (input cells unchanged, total/band/status/flag as published, equal to DuckDB's)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
