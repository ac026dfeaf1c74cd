import { defaultPrefix, fieldValues, outputFields, type FieldValue } from '../../batch/_lib/fields.js';
import { describeError } from '../../batch/_lib/describeError.js';
import { matchColumns } from '../../batch/matchColumns/index.js';
import { getInstrument } from '../../catalog/index.js';
import { createScorer, type MissingPolicy, type ScoreResult } from '../../engine/score.js';
import { PromkitError } from '../../errors.js';
import type { CsvRecord } from '../../ingest/csvReader/index.js';
import { ByteBuffer, csvField, looksLikeFormula, neutralizeFormula } from '../../ingest/csvWriter/index.js';
import { hasQualtricsHeaderRows } from '../../ingest/qualtrics/index.js';
import { createCellReaders, describeRecodes, isCellProblem, type CellReader, type RecodeEntry } from '../../ingest/readCell/index.js';
import type { Instrument } from '../../model/schema.js';
import { describeDialect, readCsvStream, type Dialect } from '../_lib/csvInput.js';
import { EXIT, progress, UsageError } from '../_lib/io.js';
import { readColumnMap } from '../_lib/maps.js';
import { openOutput, type OutputSink } from '../_lib/output.js';
import { readDictionary, readShifts, readValueMaps, redcapMapping } from '../_lib/recodeOptions.js';
import { isParquetPath, loadParquetWriter, type ParquetColumnType } from '../_lib/parquet.js';

/** Options of `promkit score`. */
export interface ScoreCommandOptions {
  readonly instrument: readonly string[];
  readonly map?: string;
  readonly out?: string;
  readonly format: 'csv' | 'json' | 'parquet';
  readonly allowErrors: boolean;
  readonly missing: 'official' | 'strict';
  readonly na: readonly string[];
  /** `--values values.json`: explicit label/code → value maps. */
  readonly values?: string;
  /** `--shift <n>` or `--shift <id>=<n>`, repeatable. */
  readonly shift?: readonly string[];
  /** `--redcap-dictionary dict.csv`. */
  readonly redcapDictionary?: string;
  /** `--no-labels`: do not read option labels. */
  readonly labels?: boolean;
  /** `--decimal-comma`: read `2,5` as 2.5 where an item allows decimals (default: when the file is `;`-separated). */
  readonly decimalComma?: boolean;
  readonly delimiter?: string;
  readonly encoding?: string;
  /** `--excel-safe`: neutralise formula-like cells in pass-through columns too. */
  readonly excelSafe?: boolean;
}

interface Plan {
  readonly instrument: Instrument;
  readonly fields: readonly string[];
  /** Header position of each item's column, in item order. */
  readonly columnIndex: Int32Array;
  readonly columns: Readonly<Record<string, string>>;
  readonly itemIds: readonly string[];
  readonly readers: readonly CellReader[];
  readonly shift: number;
  readonly scorer: (responses: unknown[]) => ScoreResult;
  readonly responses: unknown[];
  readonly counts: { scored: number; prorated: number; unscorable: number; bad: number };
  readonly notes: readonly string[];
  readonly memo: PatternMemo | null;
  readonly digits: Int8Array;
}

/**
 * Scoring is a pure function of the answers, so rows whose item cells are all one digit are
 * scored once per distinct answer pattern. A pattern is a mixed-radix number (per item, radix =
 * one more than the largest digit that reads as an allowed answer; a larger digit takes the
 * ordinary path and gets its error); it indexes the encoded CSV cells of the result, stored once
 * per distinct text with the row's status (0 scored, 1 prorated, 2 unscorable, 3 bad). Memory is
 * fixed up front (a table of at most 2^21 patterns) or capped (a map of 2^16), so it stays flat
 * whatever the number of rows.
 */
class PatternMemo {
  private readonly table: Int32Array | null;
  private readonly map: Map<number, number> | null;
  private readonly texts: string[] = [];
  private readonly statuses: number[] = [];
  private readonly byText = new Map<string, number>();

  constructor(
    readonly radix: Int32Array,
    size: number,
  ) {
    this.table = size <= 1 << 21 ? new Int32Array(size).fill(-1) : null;
    this.map = this.table ? null : new Map();
  }

  /** The plan's memo, or null when its patterns cannot be numbered exactly. */
  static for(instrument: Instrument, readers: readonly CellReader[]): PatternMemo | null {
    const radix = new Int32Array(readers.length);
    let size = 1;
    readers.forEach((reader, k) => {
      const item = instrument.items[k] as Instrument['items'][number];
      let top = 0;
      for (let d = 0; d <= 9; d++) {
        const v = reader.digitOutcome(d);
        const allowed = v === null || (typeof v === 'number' && (item.options ? item.options.some((o) => o.value === v) : item.numeric !== undefined && v >= item.numeric.min && v <= item.numeric.max));
        if (allowed) top = d + 1;
      }
      radix[k] = Math.max(top, 1);
      size *= Math.max(top, 1);
    });
    return size <= Number.MAX_SAFE_INTEGER ? new PatternMemo(radix, size) : null;
  }

  get(key: number): number {
    return this.table ? (this.table[key] as number) : (this.map?.get(key) ?? -1);
  }

  text(index: number): string {
    return this.texts[index] as string;
  }

  status(index: number): number {
    return this.statuses[index] as number;
  }

  set(key: number, text: string, status: number): void {
    let index = this.byText.get(text);
    if (index === undefined) {
      if (this.texts.length >= 1 << 16) return;
      index = this.texts.length;
      this.texts.push(text);
      this.statuses.push(status);
      this.byText.set(text, index);
    }
    if (this.table) this.table[key] = index;
    else if ((this.map as Map<number, number>).size < 1 << 16) (this.map as Map<number, number>).set(key, index);
  }
}

/** Per-instrument summary counts and row totals of one run. */
export interface ScoreSummary {
  readonly rows: number;
  readonly raggedRows: number;
  readonly blankLines: number;
  readonly malformedRows?: number;
  readonly headerRows?: number;
  readonly dialect?: string;
  readonly instruments: readonly {
    readonly id: string;
    readonly scored: number;
    readonly prorated: number;
    readonly unscorable: number;
    readonly bad: number;
    readonly notes?: readonly string[];
    readonly recodes?: readonly RecodeEntry[];
  }[];
}

const NEWLINE = 0x0a;
const COMMA = 0x2c;

/**
 * `promkit score <in.csv> --instrument <id> …`: adds score columns to every row, keeping every
 * original column and the row order; rows that cannot be scored keep their data and get an
 * `<prefix>_error`. Streams, so memory stays flat whatever the file size; the output file is
 * written beside the target and renamed onto it at the end, so a failed run leaves nothing
 * half-written. Returns the exit status (see `EXIT`).
 */
export async function scoreCommand(input: string, options: ScoreCommandOptions): Promise<number> {
  if (options.instrument.length === 0) throw new UsageError('name at least one --instrument (see `promkit list`)');
  const instruments = options.instrument.map((id) => getInstrument(id));
  const maps = readColumnMap(options.map, options.instrument);
  const valueMaps = readValueMaps(options.values, instruments);
  const shifts = readShifts(options.shift, instruments);
  const dictionary = readDictionary(options.redcapDictionary);
  const missing: MissingPolicy = options.missing;
  if (options.format === 'json' && isParquetPath(options.out)) throw new UsageError('--format json and a .parquet --out do not go together');
  const parquet = options.format === 'parquet' || (options.format === 'csv' && isParquetPath(options.out));
  if (parquet && (options.out === undefined || options.out === '-')) throw new UsageError('Parquet output needs --out <file.parquet>');
  // Parquet rows go through the same path as JSON rows (values, not CSV text).
  const json = options.format === 'json' || parquet;
  const excelSafe = options.excelSafe === true;
  const keepMalformed = options.allowErrors;
  const sink = openOutput(options.out, [input, options.map, options.values, options.redcapDictionary].filter((p): p is string => p !== undefined));

  let header: string[] | null = null;
  let jsonKeys: string[] = [];
  let plans: Plan[] = [];
  let width = 0;
  let rows = 0;
  let raggedRows = 0;
  let malformedRows = 0;
  let headerRows = 0;
  let pending: CsvRecord[] | null = [];
  const makeParquet = parquet ? await loadParquetWriter() : null;
  let parquetOut: ReturnType<NonNullable<typeof makeParquet>> | null = null;
  let dialect: Dialect | null = null;
  let bar: ReturnType<typeof progress> | null = null;
  const chunks: Uint8Array[] = [];
  const out = new ByteBuffer((bytes) => chunks.push(bytes.slice()));
  const recodeText = new Map<number, string>();

  const makePlans = (record: CsvRecord, delimiter: string) => {
    header = record.fields();
    width = header.length;
    const decimalComma = options.decimalComma ?? delimiter === ';';
    plans = instruments.map((instrument) => {
      const map = maps[instrument.id];
      const redcap = dictionary ? redcapMapping(instrument, dictionary, header as string[], map) : null;
      const columns = redcap ? redcap.columns : matchColumns(instrument, header as string[], map ? { map } : {});
      const index = new Map((header as string[]).map((name, i) => [name, i] as const));
      const shift = shifts[instrument.id] ?? 0;
      return {
        instrument,
        fields: outputFields(instrument, defaultPrefix(instrument), true),
        columnIndex: Int32Array.from(instrument.items.map((item) => index.get(columns[item.id] as string) as number)),
        columns,
        itemIds: instrument.items.map((item) => item.id),
        readers: createCellReaders(instrument, {
          missingTokens: options.na,
          labels: options.labels !== false,
          values: valueMaps[instrument.id],
          shift,
          decimalComma,
          codes: redcap?.codes,
        }),
        shift,
        scorer: createScorer(instrument, { missing }) as Plan['scorer'],
        responses: new Array(instrument.items.length),
        counts: { scored: 0, prorated: 0, unscorable: 0, bad: 0 },
        notes: redcap?.notes ?? [],
        memo: null as PatternMemo | null,
        digits: new Int8Array(instrument.items.length),
      };
    });
    if (!json) for (const p of plans) (p as { memo: PatternMemo | null }).memo = PatternMemo.for(p.instrument, p.readers);
    const added = plans.flatMap((p) => p.fields);
    if (json) jsonKeys = uniqueKeys(header, added);
    else {
      writeCells(out, [...header, ...added], excelSafe);
      out.byte(NEWLINE);
    }
    if (parquet) {
      const names = jsonKeys.slice(0, -1);
      const types = [...header.map(() => 'STRING' as const), ...plans.flatMap((p) => fieldTypes(p.instrument))];
      parquetOut = (makeParquet as NonNullable<typeof makeParquet>)(sink, names, types);
    }
  };

  /** The added fields of one row, for one instrument. */
  let lastStatus = 0;
  const scoreRow = (p: Plan, record: CsvRecord, problem: string | null): FieldValue[] => {
    lastStatus = 3;
    if (problem !== null) {
      p.counts.bad++;
      return fieldValues(p.instrument, null, problem, '');
    }
    const { readers, columnIndex, responses } = p;
    let problems: string[] | null = null;
    for (let k = 0; k < readers.length; k++) {
      const reader = readers[k] as CellReader;
      reader.mask = 0;
      const col = columnIndex[k] as number;
      const d = record.digit(col);
      const value = d >= 0 ? reader.readDigit(d) : reader.read(record.field(col));
      if (typeof value === 'object' && value !== null && isCellProblem(value)) {
        (problems ??= []).push(columnName(p, k, value.problem));
        responses[k] = null;
      } else responses[k] = value;
    }
    let mask = 0;
    for (const reader of readers) mask |= reader.mask;
    let recode = recodeText.get(mask * 1000 + p.shift);
    if (recode === undefined) recodeText.set(mask * 1000 + p.shift, (recode = describeRecodes(mask, p.shift)));
    if (problems) {
      p.counts.bad++;
      return fieldValues(p.instrument, null, problems.join('; '), recode);
    }
    try {
      const result = p.scorer(responses);
      let status = 0;
      for (const name in result.scores) {
        const s = (result.scores[name] as { status: string }).status;
        if (s === 'insufficient-items') status = 2;
        else if (s === 'prorated' && status === 0) status = 1;
      }
      if (status === 2) p.counts.unscorable++;
      else if (status === 1) p.counts.prorated++;
      else p.counts.scored++;
      lastStatus = status;
      return fieldValues(p.instrument, result, null, recode);
    } catch (error) {
      if (!(error instanceof PromkitError)) throw error;
      p.counts.bad++;
      return fieldValues(p.instrument, null, withShiftHint(describeError(error, p.columns, p.itemIds)), recode);
    }
  };

  const writeRow = (record: CsvRecord, passThroughOnly: boolean) => {
    rows++;
    const ragged = record.length !== width;
    if (ragged) raggedRows++;
    let problem: string | null = null;
    if (record.malformed !== null) {
      malformedRows++;
      problem = `malformed CSV on line ${record.line}: ${record.malformed}; cells read literally, not scored`;
    } else if (ragged) problem = `row has ${record.length} fields; the header has ${width}`;
    if (!json && problem === null && !passThroughOnly && plans.every((p) => p.memo !== null)) {
      writePassThrough(record, ragged);
      for (const p of plans) out.text(memoized(p, record));
      out.byte(NEWLINE);
      return;
    }
    const added: FieldValue[] = [];
    if (passThroughOnly) {
      for (const p of plans) for (let i = 0; i < p.fields.length; i++) added.push(null);
    } else {
      for (const p of plans) for (const v of scoreRow(p, record, problem)) added.push(v);
    }
    if (parquet) {
      const values: (string | number | boolean | null)[] = [];
      for (let i = 0; i < width; i++) values.push(record.field(i));
      for (const value of added) values.push(value);
      (parquetOut as NonNullable<typeof parquetOut>).row(values);
      return;
    }
    if (json) {
      const object: Record<string, unknown> = Object.create(null);
      for (let i = 0; i < width; i++) object[jsonKeys[i] as string] = record.field(i);
      for (let i = 0; i < added.length; i++) object[jsonKeys[width + i] as string] = added[i];
      if (record.length > width) {
        const extra: string[] = [];
        for (let i = width; i < record.length; i++) extra.push(record.field(i));
        object[jsonKeys[jsonKeys.length - 1] as string] = extra;
      }
      out.text(JSON.stringify(object));
      out.byte(NEWLINE);
      return;
    }
    writePassThrough(record, ragged);
    out.text(encodeAdded(added));
    for (let i = width; i < record.length; i++) {
      out.byte(COMMA);
      writeCell(out, record.field(i), excelSafe);
    }
    out.byte(NEWLINE);
  };

  /** The row's own cells: copied as bytes when nothing needs rewriting, else re-encoded. */
  const writePassThrough = (record: CsvRecord, ragged: boolean) => {
    const direct = !ragged && record.malformed === null && (dialect as Dialect | null)?.delimiter === ',' && !(excelSafe && hasFormula(record));
    if (direct) out.raw(record.bytes, record.start, record.end);
    else {
      for (let i = 0; i < width; i++) {
        if (i > 0) out.byte(COMMA);
        writeCell(out, record.field(i), excelSafe);
      }
    }
  };

  /** One instrument's added cells for a row, from the memo when its answers are all digits. */
  const memoized = (p: Plan, record: CsvRecord): string => {
    const memo = p.memo as PatternMemo;
    const { columnIndex, digits, readers } = p;
    const radix = memo.radix;
    let key = 0;
    for (let k = 0; k < columnIndex.length; k++) {
      const d = record.digit(columnIndex[k] as number);
      const r = radix[k] as number;
      if (d < 0 || d >= r) return encodeAdded(scoreRow(p, record, null));
      digits[k] = d;
      key = key * r + d;
    }
    const hit = memo.get(key);
    if (hit < 0) {
      const text = encodeAdded(scoreRow(p, record, null));
      memo.set(key, text, lastStatus);
      return text;
    }
    for (let k = 0; k < readers.length; k++) (readers[k] as CellReader).readDigit(digits[k] as number);
    const c = p.counts;
    const status = memo.status(hit);
    if (status === 0) c.scored++;
    else if (status === 1) c.prorated++;
    else if (status === 2) c.unscorable++;
    else c.bad++;
    return memo.text(hit);
  };

  const flushPending = (final: boolean) => {
    if (pending === null) return;
    const qualtrics = hasQualtricsHeaderRows(pending.map((r) => r.fields()));
    if (!qualtrics && !final && pending.length < 2) return;
    const held = pending;
    pending = null;
    held.forEach((record, i) => {
      const isHeaderRow = qualtrics && i < 2;
      if (isHeaderRow) headerRows++;
      writeRow(record, isHeaderRow);
    });
  };

  try {
    const result = await readCsvStream(
      input,
      { encoding: options.encoding, delimiter: options.delimiter, malformed: keepMalformed ? 'keep' : 'throw' },
      (record, reader) => {
        if (header === null) {
          if (record.malformed !== null) throw new UsageError(`the header (line ${record.line}) is malformed CSV: ${record.malformed}`);
          makePlans(record, (dialect as Dialect | null)?.delimiter ?? ',');
          return;
        }
        if (pending !== null) {
          // Hold the first two rows: Qualtrics' extra header rows are recognised by the second.
          pending.push(record.snapshot());
          if (pending.length === 2) flushPending(false);
          return;
        }
        writeRow(record, false);
        if (bar) bar.tick(rows, reader.bytesRead);
      },
      async () => {
        out.flush();
        for (const chunk of chunks) {
          const wait = sink.write(chunk);
          if (wait) await wait;
        }
        chunks.length = 0;
      },
      (d, size) => {
        dialect = d;
        bar = progress('scoring', size);
      },
    );
    if (header === null) throw new UsageError(`${input} is empty: expected a header row`);
    flushPending(true);
    (parquetOut as { finish(): void } | null)?.finish();
    out.flush();
    for (const chunk of chunks) {
      const wait = sink.write(chunk);
      if (wait) await wait;
    }
    chunks.length = 0;
    await sink.commit();
    (bar as ReturnType<typeof progress> | null)?.end();
    const summary: ScoreSummary = {
      rows,
      raggedRows,
      blankLines: result.reader.blankLines,
      malformedRows,
      headerRows,
      dialect: describeDialect(result.dialect),
      instruments: plans.map((p) => ({ id: p.instrument.id, ...p.counts, notes: p.notes, recodes: p.readers.flatMap((r) => r.recodes()) })),
    };
    process.stderr.write(formatSummary(summary));
    const bad = plans.some((p) => p.counts.bad > 0);
    return bad && !options.allowErrors ? EXIT.rowsBad : EXIT.ok;
  } catch (error) {
    (bar as ReturnType<typeof progress> | null)?.end();
    abortQuietly(sink);
    throw error;
  }
}

function abortQuietly(sink: OutputSink): void {
  try {
    sink.abort();
  } catch {
    /* the original error matters more */
  }
}

/** The message of a cell problem, naming the column when it is spelled differently from the item. */
function columnName(p: Plan, k: number, message: string): string {
  const itemId = p.itemIds[k] as string;
  const column = p.columns[itemId];
  return column !== undefined && column !== itemId ? `column ${column}: ${message}` : message;
}

/** The engine's one-step-off hint, with the flag that applies the fix. */
function withShiftHint(message: string): string {
  return message
    .replace(/subtract 1 from each answer/g, 'subtract 1 from each answer (rerun with --shift -1)')
    .replace(/add 1 to each answer/g, 'add 1 to each answer (rerun with --shift 1)');
}

function hasFormula(record: CsvRecord): boolean {
  for (let i = 0; i < record.length; i++) {
    const s = record.rawStart(i);
    const first = s >= 0 ? record.bytes[s] : record.field(i).charCodeAt(0);
    if (first === 0x3d || first === 0x2b || first === 0x2d || first === 0x40 || first === 0x09 || first === 0x0d) {
      if (looksLikeFormula(record.field(i))) return true;
    }
  }
  return false;
}

/** The Parquet type of each added field, in the order of `outputFields(instrument, prefix, true)`. */
function fieldTypes(instrument: Instrument): ParquetColumnType[] {
  const types: ParquetColumnType[] = [];
  for (const s of instrument.scores) {
    types.push('DOUBLE', 'STRING', 'STRING');
    if (s.table) types.push('DOUBLE', 'DOUBLE');
    types.push('STRING');
  }
  for (let i = 0; i < (instrument.flags ?? []).length; i++) types.push('BOOLEAN');
  for (let i = 0; i < (instrument.classifications ?? []).length; i++) types.push('STRING');
  types.push('STRING', 'STRING');
  return types;
}

/** Added cells as CSV text, each after a comma; promkit's own text is always formula-safe. */
function encodeAdded(values: readonly FieldValue[]): string {
  let text = '';
  for (const value of values) {
    text += ',';
    if (value === null) continue;
    if (typeof value === 'number') text += String(value);
    else if (typeof value === 'boolean') text += value ? 'true' : 'false';
    else text += csvField(neutralizeFormula(value));
  }
  return text;
}

function writeCell(out: ByteBuffer, text: string, neutralize: boolean): void {
  out.text(csvField(neutralize ? neutralizeFormula(text) : text));
}

function writeCells(out: ByteBuffer, cells: readonly string[], neutralize: boolean): void {
  cells.forEach((cell, i) => {
    if (i > 0) out.byte(COMMA);
    writeCell(out, cell, neutralize);
  });
}

/**
 * JSON keys for a header plus the added fields, all distinct: a repeated input column gets
 * `_2`, `_3`…; an input column named like an added field becomes `<name>_input`; the last key is
 * `_extra` (cells past the header), made distinct the same way. Null-prototype objects carry
 * `__proto__` as an ordinary key.
 */
export function uniqueKeys(header: readonly string[], added: readonly string[]): string[] {
  const reserved = new Set(added);
  const used = new Set<string>(added);
  const keys: string[] = [];
  const claim = (name: string) => {
    let key = name;
    for (let n = 2; used.has(key); n++) key = `${name}_${n}`;
    used.add(key);
    return key;
  };
  for (const name of header) keys.push(claim(reserved.has(name) ? `${name}_input` : name));
  keys.push(...added);
  keys.push(claim('_extra'));
  return keys;
}

/** The run summary printed on stderr. */
export function formatSummary(summary: ScoreSummary): string {
  const lines = [`promkit: ${summary.rows.toLocaleString('en')} rows`];
  if (summary.blankLines) lines[0] += `, ${summary.blankLines} blank lines skipped`;
  if (summary.raggedRows) lines[0] += `, ${summary.raggedRows} ragged rows (kept, marked bad)`;
  if (summary.malformedRows) lines[0] += `, ${summary.malformedRows} malformed lines (kept, marked bad)`;
  if (summary.dialect) lines.push(`  read as ${summary.dialect}`);
  if (summary.headerRows) lines.push(`  ${summary.headerRows} Qualtrics header rows (question text, ImportId) passed through unscored`);
  for (const i of summary.instruments) {
    lines.push(`  ${i.id}: ${i.scored} scored, ${i.prorated} prorated, ${i.unscorable} unscorable (too few items), ${i.bad} bad`);
    for (const note of i.notes ?? []) lines.push(`    ${note}`);
    const recodes = i.recodes ?? [];
    for (const r of recodes.slice(0, 12)) lines.push(`    recoded ${r.item} ${JSON.stringify(r.from)} → ${r.to === null ? 'unanswered' : r.to} (${r.kind}): ${r.count.toLocaleString('en')} cells`);
    if (recodes.length > 12) lines.push(`    … and ${recodes.length - 12} more recodes`);
  }
  return `${lines.join('\n')}\n`;
}
