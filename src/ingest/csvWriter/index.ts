/**
 * Writing CSV: RFC 4180 quoting (a field is quoted when it holds the delimiter, a quote or a line
 * break; quotes are doubled), formula neutralisation for spreadsheets, and a byte buffer that
 * rows are written into without building a string per row. Pure: bytes out through a callback.
 * @module
 */

/**
 * Whether a cell would be read as a formula by a spreadsheet: it starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return (the characters OWASP's CSV-injection guidance lists). Plain
 * numbers (`-3`, `+1.5`) are not formulas: they are left alone so that scores stay numbers.
 *
 * @example
 * ```ts
 * looksLikeFormula('=HYPERLINK("http://x")'); //=> true
 * looksLikeFormula('-3'); //=> false
 * ```
 */
export function looksLikeFormula(cell: string): boolean {
  if (cell.length === 0) return false;
  const c = cell.charCodeAt(0);
  if (c === 0x3d || c === 0x40 || c === 0x09 || c === 0x0d) return true; // = @ tab CR
  if (c === 0x2b || c === 0x2d) return !/^[+-](?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(cell); // + -
  return false;
}

/**
 * Neutralises a cell that a spreadsheet would run as a formula by putting a single quote in front
 * of it (OWASP: "prepend each cell field with a single quote"); other cells are returned as they
 * are. This changes the data: use it for files people open in Excel, not for analysis.
 *
 * @example
 * ```ts
 * neutralizeFormula('=1+1'); //=> "'=1+1"
 * neutralizeFormula('Several days'); //=> 'Several days'
 * ```
 */
export function neutralizeFormula(cell: string): string {
  return looksLikeFormula(cell) ? `'${cell}` : cell;
}

/**
 * One field as CSV text: quoted when it holds the delimiter, a quote, a CR or an LF (or starts or
 * ends with a space, which some readers trim), with quotes doubled.
 *
 * @example
 * ```ts
 * csvField('say "hi"'); //=> '"say ""hi"""'
 * csvField('plain'); //=> 'plain'
 * ```
 */
export function csvField(text: string, delimiter = ','): string {
  if (text === '') return '';
  let needs = text.charCodeAt(0) === 0x20 || text.charCodeAt(text.length - 1) === 0x20;
  if (!needs) {
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '"' || c === '\n' || c === '\r' || c === delimiter) {
        needs = true;
        break;
      }
    }
  }
  return needs ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A growable byte buffer that CSV output is written into; `flush` hands the bytes written so far
 * to the sink and starts again. Strings are encoded as UTF-8.
 *
 * @example
 * ```ts
 * const out: Uint8Array[] = [];
 * const buffer = new ByteBuffer((bytes) => out.push(bytes.slice()));
 * buffer.text('a,b\n');
 * buffer.flush();
 * new TextDecoder().decode(out[0]); //=> 'a,b\n'
 * ```
 */
export class ByteBuffer {
  private bytes: Uint8Array;
  private used = 0;
  private readonly encoder = new TextEncoder();

  /**
   * @param sink - receives the buffered bytes on `flush` (the view is reused afterwards: copy it
   *   or write it out before returning)
   * @param capacity - initial size in bytes; default 1 MiB
   */
  constructor(
    private readonly sink: (bytes: Uint8Array) => void,
    capacity = 1 << 20,
  ) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Bytes written since the last flush. */
  get length(): number {
    return this.used;
  }

  private room(extra: number): void {
    if (this.used + extra <= this.bytes.length) return;
    const next = new Uint8Array(Math.max(this.bytes.length * 2, this.used + extra));
    next.set(this.bytes.subarray(0, this.used));
    this.bytes = next;
  }

  /** Appends `source[start, end)`. */
  raw(source: Uint8Array, start: number, end: number): void {
    const n = end - start;
    this.room(n);
    if (n < 64) {
      const bytes = this.bytes;
      let u = this.used;
      for (let i = start; i < end; i++) bytes[u++] = source[i] as number;
      this.used = u;
    } else {
      this.bytes.set(source.subarray(start, end), this.used);
      this.used += n;
    }
  }

  /** Appends one byte. */
  byte(value: number): void {
    this.room(1);
    this.bytes[this.used++] = value;
  }

  /** Appends a string as UTF-8. */
  text(value: string): void {
    const n = value.length;
    this.room(n * 3);
    const bytes = this.bytes;
    let u = this.used;
    for (let i = 0; i < n; i++) {
      const c = value.charCodeAt(i);
      if (c >= 0x80) {
        this.used = u;
        const { written } = this.encoder.encodeInto(value.slice(i), bytes.subarray(u));
        this.used += written;
        return;
      }
      bytes[u++] = c;
    }
    this.used = u;
  }

  /** Hands the bytes written so far to the sink and empties the buffer. */
  flush(): void {
    if (this.used === 0) return;
    this.sink(this.bytes.subarray(0, this.used));
    this.used = 0;
  }
}
