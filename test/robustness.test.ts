/**
 * Regression tests for the defects an outside fuzzing pass found in the engine and the batch
 * API (issue 17): each test is named after the defect it guards against.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { defineInstrument, score, scoreColumns, scoreMany } from '../src/index.js';
import { gad7, phq9 } from '../src/instruments/index.js';
import { issuesOf } from './promkitError.js';

const answers = [1, 2, 1, 2, 1, 1, 2, 1, 0]; // total 11

describe('re-entrancy: a getter that scores while answers are read does not corrupt the outer result', () => {
  it('record with a getter scoring the same instrument', () => {
    const inner: number[] = [];
    const record: Record<string, number> = {};
    phq9.items.forEach((item, i) => {
      Object.defineProperty(record, item.id, {
        enumerable: true,
        get() {
          if (i === 4) inner.push(score(phq9, [0, 0, 0, 0, 0, 0, 0, 0, 0]).scores.total!.value!);
          return answers[i];
        },
      });
    });
    expect(score(phq9, record).scores.total?.value).toBe(11);
    expect(inner).toEqual([0]);
  });

  it('array Proxy scoring through scoreMany while its elements are read', () => {
    const proxy = new Proxy(answers, {
      get(target, key, receiver) {
        if (key === '3') score(phq9, [3, 3, 3, 3, 3, 3, 3, 3, 3]);
        return Reflect.get(target, key, receiver);
      },
    });
    const outcomes = scoreMany(phq9, [proxy, answers]);
    expect(outcomes.map((o) => (o.success ? o.data.scores.total?.value : null))).toEqual([11, 11]);
  });
});

describe('prototype pollution: inherited values are never answers', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).phq9_9;
    delete (Array.prototype as unknown as Record<string, unknown>)[8];
  });

  it('a polluted Object.prototype.phq9_9 does not answer item 9 of a record', () => {
    (Object.prototype as Record<string, unknown>).phq9_9 = 3;
    const record = Object.fromEntries(phq9.items.slice(0, 8).map((item, i) => [item.id, answers[i]]));
    const result = score(phq9, record, { missing: { minAnswered: 8 } });
    expect(result.scores.total).toMatchObject({ answered: 8, status: 'prorated' });
    expect(result.flags.item9Positive).toBeNull();
  });

  it('a polluted Array.prototype[8] does not answer a hole', () => {
    (Array.prototype as unknown as Record<string, unknown>)[8] = 3;
    const sparse = answers.slice(0, 8);
    sparse.length = 9; // a hole at index 8
    const result = score(phq9, sparse, { missing: { minAnswered: 8 } });
    expect(result.scores.total?.answered).toBe(8);
    expect(result.flags.item9Positive).toBeNull();
  });
});

describe('many unknown keys: the issues are capped and the rest counted', () => {
  it('10⁵ unknown keys give 100 listed problems and a count of the others', () => {
    const record: Record<string, number> = { phq9_1: 0 };
    for (let k = 0; k < 100_000; k++) record[`x${k}`] = 1;
    const issues = issuesOf(() => score(phq9, record));
    expect(issues).toHaveLength(101);
    expect(issues[100]?.message).toBe('… and 99900 more keys that are not items of phq-9 (only the first 100 problems are listed)');
  });
});

describe('answers that change between two readings', () => {
  it('a getter bad on the first read and good on the second still gives a PromkitError with an issue', () => {
    let reads = 0;
    const record = Object.fromEntries(gad7.items.map((item) => [item.id, 0])) as Record<string, number>;
    Object.defineProperty(record, 'gad7_1', { enumerable: true, get: () => (reads++ === 0 ? 9 : 0) });
    const issues = issuesOf(() => score(gad7, record));
    expect(issues[0]?.message).toContain('the answers changed while they were being read');
  });
});

describe('definitions', () => {
  it('a definition with a misspelt method that skipped defineInstrument is refused, never scored as undefined', () => {
    const loaded = JSON.parse(JSON.stringify(phq9));
    loaded.scores[0].method = 'summ';
    expect(issuesOf(() => score(loaded, answers))[0]?.code).toBe('invalid-definition');
    expect(issuesOf(() => defineInstrument(loaded))[0]?.path).toEqual(['definition', 'scores', 0, 'method']);
  });
});

describe('bad arguments to the batch API are PromkitErrors, not TypeErrors', () => {
  it('scoreMany(def, 5)', () => {
    expect(issuesOf(() => scoreMany(phq9, 5 as never))[0]).toMatchObject({ code: 'invalid-argument', path: ['rows'] });
  });
  it('scoreColumns(null)', () => {
    expect(issuesOf(() => scoreColumns(null as never, phq9))[0]).toMatchObject({ code: 'invalid-argument', path: ['columns'] });
  });
  it('scoreColumns(columns, def, null)', () => {
    expect(issuesOf(() => scoreColumns({}, phq9, null as never))[0]).toMatchObject({ code: 'invalid-argument', path: ['options'] });
  });
});

describe('scoreColumns keeps a small entry per invalid row and builds its error when read', () => {
  it('the error is built once, on first read, and serialises as { row, error }', () => {
    const column = (v: number) => new Float64Array([v, v, v]);
    const columns = Object.fromEntries(phq9.items.map((item) => [item.id, column(1)]));
    columns.phq9_5 = new Float64Array([1, 7, 9]);
    const { errors } = scoreColumns(columns, phq9);
    expect(errors.map((e) => e.row)).toEqual([1, 2]);
    expect(Object.keys(errors[0]!)).toEqual(['row']); // no PromkitError held until read
    const first = errors[0]!.error;
    expect(errors[0]!.error).toBe(first);
    expect(first.issues[0]).toMatchObject({ code: 'out-of-range', input: 7 });
    expect(JSON.parse(JSON.stringify(errors[1]))).toMatchObject({ row: 2 });
  });
});
