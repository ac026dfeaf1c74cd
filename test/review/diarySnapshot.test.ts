import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diarySnapshot, type DiaryEntry, type DiarySnapshotOptions } from '../../src/index.js';
import { issue, issuesOf } from '../promkitError.js';

interface Case {
  readonly name: string;
  readonly origin: 'hand' | 'published';
  readonly source: string;
  readonly entries: DiaryEntry[];
  readonly options: DiarySnapshotOptions;
  readonly expected: Record<string, unknown>;
}
const cases = JSON.parse(readFileSync(join(import.meta.dirname, 'cases', 'diarySnapshot.json'), 'utf8')) as Case[];

describe('diarySnapshot reference cases (worked by hand)', () => {
  it('every case says where its expected values come from', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3);
    for (const c of cases) {
      expect(c.origin).toBe('hand');
      expect(c.source.length).toBeGreaterThan(80);
    }
  });
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(diarySnapshot(c.entries, c.options)).toMatchObject(c.expected);
  });
});

const week: DiaryEntry[] = [
  { date: '2026-03-02', painNow: 4, sleepHours: 6 },
  { date: '2026-03-03', painNow: 6, sleepHours: 5 },
  { date: '2026-03-05', painNow: 7, sleepHours: 7.5 },
  { date: '2026-03-06', painNow: 5 },
  { date: '2026-03-08', painNow: 3, note: 'Walked to the shop' },
];

describe('diarySnapshot', () => {
  it('matches its documented example', () => {
    const s = diarySnapshot(week, { from: '2026-03-02', days: 7 });
    expect(s.measures.painNow).toMatchObject({ mean: 5, median: 5, worst: { date: '2026-03-05', value: 7 }, daysPastThreshold: 1, sufficient: true });
    expect(s.measures.sleepHours).toMatchObject({ daysWithData: 3, sufficient: false, baseline: null });
    expect(s.measures.sleepHours.reason).toBe('3 of 7 days with data, fewer than the 5 a reliable weekly mean needs (Heapy et al. 2014)');
  });

  it('lists every day of the window, missing ones marked, notes kept verbatim', () => {
    const s = diarySnapshot(week, { from: '2026-03-02', days: 7 });
    expect(s.daily.map((d) => d.recorded)).toEqual([true, true, false, true, true, false, true]);
    expect(s.daily[6]).toEqual({ date: '2026-03-08', recorded: true, values: { painNow: 3 }, note: 'Walked to the shop' });
    expect(s.daysRecorded).toBe(5);
  });

  it('takes the window from `to` as well as from `from`, and refuses to guess one', () => {
    expect(diarySnapshot(week, { to: '2026-03-08' }).from).toBe('2026-03-02');
    expect(diarySnapshot(week, { from: '2026-03-02', to: '2026-03-04' }).days).toBe(3);
    expect(issue(() => diarySnapshot(week, {})).message).toContain('promkit reads no clock');
    expect(issue(() => diarySnapshot(week, { from: '2026-03-02', to: '2026-03-04', days: 7 })).path).toEqual(['options', 'days']);
    expect(issue(() => diarySnapshot(week, { from: '2026-03-04', to: '2026-03-02' })).path).toEqual(['options', 'to']);
  });

  it('worst and best follow the direction: least sleep is the worst day', () => {
    const s = diarySnapshot(week, { from: '2026-03-02', days: 7 });
    expect(s.measures.sleepHours.worst).toEqual({ date: '2026-03-03', value: 5 });
    expect(s.measures.sleepHours.best).toEqual({ date: '2026-03-05', value: 7.5 });
  });

  it('ties go to the earliest day', () => {
    const s = diarySnapshot(
      [
        { date: '2026-03-04', painNow: 7 },
        { date: '2026-03-02', painNow: 7 },
        { date: '2026-03-03', painNow: 2 },
        { date: '2026-03-05', painNow: 2 },
      ],
      { from: '2026-03-02', days: 7 },
    );
    expect(s.measures.painNow.worst?.date).toBe('2026-03-02');
    expect(s.measures.painNow.best?.date).toBe('2026-03-03');
  });

  it('counts days past a threshold: the published default for pain, the caller\'s for the rest, none otherwise', () => {
    const s = diarySnapshot(week, { from: '2026-03-02', days: 7, thresholds: { sleepHours: { atMost: 6 }, painNow: { atLeast: 6 } } });
    expect(s.measures.painNow.threshold).toEqual({ value: 6, rule: 'at-least', source: 'given by the caller' });
    expect(s.measures.painNow.daysPastThreshold).toBe(2); // 6 and 7
    expect(s.measures.sleepHours.daysPastThreshold).toBe(2); // 6 and 5
    const d = diarySnapshot(week, { from: '2026-03-02', days: 7 });
    expect(d.measures.painNow.threshold?.source).toContain('Serlin');
    expect(d.measures.interference.threshold).toBeNull();
    expect(d.measures.interference.daysPastThreshold).toBeNull();
    expect(diarySnapshot(week, { from: '2026-03-02', thresholds: { painNow: null } }).measures.painNow.daysPastThreshold).toBeNull();
    expect(issue(() => diarySnapshot(week, { from: '2026-03-02', thresholds: { painNow: { atLeast: 11 } } })).path).toEqual(['options', 'thresholds', 'painNow']);
  });

  it('duplicates: complementary or equal entries merge; disagreeing ones are refused unless a policy is given', () => {
    const entries: DiaryEntry[] = [
      { date: '2026-03-02', painNow: 4, note: 'morning' },
      { date: '2026-03-02', sleepHours: 6, painNow: 4 },
      { date: '2026-03-03', painNow: 5 },
      { date: '2026-03-03', painNow: 8, note: 'evening' },
    ];
    const problem = issue(() => diarySnapshot(entries, { from: '2026-03-02' }));
    expect(problem.message).toBe("entries: entries 2 and 3 both give painNow for 2026-03-03 and disagree (5 vs 8); pass duplicates: 'mean', 'first' or 'last' to say how to combine them");
    expect(problem.path).toEqual(['entries', 3, 'painNow']);
    const last = diarySnapshot(entries, { from: '2026-03-02', duplicates: 'last' });
    expect(last.daily[0]).toEqual({ date: '2026-03-02', recorded: true, values: { painNow: 4, sleepHours: 6 }, note: 'morning' });
    expect(last.daily[1]?.values.painNow).toBe(8);
    expect(last.daily[1]?.note).toBe('evening');
    expect(diarySnapshot(entries, { from: '2026-03-02', duplicates: 'first' }).daily[1]?.values.painNow).toBe(5);
    expect(diarySnapshot(entries, { from: '2026-03-02', duplicates: 'mean' }).daily[1]?.values.painNow).toBe(6.5);
    expect(last.duplicates).toEqual([{ date: '2026-03-02', entries: [0, 1] }, { date: '2026-03-03', entries: [2, 3] }]);
  });

  it('time zones: a date-time is the day written in its own offset; a zone-less time and a Date are refused', () => {
    const s = diarySnapshot([{ date: '2026-03-02T23:59:00-10:00', painNow: 5 }], { from: '2026-03-02', days: 1 });
    expect(s.measures.painNow.values).toEqual([{ date: '2026-03-02', value: 5 }]); // 3 March in UTC
    expect(issue(() => diarySnapshot([{ date: '2026-03-02T08:00:00', painNow: 5 }], { from: '2026-03-02' })).message).toContain('has a time but no time zone');
    expect(issue(() => diarySnapshot([{ date: new Date(0) as unknown as string, painNow: 5 }], { from: '2026-03-02' })).message).toContain('a Date is an instant');
    expect(issue(() => diarySnapshot([{ date: '2026-02-30', painNow: 5 }], { from: '2026-03-02' })).message).toContain('is not a calendar date');
  });

  it('refuses values out of range, non-numbers, fractional steps and unknown fields, naming each', () => {
    const problems = issuesOf(() =>
      diarySnapshot(
        [
          { date: '2026-03-02', painNow: 11 },
          { date: '2026-03-03', sleepHours: '7' as unknown as number },
          { date: '2026-03-04', steps: 100.5 },
          { date: '2026-03-05', painNow: Number.NaN },
          { date: '2026-03-06', pain: 4 } as unknown as DiaryEntry,
        ],
        { from: '2026-03-02' },
      ),
    );
    expect(problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['out-of-range', 'entries.0.painNow'],
      ['invalid-type', 'entries.1.sleepHours'],
      ['not-an-integer', 'entries.2.steps'],
      ['not-finite', 'entries.3.painNow'],
      ['invalid-argument', 'entries.4.pain'],
    ]);
    expect(problems[4]?.message).toContain('unknown field');
  });

  it('never uses entries after the window, even for flares', () => {
    const base = [3, 3, 3, 3, 3, 3, 3].map((value, i) => ({ date: `2026-03-0${i + 1}`, painNow: value }));
    const s = diarySnapshot([...base, { date: '2026-03-08', painNow: 10 }], { to: '2026-03-07' });
    expect(s.measures.painNow.worst?.value).toBe(3);
    expect(s.outside).toEqual({ before: 0, after: 1 });
    expect(s.measures.painNow.flares?.flares).toEqual([]);
  });

  it('counts only the window\'s judged days for flares, however long the diary before it', () => {
    // 14 days at 3: days 5–14 have 4 diary days before them; the window is days 8–14.
    const diary = Array.from({ length: 14 }, (_, i) => ({ date: `2026-03-${String(i + 1).padStart(2, '0')}`, painNow: 3 }));
    const s = diarySnapshot(diary, { to: '2026-03-14' });
    expect(s.measures.painNow.flares?.evaluatedDays).toBe(7);
    expect(diarySnapshot(diary.slice(0, 10), { to: '2026-03-10' }).measures.painNow.flares?.evaluatedDays).toBe(6); // days 5–10
  });

  it('minDays: the caller may lower it, within the window', () => {
    const s = diarySnapshot(week, { from: '2026-03-02', minDays: 3 });
    expect(s.measures.sleepHours.sufficient).toBe(true);
    expect(s.rule.source).toContain('the caller set the minimum to 3 days');
    expect(issue(() => diarySnapshot(week, { from: '2026-03-02', days: 3, minDays: 4 })).path).toEqual(['options', 'minDays']);
  });

  it('an empty diary gives nulls with reasons, not zeros', () => {
    const s = diarySnapshot([], { from: '2026-03-02' });
    expect(s.measures.painNow).toMatchObject({ daysWithData: 0, mean: null, median: null, worst: null, daysPastThreshold: null, sufficient: false });
    expect(s.measures.painNow.reason).toBe('no pain now entries from 2026-03-02 to 2026-03-08');
  });

  it('does not modify its input', () => {
    const entries = week.map((e) => Object.freeze({ ...e }));
    Object.freeze(entries);
    expect(() => diarySnapshot(entries, Object.freeze({ from: '2026-03-02', thresholds: Object.freeze({}) }))).not.toThrow();
  });

  it('refuses unknown options', () => {
    expect(issue(() => diarySnapshot(week, { from: '2026-03-02', day: 7 } as unknown as DiarySnapshotOptions)).message).toContain('options.day: unknown option');
  });
});
