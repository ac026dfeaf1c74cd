import { describe, expect, it } from 'vitest';
import {
  areaUnderCurve,
  bestValue,
  detectFlares,
  lastValue,
  seriesBaseline,
  slopePerWeek,
  timeToSustainedResponse,
} from '../../src/change/index.js';
import { PromkitError } from '../../src/errors.js';
import { issue } from '../promkitError.js';

const day = (n: number) => `2024-03-${String(n).padStart(2, '0')}`;
const diary = (values: readonly number[], start = 1) => values.map((value, i) => ({ date: day(start + i), value }));

describe('dates', () => {
  it('accepts date-only strings as calendar days, date-times with a zone, and Dates', () => {
    expect(lastValue([{ date: '2024-03-01', value: 1 }, { date: '2024-02-29', value: 2 }])).toEqual({ date: '2024-03-01', value: 1 });
    expect(lastValue([{ date: '2024-03-01T08:00:00Z', value: 1 }, { date: '2024-03-01T10:00:00+01:00', value: 2 }])).toEqual({ date: '2024-03-01T09:00:00.000Z', value: 2 });
    expect(lastValue([{ date: new Date(Date.UTC(2024, 2, 1, 12)), value: 3 }])).toEqual({ date: '2024-03-01T12:00:00.000Z', value: 3 });
  });

  it('rejects a date-time without a zone, explaining why', () => {
    const i = issue(() => lastValue([{ date: '2024-03-01T08:00:00', value: 1 }]));
    expect(i.path).toEqual(['observations', 0, 'date']);
    expect(i.message).toMatch(/no time zone/);
    expect(i.message).toMatch(/never guesses/);
  });

  it('rejects impossible dates, other formats, invalid Dates and mixed series', () => {
    expect(issue(() => lastValue([{ date: '2024-02-30', value: 1 }])).message).toMatch(/not a calendar date/);
    expect(issue(() => lastValue([{ date: '03/01/2024', value: 1 }])).message).toMatch(/ISO 8601/);
    expect(issue(() => lastValue([{ date: new Date(Number.NaN), value: 1 }])).message).toMatch(/invalid/);
    expect(issue(() => lastValue([{ date: 20240301 as never, value: 1 }]))).toMatchObject({ code: 'invalid-type' });
    expect(issue(() => lastValue([{ date: '2024-03-01', value: 1 }, { date: '2024-03-02T00:00:00Z', value: 1 }])).message).toMatch(/mixes calendar days/);
  });

  it('validates values', () => {
    expect(issue(() => lastValue([{ date: '2024-03-01', value: Number.POSITIVE_INFINITY }]))).toMatchObject({ code: 'not-finite', path: ['observations', 0, 'value'] });
    expect(issue(() => lastValue([]))).toMatchObject({ path: ['observations'] });
  });
});

describe('sorting and duplicates', () => {
  const unsorted = [{ date: day(8), value: 4 }, { date: day(1), value: 8 }, { date: day(15), value: 6 }];

  it('sorts unsorted input by date', () => {
    expect(lastValue(unsorted).date).toBe(day(15));
    expect(seriesBaseline(unsorted).value).toBe(8);
    expect(slopePerWeek(unsorted).perWeek).toBe(slopePerWeek([...unsorted].sort((a, b) => a.date.localeCompare(b.date))).perWeek);
  });

  it("throws on duplicate dates by default and merges with 'mean', 'first' or 'last'", () => {
    const dup = [{ date: day(1), value: 4 }, { date: day(2), value: 6 }, { date: day(1), value: 8 }];
    const i = issue(() => lastValue(dup));
    expect(i.message).toMatch(/share the date 2024-03-01/);
    expect(i.message).toMatch(/duplicates/);
    expect(seriesBaseline(dup, { duplicates: 'mean' }).value).toBe(6);
    expect(seriesBaseline(dup, { duplicates: 'first' }).value).toBe(4);
    expect(seriesBaseline(dup, { duplicates: 'last' }).value).toBe(8);
    // the same instant written with different offsets is a duplicate
    expect(() => lastValue([{ date: '2024-03-01T23:00:00-05:00', value: 1 }, { date: '2024-03-02T04:00:00Z', value: 2 }])).toThrow(PromkitError);
    expect(issue(() => lastValue(dup, { duplicates: 'median' as never })).path).toEqual(['options', 'duplicates']);
  });
});

describe('seriesBaseline', () => {
  const d = [{ date: day(1), value: 6 }, { date: day(3), value: 7 }, { date: day(6), value: 8 }, { date: day(8), value: 4 }];
  it('takes a window mean before treatment, or a given date', () => {
    expect(seriesBaseline(d, { method: 'window', before: day(8) })).toEqual({ value: 7, method: 'window', n: 3, dates: [day(1), day(3), day(6)] });
    expect(seriesBaseline(d, { method: 'window', before: day(8), days: 2 }).value).toBe(8);
    expect(seriesBaseline(d, { method: 'date', date: day(3) }).value).toBe(7);
  });
  it('errors on an empty window, a missing date, or a date of the wrong kind', () => {
    expect(issue(() => seriesBaseline(d, { method: 'window', before: day(1) })).message).toMatch(/no observations in the 7 days before 2024-03-01/);
    expect(issue(() => seriesBaseline(d, { method: 'date', date: day(2) })).message).toMatch(/no observation on 2024-03-02/);
    expect(issue(() => seriesBaseline(d, { method: 'window' })).path).toEqual(['options', 'before']);
    expect(issue(() => seriesBaseline(d, { method: 'date', date: '2024-03-03T00:00:00Z' })).message).toMatch(/calendar days/);
  });
});

describe('slopePerWeek and areaUnderCurve', () => {
  it('weights irregular spacing by real time', () => {
    // days 0, 1, 10 with values 0, 1, 10: a perfect line of 1 per day
    const s = slopePerWeek([{ date: day(1), value: 0 }, { date: day(2), value: 1 }, { date: day(11), value: 10 }]);
    expect(s).toMatchObject({ perDay: 1, perWeek: 7, spanDays: 10, improvementPerWeek: null });
  });

  it('works on date-times in fractional days', () => {
    const s = slopePerWeek([{ date: '2024-03-01T00:00:00Z', value: 0 }, { date: '2024-03-01T12:00:00Z', value: 1 }]);
    expect(s.perDay).toBe(2);
    expect(s.spanDays).toBe(0.5);
  });

  it('needs two distinct dates', () => {
    expect(issue(() => slopePerWeek([{ date: day(1), value: 3 }])).message).toMatch(/at least 2/);
    expect(issue(() => areaUnderCurve([{ date: day(1), value: 3 }, { date: day(1), value: 3 }], { duplicates: 'first' })).message).toMatch(/at least 2/);
  });

  it('integrates by the trapezoidal rule across gaps', () => {
    // 6 → 4 over 2 days (10), then 4 → 4 over a 4-day gap (16)
    expect(areaUnderCurve([{ date: day(1), value: 6 }, { date: day(3), value: 4 }, { date: day(7), value: 4 }])).toMatchObject({ auc: 26, spanDays: 6 });
  });
});

describe('bestValue', () => {
  it('is direction-aware and picks the earliest of ties', () => {
    const d = [{ date: day(1), value: 7 }, { date: day(5), value: 3 }, { date: day(9), value: 3 }, { date: day(12), value: 9 }];
    expect(bestValue(d, { direction: 'higher-is-worse' })).toMatchObject({ date: day(5), value: 3 });
    expect(bestValue(d, { direction: 'higher-is-better' })).toMatchObject({ date: day(12), value: 9 });
    expect(issue(() => bestValue(d)).path).toEqual(['options', 'direction']);
  });
});

describe('timeToSustainedResponse', () => {
  const rule = { direction: 'higher-is-worse' as const, response: { percent: 30 } };

  it('requires consecutive responding observations', () => {
    const d = diary([8, 5, 6, 4, 4, 3]);
    expect(timeToSustainedResponse(d, { ...rule, sustain: { observations: 3 } })).toMatchObject({ reached: true, date: day(4), days: 3 });
    expect(timeToSustainedResponse(d, { ...rule, sustain: { observations: 4 } })).toMatchObject({ reached: false, date: null, days: null });
  });

  it('counts calendar days inclusively, and gaps do not break a run', () => {
    const d = [{ date: day(1), value: 8 }, { date: day(4), value: 5 }, { date: day(10), value: 5 }];
    // run from day 4 to day 10 covers 7 calendar days
    expect(timeToSustainedResponse(d, { ...rule, sustain: { days: 7 } })).toMatchObject({ reached: true, date: day(4) });
    expect(timeToSustainedResponse(d, { ...rule, sustain: { days: 8 } }).reached).toBe(false);
  });

  it('measures elapsed time for date-time series', () => {
    const d = [
      { date: '2024-03-01T08:00:00Z', value: 8 },
      { date: '2024-03-02T08:00:00Z', value: 4 },
      { date: '2024-03-03T07:00:00Z', value: 4 },
      { date: '2024-03-03T09:00:00Z', value: 4 },
    ];
    expect(timeToSustainedResponse(d, { ...rule, sustain: { days: 1 } })).toMatchObject({ reached: true, date: '2024-03-02T08:00:00.000Z', days: 1 });
  });

  it('takes a window baseline, a numeric baseline, or a points rule', () => {
    const d = diary([8, 8, 8, 5, 5, 5, 5]);
    const w = timeToSustainedResponse(d, { ...rule, sustain: { observations: 2 }, baseline: { method: 'window', before: day(4), days: 3 } });
    expect(w).toMatchObject({ reached: true, date: day(4), days: 0, baseline: { value: 8, n: 3 } });
    expect(timeToSustainedResponse(d, { direction: 'higher-is-worse', response: { points: 3 }, sustain: { observations: 2 }, baseline: 8 })).toMatchObject({ reached: true, date: day(4), days: 3 });
    expect(timeToSustainedResponse(d, { direction: 'higher-is-worse', response: { points: 4 }, sustain: { observations: 2 } }).reached).toBe(false);
  });

  it('never responds by percent from a baseline at the floor', () => {
    expect(timeToSustainedResponse(diary([0, 0, 0]), { ...rule, sustain: { observations: 1 } }).reached).toBe(false);
  });

  it('validates the rule', () => {
    expect(issue(() => timeToSustainedResponse(diary([8, 5]), { direction: 'higher-is-worse', response: { percent: 0 }, sustain: { observations: 1 } })).path).toEqual(['options', 'response']);
    expect(issue(() => timeToSustainedResponse(diary([8, 5]), { ...rule, sustain: { observations: 1.5 } })).path).toEqual(['options', 'sustain']);
    expect(issue(() => timeToSustainedResponse(diary([8, 5]), undefined as never)).path).toEqual(['options']);
  });
});

describe('detectFlares', () => {
  it('finds a rise of ≥ 2 points above the 7-day rolling mean (defaults)', () => {
    const r = detectFlares(diary([4, 4, 5, 4, 4, 4, 4, 7, 7, 4, 4]));
    expect(r.flares).toEqual([{ start: day(8), end: day(9), days: 2, baseline: 4.14285714285714, peak: 7, peakDate: day(8) }]);
    expect(r.rule).toMatchObject({ rise: 2, minDays: 1, baselineDays: 7, minBaselineDays: 4, direction: 'higher-is-worse' });
    expect(r.rule.source).toMatch(/Costa/);
  });

  it('needs enough baseline days before judging', () => {
    expect(detectFlares(diary([4, 4, 4, 9, 4])).flares).toEqual([]);
    // three baseline days (mean 4) are enough with minBaselineDays 3: day 4 (9) is a one-day flare
    expect(detectFlares(diary([4, 4, 4, 9, 4]), { minBaselineDays: 3 }).flares).toEqual([{ start: day(4), end: day(4), days: 1, baseline: 4, peak: 9, peakDate: day(4) }]);
  });

  it('applies minDays, and a missing diary day ends a rise', () => {
    const spike = diary([4, 4, 4, 4, 4, 4, 4, 8, 4, 4]);
    expect(detectFlares(spike).flares).toEqual([{ start: day(8), end: day(8), days: 1, baseline: 4, peak: 8, peakDate: day(8) }]);
    expect(detectFlares(spike, { minDays: 2 }).flares).toHaveLength(0);
    const gap = [...diary([4, 4, 4, 4, 4, 4, 4, 8]), { date: day(10), value: 8 }];
    const r = detectFlares(gap, { minDays: 2 });
    expect(r.flares).toHaveLength(0);
  });

  it('keeps flare days out of later baselines', () => {
    // a long flare at 8 does not raise the baseline: day 14 (value 7) is still a flare day
    const r = detectFlares(diary([4, 4, 4, 4, 4, 4, 4, 8, 8, 8, 8, 8, 8, 4, 7]));
    expect(r.flares.map((f) => [f.start, f.end])).toEqual([[day(8), day(13)], [day(15), day(15)]]);
  });

  it('treats a fall as a flare on a higher-is-better scale, and needs calendar days', () => {
    // on a higher-is-better scale the worst value is the lowest: 5, three points below the mean 8
    expect(detectFlares(diary([8, 8, 8, 8, 8, 8, 8, 5]), { direction: 'higher-is-better' }).flares).toEqual([{ start: day(8), end: day(8), days: 1, baseline: 8, peak: 5, peakDate: day(8) }]);
    expect(detectFlares(diary([8, 8, 8, 8, 8, 8, 8, 5])).flares).toEqual([]);
    expect(issue(() => detectFlares([{ date: '2024-03-01T08:00:00Z', value: 4 }])).message).toMatch(/daily diaries/);
    expect(issue(() => detectFlares(diary([4]), { rise: 0 })).path).toEqual(['options', 'rise']);
    expect(issue(() => detectFlares(diary([4]), { baselineDays: 3, minBaselineDays: 5 })).path).toEqual(['options', 'minBaselineDays']);
  });
});
