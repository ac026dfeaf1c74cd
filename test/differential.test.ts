/**
 * Every route into promkit gives the same numbers (issue 17): the same random responses, for
 * every shipped instrument, through `score` (array and record), `scoreMany`, `scoreColumns`,
 * `scoreRecords`, `scoreQuestionnaireResponse` (a Questionnaire filled as a form filler would)
 * and the `promkit score` command (one CSV holding every instrument's columns) agree on every
 * value, status, band, T-score, SE, flag and classification.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listInstruments } from '../src/catalog/index.js';
import { defaultPrefix, outputFields } from '../src/batch/_lib/fields.js';
import { scoreQuestionnaireResponse, toQuestionnaire } from '../src/fhir/index.js';
import { ColumnStatus, score, scoreColumns, scoreMany, scoreRecords, type Instrument, type ScoreResult } from '../src/index.js';
import { answersArb, core, fill } from './fhir/helpers.js';

const ROWS = 40;
const instruments = listInstruments();

/** Seeded random responses per instrument: complete and partial rows. */
const samples = new Map(
  instruments.map((def, k) => [def.id, fc.sample(answersArb(def), { numRuns: ROWS, seed: 1000 + k })] as const),
);

/** What every route must agree on, in the CLI's column order. */
function flatten(def: Instrument, result: ScoreResult | null): (string | number | boolean | null)[] {
  const out: (string | number | boolean | null)[] = [];
  for (const s of def.scores) {
    const v = result?.scores[s.name];
    out.push(v?.value ?? null, v?.band?.label ?? null, v?.status ?? null);
    if (s.table) out.push(v?.tScore ?? null, v?.se ?? null);
  }
  for (const f of def.flags ?? []) out.push(result ? (result.flags[f.name] ?? null) : null);
  for (const c of def.classifications ?? []) out.push(result ? (result.classifications[c.name] ?? null) : null);
  return out;
}

describe.each(instruments.map((def) => [def.id, def] as const))('%s: every route agrees', (id, def) => {
  const rows = samples.get(id)!;
  const expected = rows.map((row) => score(def, row));

  it('score(array) = score(record)', () => {
    rows.forEach((row, r) => expect(score(def, def.items.map((item) => row[item.id] ?? null))).toEqual(expected[r]));
  });

  it('scoreMany', () => {
    expect(scoreMany(def, rows).map((o) => (o.success ? o.data : o.error))).toEqual(expected);
  });

  it('scoreColumns', () => {
    const columns = Object.fromEntries(def.items.map((item) => [item.id, rows.map((row) => row[item.id] ?? null)]));
    const { scores } = scoreColumns(columns, def);
    const status = ['scored', 'prorated', 'insufficient-items'];
    for (const s of def.scores) {
      const column = scores[s.name]!;
      rows.forEach((_, r) => {
        const want = expected[r]!.scores[s.name]!;
        expect(status[column.status[r]!], `${s.name} row ${r}`).toBe(want.status);
        expect(column.status[r]).not.toBe(ColumnStatus.invalid);
        if (want.value === null) expect(Number.isNaN(column.values[r])).toBe(true);
        else expect(column.values[r]).toBe(want.value);
        if (s.table) {
          expect(column.tScore![r]).toBe(want.tScore ?? NaN);
          expect(column.se![r]).toBe(want.se ?? NaN);
        }
      });
    }
  });

  it('scoreRecords', () => {
    const prefix = defaultPrefix(def);
    const records = rows.map((row, r) => ({ row: r, ...row }));
    const scored = scoreRecords(records, def);
    const fields = outputFields(def, prefix).filter((f) => !f.endsWith('_reason') && !f.endsWith('_error'));
    scored.forEach((record, r) => expect(fields.map((f) => record[f] ?? null)).toEqual(flatten(def, expected[r]!)));
  });

  it('scoreQuestionnaireResponse on a filled Questionnaire', () => {
    const q = toQuestionnaire(def);
    // The FHIR result adds how the response was read (matched, ignored); its scores are score()'s.
    rows.forEach((row, r) => expect(core(scoreQuestionnaireResponse(fill(q, def, row), { instrument: def }))).toEqual(expected[r]));
  });
});

describe('promkit score (the command) agrees with score()', () => {
  it('one CSV with every instrument\'s columns', () => {
    const columns = [...new Set(instruments.flatMap((def) => def.items.map((item) => item.id)))];
    const lines = [['row', ...columns].join(',')];
    for (let r = 0; r < ROWS; r++) {
      const cells = new Map<string, number | null>();
      for (const def of instruments) for (const item of def.items) if (!cells.has(item.id)) cells.set(item.id, samples.get(def.id)![r]![item.id] ?? null);
      lines.push([r, ...columns.map((c) => cells.get(c) ?? '')].join(','));
    }
    const dir = mkdtempSync(join(tmpdir(), 'promkit-differential-'));
    const input = join(dir, 'all.csv');
    writeFileSync(input, `${lines.join('\n')}\n`);
    const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');
    const run = spawnSync(process.execPath, [cli, 'score', input, '--instrument', ...instruments.map((d) => d.id)], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(run.stderr).not.toMatch(/Error|at /);
    const [header, ...body] = parse(run.stdout) as string[][];
    const mismatches: string[] = [];
    for (const def of instruments) {
      const prefix = defaultPrefix(def);
      const fields = outputFields(def, prefix).filter((f) => !f.endsWith('_reason') && !f.endsWith('_error'));
      const index = fields.map((f) => header!.indexOf(f));
      body.forEach((cells, r) => {
        // Answers shared by two instruments (a PROMIS-29 item and its 4a form) come from the first instrument's sample.
        const row = Object.fromEntries(def.items.map((item) => [item.id, cellValue(cells[header!.indexOf(item.id)]!)]));
        const want = flatten(def, score(def, row)).map((v) => (v === null ? '' : String(v)));
        const got = index.map((i) => cells[i]);
        if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`${def.id} row ${r}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
      });
    }
    expect(mismatches).toEqual([]);
  });
});

function cellValue(cell: string): number | null {
  return cell === '' ? null : Number(cell);
}
