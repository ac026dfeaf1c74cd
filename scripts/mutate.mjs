#!/usr/bin/env node
/**
 * `npm run mutate`: StrykerJS mutation testing, one module at a time (docs/testing.md).
 *
 *   npm run mutate                          every module in turn, then a table of scores
 *   npm run mutate -- engine batch          the named modules only
 *   npm run mutate -- engine --force        ignore the module's incremental file
 *   npm run mutate -- --mutate 'src/engine/score.ts'   no module: one plain Stryker run
 *
 * A module is mutated against its own tests, with its own incremental file and reports
 * (reports/mutation/<module>.{incremental.json,json,html}; stryker.config.mjs lists the modules),
 * so running one module never discards another's results. Other arguments go to `stryker run`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modules } from '../stryker.config.mjs';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const named = args.filter((a) => Object.hasOwn(modules, a));
const rest = args.filter((a) => !Object.hasOwn(modules, a));

function stryker(env, extra) {
  const bin = join(root, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');
  const result = spawnSync(process.execPath, [bin, 'run', 'stryker.config.mjs', ...extra], { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

/** Stryker's mutation score: detected (killed or timed out) over valid mutants (tested or not), in %. */
function summarise(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const count = {};
  for (const f of Object.values(report.files)) for (const m of f.mutants) count[m.status] = (count[m.status] ?? 0) + 1;
  const detected = (count.Killed ?? 0) + (count.Timeout ?? 0);
  const valid = detected + (count.Survived ?? 0) + (count.NoCoverage ?? 0);
  return { ...count, score: valid === 0 ? NaN : (100 * detected) / valid };
}

if (named.length === 0 && rest.length > 0) {
  if (!rest[0].startsWith('-')) {
    console.error(`mutate: unknown module "${rest[0]}"; modules: ${Object.keys(modules).join(', ')}`);
    process.exit(2);
  }
  process.exit(stryker({}, rest));
}

const rows = [];
for (const name of named.length > 0 ? named : Object.keys(modules)) {
  const started = Date.now();
  const status = stryker({ PROMKIT_MUTATE_MODULE: name }, rest);
  const minutes = (Date.now() - started) / 60_000;
  const json = join(root, 'reports', 'mutation', `${name}.json`);
  if (status !== 0 || !existsSync(json)) {
    console.error(`mutate: the ${name} run failed (exit status ${status})`);
    process.exitCode = 1;
    continue;
  }
  rows.push({ module: name, ...summarise(json), minutes });
}
if (rows.length > 0) {
  console.log('\nmodule    score  killed  timeout  survived  no-coverage  minutes');
  for (const r of rows) {
    const cells = [r.module.padEnd(7), `${r.score.toFixed(1)} %`.padStart(8), r.Killed ?? 0, r.Timeout ?? 0, r.Survived ?? 0, r.NoCoverage ?? 0, r.minutes.toFixed(1)];
    console.log(cells.map((c, i) => (i < 2 ? c : String(c).padStart([0, 0, 6, 8, 9, 12, 8][i]))).join(' '));
  }
}
