/**
 * A streaming CSV reader over bytes (RFC 4180, plus what real exports do: LF, CRLF or CR line
 * ends, a delimiter other than a comma, ragged rows, blank lines). It never decodes a field it is
 * not asked for, which is what makes `promkit score` fast: the pass-through columns of a row are
 * copied as bytes, and one-digit answers are read without making a string.
 *
 * Pure: bytes in, records out through a callback; no I/O.
 * @module
 */

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** A problem that makes a record unreadable: where it is and what is wrong. */
export class CsvSyntaxError extends Error {
  override name = 'CsvSyntaxError';
  /**
   * @param line - the physical line (1-based) where the problem is
   * @param problem - what is wrong, in words
   */
  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(`line ${line}: ${problem}`);
  }
}

/** A record whose bytes are not valid UTF-8. */
export class CsvEncodingError extends Error {
  override name = 'CsvEncodingError';
  /**
   * @param line - the physical line (1-based) holding the invalid bytes
   * @param byte - the first byte that is not valid UTF-8 there
   */
  constructor(
    readonly line: number,
    readonly byte: number,
  ) {
    super(`line ${line} is not valid UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')})`);
  }
}

/** Options of {@link CsvReader}. */
export interface CsvReaderOptions {
  /** The field delimiter, one ASCII character; default `,`. */
  readonly delimiter?: string;
  /**
   * What to do with a malformed record (a stray quote inside an unquoted field, text after a
   * closing quote, a quote never closed). `'throw'` (default): throw {@link CsvSyntaxError}.
   * `'keep'`: read the record's cells literally and report the problem in `record.malformed`;
   * an unclosed quote then ends at the end of its line, and reading goes on from the next line.
   */
  readonly malformed?: 'throw' | 'keep';
  /** Check that every record is valid UTF-8 (throws {@link CsvEncodingError}); default true. */
  readonly validateUtf8?: boolean;
  /** The longest record accepted, in bytes (a guard against a quote never closed); default 64 MiB. */
  readonly maxRecordBytes?: number;
}

/**
 * One record, as a view into the reader's buffer: valid only during the callback that received
 * it (the reader reuses it for the next record).
 */
export interface CsvRecord {
  /** The bytes the offsets point into. */
  readonly bytes: Uint8Array;
  /** The physical line (1-based) the record starts on. */
  readonly line: number;
  /** Number of fields. */
  readonly length: number;
  /** Start offset of the record's raw bytes. */
  readonly start: number;
  /** End offset of the record's raw bytes, line end excluded. */
  readonly end: number;
  /** Whether any field was quoted (the raw bytes then hold quotes). */
  readonly quoted: boolean;
  /** Why the record is malformed (reader option `malformed: 'keep'`), else null. */
  readonly malformed: string | null;
  /** The text of field `i`, unquoted and unescaped ('' past the last field). */
  field(i: number): string;
  /** Every field's text. */
  fields(): string[];
  /** The digit 0–9 when field `i` is exactly one ASCII digit, else -1 (no string is made). */
  digit(i: number): number;
  /** Whether field `i` is empty (no bytes). */
  isEmpty(i: number): boolean;
  /** The raw bytes of field `i` when it was not quoted: `[start, end)`; quoted fields give -1. */
  rawStart(i: number): number;
  /** A copy that stays valid after the callback returns. */
  snapshot(): CsvRecord;
  /** See {@link CsvRecord.rawStart}. */
  rawEnd(i: number): number;
}

// ignoreBOM: a field that starts with U+FEFF keeps it (the file's own BOM is skipped before reading).
const utf8 = /* @__PURE__ */ new TextDecoder('utf-8', { ignoreBOM: true });

class RecordView implements CsvRecord {
  bytes: Uint8Array = new Uint8Array(0);
  line = 1;
  length = 0;
  start = 0;
  end = 0;
  quoted = false;
  malformed: string | null = null;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  /** 0 plain, 1 quoted, 3 quoted with doubled quotes inside. */
  kinds = new Uint8Array(64);

  grow(): void {
    const n = this.starts.length * 2;
    const s = new Int32Array(n);
    s.set(this.starts);
    const e = new Int32Array(n);
    e.set(this.ends);
    const k = new Uint8Array(n);
    k.set(this.kinds);
    this.starts = s;
    this.ends = e;
    this.kinds = k;
  }

  field(i: number): string {
    if (i >= this.length) return '';
    const s = this.starts[i] as number;
    const e = this.ends[i] as number;
    if (s === e) return '';
    const text = decodeAscii(this.bytes, s, e) ?? utf8.decode(this.bytes.subarray(s, e));
    return this.kinds[i] === 3 ? text.replace(/""/g, '"') : text;
  }

  fields(): string[] {
    const out = new Array<string>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.field(i);
    return out;
  }

  digit(i: number): number {
    if (i >= this.length) return -1;
    const s = this.starts[i] as number;
    if ((this.ends[i] as number) - s !== 1) return -1;
    const d = (this.bytes[s] as number) - 48;
    return d >= 0 && d <= 9 ? d : -1;
  }

  isEmpty(i: number): boolean {
    return i >= this.length || this.starts[i] === this.ends[i];
  }

  rawStart(i: number): number {
    return i < this.length && this.kinds[i] === 0 ? (this.starts[i] as number) : -1;
  }

  rawEnd(i: number): number {
    return i < this.length && this.kinds[i] === 0 ? (this.ends[i] as number) : -1;
  }

  snapshot(): CsvRecord {
    const copy = new RecordView();
    const offset = this.start;
    copy.bytes = this.bytes.slice(offset, this.end);
    copy.line = this.line;
    copy.length = this.length;
    copy.start = 0;
    copy.end = this.end - offset;
    copy.quoted = this.quoted;
    copy.malformed = this.malformed;
    copy.starts = this.starts.slice(0, Math.max(1, this.length)).map((v) => v - offset);
    copy.ends = this.ends.slice(0, Math.max(1, this.length)).map((v) => v - offset);
    copy.kinds = this.kinds.slice(0, Math.max(1, this.length));
    return copy;
  }
}

/** Short ASCII fields decode faster by hand than through TextDecoder; null when not ASCII. */
function decodeAscii(bytes: Uint8Array, s: number, e: number): string | null {
  if (e - s > 24) return null;
  let text = '';
  for (let i = s; i < e; i++) {
    const c = bytes[i] as number;
    if (c >= 0x80) return null;
    text += String.fromCharCode(c);
  }
  return text;
}

/** Why a record stopped: it ended, the buffer ended first, or it is malformed. */
const DONE = 0;
const MORE = 1;

/**
 * Reads CSV records from chunks of bytes. Call {@link CsvReader.push} with each chunk and
 * {@link CsvReader.end} at the end of the input; each complete record is passed to the callback
 * given to the constructor. Blank lines are skipped and counted (`blankLines`).
 *
 * Guarantees: every record is delivered, in order, with its physical line number; a quoted field
 * may hold delimiters, quotes (doubled) and line breaks, and is returned unchanged; no record is
 * dropped or merged silently: a malformed one throws {@link CsvSyntaxError} naming the line (or,
 * with `malformed: 'keep'`, is delivered with the problem).
 *
 * @example
 * ```ts
 * const rows: string[][] = [];
 * const reader = new CsvReader((record) => rows.push(record.fields()));
 * reader.push(new TextEncoder().encode('a,b\r\n1,"x, ""y"""\n'));
 * reader.end();
 * rows; //=> [['a', 'b'], ['1', 'x, "y"']]
 * ```
 */
export class CsvReader {
  /** Blank lines skipped so far. */
  blankLines = 0;
  /** Records delivered so far. */
  records = 0;
  /** Bytes consumed so far (for progress). */
  bytesRead = 0;
  private readonly delimiter: number;
  private readonly keepMalformed: boolean;
  private readonly validate: boolean;
  private readonly maxRecordBytes: number;
  private readonly view = new RecordView();
  private readonly strict = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: true });
  private carry: Uint8Array | null = null;
  private line = 1;
  private lastWasCR = false;
  private ended = false;
  /** The problem of a too-long line being kept literally whose end has not arrived yet, else null. */
  private literal: string | null = null;

  /**
   * @param onRecord - called once per record, in order, with a view valid during the call
   * @param options - delimiter, malformed-record policy, UTF-8 validation
   */
  constructor(
    private readonly onRecord: (record: CsvRecord) => void,
    options: CsvReaderOptions = {},
  ) {
    const delimiter = options.delimiter ?? ',';
    if (delimiter.length !== 1 || delimiter.charCodeAt(0) >= 0x80 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
      throw new RangeError(`the delimiter must be one ASCII character other than a quote or a line break, not ${JSON.stringify(delimiter)}`);
    }
    this.delimiter = delimiter.charCodeAt(0);
    this.keepMalformed = options.malformed === 'keep';
    this.validate = options.validateUtf8 ?? true;
    this.maxRecordBytes = options.maxRecordBytes ?? 64 * 1024 * 1024;
  }

  /** Reads the complete records in `chunk` (with what was left of the previous chunk). */
  push(chunk: Uint8Array): void {
    if (this.ended) throw new Error('CsvReader: push after end');
    if (chunk.length === 0) return;
    let bytes = chunk;
    if (this.carry) {
      bytes = new Uint8Array(this.carry.length + chunk.length);
      bytes.set(this.carry);
      bytes.set(chunk, this.carry.length);
      this.carry = null;
    }
    this.run(bytes, false);
  }

  /** Reads the last record (one without a final line break) and checks nothing is left open. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    const bytes = this.carry ?? new Uint8Array(0);
    this.carry = null;
    this.run(bytes, true);
  }

  private run(bytes: Uint8Array, final: boolean): void {
    const n = bytes.length;
    let pos = 0;
    // A CRLF split across two chunks: the LF belongs to the line the CR ended.
    if (this.lastWasCR && n > 0 && bytes[0] === LF) pos = 1;
    this.lastWasCR = false;
    if (this.literal !== null) {
      // The rest of a too-long line kept literally: it is still the same record.
      const next = this.literalLine(bytes, pos, this.literal, final);
      if (next < 0) {
        this.carry = bytes.slice(pos);
        this.bytesRead += pos;
        return;
      }
      this.literal = null;
      pos = next;
    }
    while (pos < n) {
      const first = bytes[pos] as number;
      if (first === LF || first === CR) {
        // A blank line.
        if (first === CR) {
          if (pos + 1 < n) {
            if (bytes[pos + 1] === LF) pos++;
          } else if (!final) {
            this.lastWasCR = true;
          }
        }
        pos++;
        this.blankLines++;
        this.line++;
        continue;
      }
      const next = this.record(bytes, pos, final);
      if (next < 0) {
        // The buffer ended inside this record: keep it for the next chunk.
        if (n - pos > this.maxRecordBytes) {
          const after = this.tooLong(bytes, pos, final);
          if (after >= 0) {
            pos = after;
            continue;
          }
        }
        this.carry = bytes.slice(pos);
        this.bytesRead += pos;
        return;
      }
      pos = next;
    }
    this.bytesRead += n;
  }

  /**
   * A record longer than the limit: almost always a quote never closed. Throws, or reads its line
   * literally and returns the offset after it; -1 when the line's end has not arrived yet (the
   * line is then carried, to be read literally when it has: one record, not one per chunk).
   */
  private tooLong(bytes: Uint8Array, pos: number, final: boolean): number {
    const problem = `a quoted field opened here is not closed within ${byteSize(this.maxRecordBytes)}: a stray or unclosed quote?`;
    if (!this.keepMalformed) throw new CsvSyntaxError(this.line, problem);
    const next = this.literalLine(bytes, pos, problem, final);
    if (next < 0) this.literal = problem;
    return next;
  }

  /**
   * Reads one record starting at `pos`; returns the offset after its line end, or -1 when the
   * buffer ends first (and more input may come).
   */
  private record(bytes: Uint8Array, pos: number, final: boolean): number {
    const n = bytes.length;
    const delim = this.delimiter;
    const view = this.view;
    view.bytes = bytes;
    view.start = pos;
    view.quoted = false;
    view.malformed = null;
    let count = 0;
    let p = pos;
    let lines = 0;
    let nonAscii = false;
    for (;;) {
      if (count === view.starts.length) view.grow();
      if (p < n && bytes[p] === QUOTE) {
        // A quoted field: up to the closing quote; doubled quotes are one quote.
        view.quoted = true;
        const contentStart = p + 1;
        let q = contentStart;
        let kind = 1;
        let closed = -1;
        while (q < n) {
          const c = bytes[q] as number;
          if (c === QUOTE) {
            if (q + 1 < n && bytes[q + 1] === QUOTE) {
              kind = 3;
              q += 2;
              continue;
            }
            if (q + 1 >= n && !final) return -1;
            closed = q;
            break;
          }
          if (c === LF) lines++;
          else if (c === CR && bytes[q + 1] !== LF) lines++;
          else if (c >= 0x80) nonAscii = true;
          q++;
        }
        if (closed < 0) {
          if (!final) return -1;
          return this.bad(bytes, pos, `a quoted field is never closed (the quote opens on line ${this.line + countLines(bytes, pos, contentStart)})`, final);
        }
        view.starts[count] = contentStart;
        view.ends[count] = closed;
        view.kinds[count] = kind;
        count++;
        p = closed + 1;
        if (p < n) {
          const c = bytes[p] as number;
          if (c === delim) {
            p++;
            continue;
          }
          if (c !== LF && c !== CR) {
            return this.bad(bytes, pos, `text after a closing quote (field ${count}): a stray quote, or a quote not doubled inside a quoted field`, final);
          }
        } else if (!final) return -1;
        break;
      }
      // An unquoted field: up to the delimiter or the line end.
      const fieldStart = p;
      while (p < n) {
        const c = bytes[p] as number;
        if (c === delim || c === LF || c === CR) break;
        if (c === QUOTE) return this.bad(bytes, pos, `a stray quote inside unquoted field ${count + 1} (quote the whole field and double the quote)`, final);
        if (c >= 0x80) nonAscii = true;
        p++;
      }
      if (p >= n && !final) return -1;
      view.starts[count] = fieldStart;
      view.ends[count] = p;
      view.kinds[count] = 0;
      count++;
      if (p < n && bytes[p] === delim) {
        p++;
        continue;
      }
      break;
    }
    // p is at the line end (or the end of the input).
    view.end = p;
    view.length = count;
    view.line = this.line;
    if (nonAscii && this.validate) this.checkUtf8(bytes, pos, p);
    const next = this.lineEnd(bytes, p, final);
    this.line += 1 + lines;
    this.records++;
    this.onRecord(view);
    return next;
  }

  /** The offset after the line end at `p` (LF, CRLF or CR). */
  private lineEnd(bytes: Uint8Array, p: number, final: boolean): number {
    if (p >= bytes.length) return p;
    if (bytes[p] === CR) {
      if (p + 1 < bytes.length) return bytes[p + 1] === LF ? p + 2 : p + 1;
      if (!final) this.lastWasCR = true;
      return p + 1;
    }
    return p + 1;
  }

  private checkUtf8(bytes: Uint8Array, start: number, end: number): void {
    try {
      this.strict.decode(bytes.subarray(start, end));
    } catch {
      let i = start;
      // Find the first byte that starts an invalid sequence, for the message.
      while (i < end) {
        const c = bytes[i] as number;
        const size = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
        if (size === 0) break;
        try {
          this.strict.decode(bytes.subarray(i, i + size));
        } catch {
          break;
        }
        i += size;
      }
      throw new CsvEncodingError(this.line + countLines(bytes, start, i), bytes[i] ?? 0);
    }
  }

  /** A malformed record: throw, or deliver its line read literally and go on after it. */
  private bad(bytes: Uint8Array, pos: number, problem: string, final: boolean): number {
    if (!this.keepMalformed) throw new CsvSyntaxError(this.line, problem);
    return this.literalLine(bytes, pos, problem, final);
  }

  /**
   * Delivers the physical line at `pos` as a malformed record, split on the delimiter with
   * quotes taken literally; returns the offset after it (-1 when the line is not complete yet).
   */
  private literalLine(bytes: Uint8Array, pos: number, problem: string, final: boolean): number {
    const n = bytes.length;
    let p = pos;
    while (p < n && bytes[p] !== LF && bytes[p] !== CR) p++;
    if (p >= n && !final) return -1;
    const view = this.view;
    view.bytes = bytes;
    view.start = pos;
    view.end = p;
    view.quoted = true;
    view.malformed = problem;
    view.line = this.line;
    let count = 0;
    let s = pos;
    for (let i = pos; i <= p; i++) {
      if (i === p || bytes[i] === this.delimiter) {
        if (count === view.starts.length) view.grow();
        view.starts[count] = s;
        view.ends[count] = i;
        view.kinds[count] = 1;
        count++;
        s = i + 1;
      }
    }
    view.length = count;
    if (this.validate) this.checkUtf8(bytes, pos, p);
    const next = this.lineEnd(bytes, p, final);
    this.line++;
    this.records++;
    this.onRecord(view);
    return next;
  }
}

/** A byte count for a message: `64 MiB`, `1.5 MiB`, `512 KiB`, `10 bytes`. */
function byteSize(n: number): string {
  if (n >= 1048576) return `${Number((n / 1048576).toFixed(1))} MiB`;
  if (n >= 1024) return `${Number((n / 1024).toFixed(1))} KiB`;
  return `${n} bytes`;
}

function countLines(bytes: Uint8Array, start: number, end: number): number {
  let lines = 0;
  for (let i = start; i < end; i++) {
    const c = bytes[i];
    if (c === LF || (c === CR && bytes[i + 1] !== LF)) lines++;
  }
  return lines;
}

/**
 * Reads a whole CSV text (already decoded) into arrays of strings: a convenience for small files
 * such as a REDCap data dictionary. Blank lines are skipped.
 *
 * @throws {CsvSyntaxError} for a malformed record, naming its line
 * @example
 * ```ts
 * readCsvText('a;b\n1;2\n', { delimiter: ';' }); //=> [['a', 'b'], ['1', '2']]
 * ```
 */
export function readCsvText(text: string, options: Omit<CsvReaderOptions, 'validateUtf8'> = {}): string[][] {
  const rows: string[][] = [];
  const reader = new CsvReader((record) => rows.push(record.fields()), { ...options, validateUtf8: false });
  reader.push(new TextEncoder().encode(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
  reader.end();
  return rows;
}
