/** `promkit report`, run as users run it (the build `npm test` makes first). */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleDir } from './fixtures.js';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'promkit-report-'));
for (const f of ['visits.csv', 'goals.json', 'diary.csv']) copyFileSync(join(exampleDir, f), join(dir, f));

function run(args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'report', ...args], { encoding: 'utf8', cwd: dir });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
function file(name: string, content: string): string {
  writeFileSync(join(dir, name), content);
  return name;
}

describe('promkit report', () => {
  it('writes the example patient\'s page, the same as the library makes', () => {
    const { status, stderr } = run(['visits.csv', '--patient', 'P017', '--goals', 'goals.json', '--diary', 'diary.csv', '--out', 'P017.html']);
    expect(stderr).toBe('promkit: P017: 3 visits (nrs, phq-9, gad-7, pcs), 3 goals, diary 2026-03-30 to 2026-04-05; review date 2026-04-06; 2 items need attention; wrote P017.html\n');
    expect(status).toBe(0);
    const page = readFileSync(join(dir, 'P017.html'), 'utf8');
    expect(page).toContain('<h1>Progress review: P017</h1>');
    expect(page.match(/<figure /g)).toHaveLength(6);
    // Only P017's rows: P018's diary day of 2026-03-01 is not in it.
    expect(page).not.toContain('2026-03-01');
    // Nothing left beside it but the inputs and the page.
    expect(readdirSync(dir).sort()).toEqual(['P017.html', 'diary.csv', 'goals.json', 'visits.csv']);
  });

  it('uses the SD you give for reliable change, and says it was given', () => {
    const { status, stdout } = run(['visits.csv', '--patient', 'P017', '--sd', 'phq-9=5', '--no-charts']);
    expect(status).toBe(0);
    expect(stdout).toContain('PHQ-9 total score fell from 16 to 9 (moderately severe to mild): a reliable improvement and more than the 5-point MCID.');
    expect(stdout).toContain('SD 5 (given by the caller)');
    expect(stdout).not.toContain('<svg');
  });

  it('refuses to overwrite an input, and leaves it as it was', () => {
    const before = readFileSync(join(dir, 'goals.json'), 'utf8');
    const { status, stderr } = run(['visits.csv', '--patient', 'P017', '--goals', 'goals.json', '--out', './goals.json']);
    expect(status).toBe(2);
    expect(stderr).toBe('promkit: --out ./goals.json is an input file; refusing to overwrite it\n');
    expect(readFileSync(join(dir, 'goals.json'), 'utf8')).toBe(before);
  });

  it('writes nothing when the output cannot be written, and leaves no temporary file', () => {
    const { status, stderr } = run(['visits.csv', '--patient', 'P017', '--no-charts', '--out', 'missing-dir/P017.html']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^promkit: cannot write missing-dir\/P017.html: ENOENT/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('an unknown patient, a bad date or a bad diary value is a usage error naming the file and row', () => {
    expect(run(['visits.csv', '--patient', 'P999', '--no-charts']).stderr).toBe('promkit: no row of visits.csv has patient_id = "P999"\n');
    const visits = file('bad-date.csv', 'patient_id,visit_date,nrs_1\nA,2026-01-05,7\nA,05/02/2026,5\n');
    const bad = run([visits, '--patient', 'A', '--no-charts']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('promkit: bad-date.csv, row 3: "05/02/2026" is not a date \'YYYY-MM-DD\' (or a date-time with a zone, e.g. \'2026-03-01T08:00:00+01:00\')\n');
    const diary = file('bad-diary.csv', 'date,pain_now,mood\n2026-01-05,4,ok\n2026-01-06,12,ok\n');
    const d = run(['visits.csv', '--patient', 'P017', '--diary', diary, '--no-charts']);
    expect(d.status).toBe(2);
    expect(d.stderr).toContain('promkit: bad-diary.csv: ignored columns mood');
    expect(d.stderr).toContain('bad-diary.csv, row 3: 12 is outside 0–10 (pain now)');
  });

  it('a row that cannot be scored is listed on stderr and in the page; the page is still written (exit 1)', () => {
    const visits = file('bad-row.csv', 'patient_id,visit_date,nrs_1,phq9_1,phq9_2,phq9_3,phq9_4,phq9_5,phq9_6,phq9_7,phq9_8,phq9_9\nA,2026-01-05,7,1,1,1,1,1,1,1,1,0\nA,2026-02-05,5,1,1,4,1,1,1,1,1,0\n');
    const { status, stderr } = run([visits, '--patient', 'A', '--no-charts', '--out', 'A.html']);
    expect(status).toBe(1);
    expect(stderr).toContain('bad-row.csv, row 3: phq-9: phq9_3: 4 is out of range');
    const page = readFileSync(join(dir, 'A.html'), 'utf8');
    expect(page).toContain('could not be scored: phq9_3: 4 is out of range');
  });

  it('--as-of leaves later data out; --help documents the exit status', () => {
    const { stdout } = run(['visits.csv', '--patient', 'P017', '--as-of', '2026-02-23', '--no-charts']);
    expect(stdout).toContain('review date 2026-02-23');
    expect(stdout).toContain('1 visit after the review date 2026-02-23 left out.');
    const help = run(['--help']).stdout;
    expect(help).toContain('Exit status: 0 the page was written; 1 the page was written, but some rows could not be scored');
  });
});
