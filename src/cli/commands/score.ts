import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { defaultPrefix, fieldValues, outputFields, parseCell, type FieldValue } from '../../batch/_lib/fields.js';
import { describeError } from '../../batch/_lib/describeError.js';
import { matchColumns } from '../../batch/matchColumns/index.js';
import { getInstrument } from '../../catalog/index.js';
import { createScorer, type MissingPolicy, type ScoreResult } from '../../engine/score.js';
import { PromkitError } from '../../errors.js';
import type { Instrument } from '../../model/schema.js';
import { openInput, openOutput, progress, UsageError } from '../_lib/io.js';
import { readColumnMap } from '../_lib/maps.js';

/** Options of `promkit score`. */
export interface ScoreCommandOptions {
  readonly instrument: readonly string[];
  readonly map?: string;
  readonly out?: string;
  readonly format: 'csv' | 'json';
  readonly allowErrors: boolean;
  readonly missing: 'official' | 'strict';
  readonly na: readonly string[];
}

interface Plan {
  readonly instrument: Instrument;
  readonly prefix: string;
  readonly fields: readonly string[];
  /** Header position of each item's column, in item order. */
  readonly columnIndex: readonly number[];
  readonly columns: Readonly<Record<string, string>>;
  readonly itemIds: readonly string[];
  readonly scorer: (responses: unknown[]) => ScoreResult;
  readonly counts: { scored: number; prorated: number; unscorable: number; bad: number };
}

/** Per-instrument summary counts and row totals of one run. */
export interface ScoreSummary {
  readonly rows: number;
  readonly raggedRows: number;
  readonly blankLines: number;
  readonly instruments: readonly { readonly id: string; readonly scored: number; readonly prorated: number; readonly unscorable: number; readonly bad: number }[];
}

/**
 * `promkit score <in.csv> --instrument <id> …`: adds score columns to every row, keeping every
 * original column and the row order; rows that cannot be scored keep their data and get an
 * `<prefix>_error`. Streams, so memory stays bounded whatever the file size.
 * Returns the exit status: 0, or 1 when a row was bad (unless `allowErrors`).
 */
export async function scoreCommand(input: string, options: ScoreCommandOptions): Promise<number> {
  if (options.instrument.length === 0) throw new UsageError('name at least one --instrument (see `promkit list`)');
  const instruments = options.instrument.map((id) => getInstrument(id));
  const maps = readColumnMap(options.map, options.instrument);
  const missing: MissingPolicy = options.missing;
  const na = new Set(options.na);
  const source = openInput(input);
  const bar = progress('scoring', source.size);
  let header: string[] | null = null;
  let plans: Plan[] = [];
  let rows = 0;
  let raggedRows = 0;

  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, relax_quotes: false });
  // csv-parse counts the line after a final newline as empty: remember whether the input ends with one.
  let lastByte = -1;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (chunk.length > 0) lastByte = chunk[chunk.length - 1] as number;
      done(null, chunk);
    },
  });
  const transform = new Transform({
    objectMode: true,
    transform(record: string[], _encoding, done) {
      try {
        if (header === null) {
          header = record;
          plans = instruments.map((instrument) => plan(instrument, record, maps[instrument.id], missing));
          const outHeader = [...record, ...plans.flatMap((p) => p.fields)];
          done(null, options.format === 'json' ? undefined : outHeader);
          return;
        }
        rows++;
        const width = header.length;
        const ragged = record.length !== width ? `row has ${record.length} fields; the header has ${width}` : null;
        if (ragged) raggedRows++;
        const cells = record.length < width ? [...record, ...Array<string>(width - record.length).fill('')] : record.slice(0, width);
        const added: FieldValue[] = [];
        for (const p of plans) for (const value of scoreRow(p, cells, na, ragged)) added.push(value);
        bar.tick(rows, parser.info.bytes);
        if (options.format === 'json') {
          const object: Record<string, unknown> = {};
          header.forEach((name, i) => (object[name] = cells[i]));
          let k = 0;
          for (const p of plans) for (const f of p.fields) object[f] = added[k++];
          if (record.length > width) object._extra = record.slice(width);
          done(null, `${JSON.stringify(object)}\n`);
        } else {
          const row = cells.slice();
          for (const value of added) row.push(csvCell(value));
          for (let i = width; i < record.length; i++) row.push(record[i] as string);
          done(null, row);
        }
      } catch (error) {
        done(error as Error);
      }
    },
  });
  const sink = openOutput(options.out);
  try {
    if (options.format === 'json') await pipeline(source.stream, tap, parser, transform, sink, { end: sink !== process.stdout });
    else await pipeline(source.stream, tap, parser, transform, stringify({ record_delimiter: 'unix' }), sink, { end: sink !== process.stdout });
  } finally {
    bar.end();
  }
  if (header === null) throw new UsageError(`${input} is empty: expected a header row`);
  const summary: ScoreSummary = {
    rows,
    raggedRows,
    blankLines: parser.info.empty_lines - (lastByte === 0x0a || lastByte === 0x0d ? 1 : 0),
    instruments: plans.map((p) => ({ id: p.instrument.id, ...p.counts })),
  };
  process.stderr.write(formatSummary(summary));
  const bad = plans.some((p) => p.counts.bad > 0);
  return bad && !options.allowErrors ? 1 : 0;
}

function plan(instrument: Instrument, header: readonly string[], map: Record<string, string> | undefined, missing: MissingPolicy): Plan {
  const columns = matchColumns(instrument, header, map ? { map } : {});
  const index = new Map(header.map((name, i) => [name, i] as const));
  const prefix = defaultPrefix(instrument);
  const scorer = createScorer(instrument, { missing });
  return {
    instrument,
    prefix,
    fields: outputFields(instrument, prefix),
    columnIndex: instrument.items.map((item) => index.get(columns[item.id] as string) as number),
    columns,
    itemIds: instrument.items.map((item) => item.id),
    scorer: scorer as Plan['scorer'],
    counts: { scored: 0, prorated: 0, unscorable: 0, bad: 0 },
  };
}

function scoreRow(p: Plan, cells: readonly string[], na: ReadonlySet<string>, ragged: string | null): FieldValue[] {
  if (ragged) {
    p.counts.bad++;
    return fieldValues(p.instrument, null, ragged);
  }
  const responses: unknown[] = new Array(p.columnIndex.length);
  for (let k = 0; k < responses.length; k++) responses[k] = parseCell(cells[p.columnIndex[k] as number], na);
  try {
    const result = p.scorer(responses);
    const statuses = Object.values(result.scores).map((s) => s.status);
    if (statuses.includes('insufficient-items')) p.counts.unscorable++;
    else if (statuses.includes('prorated')) p.counts.prorated++;
    else p.counts.scored++;
    return fieldValues(p.instrument, result, null);
  } catch (error) {
    if (!(error instanceof PromkitError)) throw error;
    p.counts.bad++;
    return fieldValues(p.instrument, null, describeError(error, p.columns, p.itemIds));
  }
}

function csvCell(value: FieldValue): string {
  if (value === null) return '';
  return typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
}

export function formatSummary(summary: ScoreSummary): string {
  const lines = [`promkit: ${summary.rows.toLocaleString('en')} rows`];
  if (summary.blankLines) lines[0] += `, ${summary.blankLines} blank lines skipped`;
  if (summary.raggedRows) lines[0] += `, ${summary.raggedRows} ragged rows (kept, marked bad)`;
  for (const i of summary.instruments) {
    lines.push(`  ${i.id}: ${i.scored} scored, ${i.prorated} prorated, ${i.unscorable} unscorable (too few items), ${i.bad} bad`);
  }
  return `${lines.join('\n')}\n`;
}
