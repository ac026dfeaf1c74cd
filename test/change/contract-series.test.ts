/**
 * Contract tests for dated series (issue 18): reading and sorting series, baselines taken from a
 * series, time to a sustained response and flare detection. Each input is chosen so the right rule
 * gives a different answer from its neighbours (a rise exactly at the threshold, a run one
 * observation or one day short, an entry just outside a window). Expected values are worked by
 * hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { change, detectFlares, lastValue, seriesBaseline, slopePerWeek, timeToSustainedResponse } from '../../src/change/index.js';
import { score } from '../../src/engine/score.js';
import { tsk11 } from '../../src/instruments/tsk-11/index.js';
import { issue } from '../promkitError.js';

const day = (n: number) => `2024-03-${String(n).padStart(2, '0')}`;
const diary = (values: readonly number[], start = 1) => values.map((value, i) => ({ date: day(start + i), value }));
const worse = { direction: 'higher-is-worse' as const };

describe('reading a series', () => {
  it('refuses observations that are not an array, naming `observations`', () => {
    expect(issue(() => lastValue({} as never))).toEqual({
      code: 'invalid-type',
      path: ['observations'],
      input: {},
      message: 'observations: expected an array of { date, value }, got an object',
    });
  });

  it('refuses an entry that is null or not an object, naming its index', () => {
    expect(issue(() => lastValue([{ date: day(1), value: 1 }, null] as never))).toEqual({
      code: 'invalid-type',
      path: ['observations', 1],
      input: null,
      message: 'observations.1: expected { date, value }, got null',
    });
    expect(issue(() => lastValue([{ date: day(1), value: 1 }, 5] as never))).toMatchObject({
      code: 'invalid-type',
      path: ['observations', 1],
      message: 'observations.1: expected { date, value }, got 5',
    });
  });

  it('refuses a month 13 (which Date.UTC would roll into January of the next year)', () => {
    expect(issue(() => lastValue([{ date: '2024-13-01', value: 1 }]))).toEqual({
      code: 'invalid-argument',
      path: ['observations', 0, 'date'],
      input: '2024-13-01',
      message: 'observations.0.date: "2024-13-01" is not a calendar date',
    });
  });

  it('refuses a year before 0100 rather than reading it as 19xx (Date.UTC maps years 0–99 to 1900–1999)', () => {
    // Accepted, '0050-01-01' would sort as 1950-01-01, after 1949.
    const i = issue(() => lastValue([{ date: '0050-01-01', value: 1 }, { date: '1949-06-01', value: 2 }]));
    expect(i).toMatchObject({ code: 'invalid-argument', path: ['observations', 0, 'date'], input: '0050-01-01' });
  });

  it('refuses an impossible date-time with a PromkitError', () => {
    // 30 February matches the date-time pattern but is no date.
    expect(issue(() => lastValue([{ date: '2024-02-30T08:00:00Z', value: 1 }]))).toEqual({
      code: 'invalid-argument',
      path: ['observations', 0, 'date'],
      input: '2024-02-30T08:00:00Z',
      message: 'observations.0.date: "2024-02-30T08:00:00Z" is not a valid date-time',
    });
  });

  it('names the entry that mixes calendar days with date-times', () => {
    const i = issue(() => lastValue([{ date: day(1), value: 1 }, { date: '2024-03-02T00:00:00Z', value: 1 }]));
    expect(i).toMatchObject({ code: 'invalid-argument', path: ['observations', 1, 'date'], input: '2024-03-02T00:00:00Z' });
  });

  it('names the second entry of a duplicated date and lists every entry on it', () => {
    const dup = [{ date: day(1), value: 4 }, { date: day(2), value: 6 }, { date: day(1), value: 8 }];
    expect(issue(() => lastValue(dup))).toEqual({
      code: 'invalid-argument',
      path: ['observations', 2, 'date'],
      input: day(1),
      message: `observations: 2 observations share the date ${day(1)} (entries 0, 2); pass options.duplicates: 'mean' | 'first' | 'last' to say how to combine them`,
    });
  });

  it('says how many observations on distinct dates are needed, in the singular and the plural', () => {
    expect(issue(() => lastValue([]))).toEqual({
      code: 'invalid-argument',
      path: ['observations'],
      input: [],
      message: 'observations: expected at least 1 observation on distinct dates, got 0',
    });
    expect(issue(() => slopePerWeek([{ date: day(1), value: 3 }])).message).toBe('observations: expected at least 2 observations on distinct dates, got 1');
  });

  it('says a calendar-day option does not fit a date-time series', () => {
    const series = [{ date: '2024-03-01T08:00:00Z', value: 6 }, { date: '2024-03-02T08:00:00Z', value: 5 }];
    expect(issue(() => seriesBaseline(series, { method: 'date', date: day(1) }))).toEqual({
      code: 'invalid-argument',
      path: ['options', 'date'],
      input: day(1),
      message: 'options.date: the series uses date-times, so this date must too; relating the two would need a time zone',
    });
  });

  it('measures Date objects in days (a 24-hour step is 1 day)', () => {
    const at = (d: number, h: number) => new Date(Date.UTC(2024, 2, d, h));
    // baseline 8 at 03-01 00:00; 4 at 03-02 00:00 (a 50 % improvement), held to 03-03 00:00: 1 day
    const r = timeToSustainedResponse(
      [{ date: at(1, 0), value: 8 }, { date: at(2, 0), value: 4 }, { date: at(3, 0), value: 4 }],
      { ...worse, response: { percent: 50 }, sustain: { days: 1 } },
    );
    expect(r).toMatchObject({ reached: true, date: '2024-03-02T00:00:00.000Z', days: 1 });
  });

  it('gives the same answer for dates in any order', () => {
    const sorted = diary([10, 9, 7, 6, 7, 8, 6, 6]);
    const shuffled = [5, 0, 7, 2, 6, 1, 4, 3].map((i) => sorted[i]!);
    const options = { ...worse, response: { percent: 30 }, sustain: { observations: 2 } };
    // baseline 10 (day 1): 30 % needs ≤ 7; days 3–4 (7, 6) are the first run of two
    expect(timeToSustainedResponse(shuffled, options)).toMatchObject({ reached: true, date: day(3), days: 2 });
    expect(timeToSustainedResponse(shuffled, options)).toEqual(timeToSustainedResponse(sorted, options));
  });
});

describe('seriesBaseline', () => {
  it('averages a window that includes its first day and stops before `before`', () => {
    // before day 10, 7 days: days 3–9. Day 2 (9) is one day too early and day 10 (1) is treatment.
    const d = [{ date: day(2), value: 9 }, { date: day(3), value: 7 }, { date: day(9), value: 5 }, { date: day(10), value: 1 }];
    expect(seriesBaseline(d, { method: 'window', before: day(10) })).toEqual({ value: 6, method: 'window', n: 2, dates: [day(3), day(9)] });
  });

  it("reports the date used by method 'date'", () => {
    expect(seriesBaseline(diary([6, 7, 8]), { method: 'date', date: day(2) })).toEqual({ value: 7, method: 'date', n: 1, dates: [day(2)] });
  });

  it("refuses method 'date' without a date", () => {
    expect(issue(() => seriesBaseline(diary([6, 7]), { method: 'date' }))).toEqual({
      code: 'invalid-argument',
      path: ['options', 'date'],
      input: undefined,
      message: "options.date: method 'date' needs the date of the baseline observation",
    });
  });

  it('names the date that has no observation', () => {
    expect(issue(() => seriesBaseline(diary([6, 7]), { method: 'date', date: day(5) }))).toEqual({
      code: 'invalid-argument',
      path: ['options', 'date'],
      input: day(5),
      message: 'options.date: there is no observation on 2024-03-05',
    });
  });

  it("refuses method 'window' without `before`", () => {
    expect(issue(() => seriesBaseline(diary([6, 7]), { method: 'window' }))).toEqual({
      code: 'invalid-argument',
      path: ['options', 'before'],
      input: undefined,
      message: "options.before: method 'window' needs before: the first day of treatment (the window ends just before it)",
    });
  });

  it('refuses a window of 0 days, and accepts half a day', () => {
    expect(issue(() => seriesBaseline(diary([6, 7]), { method: 'window', before: day(2), days: 0 }))).toEqual({
      code: 'invalid-argument',
      path: ['options', 'days'],
      input: 0,
      message: 'options.days: expected a number of days > 0, got 0',
    });
    expect(issue(() => seriesBaseline(diary([6, 7]), { method: 'window', before: day(2), days: -1 })).path).toEqual(['options', 'days']);
    // 0.5 days before day 2 is [day 1.5, day 2): no calendar day in it
    expect(issue(() => seriesBaseline(diary([6, 7]), { method: 'window', before: day(2), days: 0.5 })).message).toBe('options.before: no observations in the 0.5 days before 2024-03-02');
  });

  it('names `before` when it is of the wrong kind or the window is empty', () => {
    expect(issue(() => seriesBaseline(diary([6, 7]), { method: 'window', before: '2024-03-02T00:00:00Z' }))).toMatchObject({
      code: 'invalid-argument',
      path: ['options', 'before'],
      message: "options.before: the series uses calendar days ('YYYY-MM-DD'), so this date must too; relating the two would need a time zone",
    });
    expect(issue(() => seriesBaseline(diary([6, 7], 20), { method: 'window', before: day(12) }))).toEqual({
      code: 'invalid-argument',
      path: ['options', 'before'],
      input: day(12),
      message: 'options.before: no observations in the 7 days before 2024-03-12',
    });
  });

  it('refuses an unknown method even when `before` is given', () => {
    expect(issue(() => seriesBaseline(diary([6, 7]), { method: 'median' as never, before: day(2) }))).toEqual({
      code: 'invalid-argument',
      path: ['options', 'method'],
      input: 'median',
      message: `options.method: expected 'first', 'window' or 'date', got "median"`,
    });
  });
});

describe('timeToSustainedResponse', () => {
  const percent30 = { ...worse, response: { percent: 30 } };

  it('counts an improvement of exactly the required percent as a response', () => {
    // 10 → 7 is 100 × 3 / 10 = 30 % exactly; 10 → 7.1 is 29 %
    expect(timeToSustainedResponse(diary([10, 7]), { ...percent30, sustain: { observations: 1 } })).toMatchObject({ reached: true, date: day(2), days: 1 });
    expect(timeToSustainedResponse(diary([10, 7.1]), { ...percent30, sustain: { observations: 1 } }).reached).toBe(false);
  });

  it('measures percent from the floor of the scores it is given (TSK-11 floor 11)', () => {
    const tsk = (answer: number) => score(tsk11, Array(11).fill(answer)).scores.total!;
    // 33 → 22: 100 × 11 / (33 − 11) = 50 % of the baseline's distance from the floor, as change() says
    expect(change(tsk(3), tsk(2), worse).percentImprovement).toBe(50);
    const series = [{ date: day(1), value: tsk(3) }, { date: day(8), value: tsk(2) }];
    expect(timeToSustainedResponse(series, { ...worse, response: { percent: 50 }, sustain: { observations: 1 } })).toMatchObject({ reached: true, date: day(8), days: 7 });
  });

  it('needs exactly the required number of responding observations, not one fewer', () => {
    // baseline 10; 7, 6, 7 respond (≥ 30 %), 8 does not
    const d = diary([10, 7, 6, 7, 8]);
    expect(timeToSustainedResponse(d, { ...percent30, sustain: { observations: 3 } })).toMatchObject({ reached: true, date: day(2), days: 1 });
    expect(timeToSustainedResponse(d, { ...percent30, sustain: { observations: 4 } }).reached).toBe(false);
  });

  it('on date-time series, needs the full elapsed time: half a day does not hold a 1-day response', () => {
    const d = [
      { date: '2024-03-01T00:00:00Z', value: 8 },
      { date: '2024-03-02T00:00:00Z', value: 4 },
      { date: '2024-03-02T12:00:00Z', value: 4 },
    ];
    const options = { ...worse, response: { points: 4 }, sustain: { days: 1 } };
    expect(timeToSustainedResponse(d, options)).toMatchObject({ reached: false, date: null, days: null });
    // one more at 03-03 00:00: the run covers exactly 1 day
    const held = [...d, { date: '2024-03-03T00:00:00Z', value: 4 }];
    expect(timeToSustainedResponse(held, options)).toMatchObject({ reached: true, date: '2024-03-02T00:00:00.000Z', days: 1 });
  });

  it('with a numeric baseline, the first observation can already respond', () => {
    // baseline 8: 5 and 5 improve by 3 points; the run starts on day 1, 0 days from the first date
    const r = timeToSustainedResponse(diary([5, 5, 9]), { ...worse, response: { points: 3 }, sustain: { observations: 2 }, baseline: 8 });
    expect(r).toEqual({ reached: true, date: day(1), days: 0, baseline: { value: 8, method: 'caller' }, rule: 'improvement ≥ 3 points from baseline, held for 2 consecutive observations' });
  });

  it('with a window baseline, looks from `before` on and never at the window', () => {
    // window: days 1–3 (9, 7, 8), mean 8. Day 2 (7) improves by 1 point but is before treatment;
    // day 4 (`before` itself, value 4) is the first follow-up.
    const r = timeToSustainedResponse(diary([9, 7, 8, 4, 9]), {
      ...worse, response: { points: 1 }, sustain: { observations: 1 }, baseline: { method: 'window', before: day(4), days: 3 },
    });
    expect(r).toMatchObject({ reached: true, date: day(4), days: 0, baseline: { value: 8, n: 3, dates: [day(1), day(2), day(3)] } });
  });

  it("with a date baseline, looks only after that date", () => {
    // baseline day 3 (8): day 1 (4) would respond but precedes it; day 4 (6) improves by 2
    const r = timeToSustainedResponse(diary([4, 4, 8, 6, 4]), { ...worse, response: { points: 2 }, sustain: { observations: 1 }, baseline: { method: 'date', date: day(3) } });
    expect(r).toMatchObject({ reached: true, date: day(4), days: 1, baseline: { value: 8, method: 'date', n: 1, dates: [day(3)] } });
  });

  it('states the rule in words, singular and plural', () => {
    const d = diary([8, 6, 6]);
    expect(timeToSustainedResponse(d, { ...worse, response: { points: 1 }, sustain: { days: 1 } }).rule).toBe('improvement ≥ 1 point from baseline, held for 1 day');
    expect(timeToSustainedResponse(d, { ...worse, response: { points: 2 }, sustain: { days: 2 } }).rule).toBe('improvement ≥ 2 points from baseline, held for 2 days');
    expect(timeToSustainedResponse(d, { ...percent30, sustain: { observations: 1 } }).rule).toBe('improvement ≥ 30 % from baseline, held for 1 consecutive observation');
    expect(timeToSustainedResponse(d, { ...percent30, sustain: { observations: 2 } }).rule).toBe('improvement ≥ 30 % from baseline, held for 2 consecutive observations');
  });

  it('refuses a missing or malformed response rule with a PromkitError naming `options.response`', () => {
    const d = diary([8, 5]);
    const bad: unknown[] = [undefined, null, 5, {}, { points: Number.POSITIVE_INFINITY }, { points: Number.NaN }, { percent: '30' }, { points: -1 },
      Object.assign(() => 0, { points: 3 })];
    for (const response of bad) {
      const i = issue(() => timeToSustainedResponse(d, { ...worse, response: response as never, sustain: { observations: 1 } }));
      expect(i).toMatchObject({ code: 'invalid-argument', path: ['options', 'response'] });
      expect(i.message).toMatch(/^options\.response: expected \{ percent: > 0 \} or \{ points: > 0 \}, got /);
    }
  });

  it('refuses a missing or malformed sustain rule with a PromkitError naming `options.sustain`', () => {
    const d = diary([8, 5]);
    const bad: unknown[] = [undefined, null, 5, {}, { days: Number.POSITIVE_INFINITY }, { days: 0 }, { days: -1 }, { days: '2' }, { observations: 0 },
      { observations: Number.POSITIVE_INFINITY }, Object.assign(() => 0, { observations: 2 })];
    for (const sustain of bad) {
      const i = issue(() => timeToSustainedResponse(d, { ...worse, response: { points: 1 }, sustain: sustain as never }));
      expect(i).toMatchObject({ code: 'invalid-argument', path: ['options', 'sustain'] });
      expect(i.message).toMatch(/^options\.sustain: expected \{ observations: a whole number ≥ 1 \} or \{ days: > 0 \}, got /);
    }
    // half a day is a valid length for date-time series
    expect(timeToSustainedResponse(d, { ...worse, response: { points: 1 }, sustain: { days: 0.5 } }).reached).toBe(true);
  });

  it('refuses a baseline that is not finite, not an object, or of an unknown method, naming `options.baseline`', () => {
    const d = diary([8, 5]);
    const rule = { ...worse, response: { points: 1 }, sustain: { observations: 1 } };
    expect(issue(() => timeToSustainedResponse(d, { ...rule, baseline: Number.NaN }))).toEqual({
      code: 'not-finite', path: ['options', 'baseline'], input: Number.NaN, message: 'options.baseline: expected a finite number or a baseline method',
    });
    expect(issue(() => timeToSustainedResponse(d, { ...rule, baseline: 'first' as never }))).toEqual({
      code: 'invalid-argument', path: ['options', 'baseline'], input: 'first', message: 'options.baseline: expected an object, got "first"',
    });
    expect(issue(() => timeToSustainedResponse(d, { ...rule, baseline: { method: 'median' as never } }))).toMatchObject({
      code: 'invalid-argument', path: ['options', 'baseline', 'method'], message: `options.baseline.method: expected 'first', 'window' or 'date', got "median"`,
    });
    expect(issue(() => timeToSustainedResponse(d, { ...rule, baseline: { method: 'date' } }))).toMatchObject({
      path: ['options', 'baseline', 'date'], message: "options.baseline.date: method 'date' needs the date of the baseline observation",
    });
  });
});

describe('detectFlares', () => {
  it('counts a rise of exactly `rise` points as a flare day', () => {
    // seven days at 4, then 6: exactly 2 above the mean 4; 5.99 is not
    expect(detectFlares(diary([4, 4, 4, 4, 4, 4, 4, 6])).flares).toEqual([{ start: day(8), end: day(8), days: 1, baseline: 4, peak: 6, peakDate: day(8) }]);
    expect(detectFlares(diary([4, 4, 4, 4, 4, 4, 4, 5.99])).flares).toEqual([]);
  });

  it('uses exactly the 7 days before each day: an entry 8 days back is outside the window', () => {
    // Day 9 (6): its window is days 2–8, all 4 → mean 4, a rise of 2. With day 1 (10) in it the
    // mean would be 38 / 8 = 4.75 and 6 no flare; so would the mean of the whole history.
    expect(detectFlares(diary([10, 4, 4, 4, 4, 4, 4, 4, 6])).flares).toEqual([{ start: day(9), end: day(9), days: 1, baseline: 4, peak: 6, peakDate: day(9) }]);
  });

  it('counts only diary days that have an entry towards the baseline minimum', () => {
    // entries on days 1–3 and 8: day 8's window (days 1–7) holds 3 entries, fewer than 4
    const sparse = [...diary([4, 4, 4]), { date: day(8), value: 9 }];
    expect(detectFlares(sparse)).toMatchObject({ flares: [], evaluatedDays: 0 });
    // with minBaselineDays 3 it is judged against the mean of those 3 entries (4), not 7
    expect(detectFlares(sparse, { minBaselineDays: 3 })).toMatchObject({
      flares: [{ start: day(8), end: day(8), days: 1, baseline: 4, peak: 9, peakDate: day(8) }],
      evaluatedDays: 1,
    });
  });

  it('counts every judged diary day once, flare days included', () => {
    // days 1–4 have fewer than 4 entries before them; days 5–10 are judged (6 days), the flare
    // days 8–9 among them, and day 10's window skips them (days 1–7).
    expect(detectFlares(diary([4, 4, 4, 4, 4, 4, 4, 8, 8, 4]))).toMatchObject({
      flares: [{ start: day(8), end: day(9), days: 2, baseline: 4 }],
      evaluatedDays: 6,
    });
  });

  it('reports the worst value of a flare as its peak, wherever it falls', () => {
    expect(detectFlares(diary([4, 4, 4, 4, 4, 4, 4, 7, 9, 8])).flares).toEqual([{ start: day(8), end: day(10), days: 3, baseline: 4, peak: 9, peakDate: day(9) }]);
    // higher is better: the lowest value is the worst
    expect(detectFlares(diary([8, 8, 8, 8, 8, 8, 8, 6, 3, 5]), { direction: 'higher-is-better' }).flares).toEqual([
      { start: day(8), end: day(10), days: 3, baseline: 8, peak: 3, peakDate: day(9) },
    ]);
  });

  it('stops the baseline window at the first diary day, however long the window asked for', () => {
    // Days 1–7 average 29/7 = 4.142857…; day 8 (7) is 2.86 above: a flare (days 8–9), as with the
    // default 7-day window. A window of 10⁹ days must not walk back 10⁹ empty days per diary day.
    const values = [4, 4, 5, 4, 4, 4, 4, 7, 7, 4, 4];
    const expected = [{ start: day(8), end: day(9), days: 2, baseline: 4.14285714285714, peak: 7, peakDate: day(8) }];
    expect(detectFlares(diary(values), { baselineDays: 1e9 }).flares).toEqual(expected);
    expect(detectFlares(diary(values)).flares).toEqual(expected);
  });

  it('takes a custom rise, and a baseline minimum equal to the window', () => {
    // rise 3: 4 → 6 is no flare, 4 → 7 is
    expect(detectFlares(diary([4, 4, 4, 4, 4, 4, 4, 6]), { rise: 3 }).flares).toEqual([]);
    expect(detectFlares(diary([4, 4, 4, 4, 4, 4, 4, 7]), { rise: 3 })).toMatchObject({ flares: [{ start: day(8), peak: 7 }], rule: { rise: 3 } });
    // a 3-day window that must be full: day 4 (7) is 3 above the mean of days 1–3
    expect(detectFlares(diary([4, 4, 4, 7]), { rise: 3, baselineDays: 3, minBaselineDays: 3 })).toMatchObject({
      flares: [{ start: day(4), end: day(4), baseline: 4 }],
      rule: { baselineDays: 3, minBaselineDays: 3 },
    });
  });

  it('names each invalid option', () => {
    expect(issue(() => detectFlares(diary([4]), { minDays: 0 }))).toEqual({
      code: 'invalid-argument', path: ['options', 'minDays'], input: 0, message: 'options.minDays: expected a whole number ≥ 1, got 0',
    });
    expect(issue(() => detectFlares(diary([4]), { baselineDays: 0 }))).toEqual({
      code: 'invalid-argument', path: ['options', 'baselineDays'], input: 0, message: 'options.baselineDays: expected a whole number ≥ 1, got 0',
    });
    expect(issue(() => detectFlares(diary([4]), { minBaselineDays: 0 }))).toEqual({
      code: 'invalid-argument', path: ['options', 'minBaselineDays'], input: 0, message: 'options.minBaselineDays: expected a whole number ≥ 1, got 0',
    });
  });

  it('refuses a date-time series, naming `observations`', () => {
    expect(issue(() => detectFlares([{ date: '2024-03-01T08:00:00Z', value: 4 }]))).toMatchObject({ code: 'invalid-argument', path: ['observations'] });
  });
});
