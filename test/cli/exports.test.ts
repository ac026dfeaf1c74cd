/**
 * Research exports as the tools write them (fixtures in test/exports, formats documented in
 * test/exports/SOURCES.md): each scores to the same numbers as the clean numeric file of the same
 * answers.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const fixture = (name: string) => join(root, 'test', 'exports', name);

function score(file: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, 'score', fixture(file), ...args], { encoding: 'utf8' });
  const rows = result.stdout ? (parse(result.stdout, { relax_column_count: true }) as string[][]) : [];
  return { status: result.status, stderr: result.stderr, header: rows[0] ?? [], body: rows.slice(1) };
}

/** The score columns of every row: what must agree across exports. */
const INPUT_WIDTH = 19; // record_id, name, 9 PHQ-9 items, 7 GAD-7 items, vas_1
function scores(run: ReturnType<typeof score>, prefixes: string[]): string[][] {
  const added = new Set(clean.header.slice(INPUT_WIDTH));
  const columns = run.header
    .map((name, i) => [name, i] as const)
    .filter(([name]) => added.has(name) && prefixes.some((p) => name.startsWith(`${p}_`)) && !/_(recode|error)$/.test(name));
  expect(columns.length).toBeGreaterThan(3);
  return run.body.map((row) => columns.map(([name, i]) => `${name}=${row[i]}`));
}

const clean = score('clean.csv', '-i', 'phq-9', 'gad-7', 'vas');
const expected = scores(clean, ['phq9', 'gad7']);
// Kroenke 2001 gives no missing-item rule: promkit's PHQ-9 needs all nine items (row 5 lacks item 9).

describe('the clean numeric file', () => {
  it('scores every row with the published rules (the reference for the other exports)', () => {
    expect(clean.status).toBe(0);
    const total = clean.header.indexOf('phq9_total');
    expect(clean.body.map((r) => r[total])).toEqual(['11', '0', '27', '12', '', '13']);
    expect(clean.body[4]![clean.header.indexOf('phq9_total_status')]).toBe('insufficient-items');
    expect(clean.body.map((r) => r[clean.header.indexOf('gad7_total')])).toEqual(['21', '3', '9', '7', '0', '12']);
    expect(clean.body.map((r) => r[clean.header.indexOf('vas_total')])).toEqual(['45.5', '0', '100', '12.25', '7', '88.8']);
  });
  it('writes a pass-through cell that looks like a formula as it was, and neutralises it with --excel-safe', () => {
    const name = clean.header.indexOf('name');
    expect(clean.body[4]![name]).toBe("=cmd|' /C calc'!A0");
    const safe = score('clean.csv', '-i', 'phq-9', '--excel-safe');
    expect(safe.body[4]![name]).toBe("'=cmd|' /C calc'!A0");
    expect(safe.body[3]![name]).toBe('Smith, Jr.');
  });
});

describe('REDCap', () => {
  it('raw export + data dictionary: items found by field label and name, 1-based GAD-7 codes recoded by their choice labels, every event row kept', () => {
    const run = score('redcap-raw.csv', '-i', 'phq-9', 'gad-7', '--redcap-dictionary', fixture('redcap-dictionary.csv'));
    expect(run.status).toBe(0);
    expect(scores(run, ['phq9', 'gad7'])).toEqual(expected);
    expect(run.body.map((r) => r[1])).toEqual(['baseline_arm_1', 'week_12_arm_1', 'baseline_arm_1', 'week_12_arm_1', 'baseline_arm_1', 'week_12_arm_1']);
    expect(run.body[0]![run.header.indexOf('gad7_recode')]).toBe('dictionary codes');
    expect(run.stderr).toContain('phq9_1 ← phq_1 by field label');
    expect(run.stderr).toContain('gad7_q1: codes 1→0, 2→1, 3→2, 4→3');
  });
  it('label export (field labels as headers, choice labels as cells) with the dictionary', () => {
    const run = score('redcap-labels.csv', '-i', 'phq-9', 'gad-7', '--redcap-dictionary', fixture('redcap-dictionary.csv'));
    expect(run.status).toBe(0);
    expect(scores(run, ['phq9', 'gad7'])).toEqual(expected);
    expect(run.body[0]![run.header.indexOf('phq9_recode')]).toBe('labels');
  });
  it('without the dictionary, says which item has no column', () => {
    const run = score('redcap-raw.csv', '-i', 'phq-9');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no column for phq-9 item phq9_1');
  });
});

describe('Qualtrics', () => {
  it('numeric export (1-based recode values): --map and --shift -1; the two extra header rows pass through unscored', () => {
    const run = score('qualtrics-numeric.csv', '-i', 'phq-9', 'gad-7', '--map', fixture('qualtrics-map.json'), '--shift', '-1');
    expect(run.status).toBe(0);
    expect(run.body).toHaveLength(8);
    expect(run.body[1]![0]).toContain('"ImportId":"startDate"');
    expect(run.body[0]![run.header.indexOf('phq9_total')]).toBe('');
    expect(run.body[1]![run.header.indexOf('phq9_error')]).toBe('');
    expect(scores({ ...run, body: run.body.slice(2) }, ['phq9', 'gad7'])).toEqual(expected);
    expect(run.body[2]![run.header.indexOf('phq9_recode')]).toBe('shift -1');
    expect(run.stderr).toContain('2 Qualtrics header rows');
  });
  it('without --shift, the one-step-off error names the flag', () => {
    const run = score('qualtrics-numeric.csv', '-i', 'phq-9', 'gad-7', '--map', fixture('qualtrics-map.json'));
    expect(run.status).toBe(1);
    expect(run.body[2]![run.header.indexOf('gad7_error')]).toContain('subtract 1 from each answer (rerun with --shift -1)');
  });
  it('choice-text export: labels read as option values', () => {
    const run = score('qualtrics-choice-text.csv', '-i', 'phq-9', 'gad-7', '--map', fixture('qualtrics-map.json'));
    expect(run.status).toBe(0);
    expect(scores({ ...run, body: run.body.slice(2) }, ['phq9', 'gad7'])).toEqual(expected);
  });
});

describe('dialects and encodings', () => {
  const all = scores(clean, ['phq9', 'gad7', 'vas']);
  it('semicolon-separated with decimal commas, BOM and CRLF (Excel in much of Europe)', () => {
    const run = score('semicolon-decimal-comma.csv', '-i', 'phq-9', 'gad-7', 'vas');
    expect(run.status).toBe(0);
    expect(scores(run, ['phq9', 'gad7', 'vas'])).toEqual(all);
    expect(run.stderr).toContain('read as UTF-8 with BOM, ";"-separated (sniffed)');
    expect(run.body[0]![run.header.indexOf('vas_recode')]).toBe('decimal comma');
    expect(run.body[0]![run.header.indexOf('phq9_recode')]).toBe('');
  });
  it('UTF-16 with a BOM: decoded, pass-through text intact', () => {
    const run = score('clean-utf16.csv', '-i', 'phq-9', 'gad-7', 'vas');
    expect(run.status).toBe(0);
    expect(scores(run, ['phq9', 'gad7', 'vas'])).toEqual(all);
    expect(run.body.map((r) => r[1])).toEqual(clean.body.map((r) => r[1]));
  });
  it('Latin-1 is refused with a message naming --encoding, and read as told with it', () => {
    const refused = score('latin1.csv', '-i', 'phq-9');
    expect(refused.status).toBe(2);
    expect(refused.header).toEqual([]);
    expect(refused.stderr).toMatch(/line 2 is not valid UTF-8 \(byte 0xFC\).*--encoding windows-1252/);
    const twin = score('clean-latin1-twin.csv', '-i', 'phq-9', 'gad-7', 'vas');
    const run = score('latin1.csv', '-i', 'phq-9', 'gad-7', 'vas', '--encoding', 'latin1');
    expect(run.status).toBe(0);
    expect(run.body).toEqual(twin.body);
    expect(run.body[0]![1]).toBe('Müller');
  });
});
