/** The synthetic patient of examples/review, read the way the example script reads it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { defineGoal, score, type DiaryEntry, type Goal, type Instrument, type ReviewVisit } from '../../src/index.js';
import { gad7, nrs, pcs, phq9 } from '../../src/instruments/index.js';

export const exampleDir = join(import.meta.dirname, '..', '..', 'examples', 'review');
export const instruments: Instrument[] = [nrs, phq9, gad7, pcs];

export function exampleVisits(patient = 'P017'): ReviewVisit[] {
  const rows = (parse(readFileSync(join(exampleDir, 'visits.csv')), { columns: true }) as Record<string, string>[]).filter((r) => r.patient_id === patient);
  return rows.map((row) => ({
    date: row.visit_date as string,
    results: instruments.map((instrument) => score(instrument, instrument.items.map((item) => (row[item.id] === '' ? null : Number(row[item.id]))))),
  }));
}

export function exampleGoals(): Goal[] {
  return (JSON.parse(readFileSync(join(exampleDir, 'goals.json'), 'utf8')) as unknown[]).map((g) => defineGoal(g as Parameters<typeof defineGoal>[0]));
}

export function exampleDiary(patient = 'P017'): DiaryEntry[] {
  const n = (x: string | undefined) => (x === undefined || x === '' ? null : Number(x));
  return (parse(readFileSync(join(exampleDir, 'diary.csv')), { columns: true }) as Record<string, string>[])
    .filter((r) => r.patient_id === patient)
    .map((r) => ({
      date: r.date as string,
      painNow: n(r.pain_now),
      painWorst: n(r.pain_worst),
      painLeast: n(r.pain_least),
      interference: n(r.interference),
      sleepHours: n(r.sleep_hours),
      sleepQuality: n(r.sleep_quality),
      activityMinutes: n(r.activity_minutes),
      steps: n(r.steps),
      note: r.note ? r.note : null,
    }));
}

/** Every number in a value, so tests can assert none is NaN or infinite. */
export function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) for (const v of value) numbersIn(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) numbersIn(v, out);
  return out;
}

/** Deep-freezes test input, so that any attempt to modify it throws. */
export function frozen<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) frozen((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
