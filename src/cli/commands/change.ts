import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { describeError } from '../../batch/_lib/describeError.js';
import { parseCell } from '../../batch/_lib/fields.js';
import { matchColumns } from '../../batch/matchColumns/index.js';
import { getInstrument } from '../../catalog/index.js';
import { changeByPatient, type PatientChange, type Visit } from '../../change/changeByPatient/index.js';
import type { RciMethod } from '../../change/reliableChange/index.js';
import type { DuplicatePolicy } from '../../change/_lib/types.js';
import { createScorer, type MissingPolicy } from '../../engine/score.js';
import { PromkitError } from '../../errors.js';
import { openInput, openOutput, progress, UsageError } from '../_lib/io.js';
import { readColumnMap } from '../_lib/maps.js';

/** Options of `promkit change`. */
export interface ChangeCommandOptions {
  readonly id: string;
  readonly date: string;
  readonly instrument: string;
  readonly score: string;
  readonly value?: string;
  readonly map?: string;
  readonly out?: string;
  readonly format: 'csv' | 'json';
  readonly missing: 'official' | 'strict';
  readonly duplicates: DuplicatePolicy;
  readonly method: RciMethod;
  readonly na: readonly string[];
  readonly reliability?: string;
  readonly sd?: string;
}

/** The columns of `promkit change` output, in order. */
export const CHANGE_COLUMNS = [
  'id', 'visits', 'unscored', 'baseline_date', 'baseline', 'latest_date', 'latest',
  'change', 'percent_change', 'improvement', 'percent_improvement',
  'rci', 'rci_method', 'rci_reliable', 'rci_classification',
  'mcid', 'mcid_improved', 'immpact_category', 'immpact_two_points', 'notes',
] as const;

/**
 * `promkit change <in.csv> --id <col> --date <col> --instrument <id>`: long-format visits in (one
 * row per patient per visit, with the item columns, or a score column with `--value`), one row
 * per patient out: baseline, latest, change, percent change, RCI, MCID and IMMPACT categories.
 * Rows that cannot be scored are counted and reported; they never stop the run.
 */
export async function changeCommand(input: string, options: ChangeCommandOptions): Promise<number> {
  const instrument = getInstrument(options.instrument);
  const scoreDef = instrument.scores.find((s) => s.name === options.score);
  if (!scoreDef) throw new UsageError(`${instrument.id} has no score "${options.score}"; its scores are ${instrument.scores.map((s) => s.name).join(', ')}`);
  const useT = scoreDef.psychometrics?.metric === 'tScore';
  const map = readColumnMap(options.map, [instrument.id])[instrument.id];
  const scorer = createScorer(instrument, { missing: options.missing as MissingPolicy });
  const na = new Set(options.na);
  const source = openInput(input);
  const bar = progress('reading visits', source.size);
  const visits: Visit[] = [];
  let header: string[] | null = null;
  let idIndex = -1;
  let dateIndex = -1;
  let valueIndex = -1;
  let itemIndex: number[] = [];
  let itemIds: readonly string[] = [];
  let columns: Record<string, string> = {};
  let bad = 0;
  const problems: string[] = [];
  const parser = source.stream.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true }));
  let rowNumber = 1;
  for await (const record of parser as AsyncIterable<string[]>) {
    if (header === null) {
      header = record;
      const find = (name: string, flag: string) => {
        const i = record.indexOf(name);
        if (i < 0) throw new UsageError(`${flag} ${JSON.stringify(name)} is not a column; the columns are ${record.join(', ')}`);
        return i;
      };
      idIndex = find(options.id, '--id');
      dateIndex = find(options.date, '--date');
      if (options.value) valueIndex = find(options.value, '--value');
      else {
        columns = matchColumns(instrument, record, map ? { map } : {});
        itemIds = instrument.items.map((item) => item.id);
        itemIndex = itemIds.map((itemId) => record.indexOf(columns[itemId] as string));
      }
      continue;
    }
    rowNumber++;
    bar.tick(rowNumber - 1);
    const id = record[idIndex] ?? '';
    const date = (record[dateIndex] ?? '').trim();
    let value: number | null;
    try {
      if (valueIndex >= 0) {
        const cell = parseCell(record[valueIndex], na);
        if (cell !== null && typeof cell !== 'number') throw new UsageError(`${options.value}: ${JSON.stringify(cell)} is not a number`);
        value = cell;
      } else {
        const result = scorer(itemIndex.map((i) => parseCell(record[i], na)) as never);
        const s = result.scores[scoreDef.name];
        value = (useT ? s?.tScore : s?.value) ?? null;
      }
    } catch (error) {
      if (!(error instanceof PromkitError) && !(error instanceof UsageError)) throw error;
      bad++;
      if (problems.length < 20) {
        const message = error instanceof PromkitError ? describeError(error, columns, itemIds) : error.message;
        problems.push(`row ${rowNumber} (${options.id} ${id}): ${message}`);
      }
      continue;
    }
    visits.push({ id, date, value });
  }
  bar.end();
  if (header === null) throw new UsageError(`${input} is empty: expected a header row`);
  const summaries = changeByPatient(visits, {
    instrument,
    score: options.score,
    duplicates: options.duplicates,
    method: options.method,
    reliability: numberOption(options.reliability, '--reliability'),
    sd: numberOption(options.sd, '--sd'),
  });
  const sink = openOutput(options.out);
  const end = { end: sink !== process.stdout };
  if (options.format === 'json') {
    await pipeline(Readable.from(summaries.map((s) => `${JSON.stringify(s)}\n`)), sink, end);
  } else {
    await pipeline(Readable.from([[...CHANGE_COLUMNS], ...summaries.map(row)]), stringify({ record_delimiter: 'unix' }), sink, end);
  }
  const lines = [`promkit: ${(rowNumber - 1).toLocaleString('en')} visits, ${summaries.length.toLocaleString('en')} patients, ${bad} bad rows (skipped)`];
  for (const problem of problems) lines.push(`  ${problem}`);
  if (bad > problems.length) lines.push(`  … and ${bad - problems.length} more`);
  process.stderr.write(`${lines.join('\n')}\n`);
  return 0;
}

function numberOption(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new UsageError(`${flag} ${JSON.stringify(value)} is not a number`);
  return n;
}

function row(p: PatientChange): string[] {
  const cell = (v: number | string | boolean | null | undefined) => (v === null || v === undefined ? '' : String(v));
  const mcid = [...new Set(p.mcid?.verdicts.map((v) => `${v.value}${v.unit === 'percent' ? '%' : ' points'}: ${v.classification ?? 'n/a'}`))].join('; ');
  return [
    p.id, cell(p.visits), cell(p.unscored), cell(p.baseline?.date), cell(p.baseline?.value), cell(p.latest?.date), cell(p.latest?.value),
    cell(p.change?.difference), cell(p.change?.percentChange), cell(p.change?.improvement), cell(p.change?.percentImprovement),
    cell(p.reliableChange?.rci), cell(p.reliableChange?.method), cell(p.reliableChange?.reliable), cell(p.reliableChange?.classification),
    cell(mcid), cell(p.mcid?.improved), cell(p.immpact?.category), cell(p.immpact?.atLeastTwoPoints), p.notes.join(' | '),
  ];
}
