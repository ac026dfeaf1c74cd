// Cold start: how long a fresh Node process takes to import promkit, beside bare Node, on a clean
// install (the package as `npm pack` makes it, installed with its runtime dependencies only into
// an empty directory). Each figure is the median of 10 fresh processes, after one unmeasured
// warm-up round; every round runs the cases in a fresh shuffled order, so that drift and
// neighbours hit every case alike. Two columns: wall time (what a user waits), and the CPU time
// (user + system) of the process, which a busy machine disturbs far less.
// Targets: score + phq9 ≤ 50 ms above bare Node; `promkit --version` ≤ 150 ms; the catalogue
// and FHIR entries ≤ 80 ms above bare Node.
//
//   node bench/startup.mjs                         (npm run bench builds first)
//   STARTUP_RUNS=20 node bench/startup.mjs
//   node bench/startup.mjs --compare ../old-checkout   (the same cases for an older build,
//                                                  interleaved in the same rounds: before/after)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const RUNS = Number(process.env.STARTUP_RUNS ?? 10);
const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const compareAt = process.argv.indexOf('--compare');
const roots = compareAt > 0 ? [['before', resolve(process.argv[compareAt + 1])], ['after', here]] : [['', here]];
const work = mkdtempSync(join(tmpdir(), 'promkit-bench-startup-'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const scripts = {
  "import { score } from 'promkit' + phq9, score once":
    "import { score } from 'promkit'; import { phq9 } from 'promkit/instruments'; if (score(phq9, [1,2,1,2,1,1,2,1,0]).scores.total.value !== 11) process.exit(1);",
  "require('promkit') + phq9 (CommonJS), score once":
    "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); const { score } = require('promkit'); const { phq9 } = require('promkit/instruments'); if (score(phq9, [1,2,1,2,1,1,2,1,0]).scores.total.value !== 11) process.exit(1);",
  "promkit/catalog: getInstrument('phq-9')": "import { getInstrument } from 'promkit/catalog'; if (getInstrument('phq-9').id !== 'phq-9') process.exit(1);",
  'promkit/fhir: toQuestionnaire(phq9)':
    "import { toQuestionnaire } from 'promkit/fhir'; import { phq9 } from 'promkit/instruments'; if (toQuestionnaire(phq9).item.length < 9) process.exit(1);",
  'defineInstrument (validates with zod) + score':
    "import { defineInstrument, score } from 'promkit'; const d = defineInstrument({ id: 'clinic-sleep', title: 'Clinic sleep quality', version: '1', domain: 'sleep', recallPeriod: 'last night', citations: [{ key: 'local', text: 'Pain clinic local scale, 2026.' }], licence: { status: 'user-defined', verbatimText: true, note: 'Our own scale.' }, items: [{ id: 'sleep', label: 'Sleep quality', numeric: { min: 0, max: 10, integer: true } }], scores: [{ name: 'total', label: 'Sleep quality', items: ['sleep'], method: 'sum', range: [0, 10], direction: 'higher-is-better', missing: { minAnswered: 1, rounding: 'none', official: true, text: 'The item must be answered.', source: { ref: 'local' } } }] }); if (score(d, { sleep: 7 }).scores.total.value !== 7) process.exit(1);",
};

try {
  // Reports the process's CPU time on fd 3 when it exits (loaded with --import into every case).
  const cpu = join(work, 'cpu.mjs');
  writeFileSync(cpu, "import { writeSync } from 'node:fs'; process.on('exit', () => { const u = process.cpuUsage(); try { writeSync(3, String((u.user + u.system) / 1000)); } catch {} });");

  const cases = [{ label: 'bare Node (empty module)', args: [join(work, 'empty.mjs')], tag: '' }];
  writeFileSync(cases[0].args[0], '');
  for (const [tag, root] of roots) {
    // A clean install: the packed tarball and its runtime dependencies (from the npm cache when
    // `npm ci` already fetched them), nothing else.
    const app = join(work, tag || 'app');
    mkdirSync(app);
    execFileSync(npm, ['pack', '--silent', '--pack-destination', app], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    const tarball = readdirSync(app).find((f) => f.endsWith('.tgz'));
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'startup-bench', private: true, type: 'module' }));
    execFileSync(npm, ['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', '--silent', `./${tarball}`], {
      cwd: app,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const installed = JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8'));
    const packages = Object.keys(installed.packages).filter((p) => p.startsWith('node_modules/'));
    console.log(`${tag ? `${tag}: ` : ''}clean install of ${tarball}: ${packages.length} packages`);
    Object.entries(scripts).forEach(([label, source], i) => {
      const file = join(app, `case-${i}.mjs`);
      writeFileSync(file, source);
      cases.push({ label, args: [file], tag });
    });
    cases.push({ label: 'promkit --version', args: [join(app, 'node_modules', 'promkit', 'dist', 'cli.js'), '--version'], tag });
  }

  const wall = cases.map(() => []);
  const cpuMs = cases.map(() => []);
  let seed = 15;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let run = 0; run <= RUNS; run++) {
    const order = cases.map((_, i) => i).sort(() => random() - 0.5);
    for (const i of order) {
      const start = process.hrtime.bigint();
      const child = spawnSync(process.execPath, ['--import', pathToFileURL(cpu).href, ...cases[i].args], {
        cwd: dirname(cases[i].args[0]),
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
      });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (child.status !== 0) throw new Error(`${cases[i].label} failed (${child.status}): ${child.stderr}`);
      if (run === 0) continue; // round 0 warms the file-system cache
      wall[i].push(ms);
      cpuMs[i].push(Number(child.output[3]));
    }
  }
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const [bareWall, bareCpu] = [median(wall[0]), median(cpuMs[0])];
  console.log(`Cold start, clean install, median of ${RUNS} fresh processes, Node ${process.version}`);
  console.log(`  ${''.padEnd(60)} ${'wall'.padStart(7)} ${'over bare'.padStart(10)} ${'CPU'.padStart(7)} ${'over bare'.padStart(10)}`);
  cases.forEach((c, i) => {
    const [w, u] = [median(wall[i]), median(cpuMs[i])];
    const over = (x, bare) => (i === 0 ? '' : `${x - bare >= 0 ? '+' : ''}${(x - bare).toFixed(0)} ms`);
    const label = `${c.tag ? `${c.tag}: ` : ''}${c.label}`;
    console.log(`  ${label.padEnd(60)} ${`${w.toFixed(0)} ms`.padStart(7)} ${over(w, bareWall).padStart(10)} ${`${u.toFixed(0)} ms`.padStart(7)} ${over(u, bareCpu).padStart(10)}`);
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
