import { readFileSync } from 'node:fs';
import { delimiterName, firstLine, parseEncodingName, sniffDelimiter, sniffEncoding, type CsvEncoding } from '../../ingest/csvDialect/index.js';
import { CsvReader, readCsvText, type CsvRecord } from '../../ingest/csvReader/index.js';
import { fileError, openInput, UsageError } from './io.js';
import { isParquetPath, parquetAsCsv } from './parquet.js';

/** How a CSV input is read: as sniffed, or as the flags say. */
export interface DialectOptions {
  /** `--encoding`: utf-8 (default), utf-16le/be, latin1, windows-1252. */
  readonly encoding?: string;
  /** `--delimiter`: `,` `;` `tab` `|` or any one character; default sniffed from the header. */
  readonly delimiter?: string;
}

/** What was read how, for the run summary. */
export interface Dialect {
  readonly encoding: CsvEncoding;
  readonly bom: boolean;
  readonly delimiter: string;
  readonly delimiterSniffed: boolean;
}

/** Checks the `--encoding` flag. */
export function encodingOption(name: string | undefined): CsvEncoding | undefined {
  if (name === undefined) return undefined;
  const encoding = parseEncodingName(name);
  if (!encoding) throw new UsageError(`--encoding ${JSON.stringify(name)} is not one promkit reads: use utf-8, utf-16le, utf-16be, latin1 or windows-1252`);
  return encoding;
}

/** Checks the `--delimiter` flag (`tab` and `\t` mean a tab). */
export function delimiterOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const d = value === 'tab' || value === '\\t' ? '\t' : value;
  if (d.length !== 1 || d === '"' || d === '\n' || d === '\r' || d.charCodeAt(0) >= 0x80) {
    throw new UsageError(`--delimiter ${JSON.stringify(value)} must be one ASCII character (or "tab"), not a quote or a line break`);
  }
  return d;
}

/** A streaming decoder to UTF-8 bytes for the encodings that need one. */
function transcoder(encoding: CsvEncoding): ((chunk: Uint8Array, final: boolean) => Uint8Array) | null {
  if (encoding === 'utf-8') return null;
  const encoder = new TextEncoder();
  if (encoding === 'latin1') {
    // ISO-8859-1 proper: every byte is the code point of the same number (TextDecoder's "latin1"
    // is Windows-1252, which differs in 0x80–0x9F).
    return (chunk) => encoder.encode(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length).toString('latin1'));
  }
  const decoder = new TextDecoder(encoding, { fatal: true });
  return (chunk, final) => {
    try {
      return encoder.encode(decoder.decode(chunk, { stream: !final }));
    } catch {
      throw new UsageError(`the input is not valid ${encoding.toUpperCase()} text: check --encoding`);
    }
  };
}

/**
 * Streams a CSV file (or stdin) through the CSV reader: sniffs the encoding (BOM) and the
 * delimiter (header line) unless given, decodes UTF-16 and Latin-1 to UTF-8, validates UTF-8,
 * and calls `onRecord` for every record in order. `afterChunk` runs after each chunk's records
 * (the caller flushes its output there, which gives back-pressure).
 */
export async function readCsvStream(
  path: string,
  options: DialectOptions & { readonly malformed: 'throw' | 'keep' },
  onRecord: (record: CsvRecord, reader: CsvReader) => void,
  afterChunk: (reader: CsvReader) => void | Promise<void>,
  onStart: (dialect: Dialect, size: number | null) => void = () => {},
): Promise<{ dialect: Dialect; reader: CsvReader; size: number | null }> {
  const given = encodingOption(options.encoding);
  const givenDelimiter = delimiterOption(options.delimiter);
  if (isParquetPath(path) && (options.encoding !== undefined || options.delimiter !== undefined)) {
    throw new UsageError('--encoding and --delimiter are for CSV files; a Parquet file says its own types');
  }
  const source = isParquetPath(path) ? await parquetAsCsv(path) : openInput(path);
  let reader: CsvReader | null = null;
  let transcode: ((chunk: Uint8Array, final: boolean) => Uint8Array) | null = null;
  let dialect: Dialect | null = null;
  let head: Uint8Array[] = [];
  let headBytes = 0;

  const start = (bytes: Uint8Array, final: boolean) => {
    const sniff = sniffEncoding(bytes, given);
    if (sniff.problem) throw new UsageError(`${path}: ${sniff.problem}`);
    transcode = transcoder(sniff.encoding);
    const body = bytes.subarray(sniff.bomLength);
    const utf8 = transcode ? transcode(body, final) : body;
    const text = new TextDecoder('utf-8').decode(utf8.subarray(0, 65536));
    const delimiter = givenDelimiter ?? sniffDelimiter(firstLine(text));
    dialect = { encoding: sniff.encoding, bom: sniff.how === 'bom', delimiter, delimiterSniffed: givenDelimiter === undefined };
    onStart(dialect, source.size);
    const current = new CsvReader((record) => onRecord(record, current), { delimiter, malformed: options.malformed, validateUtf8: transcode === null });
    reader = current;
    reader.push(utf8);
  };

  try {
    for await (const chunk of source.stream as AsyncIterable<Uint8Array>) {
      if (!reader) {
        // Sniff from the first 64 KiB (or the whole input when shorter).
        head.push(chunk);
        headBytes += chunk.length;
        if (headBytes < 65536) continue;
        start(concat(head), false);
        head = [];
      } else {
        const active = reader as CsvReader;
        active.push(transcode ? (transcode as (c: Uint8Array, f: boolean) => Uint8Array)(chunk, false) : chunk);
      }
      await afterChunk(reader as unknown as CsvReader);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException)?.code) throw fileError(error, 'read', path);
    throw error;
  }
  if (!reader) {
    const all = concat(head);
    if (all.length === 0) throw new UsageError(`${path} is empty: expected a header row`);
    start(all, true);
  } else if (transcode) {
    (reader as CsvReader).push((transcode as (c: Uint8Array, f: boolean) => Uint8Array)(new Uint8Array(0), true));
  }
  const active = reader as unknown as CsvReader;
  active.end();
  await afterChunk(active);
  return { dialect: dialect as unknown as Dialect, reader: active, size: source.size };
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Reads a small CSV file whole (a data dictionary): BOM and delimiter sniffed, UTF-8 checked. */
export function readSmallCsv(path: string, what: string): string[][] {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw fileError(error, 'read', `${what} ${path}`);
  }
  const sniff = sniffEncoding(bytes);
  if (sniff.problem) throw new UsageError(`${what} ${path}: ${sniff.problem}`);
  let text: string;
  try {
    text = new TextDecoder(sniff.encoding, { fatal: true }).decode(bytes.subarray(sniff.bomLength));
  } catch {
    throw new UsageError(`${what} ${path} is not valid ${sniff.encoding.toUpperCase()} text`);
  }
  return readCsvText(text, { delimiter: sniffDelimiter(firstLine(text)) });
}

/** A dialect in words, for the summary: `UTF-8 with BOM, ";"-separated (sniffed)`. */
export function describeDialect(d: Dialect): string {
  return `${d.encoding.toUpperCase()}${d.bom ? ' with BOM' : ''}, ${delimiterName(d.delimiter)}-separated${d.delimiterSniffed ? ' (sniffed)' : ''}`;
}
