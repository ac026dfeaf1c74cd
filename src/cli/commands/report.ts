import { parse } from 'csv-parse/sync';
import { Command, InvalidArgumentError, Option } from 'commander';
import { existsSync, readFileSync, realpathSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { describeError } from '../../batch/_lib/describeError.js';
import { parseCell } from '../../batch/_lib/fields.js';
import { matchColumns } from '../../batch/matchColumns/index.js';
import { getInstrument, listInstruments } from '../../catalog/index.js';
import type { RciMethod } from '../../change/reliableChange/index.js';
import type { DuplicatePolicy } from '../../change/_lib/types.js';
import { createScorer, type ScoreResult } from '../../engine/score.js';
import { PromkitError } from '../../errors.js';
import { defineGoal } from '../../goals/defineGoal/index.js';
import type { Goal } from '../../goals/goalSchema/index.js';
import type { Instrument } from '../../model/schema.js';
import type { DiaryDuplicatePolicy, DiaryEntry } from '../../review/diarySnapshot/index.js';
import { progressReview, type ReviewPsychometrics, type ReviewVisit } from '../../review/progressReview/index.js';
import { renderProgressReview } from '../../review/renderProgressReview/index.js';
import { MISSING_VEGA } from '../../review/_lib/vega.js';
import { UsageError } from '../_lib/io.js';
import { readColumnMap } from '../_lib/maps.js';

/** Options of `promkit report`. */
export interface ReportCommandOptions {
  readonly patient: string;
  readonly id: string;
  readonly date: string;
  readonly instrument?: readonly string[];
  readonly map?: string;
  readonly goals?: string;
  readonly diary?: string;
  readonly name?: string;
  readonly asOf?: string;
  readonly out?: string;
  readonly charts: boolean;
  readonly missing: 'official' | 'strict';
  readonly duplicates: DuplicatePolicy;
  readonly diaryDuplicates: DiaryDuplicatePolicy;
  readonly method: RciMethod;
  readonly sd: readonly [string, number][];
  readonly reliability: readonly [string, number][];
  readonly na: readonly string[];
}

/** Diary CSV columns → diary entry fields (camelCase names are accepted too). */
const DIARY_COLUMNS: Readonly<Record<string, keyof DiaryEntry>> = {
  date: 'date',
  pain_now: 'painNow',
  pain_worst: 'painWorst',
  pain_least: 'painLeast',
  interference: 'interference',
  sleep_hours: 'sleepHours',
  sleep_quality: 'sleepQuality',
  activity_minutes: 'activityMinutes',
  steps: 'steps',
  note: 'note',
};

/**
 * Adds `promkit report <visits.csv> --patient <id> --out <file.html>` to the program: one
 * patient's progress review as a self-contained HTML page.
 *
 * @example
 * ```ts
 * const cli = new Command('promkit');
 * registerReportCommand(cli);
 * // $ promkit report visits.csv --patient P017 --goals goals.json --diary diary.csv --out P017.html
 * ```
 */
export function registerReportCommand(cli: Command): void {
  cli
    .command('report')
    .description("one patient's progress review as a self-contained HTML page: scores and change, reliable change and MCIDs, goals, the diary week")
    .argument('<visits.csv>', 'visits, one row per patient per visit, with the item columns of each questionnaire ("-" for stdin)')
    .requiredOption('--patient <id>', 'the patient to report on')
    .option('--id <column>', 'column holding the patient id', 'patient_id')
    .option('--date <column>', 'column holding the visit date (YYYY-MM-DD)', 'visit_date')
    .option('-i, --instrument <id...>', 'instrument ids to report (default: every instrument whose item columns are all present)')
    .option('-m, --map <columns.json>', 'JSON column map: {"<item id>": "<column>"} or keyed by instrument id')
    .option('--goals <goals.json>', 'the patient\'s GAS goals: a JSON array (as defineGoal accepts), or an object keyed by patient id')
    .option('--diary <diary.csv>', 'daily diary: date, pain_now, pain_worst, pain_least, interference, sleep_hours, sleep_quality, activity_minutes, steps, note (and the --id column to pick the patient)')
    .option('--name <text>', 'the patient\'s name, shown beside the id')
    .option('--as-of <date>', 'the review date, YYYY-MM-DD (default: the latest date in the data; later data is left out)')
    .option('-o, --out <file.html>', 'output file, written atomically (default: stdout)')
    .option('--no-charts', 'tables only: no SVG charts (needs neither vega nor vega-lite)')
    .addOption(new Option('--missing <policy>', 'missing-item policy').choices(['official', 'strict']).default('official'))
    .addOption(new Option('--duplicates <policy>', 'two results of one questionnaire on the same day that disagree').choices(['error', 'mean', 'first', 'last']).default('error'))
    .addOption(new Option('--diary-duplicates <policy>', 'two diary entries on the same day that disagree').choices(['error', 'mean', 'first', 'last']).default('error'))
    .addOption(
      new Option('--method <method>', 'reliable-change method')
        .choices(['jacobson-truax', 'gulliksen-lord-novick', 'edwards-nunnally', 'hsu-linn-lord', 'hageman-arrindell'])
        .default('jacobson-truax'),
    )
    .option('--sd <id=sd...>', 'pre-treatment SD for reliable change, per score: phq-9=5.2 or pcs.rumination=3.1', pairs('SD', (x) => x > 0), [])
    .option('--reliability <id=r...>', 'reliability for reliable change, per score: phq-9=0.84', pairs('reliability', (x) => x > 0 && x < 1), [])
    .option('--na <tokens...>', 'cell values meaning "unanswered"', ['', 'NA'])
    .addHelpText(
      'after',
      `
Examples:
  $ promkit report visits.csv --patient P017 --out P017.html
  $ promkit report visits.csv --patient P017 --goals goals.json --diary diary.csv --sd phq-9=5.5 --out P017.html
  $ promkit report visits.csv --patient P017 --no-charts > P017.html

A questionnaire whose item cells are all empty at a visit counts as not given then. The page needs
no network and no scripts; charts need the vega and vega-lite packages (npm i vega vega-lite).

Exit status: 0 the page was written; 1 the page was written, but some rows could not be scored
(they are listed in the page and on stderr); 2 usage or input/output error (nothing written).`,
    )
    .action(async (input: string, opts) => {
      process.exitCode = await reportCommand(input, opts as ReportCommandOptions);
    });
}

function pairs(what: string, rule: (x: number) => boolean) {
  return (text: string, previous: [string, number][]): [string, number][] => {
    const m = /^([a-z0-9-]+(?:\.[A-Za-z0-9]+)?)=(.+)$/.exec(text);
    const value = m ? parseCell(m[2], new Set()) : null;
    if (!m || typeof value !== 'number' || !rule(value)) throw new InvalidArgumentError(`expected <instrument id>[.<score>]=<${what}>, e.g. phq-9=5.2`);
    return [...previous, [m[1] as string, value]];
  };
}

function readText(input: string, what: string): string {
  try {
    return readFileSync(input === '-' ? 0 : input, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${what} ${input}: no such file`);
  }
}

function readCsv(input: string, what: string): { header: string[]; rows: string[][] } {
  let records: string[][];
  try {
    records = parse(readText(input, what), { bom: true, skip_empty_lines: true, relax_column_count: true });
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${input} is not a readable CSV file: ${(error as Error).message}`);
  }
  const [header, ...rows] = records;
  if (!header) throw new UsageError(`${input} is empty: expected a header row`);
  return { header: header.map((h) => h.trim()), rows };
}

function readGoals(path: string, patient: string): Goal[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readText(path, 'the goals file'));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
    if (!Object.prototype.hasOwnProperty.call(parsed, patient)) throw new UsageError(`${path} holds goals keyed by patient, but none for ${JSON.stringify(patient)}`);
    parsed = (parsed as Record<string, unknown>)[patient];
  }
  if (!Array.isArray(parsed)) throw new UsageError(`${path} must hold a JSON array of goals (each as defineGoal accepts), or an object keyed by patient id`);
  return parsed.map((goal: unknown, i) => {
    try {
      return defineGoal(goal as Parameters<typeof defineGoal>[0]);
    } catch (error) {
      if (!(error instanceof PromkitError)) throw error;
      throw new UsageError(`${path}, goal ${i + 1}: ${error.issues.map((issue) => issue.message).join('; ')}`);
    }
  });
}

function readDiary(path: string, patient: string, idColumn: string, na: ReadonlySet<string>): { entries: DiaryEntry[]; rows: number[] } {
  const { header, rows } = readCsv(path, 'the diary');
  const known = new Map<string, keyof DiaryEntry>();
  for (const [column, field] of Object.entries(DIARY_COLUMNS)) {
    known.set(column, field);
    known.set(field.toLowerCase(), field);
  }
  const fields = header.map((h) => known.get(h.toLowerCase()) ?? null);
  if (!fields.includes('date')) throw new UsageError(`${path} has no date column; its columns are ${header.join(', ')}`);
  const idAt = header.indexOf(idColumn);
  const ignored = header.filter((h, i) => fields[i] === null && i !== idAt);
  if (ignored.length) process.stderr.write(`promkit: ${path}: ignored columns ${ignored.join(', ')} (diary columns: ${Object.keys(DIARY_COLUMNS).join(', ')})\n`);
  const entries: DiaryEntry[] = [];
  const rowOf: number[] = [];
  rows.forEach((row, i) => {
    if (idAt >= 0 && (row[idAt] ?? '').trim() !== patient) return;
    const entry: Record<string, unknown> = {};
    fields.forEach((field, c) => {
      if (field === null) return;
      const cell = (row[c] ?? '').trim();
      if (field === 'date') entry.date = cell;
      else if (field === 'note') {
        if (cell !== '') entry.note = cell;
      } else {
        const value = parseCell(cell, na);
        if (value === null) return;
        if (typeof value !== 'number') throw new UsageError(`${path}, row ${i + 2}: ${header[c]} is ${JSON.stringify(value)}, not a number`);
        entry[field] = value;
      }
    });
    entries.push(entry as unknown as DiaryEntry);
    rowOf.push(i + 2);
  });
  return { entries, rows: rowOf };
}

/** Which instruments the header holds: those given, else every one whose item columns all match. */
function findInstruments(header: readonly string[], ids: readonly string[] | undefined, mapPath: string | undefined) {
  const candidates: Instrument[] = ids?.length ? ids.flatMap((id) => id.split(',')).filter(Boolean).map((id) => getInstrument(id)) : listInstruments().map((i) => getInstrument(i.id));
  const maps = readColumnMap(mapPath, candidates.map((c) => c.id));
  const found: { instrument: Instrument; columns: Record<string, string>; at: number[] }[] = [];
  for (const instrument of candidates) {
    try {
      const columns = matchColumns(instrument, header, maps[instrument.id] ? { map: maps[instrument.id] } : {});
      found.push({ instrument, columns, at: instrument.items.map((item) => header.indexOf(columns[item.id] as string)) });
    } catch (error) {
      if (!(error instanceof PromkitError)) throw error;
      if (ids?.length) throw new UsageError(`${instrument.id}: ${error.issues.map((i) => i.message).join('; ')}`);
    }
  }
  // In the order their columns appear, as the export lists them.
  found.sort((a, b) => Math.min(...a.at) - Math.min(...b.at));
  if (found.length === 0) throw new UsageError('no questionnaire\'s item columns were found in the header; name them (e.g. phq9_1 … phq9_9) or pass --instrument and --map');
  return found;
}

/** Refuses an output path that is one of the inputs. */
function checkOutput(out: string, inputs: readonly (string | undefined)[]): void {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  const target = real(out);
  for (const input of inputs) {
    if (input && input !== '-' && real(input) === target) throw new UsageError(`--out ${out} is an input file; refusing to overwrite it`);
  }
}

/** Writes to a temporary file beside the target, then renames it: never a half-written page. */
function writeAtomically(out: string, text: string): void {
  const temporary = join(dirname(out), `.${basename(out)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, out);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // nothing to clean up
    }
    throw new UsageError(`cannot write ${out}: ${(error as Error).message}`);
  }
}

/**
 * `promkit report`. Reads the patient's rows, scores every questionnaire found, builds the
 * review and writes the page. Returns the exit status.
 */
export async function reportCommand(input: string, opts: ReportCommandOptions): Promise<number> {
  if (opts.out && opts.out !== '-') checkOutput(opts.out, [input, opts.goals, opts.diary, opts.map]);
  const na = new Set(opts.na);
  const { header, rows } = readCsv(input, 'the visits');
  const idAt = header.indexOf(opts.id);
  const dateAt = header.indexOf(opts.date);
  if (idAt < 0) throw new UsageError(`${input} has no column ${JSON.stringify(opts.id)} (--id); its columns are ${header.join(', ')}`);
  if (dateAt < 0) throw new UsageError(`${input} has no column ${JSON.stringify(opts.date)} (--date); its columns are ${header.join(', ')}`);
  const found = findInstruments(header, opts.instrument, opts.map);
  const scorers = new Map(found.map((f) => [f.instrument.id, createScorer(f.instrument, { missing: opts.missing })]));
  const visits: ReviewVisit[] = [];
  const rowOf: number[] = [];
  const problems: string[] = [];
  const used = new Set<string>();
  rows.forEach((row, i) => {
    if ((row[idAt] ?? '').trim() !== opts.patient) return;
    const results: ScoreResult[] = [];
    const visitProblems: { instrument: string; message: string }[] = [];
    for (const f of found) {
      const answers = f.at.map((c) => parseCell(row[c], na));
      if (answers.every((a) => a === null)) continue; // not given at this visit
      used.add(f.instrument.id);
      try {
        results.push((scorers.get(f.instrument.id) as (r: never) => ScoreResult)(answers as never));
      } catch (error) {
        if (!(error instanceof PromkitError)) throw error;
        const message = describeError(error, f.columns, f.instrument.items.map((item) => item.id));
        visitProblems.push({ instrument: f.instrument.id, message });
        problems.push(`${input}, row ${i + 2}: ${f.instrument.id}: ${message}`);
      }
    }
    visits.push({ date: (row[dateAt] ?? '').trim(), results, ...(visitProblems.length ? { problems: visitProblems } : {}) });
    rowOf.push(i + 2);
  });
  if (visits.length === 0) throw new UsageError(`no row of ${input} has ${opts.id} = ${JSON.stringify(opts.patient)}`);
  const goals = opts.goals ? readGoals(opts.goals, opts.patient) : undefined;
  const diary = opts.diary ? readDiary(opts.diary, opts.patient, opts.id, na) : undefined;
  const psychometrics: Record<string, ReviewPsychometrics> = {};
  for (const [key, sd] of opts.sd) psychometrics[key] = { ...psychometrics[key], sd };
  for (const [key, reliability] of opts.reliability) psychometrics[key] = { ...psychometrics[key], reliability };

  let review;
  try {
    review = progressReview(
      {
        patient: { id: opts.patient, ...(opts.name ? { name: opts.name } : {}) },
        visits,
        ...(goals ? { goals } : {}),
        ...(diary ? { diary: diary.entries } : {}),
        instruments: found.filter((f) => used.has(f.instrument.id) || visits.some((v) => v.problems?.some((p) => p.instrument === f.instrument.id))).map((f) => f.instrument),
        ...(opts.asOf ? { asOf: opts.asOf } : {}),
      },
      { psychometrics, method: opts.method, duplicates: opts.duplicates, diary: { duplicates: opts.diaryDuplicates } },
    );
  } catch (error) {
    if (!(error instanceof PromkitError)) throw error;
    // Name the file and row: visits.3.date → visits.csv, row 9; diary.2.pain_now → diary.csv, row 4.
    throw new UsageError(
      error.issues
        .map((issue) => {
          const [head, index] = issue.path;
          const where =
            head === 'visits' && typeof index === 'number' && rowOf[index] !== undefined
              ? `${input}, row ${rowOf[index]}`
              : head === 'diary' && typeof index === 'number' && diary?.rows[index] !== undefined
                ? `${opts.diary}, row ${diary.rows[index]}`
                : head === 'asOf'
                  ? '--as-of'
                  : null;
          return where ? `${where}: ${issue.message.replace(/^[\w.]+: /, '')}` : issue.message;
        })
        .join('\n  '),
    );
  }
  let html: string;
  try {
    html = await renderProgressReview(review, { charts: opts.charts ? 'svg' : 'none' });
  } catch (error) {
    if (error instanceof PromkitError && error.message === MISSING_VEGA) throw new UsageError('install vega and vega-lite to draw the charts (npm i vega vega-lite), or pass --no-charts for a page of tables');
    throw error;
  }
  if (opts.out && opts.out !== '-') writeAtomically(opts.out, html);
  else process.stdout.write(html);
  const parts = [
    `${visits.length} visit${visits.length === 1 ? '' : 's'} (${review.instruments.map((i) => i.id).join(', ') || 'no questionnaire'})`,
    ...(review.goals ? [`${review.goals.goals.length} goal${review.goals.goals.length === 1 ? '' : 's'}`] : []),
    ...(review.diary?.snapshot ? [`diary ${review.diary.snapshot.from} to ${review.diary.snapshot.to}`] : []),
  ];
  const lines = [`promkit: ${opts.patient}: ${parts.join(', ')}; review date ${review.asOf}; ${review.attention.length} item${review.attention.length === 1 ? '' : 's'} need${review.attention.length === 1 ? 's' : ''} attention${opts.out && opts.out !== '-' ? `; wrote ${opts.out}` : ''}`];
  for (const p of problems) lines.push(`  ${p}`);
  process.stderr.write(`${lines.join('\n')}\n`);
  return problems.length ? 1 : 0;
}
