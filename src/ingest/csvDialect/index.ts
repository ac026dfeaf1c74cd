/**
 * What kind of CSV a file is: its encoding (from the byte-order mark, or as told) and its
 * delimiter (sniffed from the header line, or as told). Pure: looks at bytes, reads nothing.
 * @module
 */

/** The encodings promkit reads. UTF-8 is the default; the others must be named or marked by a BOM. */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin1' | 'windows-1252';

/** The delimiters promkit sniffs. */
export const SNIFFED_DELIMITERS = [',', ';', '\t', '|'] as const;

/** What {@link sniffEncoding} found at the start of a file. */
export interface EncodingSniff {
  /** The encoding to decode with. */
  readonly encoding: CsvEncoding;
  /** Bytes of byte-order mark to skip. */
  readonly bomLength: number;
  /** How the encoding was decided, for the run summary. */
  readonly how: 'bom' | 'given' | 'default';
}

/** Names users type for the encodings, normalised. */
const ENCODING_NAMES: Readonly<Record<string, CsvEncoding>> = {
  'utf8': 'utf-8',
  'utf-8': 'utf-8',
  'utf16': 'utf-16le',
  'utf-16': 'utf-16le',
  'utf16le': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf16be': 'utf-16be',
  'utf-16be': 'utf-16be',
  'latin1': 'latin1',
  'latin-1': 'latin1',
  'iso-8859-1': 'latin1',
  'iso8859-1': 'latin1',
  'windows-1252': 'windows-1252',
  'cp1252': 'windows-1252',
  'win1252': 'windows-1252',
};

/**
 * Reads an encoding name as users type it (`utf8`, `UTF-16`, `latin1`, `cp1252`, …); undefined
 * for one promkit does not read.
 *
 * @example
 * ```ts
 * parseEncodingName('Latin-1'); //=> 'latin1'
 * parseEncodingName('ebcdic'); //=> undefined
 * ```
 */
export function parseEncodingName(name: string): CsvEncoding | undefined {
  const key = name.trim().toLowerCase();
  return Object.hasOwn(ENCODING_NAMES, key) ? ENCODING_NAMES[key] : undefined;
}

/**
 * Decides the encoding of a file from its first bytes. A byte-order mark wins (UTF-8, UTF-16 LE
 * or BE) and must agree with a `given` encoding; otherwise the given encoding, else UTF-8.
 * A file without a BOM whose first bytes are full of zero bytes is UTF-16 without a mark: that is
 * an error (returned as `problem`) unless the encoding is given.
 *
 * @example
 * ```ts
 * sniffEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0x00])); //=> { encoding: 'utf-16le', bomLength: 2, how: 'bom' }
 * ```
 */
export function sniffEncoding(head: Uint8Array, given?: CsvEncoding): EncodingSniff & { readonly problem?: string } {
  const b0 = head[0];
  const b1 = head[1];
  let bom: { encoding: CsvEncoding; length: number } | null = null;
  if (b0 === 0xef && b1 === 0xbb && head[2] === 0xbf) bom = { encoding: 'utf-8', length: 3 };
  else if (b0 === 0xff && b1 === 0xfe) bom = { encoding: 'utf-16le', length: 2 };
  else if (b0 === 0xfe && b1 === 0xff) bom = { encoding: 'utf-16be', length: 2 };
  if (bom) {
    if (given && given !== bom.encoding) {
      return { encoding: bom.encoding, bomLength: bom.length, how: 'bom', problem: `the file starts with a ${bom.encoding.toUpperCase()} byte-order mark, but --encoding ${given} was given: leave --encoding out, or give ${bom.encoding}` };
    }
    return { encoding: bom.encoding, bomLength: bom.length, how: 'bom' };
  }
  if (given) return { encoding: given, bomLength: 0, how: 'given' };
  const sample = head.subarray(0, 4096);
  let zeros = 0;
  for (const byte of sample) if (byte === 0) zeros++;
  if (sample.length >= 4 && zeros * 4 >= sample.length) {
    const le = sample[1] === 0;
    return {
      encoding: le ? 'utf-16le' : 'utf-16be',
      bomLength: 0,
      how: 'default',
      problem: `the file looks like UTF-16 without a byte-order mark; give --encoding ${le ? 'utf-16le' : 'utf-16be'}`,
    };
  }
  return { encoding: 'utf-8', bomLength: 0, how: 'default' };
}

/**
 * Sniffs the delimiter from a file's first line (the header): the most frequent of `,` `;` tab
 * and `|` outside quotes; a comma when none occurs (a one-column file) or on a tie with a comma.
 *
 * @example
 * ```ts
 * sniffDelimiter('id;phq9_1;phq9_2'); //=> ';'
 * sniffDelimiter('"a;b",c'); //=> ','
 * ```
 */
export function sniffDelimiter(headerLine: string): string {
  const counts = new Map<string, number>(SNIFFED_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) as number) + 1);
  }
  let best = ',';
  let bestCount = counts.get(',') as number;
  for (const [d, n] of counts) {
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/**
 * The first line of a text, up to the first line break outside quotes (a header may hold quoted
 * line breaks).
 *
 * @example
 * ```ts
 * firstLine('a,"b\nc"\n1,2'); //=> 'a,"b\nc"'
 * ```
 */
export function firstLine(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) return text.slice(0, i);
  }
  return text;
}

/**
 * A name for a delimiter in messages.
 *
 * @example
 * ```ts
 * delimiterName('\t'); //=> 'tab'
 * delimiterName(';'); //=> '";"'
 * ```
 */
export function delimiterName(delimiter: string): string {
  return delimiter === '\t' ? 'tab' : JSON.stringify(delimiter);
}
