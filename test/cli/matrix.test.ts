/**
 * The CLI failure matrix (issue 17): malformed CSVs, encodings and I/O failures, each with its
 * expected exit status, message and output. Every defect found by fuzzing has a regression test
 * named after it. Exit statuses: 0 ok, 1 some rows bad, 2 usage/input/output, 3 malformed CSV.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { scoreRecords } from '../../src/batch/scoreRecords/index.js';
import { matchColumns } from '../../src/batch/matchColumns/index.js';
import { phq9 } from '../../src/instruments/index.js';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'promkit-matrix-'));

function run(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: dir });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
/** One line, no Node stack trace. */
function expectOneLine(stderr: string) {
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr.trim().split('\n')).toHaveLength(1);
}
const header = `id,${Array.from({ length: 9 }, (_, i) => `phq9_${i + 1}`).join(',')}`;
const good = (id: string, answers = '1,2,1,2,1,1,2,1,0') => `${id},${answers}`;
const tempFilesIn = (folder: string) => readdirSync(folder).filter((name) => name.includes('.promkit-'));

describe('data loss', () => {
  it('--out resolving to the input is refused before anything is read (same path, symlink, hard link)', () => {
    const content = `${header}\n${good('a')}\n`;
    const input = file('self.csv', content);
    for (const out of [input, join(dir, 'self-link.csv'), join(dir, 'self-hard.csv')]) {
      if (out.endsWith('link.csv') && !existsSync(out)) symlinkSync(input, out);
      if (out.endsWith('hard.csv') && !existsSync(out)) linkSync(input, out);
      const { status, stderr } = run(['score', input, '-i', 'phq-9', '--out', out]);
      expect(status).toBe(2);
      expect(stderr).toContain('is the input file');
      expectOneLine(stderr);
      expect(readFileSync(input, 'utf8')).toBe(content);
    }
  });

  it('a failed run leaves an existing --out file as it was, and no temporary file behind', () => {
    const folder = mkdtempSync(join(dir, 'keep-'));
    const out = join(folder, 'scored.csv');
    writeFileSync(out, 'previous result\n');
    const input = file('unterminated.csv', `${header}\n${good('a')}\n${good('b')}\n"c,1,1,1,1,1,1,1,1,1\n${good('d')}\n`);
    const { status, stdout } = run(['score', input, '-i', 'phq-9', '--out', out]);
    expect(status).toBe(3);
    expect(stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe('previous result\n');
    expect(tempFilesIn(folder)).toEqual([]);
  });

  it('a successful run replaces --out atomically and leaves no temporary file', () => {
    const folder = mkdtempSync(join(dir, 'ok-'));
    const out = join(folder, 'scored.csv');
    writeFileSync(out, 'previous result\n');
    const input = file('fine.csv', `${header}\n${good('a')}\n`);
    expect(run(['score', input, '-i', 'phq-9', '--out', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('a,1,2,1,2,1,1,2,1,0,11,moderate');
    expect(tempFilesIn(folder)).toEqual([]);
  });

  describe('a malformed line mid-file: line number, what is wrong, exit 3, no partial file', () => {
    const cases: [string, string, RegExp][] = [
      ['a stray quote inside a field', `${header}\n${good('a')}\n${good('b')}\nc"x,1,1,1,1,1,1,1,1,1\n${good('d')}\n`, /line 4: a stray quote inside unquoted field 1/],
      ['an unclosed quote', `${header}\n${good('a')}\n${good('b')}\n"c,1,1,1,1,1,1,1,1,1\n${good('d')}\n`, /line 4: a quoted field is never closed \(the quote opens on line 4\)/],
      ['text after a closing quote', `${header}\n${good('a')}\n"b"x,1,1,1,1,1,1,1,1,1\n${good('c')}\n`, /line 3: text after a closing quote/],
    ];
    it.each(cases)('%s', (_name, content, message) => {
      const input = file('malformed.csv', content);
      const out = join(dir, 'malformed-out.csv');
      const strict = run(['score', input, '-i', 'phq-9', '--out', out]);
      expect(strict.status).toBe(3);
      expect(strict.stderr).toMatch(message);
      expect(strict.stderr).toContain('nothing was written');
      expectOneLine(strict.stderr);
      expect(existsSync(out)).toBe(false);
    });
    it.each(cases)('with --allow-errors: %s is kept as a bad row, every other row scored', (_name, content) => {
      const { status, stdout, stderr } = run(['score', file('malformed.csv', content), '-i', 'phq-9', '--allow-errors']);
      expect(status).toBe(0);
      const rows = parse(stdout, { relax_column_count: true }) as string[][];
      const error = rows[0]!.indexOf('phq9_error');
      const total = rows[0]!.indexOf('phq9_total');
      const bad = rows.slice(1).filter((r) => r[error] !== '');
      expect(bad).toHaveLength(1);
      expect(bad[0]![error]).toMatch(/^malformed CSV on line \d: .*; cells read literally, not scored$/);
      expect(rows.slice(1).filter((r) => r[total] === '11').length).toBe(rows.length - 2);
      expect(stderr).toContain('1 malformed lines (kept, marked bad)');
    });
  });

  it('invalid UTF-8 mid-file is refused with the line and --encoding named; decoded as told with --encoding', () => {
    const bytes = Buffer.concat([Buffer.from(`name,${header}\nok,${good('a')}\n`), Buffer.from('M\xfcller,', 'latin1'), Buffer.from(`${good('b')}\n`)]);
    const input = file('latin.csv', bytes);
    const refused = run(['score', input, '-i', 'phq-9', '--map', file('m.json', '{}')]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('line 3 is not valid UTF-8 (byte 0xFC)');
    expect(refused.stderr).toContain('--encoding windows-1252');
    expect(refused.stdout).toBe('');
    const told = run(['score', input, '-i', 'phq-9', '--encoding', 'windows-1252']);
    expect(told.status).toBe(0);
    expect(told.stdout).toContain('Müller,b,');
  });

  it('UTF-16 without a byte-order mark is named, not read as garbage', () => {
    const input = file('utf16-nobom.csv', Buffer.from(`${header}\n${good('a')}\n`, 'utf16le'));
    const { status, stderr } = run(['score', input, '-i', 'phq-9']);
    expect(status).toBe(2);
    expect(stderr).toContain('looks like UTF-16 without a byte-order mark; give --encoding utf-16le');
    expect(run(['score', input, '-i', 'phq-9', '--encoding', 'utf-16le']).status).toBe(0);
  });

  it('--format json keeps duplicate-named, __proto__ and colliding columns', () => {
    const input = file('keys.csv', `id,id,__proto__,phq9_total,_extra,${header.slice(3)}\n1,2,3,4,5,1,2,1,2,1,1,2,1,0,extra\n`);
    const { status, stdout } = run(['score', input, '-i', 'phq-9', '--format', 'json', '--allow-errors']);
    expect(status).toBe(0);
    const object = JSON.parse(stdout.trim()) as Record<string, unknown>;
    expect(object.id).toBe('1');
    expect(object.id_2).toBe('2');
    expect(Object.getOwnPropertyDescriptor(object, '__proto__')?.value).toBe('3');
    expect(object.phq9_total_input).toBe('4');
    expect(object._extra).toBe('5');
    expect(object.phq9_total).toBeNull(); // ragged row: 15 cells, header 14
    expect(object._extra_2).toEqual(['extra']);
  });
});

describe('promkit change never loses a patient', () => {
  it('an empty id is a row problem; a patient whose rows all fail still gets a row saying why', () => {
    const input = file('visits.csv', 'pid,when,nrs_1\nA,2026-01-05,8\n,2026-01-06,5\nB,2026-01-06,eleven\nA,2026-03-02,4\nC,2026-01-07,3\nC,2026-02-07,2\n');
    const { status, stdout, stderr } = run(['change', input, '--id', 'pid', '--date', 'when', '-i', 'nrs']);
    expect(status).toBe(1);
    const [head, ...rows] = parse(stdout) as string[][];
    const col = (row: string[], name: string) => row[head!.indexOf(name)];
    expect(rows.map((r) => r[0])).toEqual(['A', 'B', 'C']);
    expect(col(rows[0]!, 'latest')).toBe('4');
    expect(col(rows[1]!, 'visits')).toBe('0');
    expect(col(rows[1]!, 'notes')).toMatch(/^no usable visit \| 1 row\(s\) could not be read: line 4 \(pid B\): nrs_1: "eleven"/);
    expect(col(rows[2]!, 'change')).toBe('-1');
    expect(stderr).toContain('line 3: no patient id (column pid is empty): row skipped');
    expect(stderr).toContain('6 visits, 3 patients, 2 bad rows');
  });
});

describe('wrong numbers', () => {
  it('--na 9 makes a cell of exactly "9" unanswered (the one-digit fast path ran before the missing-token check)', () => {
    const input = file('na9.csv', 'nrs_1\n9\n7\n');
    const { stdout } = run(['score', input, '-i', 'nrs', '--na', '', '9']);
    const rows = parse(stdout) as string[][];
    expect(rows[1]!.slice(0, 4)).toEqual(['9', '', '', 'insufficient-items']);
    expect(rows[2]!.slice(0, 2)).toEqual(['7', '7']);
  });

  it('scoreRecords with missingTokens ["9"] and strings "numbers": "9" is unanswered', () => {
    const out = scoreRecords([{ phq9_1: '9', phq9_2: '0', phq9_3: '0', phq9_4: '0', phq9_5: '0', phq9_6: '0', phq9_7: '0', phq9_8: '0', phq9_9: '0' }], phq9, {
      strings: 'numbers',
      missingTokens: ['', '9'],
    });
    expect(out[0]!.phq9_total_status).toBe('insufficient-items');
    expect(out[0]!.phq9_error).toBeNull();
  });

  it('a column map feeding one column to two items is an error naming the column and both items', () => {
    const columns = [...Array.from({ length: 9 }, (_, i) => `phq9_${i + 1}`)];
    expect(() => matchColumns(phq9, columns, { map: { phq9_2: 'phq9_1' } })).toThrow(/column "phq9_1" would feed phq9_1 and phq9_2 of phq-9/);
    const input = file('shared.csv', `${header}\n${good('a')}\n`);
    const { status, stderr } = run(['score', input, '-i', 'phq-9', '--map', file('shared.json', JSON.stringify({ phq9_2: 'phq9_1' }))]);
    expect(status).toBe(2);
    expect(stderr).toContain('would feed phq9_1 and phq9_2');
  });
});

describe('I/O problems: one line, exit 2, never a stack trace', () => {
  const input = file('io.csv', `${header}\n${good('a')}\n`);
  it.each([
    ['a missing input file', ['score', join(dir, 'nope.csv'), '-i', 'phq-9'], 'cannot read'],
    ['a folder as input', ['score', dir, '-i', 'phq-9'], 'it is a folder, not a file'],
    ['an output folder that does not exist', ['score', input, '-i', 'phq-9', '-o', join(dir, 'no', 'such', 'out.csv')], 'cannot write'],
    ['a folder as output', ['score', input, '-i', 'phq-9', '-o', dir], 'it is a folder, not a file'],
    ['a full device', ['score', input, '-i', 'phq-9', '-o', '/dev/full'], 'no space left on the device'],
    ['an empty file', ['score', file('empty.csv', ''), '-i', 'phq-9'], 'is empty: expected a header row'],
    ['a missing column map', ['score', input, '-i', 'phq-9', '-m', join(dir, 'nomap.json')], 'cannot read the column map'],
    ['a missing value map', ['score', input, '-i', 'phq-9', '--values', join(dir, 'novalues.json')], 'cannot read the value map'],
    ['an unknown encoding', ['score', input, '-i', 'phq-9', '--encoding', 'ebcdic'], 'is not one promkit reads'],
    ['a bad --shift', ['score', input, '-i', 'phq-9', '--shift', 'x'], 'give a whole number'],
    ['an unknown flag', ['score', input, '-i', 'phq-9', '--frobnicate'], "unknown option '--frobnicate'"],
    ['a missing input file for change', ['change', join(dir, 'nope.csv'), '--id', 'a', '--date', 'b', '-i', 'nrs'], 'cannot read'],
  ])('%s', (_name, args, message) => {
    const { status, stderr } = run(args);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it.skipIf(process.getuid?.() === 0)('a read-only target folder', () => {
    const folder = join(dir, 'readonly');
    mkdirSync(folder, { recursive: true });
    chmodSync(folder, 0o555);
    const { status, stderr } = run(['score', input, '-i', 'phq-9', '-o', join(folder, 'out.csv')]);
    expect(status).toBe(2);
    expect(stderr).toContain('permission denied');
  });

  it('--help documents the exit statuses', () => {
    const help = run(['score', '--help']).stdout;
    expect(help).toContain('Exit status:');
    expect(help).toMatch(/3\s+malformed CSV/);
  });
});
