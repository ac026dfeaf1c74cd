import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diarySnapshot, progressReview, renderProgressReview, score, type DiaryEntry } from '../../src/index.js';
import { phq9 } from '../../src/instruments/index.js';
import { numbersIn } from './fixtures.js';
import { fcRuns } from '../fcRuns.js';

const day = (i: number) => new Date(Date.UTC(2026, 2, 1 + i)).toISOString().slice(0, 10);

/** A diary over 21 days: each day missing or with some measures, at most one entry per day. */
const diaryArb = fc
  .array(
    fc.record(
      {
        painNow: fc.integer({ min: 0, max: 10 }),
        painWorst: fc.integer({ min: 0, max: 10 }),
        sleepHours: fc.double({ min: 0, max: 24, noNaN: true }),
        steps: fc.integer({ min: 0, max: 200_000 }),
      },
      { requiredKeys: [] },
    ),
    { minLength: 21, maxLength: 21 },
  )
  .chain((days) => fc.tuple(fc.constant(days), fc.array(fc.boolean(), { minLength: 21, maxLength: 21 })))
  .map(([days, present]) => days.flatMap((values, i): DiaryEntry[] => (present[i] ? [{ date: day(i), ...values }] : [])));

describe('diarySnapshot properties', () => {
  it('summaries stay within the data, count what is there, and ignore input order', () => {
    fc.assert(
      fc.property(diaryArb, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 10 }), fc.integer(), (entries, start, days, seed) => {
        const options = { from: day(start), days };
        const s = diarySnapshot(entries, options);
        for (const m of Object.values(s.measures)) {
          const inWindow = entries.filter((e) => e.date >= s.from && e.date <= s.to && (e as unknown as Record<string, unknown>)[m.measure] !== undefined);
          expect(m.daysWithData).toBe(inWindow.length);
          expect(m.daysWithData).toBeLessThanOrEqual(days);
          expect(m.sufficient).toBe(m.daysWithData >= Math.min(5, days));
          if (m.daysWithData === 0) {
            expect([m.mean, m.median, m.worst, m.best]).toEqual([null, null, null, null]);
            continue;
          }
          const values = m.values.map((v) => v.value);
          const lo = Math.min(...values);
          const hi = Math.max(...values);
          for (const x of [m.mean as number, m.median as number]) {
            expect(x).toBeGreaterThanOrEqual(lo - 1e-9);
            expect(x).toBeLessThanOrEqual(hi + 1e-9);
          }
          const worse = m.direction === 'higher-is-worse' ? hi : lo;
          expect(m.worst?.value).toBe(worse);
          expect(m.best?.value).toBe(m.direction === 'higher-is-worse' ? lo : hi);
          for (const d of m.flares?.days ?? []) expect(m.values.map((v) => v.date)).toContain(d);
          if (m.flares) expect(m.flares.evaluatedDays).toBeLessThanOrEqual(m.daysWithData);
        }
        expect(numbersIn(s).every(Number.isFinite)).toBe(true);
        // Input order is free: a shuffled diary gives the same snapshot.
        const shuffled = [...entries].sort((a, b) => ((a.date.charCodeAt(9) * 31 + seed) % 7) - ((b.date.charCodeAt(9) * 31 + seed) % 7));
        expect(diarySnapshot(shuffled, options)).toEqual(s);
      }),
      fcRuns(150),
    );
  });
});

const phqArb = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 9, maxLength: 9 });

describe('progressReview properties', () => {
  it('change is latest − baseline, bands and verdicts agree with the numbers, nothing is NaN, visit order is free', () => {
    fc.assert(
      fc.property(fc.array(phqArb, { minLength: 1, maxLength: 4 }), fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { minLength: 4, maxLength: 4 }), (answers, offsets) => {
        const visits = answers.map((a, i) => ({ date: day(offsets[i] as number), results: [score(phq9, a)] }));
        const r = progressReview({ patient: { id: 'X' }, visits, instruments: [phq9] }, { psychometrics: { 'phq-9': { sd: 5 } } });
        const s = r.instruments[0]!.scores[0]!;
        const order = visits.map((v, i) => i).sort((a, b) => (visits[a]!.date < visits[b]!.date ? -1 : 1));
        const totals = order.map((i) => (answers[i] as number[]).reduce((x, y) => x + y, 0));
        const n = totals.length;
        expect(s.baseline?.value).toBe(totals[0]);
        expect(s.latest?.value).toBe(totals[n - 1]);
        // Jacobson–Truax with the stored r = 0.84 and SD 5: S_diff = √2 · 5 · √0.16.
        const worse = (a: number, b: number) => (b - a) / (Math.SQRT2 * 5 * 0.4) > 1.96;
        const [first, prev, last] = [totals[0] as number, totals[n - 2] as number, totals[n - 1] as number];
        if (n === 1) expect(s.change).toBeNull();
        else {
          expect(s.change?.difference).toBe(last - first);
          expect(s.statement.includes('a reliable improvement')).toBe(worse(last, first));
          const expected = (worse(first, last) && (n === 2 || !worse(first, prev))) || (n >= 3 && worse(prev, last));
          expect(r.attention.some((a) => a.kind === 'reliable-deterioration')).toBe(expected);
        }
        // PHQ-9 item 9 above 0 at the latest visit, and only then.
        expect(r.attention.some((a) => a.kind === 'flag')).toBe((answers[order[n - 1] as number] as number[])[8]! > 0);
        expect(numbersIn(r).every(Number.isFinite)).toBe(true);
        expect(progressReview({ patient: { id: 'X' }, visits: [...visits].reverse(), instruments: [phq9] }, { psychometrics: { 'phq-9': { sd: 5 } } })).toEqual(r);
      }),
      fcRuns(100),
    );
  });

  it('no text from the data can add markup to the page', async () => {
    const plain = await renderProgressReview(progressReview({ patient: { id: 'P', name: 'x' }, diary: [{ date: '2026-03-01', painNow: 3, note: 'x' }] }), { charts: 'none' });
    const tags = (html: string) => (html.match(/</g) ?? []).length;
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", 'a', ' ', '/', '=', 's', 'c', 'r', 'i', 'p', 't'), maxLength: 40 }), async (text) => {
        const html = await renderProgressReview(progressReview({ patient: { id: 'P', name: `x${text}` }, diary: [{ date: '2026-03-01', painNow: 3, note: `x${text}` }] }), { charts: 'none' });
        expect(tags(html)).toBe(tags(plain));
        expect(html).not.toMatch(/<script/i);
      }),
      fcRuns(100),
    );
  });
});
