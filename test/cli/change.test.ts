import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'promkit-change-'));
function run(args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], { encoding: 'utf8', cwd: dir });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('promkit change', () => {
  it('turns long-format visits into one row per patient with change, RCI, MCID and IMMPACT', () => {
    const input = file('visits.csv', 'pid,when,nrs_1\nA,2026-01-05,8\nB,2026-01-06,6\nA,2026-03-02,4\nB,2026-03-03,bad\nB,2026-02-01,7\n');
    const { status, stdout, stderr } = run(['change', input, '--id', 'pid', '--date', 'when', '-i', 'nrs', '--sd', '1.9']);
    expect(status).toBe(1); // one row is bad; --allow-errors makes that 0
    expect(run(['change', input, '--id', 'pid', '--date', 'when', '-i', 'nrs', '--sd', '1.9', '--allow-errors']).status).toBe(0);
    const [header, a, b] = parse(stdout) as string[][];
    const get = (row: string[] | undefined, col: string) => row?.[header!.indexOf(col)];
    expect(get(a, 'id')).toBe('A');
    expect(get(a, 'baseline')).toBe('8');
    expect(get(a, 'latest')).toBe('4');
    expect(get(a, 'percent_improvement')).toBe('50');
    expect(get(a, 'immpact_category')).toBe('substantial');
    expect(get(a, 'immpact_two_points')).toBe('true');
    expect(get(a, 'mcid')).toContain('2 points: improved');
    expect(get(a, 'rci_reliable')).toBe('true');
    expect(get(b, 'visits')).toBe('2');
    expect(get(b, 'latest_date')).toBe('2026-02-01');
    expect(stderr).toContain('5 visits, 2 patients, 1 bad rows (skipped)');
    expect(stderr).toContain('line 5 (pid B)');
  });

  it('says which column is missing', () => {
    const input = file('v2.csv', 'pid,when,nrs_1\nA,2026-01-05,8\n');
    const { status, stderr } = run(['change', input, '--id', 'patient', '--date', 'when', '-i', 'nrs']);
    expect(status).toBe(2);
    expect(stderr).toContain('--id "patient" is not a column; the columns are pid, when, nrs_1');
  });

  it("skips Qualtrics' two extra header rows (question text, ImportId) instead of reporting them as bad rows", () => {
    const input = file('qualtrics.csv', 'pid,when,nrs_1\nPatient,Visit date,Pain now\n"{""ImportId"":""QID1""}","{""ImportId"":""QID2""}","{""ImportId"":""QID3""}"\nA,2026-01-05,8\nA,2026-03-02,4\n');
    const { status, stdout, stderr } = run(['change', input, '--id', 'pid', '--date', 'when', '-i', 'nrs']);
    expect(status).toBe(0);
    expect((parse(stdout) as string[][]).map((r) => r[0])).toEqual(['id', 'A']);
    expect(stderr).toContain('2 visits, 1 patients, 0 bad rows');
    expect(stderr).toContain('2 Qualtrics header rows');
  });
});
