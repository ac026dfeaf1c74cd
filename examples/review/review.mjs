// A progress review with the library API: score each visit, build the review, write one
// self-contained HTML page. The same page comes from the command line:
//   promkit report examples/review/visits.csv --patient P017 --goals examples/review/goals.json \
//     --diary examples/review/diary.csv --out P017.html
// Run: node examples/review/review.mjs [out.html]   (after `npm run build`; charts need vega and vega-lite)
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { defineGoal, progressReview, renderProgressReview, score } from 'promkit';
import { gad7, nrs, pcs, phq9 } from 'promkit/instruments';

const here = (name) => new URL(name, import.meta.url);
const patient = 'P017';

// 1. Visits: one row per visit, item columns named by item id. Score each questionnaire; an empty
//    cell is an unanswered item (the GAD-7 of 23 February misses two, so it is not scored).
const rows = parse(readFileSync(here('visits.csv')), { columns: true }).filter((r) => r.patient_id === patient);
const instruments = [nrs, phq9, gad7, pcs];
const answers = (row, instrument) => instrument.items.map((item) => (row[item.id] === '' ? null : Number(row[item.id])));
const visits = rows.map((row) => ({ date: row.visit_date, results: instruments.map((instrument) => score(instrument, answers(row, instrument))) }));

// 2. Goals (GAS) and the diary.
const goals = JSON.parse(readFileSync(here('goals.json'), 'utf8')).map(defineGoal);
const number = (x) => (x === '' ? null : Number(x));
const diary = parse(readFileSync(here('diary.csv')), { columns: true })
  .filter((r) => r.patient_id === patient)
  .map((r) => ({
    date: r.date, painNow: number(r.pain_now), painWorst: number(r.pain_worst), painLeast: number(r.pain_least),
    interference: number(r.interference), sleepHours: number(r.sleep_hours), sleepQuality: number(r.sleep_quality),
    activityMinutes: number(r.activity_minutes), steps: number(r.steps), note: r.note || null,
  }));

// 3. The review (plain data) and the page.
const review = progressReview({ patient: { id: patient }, visits, goals, diary, instruments });
for (const line of review.summary) console.log(`- ${line}`);
console.log('Needs attention:');
for (const item of review.attention) console.log(`! ${item.text}`);
const out = process.argv[2] ?? join(tmpdir(), `${patient}.html`);
writeFileSync(out, await renderProgressReview(review));
console.log(`wrote ${out}`);
