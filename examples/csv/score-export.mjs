// The researcher's CSV flow, as shell commands would run it:
//   promkit score examples/data/clinic-export.csv --instrument phq-9 gad-7 --out scored.csv
//   promkit change examples/data/visits.csv --id patient_id --date visit_date --instrument nrs --value pain_now
// Run: node examples/csv/score-export.mjs   (after `npm run build`)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const promkit = (...args) => spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], { encoding: 'utf8', cwd: root });

const out = join(mkdtempSync(join(tmpdir(), 'promkit-example-')), 'scored.csv');
const scored = promkit('score', 'examples/data/clinic-export.csv', '--instrument', 'phq-9', 'gad-7', '--out', out);
process.stdout.write(scored.stderr); // the summary: scored, prorated, unscorable and bad rows
console.log(`exit status ${scored.status} (1: some rows were bad; they are kept, with an error column)`);
const lines = readFileSync(out, 'utf8').trim().split('\n');
console.log(`${lines.length - 1} rows written to ${out}; first: ${lines[1].slice(0, 120)}…`);

const change = promkit('change', 'examples/data/visits.csv', '--id', 'patient_id', '--date', 'visit_date', '--instrument', 'nrs', '--value', 'pain_now');
console.log(change.stdout.split('\n').slice(0, 3).join('\n'));
process.stdout.write(change.stderr);
