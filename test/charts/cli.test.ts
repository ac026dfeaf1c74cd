/** `promkit chart`, run as a user runs it: `node dist/cli.js …` (npm test builds first). */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { items, labels } from './render.js';
import { distFile } from '../dist.js';

const root = join(import.meta.dirname, '..', '..');
const cli = distFile('cli.js');
const dir = mkdtempSync(join(tmpdir(), 'promkit-chart-'));

function run(args: string[], options: { cli?: string; input?: string } = {}) {
  const result = spawnSync(process.execPath, [options.cli ?? cli, ...args], { input: options.input, encoding: 'utf8', cwd: dir });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

// Two patients' daily pain diaries, in one long CSV; P2 has the flare of the detectFlares example.
const P2 = [4, 4, 5, 4, 4, 4, 4, 7, 7, 4, 4];
const diary =
  'patient,day,pain\n' +
  'P1,2024-03-01,8\nP1,2024-03-02,6\n' +
  P2.map((v, i) => `P2,2024-03-${String(i + 1).padStart(2, '0')},${v}`).join('\n') +
  '\nP2,2024-03-12,NA\n';

const goals = [
  { id: 'stairs', description: 'Climb the stairs at home', variant: 'gas-light', baseline: { level: -1 }, expectedOutcome: 'Climbs the 14 steps with one rail', dateSet: '2024-01-10', reviews: { '2024-03-06': 0, '2024-05-01': 1 } },
  { id: 'sleep', description: 'Sleep 6 hours most nights', variant: 'gas-light', baseline: { level: -1 }, expectedOutcome: 'Sleeps 6 hours on 5 nights a week', dateSet: '2024-01-10', reviews: { '2024-03-06': 0, '2024-05-01': null } },
];

const cohort = 'id,pain_0,pain_12w\n' + [[8, 2], [8, 4], [6, 3], [10, 7], [5, 3], [5, 3.5], [6, 5], [7, 7], [4, 5], [9, 8]].map(([b, f], i) => `${i + 1},${b},${f}`).join('\n') + '\n11,6,\n';

describe('promkit chart', () => {
  it('trajectory: draws one patient of a long CSV, with bands, baseline, MCID lines and flares, as an accessible SVG', () => {
    const input = file('diary.csv', diary);
    const out = join(dir, 'pain.svg');
    const { status, stderr } = run(['chart', 'trajectory', input, '--date', 'day', '--value', 'pain', '--id', 'patient', '--patient', 'P2', '-i', 'nrs', '--baseline', 'first', '--flares', '--out', out]);
    expect(stderr).toBe('promkit: skipped 1 row with no value in pain\n');
    expect(status).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toMatch(/^<svg [^>]*><title>NRS pain intensity over time<\/title><desc>NRS pain intensity: 11 observations from 2024-03-01 to 2024-03-11/);
    expect(items(svg, 'points')).toHaveLength(11);
    expect(labels(svg, 'bandLabels')).toEqual(['no pain', 'mild', 'moderate', 'severe']);
    expect(labels(svg, 'baselineLabel')).toEqual(['baseline 4']);
    expect(labels(svg, 'mcidLabels')).toEqual(['baseline − MCID 2', 'baseline − MCID 30 %']);
    expect(labels(svg, 'flareLabels')).toEqual(['flare']);
    expect(items(svg, 'flarePeaks')).toHaveLength(1);
    expect(svg).toContain('>NRS pain intensity (higher is worse)</text>');

    // --no-mcid, --no-bands, a caller MCID and --format json to stdout.
    const json = run(['chart', 'trajectory', input, '--date', 'day', '--value', 'pain', '--id', 'patient', '--patient', 'P1', '-i', 'nrs', '--baseline', '8', '--mcid', '3', '--no-bands', '--format', 'json']);
    expect(json.status).toBe(0);
    const spec = JSON.parse(json.stdout);
    expect(spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v6.json');
    expect(spec.layer.map((l: { name: string }) => l.name)).toEqual(['baseline', 'baselineLabel', 'mcid', 'mcidLabels', 'line', 'points']);
    expect(spec.layer[2].data.values[0].y).toBe(5);
    const none = JSON.parse(run(['chart', 'trajectory', input, '--date', 'day', '--value', 'pain', '--id', 'patient', '--patient', 'P1', '-i', 'nrs', '--baseline', '8', '--no-mcid', '--format', 'json']).stdout);
    expect(none.layer.map((l: { name: string }) => l.name)).not.toContain('mcid');
  });

  it('goals: draws the goals of a JSON file and their T-scores', () => {
    const input = file('goals.json', JSON.stringify(goals));
    const out = join(dir, 'goals.svg');
    const { status, stderr } = run(['chart', 'goals', input, '-o', out]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(items(svg, 'goalPoints')).toHaveLength(5);
    expect(labels(svg, 'notRated')).toEqual(['sleep, review 2024-05-01: reviewed but not rated']);
    // Kiresuk–Sherman, unweighted, ρ = 0.3: 50 − 20/√2.6, 50, and 60 over the one goal rated.
    expect(labels(svg, 'tScoreLabels')).toEqual(['37.6', '50.0', '60.0']);
    expect(svg).toContain('<title>Goal attainment over time</title>');
    // --rho and --no-t-score reach the chart.
    expect(labels(readFileSync(runTo('goals0.svg', ['chart', 'goals', input, '--rho', '0']), 'utf8'), 'tScoreLabels')[0]).toBe('35.9');
    expect(items(readFileSync(runTo('goals1.svg', ['chart', 'goals', input, '--no-t-score']), 'utf8'), 'tScorePoints')).toEqual([]);
  });

  it('responders: draws a bar per definition from baseline and follow-up columns', () => {
    const input = file('cohort.csv', cohort);
    const out = join(dir, 'responders.svg');
    const { status, stderr } = run(['chart', 'responders', input, '--baseline', 'pain_0', '--follow-up', 'pain_12w', '--direction', 'higher-is-worse', '--mcid', '2', '--out', out]);
    expect(stderr).toContain('promkit: skipped 1 row without both pain_0 and pain_12w\n');
    expect(status).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(items(svg, 'bars')).toHaveLength(3);
    expect(labels(svg, 'labels')).toEqual(['60 % (6/10)', '30 % (3/10)', '50 % (5/10)']);
    expect(svg).toContain('<title>Responders (n = 10)</title>');
    const withInstrument = JSON.parse(run(['chart', 'responders', input, '--baseline', 'pain_0', '--follow-up', 'pain_12w', '-i', 'nrs', '--percents', '30', '--format', 'json']).stdout);
    expect(withInstrument.title.text).toBe('Responders on NRS (n = 10)');
    expect(withInstrument.layer[0].data.values.map((v: { definition: string }) => v.definition)).toEqual(['≥ 30 % improvement', '≥ MCID 2 points', '≥ MCID 30 %']);
  });

  it('reports bad input with exit status 2 and a message', () => {
    const input = file('diary2.csv', diary);
    const missing = run(['chart', 'trajectory', input, '--value', 'pain']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`promkit: ${input} has no column "date" (--date); its columns are "patient", "day", "pain"\n`);
    const word = run(['chart', 'trajectory', file('word.csv', 'date,value\n2024-03-01,high\n')]);
    expect(word.status).toBe(2);
    expect(word.stderr).toContain('row 2: value is "high", not a number'); // the header is row 1
    const zone = run(['chart', 'trajectory', file('zone.csv', 'date,value\n2024-03-01T08:00,4\n')]);
    expect(zone.status).toBe(2);
    expect(zone.stderr).toContain('has a time but no time zone');
    // A value the instrument refuses is reported with the file's row and column.
    const range = run(['chart', 'responders', file('range.csv', 'b,f\n4,3\n,2\n14,2\n'), '--baseline', 'b', '--follow-up', 'f', '-i', 'nrs']);
    expect(range.status).toBe(2);
    expect(range.stderr).toContain(`promkit: ${join(dir, 'range.csv')}, row 4 (b): 14 is outside the range of nrs total (0–10)\n`);
    const badGoal = run(['chart', 'goals', file('bad-goals.json', JSON.stringify([goals[0], { ...goals[1], reviews: { '2024-03-06': 3 } }]))]);
    expect(badGoal.status).toBe(2);
    expect(badGoal.stderr).toBe('promkit: goals[1].reviews.2024-03-06: 3 is outside the GAS scale; allowed levels are -2, -1, 0, 1, 2\n');
    expect(run(['chart', 'trajectory', input, '--patient', 'P1']).stderr).toContain('--id and --patient go together');
    expect(run(['chart', 'pie', input]).status).not.toBe(0);
    const help = run(['chart', 'trajectory', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--flares');
  });

  it('without vega and vega-lite: SVG exits 2 saying what to install, JSON still works', () => {
    // A copy of the CLI beside the runtime dependencies only (no devDependencies, so no vega).
    const bare = mkdtempSync(join(tmpdir(), 'promkit-bare-'));
    mkdirSync(join(bare, 'dist'));
    copyFileSync(cli, join(bare, 'dist', 'cli.js'));
    cpSync(join(root, 'dist', 'cli-chunks'), join(bare, 'dist', 'cli-chunks'), { recursive: true }); // loaded on demand
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const name of Object.keys(pkg.dependencies)) {
      const target = join(bare, 'node_modules', name);
      mkdirSync(dirname(target), { recursive: true });
      symlinkSync(join(root, 'node_modules', name), target, 'dir');
    }
    const input = file('bare.csv', 'date,value\n2024-03-01,4\n2024-03-02,5\n');
    const svg = run(['chart', 'trajectory', input], { cli: join(bare, 'dist', 'cli.js') });
    expect(svg.stderr).toBe('promkit: install vega and vega-lite to render charts (npm i vega vega-lite)\n');
    expect(svg.status).toBe(2);
    const json = run(['chart', 'trajectory', input, '--format', 'json'], { cli: join(bare, 'dist', 'cli.js') });
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).layer).toHaveLength(2);
  });
});

function runTo(name: string, args: string[]): string {
  const out = join(dir, name);
  const { status, stderr } = run([...args, '-o', out]);
  expect(stderr).toBe('');
  expect(status).toBe(0);
  return out;
}
