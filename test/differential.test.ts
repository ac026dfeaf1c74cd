/**
 * Every route into promkit gives the same numbers (issue 17): the same random responses, for
 * every shipped instrument, through `score` (array and record), `scoreMany`, `scoreColumns`,
 * `scoreRecords` and `scoreQuestionnaireResponse` (a Questionnaire filled as a form filler would)
 * agree on every value, status, band, T-score, SE, flag and classification. The `promkit score`
 * command is compared in `cli/differential.test.ts` (it runs the build in `dist/`).
 */
import { describe, expect, it } from 'vitest';
import { defaultPrefix, outputFields } from '../src/batch/_lib/fields.js';
import { scoreQuestionnaireResponse, toQuestionnaire } from '../src/fhir/index.js';
import { ColumnStatus, score, scoreColumns, scoreMany, scoreRecords } from '../src/index.js';
import { flatten, instruments, samples } from './differential.js';
import { core, fill } from './fhir/helpers.js';

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
