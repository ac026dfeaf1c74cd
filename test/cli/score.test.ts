/** The `promkit` command, run as a user runs it: `node dist/cli.js …` (npm test builds first). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'promkit-cli-'));

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: dir });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const phqHeader = Array.from({ length: 9 }, (_, i) => `phq9_${i + 1}`).join(',');

describe('promkit score', () => {
  it('keeps every row, column and the order, whatever the CSV quirks (BOM, CRLF, quotes, blank lines, ragged rows)', () => {
    const input = file(
      'quirks.csv',
      '\ufeffid,"note, quoted",' + phqHeader + '\r\n' +
        'a,"multi\r\nline",1,2,1,2,1,1,2,1,0\r\n' +
        '\r\n' +
        'b,"say ""hi""",0,0,0,0,0,0,0,0,0\r\n' +
        'c,short,1,1\r\n' +
        'd,plain,3,3,3,3,3,3,3,3,3,extra\r\n' +
        'e,,NA,0,0,0,0,0,0,0,0\r\n',
    );
    const { status, stdout, stderr } = run(['score', input, '--instrument', 'phq-9']);
    expect(status).toBe(1); // rows c and d are bad
    const rows = parse(stdout, { relax_column_count: true }) as string[][];
    const header = rows[0]!;
    expect(header.slice(0, 3)).toEqual(['id', 'note, quoted', 'phq9_1']);
    const col = (name: string) => header.indexOf(name);
    const body = rows.slice(1);
    expect(body.map((r) => r[0])).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(body[0]![1]).toBe('multi\r\nline');
    expect(body[1]![1]).toBe('say "hi"');
    expect(body[0]![col('phq9_total')]).toBe('11');
    expect(body[0]![col('phq9_total_band')]).toBe('moderate');
    expect(body[1]![col('phq9_total')]).toBe('0');
    expect(body[2]![col('phq9_error')]).toBe('row has 4 fields; the header has 11');
    expect(body[3]![col('phq9_error')]).toBe('row has 12 fields; the header has 11');
    expect(body[3]!.at(-1)).toBe('extra');
    expect(body[4]![col('phq9_total_status')]).toBe('insufficient-items');
    expect(stderr).toContain('5 rows, 1 blank lines skipped, 2 ragged rows');
    expect(stderr).toContain('phq-9: 2 scored, 0 prorated, 1 unscorable (too few items), 2 bad');
  });

  it('names the column, item and value of a bad cell, and --allow-errors exits 0', () => {
    const input = file('bad.csv', `id,${phqHeader}\nx,1,2,1,2,1,1,2,1,seven\n`);
    const strict = run(['score', input, '-i', 'phq-9']);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('phq9_9: ""seven"" is neither a number nor an option label; the labels are ""Not at all""');
    expect(run(['score', input, '-i', 'phq-9', '--allow-errors']).status).toBe(0);
  });

  it('recognises export spellings, scores several instruments in one pass, and writes --out', () => {
    const header = ['record_id', ...Array.from({ length: 9 }, (_, i) => `PHQ9_Q0${i + 1}`), ...Array.from({ length: 7 }, (_, i) => `gad7.${i + 1}`)];
    const input = file('export.csv', `${header.join(',')}\nr1,1,2,1,2,1,1,2,1,0,3,3,3,3,3,3,3\n`);
    const out = join(dir, 'scored.csv');
    expect(run(['score', input, '-i', 'phq-9', 'gad-7', '-o', out]).status).toBe(0);
    const [head, row] = parse(readFileSync(out, 'utf8')) as string[][];
    expect(row![head!.indexOf('phq9_total')]).toBe('11');
    expect(row![head!.indexOf('gad7_total')]).toBe('21');
    expect(row![head!.indexOf('gad7_total_band')]).toBe('severe');
  });

  it('stops before reading any row when a column is missing or ambiguous', () => {
    const input = file('ambiguous.csv', `phq9_1,PHQ9_Q01,${phqHeader.split(',').slice(1).join(',')}\n1,1,1,1,1,1,1,1,1,1\n`);
    const { status, stdout, stderr } = run(['score', input, '-i', 'phq-9']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('"phq9_1" and "PHQ9_Q01" could each be phq-9 item phq9_1');
  });

  it('applies a column map file, and --format json writes one object per line', () => {
    const input = file('mapped.csv', 'who,pain_now\nz,7\n');
    const map = file('map.json', JSON.stringify({ nrs_1: 'pain_now' }));
    const { status, stdout } = run(['score', input, '-i', 'nrs', '-m', map, '--format', 'json']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout.trim())).toMatchObject({ who: 'z', pain_now: '7', nrs_total: 7, nrs_total_band: 'severe', nrs_error: null });
  });

  it('reads stdin with "-" and reports an unknown instrument clearly', () => {
    expect(run(['score', '-', '-i', 'nrs'], 'nrs_1\n3\n').stdout).toContain('3,mild,scored');
    const unknown = run(['score', '-', '-i', 'phq9'], 'x\n');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('"phq9" is not a promkit instrument');
  });
});

describe('promkit list / describe', () => {
  it('lists instruments as text and JSON', () => {
    expect(run(['list']).stdout).toMatch(/^id\s+domain\s+licence\s+title/);
    const json = JSON.parse(run(['list', '--format', 'json']).stdout) as { id: string }[];
    expect(json.map((i) => i.id)).toContain('phq-9');
  });
  it('describes an instrument with its rules and citations', () => {
    const text = run(['describe', 'phq-9']).stdout;
    expect(text).toContain('## Score `total`');
    expect(text).toContain('Kroenke K, Spitzer RL, Williams JBW');
    expect(JSON.parse(run(['describe', 'gad-7', '--format', 'json']).stdout).id).toBe('gad-7');
  });
  it('has --help on every command', () => {
    for (const command of ['score', 'list', 'describe']) expect(run([command, '--help']).stdout).toContain(`Usage: promkit ${command}`);
  });
});
