// promkit benchmarks: `npm run bench` (builds first). Figures, not pass/fail: see the README.
//   1. score() over 1,000,000 random PHQ-9 record objects, beside a hand-written validated loop
//      over the same rows in the same run (target: ≥ 1,000,000/s and within 3× of the hand loop);
//   2. the import size of `score` + `phq9`, minified and gzipped by esbuild (target < 10 KB).
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createScorer, score } from '../dist/index.js';
import { phq9 } from '../dist/instruments.js';

const N = Number(process.env.BENCH_ROWS ?? 1_000_000);
const ids = phq9.items.map((item) => item.id);

// A fixed-seed generator so every run scores the same rows.
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const rows = Array.from({ length: N }, () => {
  const row = {};
  for (const id of ids) row[id] = Math.floor(random() * 4);
  return row;
});

/** What a careful developer writes by hand: validate every answer, sum, band, flag. */
function handWritten(row) {
  let total = 0;
  let answered = 0;
  for (let i = 0; i < 9; i++) {
    const v = row[ids[i]];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 3) throw new Error(`bad ${ids[i]}: ${v}`);
    total += v;
    answered++;
  }
  const complete = answered === 9;
  const band = !complete ? undefined : total < 5 ? 'minimal' : total < 10 ? 'mild' : total < 15 ? 'moderate' : total < 20 ? 'moderately severe' : 'severe';
  return { total: complete ? total : null, band, item9: row.phq9_9 == null ? null : row.phq9_9 > 0 };
}

function time(label, fn) {
  let checksum = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < N; i++) checksum += fn(rows[i]);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { label, seconds, perSecond: N / seconds, checksum };
}

const scorer = createScorer(phq9);
const candidates = {
  'hand-written validated loop': (row) => handWritten(row).total,
  'score(phq9, row)': (row) => score(phq9, row).scores.total.value,
  'createScorer(phq9)(row)': (row) => scorer(row).scores.total.value,
};
// Warm up every path, then take the best of three timed passes each.
for (const fn of Object.values(candidates)) for (let i = 0; i < 50_000; i++) fn(rows[i % N]);
const results = {};
for (let pass = 0; pass < 3; pass++) {
  for (const [label, fn] of Object.entries(candidates)) {
    const r = time(label, fn);
    if (!results[label] || r.seconds < results[label].seconds) results[label] = r;
  }
}
const hand = results['hand-written validated loop'];
console.log(`PHQ-9, ${N.toLocaleString('en')} record rows (best of 3), Node ${process.version}`);
for (const r of Object.values(results)) {
  if (r.checksum !== hand.checksum) throw new Error(`${r.label} disagrees with the hand-written loop`);
  console.log(`  ${r.label.padEnd(30)} ${Math.round(r.perSecond).toLocaleString('en').padStart(12)} responses/s  (${(r.seconds / hand.seconds).toFixed(2)}× the hand loop's time)`);
}

// Import size of score + phq9, as an application bundles it.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const app = mkdtempSync(join(tmpdir(), 'promkit-bench-'));
try {
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(root, join(app, 'node_modules', 'promkit'), 'dir');
  const entry = join(app, 'entry.mjs');
  writeFileSync(entry, `import { score } from 'promkit'; import { phq9 } from 'promkit/instruments'; console.log(score(phq9, {}));`);
  const out = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, absWorkingDir: app, nodePaths: [join(root, 'node_modules')] });
  const code = out.outputFiles[0].contents;
  console.log(`Import size of score + phq9: ${(code.length / 1024).toFixed(1)} KB minified, ${(gzipSync(code).length / 1024).toFixed(1)} KB minified + gzipped`);
} finally {
  rmSync(app, { recursive: true, force: true });
}
