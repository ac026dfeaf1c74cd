import { describeError } from '../../batch/_lib/describeError.js';
import { matchColumns } from '../../batch/matchColumns/index.js';
import { getInstrument } from '../../catalog/index.js';
import { changeByPatient, type PatientChange, type Visit } from '../../change/changeByPatient/index.js';
import type { RciMethod } from '../../change/reliableChange/index.js';
import type { DuplicatePolicy } from '../../change/_lib/types.js';
import { createScorer, type MissingPolicy } from '../../engine/score.js';
import { PromkitError } from '../../errors.js';
import { ByteBuffer, csvField, neutralizeFormula } from '../../ingest/csvWriter/index.js';
import { createCellReaders, isCellProblem, type CellReader } from '../../ingest/readCell/index.js';
import { readCsvStream } from '../_lib/csvInput.js';
import type { CsvRecord } from '../../ingest/csvReader/index.js';
import { isQualtricsImportIdRow } from '../../ingest/qualtrics/index.js';
import { EXIT, progress, UsageError } from '../_lib/io.js';
import { readColumnMap } from '../_lib/maps.js';
import { openOutput } from '../_lib/output.js';
import { readShifts, readValueMaps } from '../_lib/recodeOptions.js';

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
  /** Exit 0 even when some rows could not be read (they are still reported). */
  readonly allowErrors?: boolean;
  readonly values?: string;
  readonly shift?: readonly string[];
  readonly encoding?: string;
  readonly delimiter?: string;
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
  const scoreName = scoreDef.name;
  const map = readColumnMap(options.map, [instrument.id])[instrument.id];
  const values = readValueMaps(options.values, [instrument])[instrument.id];
  const shift = readShifts(options.shift, [instrument])[instrument.id] ?? 0;
  const reliability = numberOption(options.reliability, '--reliability');
  const sd = numberOption(options.sd, '--sd');
  const scorer = createScorer(instrument, { missing: options.missing as MissingPolicy });
  const na = new Set(options.na.map((t) => t.trim()));
  const sink = openOutput(options.out, [input, options.map, options.values].filter((p): p is string => p !== undefined));
  const visits: Visit[] = [];
  /** Patients in order of first appearance, with the problems of their rows. */
  const patients = new Map<string, string[]>();
  let header: string[] | null = null;
  let idIndex = -1;
  let dateIndex = -1;
  let valueIndex = -1;
  let itemIndex: number[] = [];
  let itemIds: readonly string[] = [];
  let readers: CellReader[] = [];
  let columns: Record<string, string> = {};
  let bad = 0;
  let rows = 0;
  const problems: string[] = [];
  let bar: ReturnType<typeof progress> | null = null;
  let firstRow: CsvRecord | null | undefined;
  let headerRows = 0;
  const noteProblem = (id: string, line: number, message: string) => {
    bad++;
    const text = `line ${line}${id ? ` (${options.id} ${id})` : ''}: ${message}`;
    if (problems.length < 20) problems.push(text);
    if (id) patients.get(id)?.push(text);
  };

  try {
    await readCsvStream(
      input,
      { encoding: options.encoding, delimiter: options.delimiter, malformed: options.allowErrors ? 'keep' : 'throw' },
      (record, reader) => {
        if (header === null) {
          header = record.fields();
          const names = header;
          const find = (name: string, flag: string) => {
            const i = names.indexOf(name);
            if (i < 0) throw new UsageError(`${flag} ${JSON.stringify(name)} is not a column; the columns are ${names.join(', ')}`);
            return i;
          };
          idIndex = find(options.id, '--id');
          dateIndex = find(options.date, '--date');
          if (options.value) valueIndex = find(options.value, '--value');
          else {
            columns = matchColumns(instrument, names, map ? { map } : {});
            itemIds = instrument.items.map((item) => item.id);
            itemIndex = itemIds.map((itemId) => names.indexOf(columns[itemId] as string));
            readers = createCellReaders(instrument, { missingTokens: options.na, values, shift });
          }
          return;
        }
        // Qualtrics' two extra header rows (question text, ImportId) are recognised by the second.
        if (firstRow === undefined) {
          firstRow = record.snapshot();
          return;
        }
        if (firstRow !== null) {
          const held = firstRow;
          firstRow = null;
          if (isQualtricsImportIdRow(record.fields())) {
            headerRows = 2;
            return;
          }
          visit(held);
        }
        visit(record);
        bar?.tick(rows, reader.bytesRead);
      },
      () => {},
      (_dialect, size) => {
        bar = progress('reading visits', size);
      },
    );
    if (firstRow) visit(firstRow);
    (bar as ReturnType<typeof progress> | null)?.end();
    if (header === null) throw new UsageError(`${input} is empty: expected a header row`);
  } catch (error) {
    (bar as ReturnType<typeof progress> | null)?.end();
    sink.abort();
    throw error;
  }
  return finishChange();

  function visit(record: CsvRecord): void {
    rows++;
    const id = record.field(idIndex).trim();
    if (id !== '' && !patients.has(id)) patients.set(id, []);
    if (record.malformed !== null) return noteProblem(id, record.line, `malformed CSV: ${record.malformed}`);
    if (id === '') return noteProblem('', record.line, `no patient id (column ${options.id} is empty): row skipped`);
    const date = record.field(dateIndex).trim();
    let value: number | null;
    if (valueIndex >= 0) {
      const cell = record.field(valueIndex).trim();
      if (na.has(cell)) value = null;
      else if (/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(cell)) value = Number(cell);
      else return noteProblem(id, record.line, `${options.value}: ${JSON.stringify(cell)} is not a number`);
    } else {
      const responses: unknown[] = [];
      const cellProblems: string[] = [];
      readers.forEach((r, k) => {
        const v = r.read(record.field(itemIndex[k] as number));
        if (isCellProblem(v)) {
          cellProblems.push(v.problem);
          responses.push(null);
        } else responses.push(v);
      });
      if (cellProblems.length > 0) return noteProblem(id, record.line, cellProblems.join('; '));
      try {
        const result = scorer(responses as never);
        const s = result.scores[scoreName];
        value = (useT ? s?.tScore : s?.value) ?? null;
      } catch (error) {
        if (!(error instanceof PromkitError)) throw error;
        return noteProblem(id, record.line, describeError(error, columns, itemIds));
      }
    }
    visits.push({ id, date, value });
  }

  async function finishChange(): Promise<number> {
    try {
      const summaries = new Map(
        changeByPatient(visits, { instrument, score: options.score, duplicates: options.duplicates, method: options.method, reliability, sd }).map((s) => [s.id, s] as const),
      );
      // Every patient gets a row, in order of first appearance: one whose rows all failed says why.
      const rowsOut: PatientChange[] = [...patients].map(([id, rowProblems]) => {
        const summary = summaries.get(id);
        const extra = rowProblems.length > 0 ? [`${rowProblems.length} row(s) could not be read: ${rowProblems.slice(0, 3).join(' | ')}${rowProblems.length > 3 ? ' | …' : ''}`] : [];
        if (summary) return extra.length > 0 ? { ...summary, notes: [...summary.notes, ...extra] } : summary;
        return { id, visits: 0, unscored: 0, baseline: null, latest: null, change: null, reliableChange: null, mcid: null, immpact: null, notes: ['no usable visit', ...extra] };
      });
      const out = new ByteBuffer((bytes) => sink.write(bytes));
      if (options.format === 'json') {
        for (const s of rowsOut) out.text(`${JSON.stringify(s)}\n`);
      } else {
        out.text(`${CHANGE_COLUMNS.join(',')}\n`);
        for (const s of rowsOut) out.text(`${row(s).map((cell) => csvField(neutralizeFormula(cell))).join(',')}\n`);
      }
      out.flush();
      await sink.commit();
      const lines = [`promkit: ${rows.toLocaleString('en')} visits, ${rowsOut.length.toLocaleString('en')} patients, ${bad} bad rows (skipped)`];
      if (headerRows) lines.push(`  2 Qualtrics header rows (question text, ImportId) skipped`);
      for (const problem of problems) lines.push(`  ${problem}`);
      if (bad > problems.length) lines.push(`  … and ${bad - problems.length} more`);
      process.stderr.write(`${lines.join('\n')}\n`);
      return bad > 0 && !options.allowErrors ? EXIT.rowsBad : EXIT.ok;
    } catch (error) {
      (bar as ReturnType<typeof progress> | null)?.end();
      sink.abort();
      throw error;
    }
  }
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
