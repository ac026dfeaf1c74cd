/**
 * Exact, in-process contracts of src/ingest (issue 18): each assertion pins one rule of the CSV
 * format (RFC 4180 and what real exports do), of REDCap's and Qualtrics' export layouts, or of
 * the documented reading order of a cell, so that a mutated condition, operator or boundary fails.
 */
import { describe, expect, it } from 'vitest';
import { PromkitError } from '../../src/errors.js';
import { delimiterName, firstLine, parseEncodingName, sniffDelimiter, sniffEncoding, SNIFFED_DELIMITERS } from '../../src/ingest/csvDialect/index.js';
import { CsvEncodingError, CsvReader, CsvSyntaxError, readCsvText, type CsvReaderOptions, type CsvRecord } from '../../src/ingest/csvReader/index.js';
import { ByteBuffer, csvField, looksLikeFormula, neutralizeFormula } from '../../src/ingest/csvWriter/index.js';
import { readFhirAnswer, type AnswerSources } from '../../src/ingest/fhirAnswerValue/index.js';
import { fhirLinkIdMatcher } from '../../src/ingest/fhirLinkIds/index.js';
import { indexTerminologyWeights } from '../../src/ingest/fhirTerminologyWeights/index.js';
import { hasValidCheckDigit, itemsByLoinc, loincCodeIn } from '../../src/ingest/loincCodes/index.js';
import { indexOptionLabels, normalizeLabel, readOptionLabel } from '../../src/ingest/optionLabels/index.js';
import { hasQualtricsHeaderRows, isQualtricsImportIdRow } from '../../src/ingest/qualtrics/index.js';
import { CellReader, createCellReaders, describeRecodes, isCellProblem, NUMBER, Recode, RECODE_NAMES } from '../../src/ingest/readCell/index.js';
import { mapRedcapFields, readRedcapChoices, readRedcapDictionary, REDCAP_SYSTEM_COLUMNS } from '../../src/ingest/redcap/index.js';
import { compileValueMap, valueMapKeys } from '../../src/ingest/valueMaps/index.js';
import { gad7, phq9, vas } from '../../src/instruments/index.js';
import type { Instrument, Item } from '../../src/model/schema.js';
import { caught } from '../promkitError.js';

const encode = (text: string) => new TextEncoder().encode(text);

interface Seen {
  fields: string[];
  line: number;
  quoted: boolean;
  malformed: string | null;
}

/** Reads `input` (text or bytes) cut into chunks at `cuts`; returns every record and the reader. */
function readAll(input: string | Uint8Array, options: CsvReaderOptions = {}, cuts: number[] = []) {
  const bytes = typeof input === 'string' ? encode(input) : input;
  const rows: Seen[] = [];
  const reader = new CsvReader((r) => rows.push({ fields: r.fields(), line: r.line, quoted: r.quoted, malformed: r.malformed }), options);
  let at = 0;
  for (const cut of cuts) {
    reader.push(bytes.subarray(at, cut));
    at = cut;
  }
  reader.push(bytes.subarray(at));
  reader.end();
  return { rows, reader };
}

const fieldsOf = (input: string | Uint8Array, options: CsvReaderOptions = {}, cuts: number[] = []) => readAll(input, options, cuts).rows.map((r) => r.fields);


// A small instrument for REDCap and label tests: two 0..2 items with labels.
const frequency = [
  { value: 0, label: 'Never' },
  { value: 1, label: 'Sometimes' },
  { value: 2, label: 'Often' },
];
const mini = {
  id: 'mini',
  items: [
    { id: 'mini_1', label: 'Feeling low', text: 'Feeling low or sad', options: frequency },
    { id: 'mini_2', label: 'Poor sleep', options: frequency },
  ],
} as unknown as Instrument;

describe('CSV reader: RFC 4180 fields and records', () => {
  it('splits on the delimiter, unquotes, undoubles quotes and keeps a trailing empty field', () => {
    // RFC 4180 §2.5–2.7: a quoted field may hold the delimiter; "" inside it is one quote.
    expect(fieldsOf('a,b,c\r\n1,"x, ""y""",\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, "y"', ''],
    ]);
  });

  it('reads an empty quoted field, a field of one quote, and non-ASCII text inside and outside quotes', () => {
    expect(fieldsOf('"",""""\n"é ""x""",Müller\n')).toEqual([
      ['', '"'],
      ['é "x"', 'Müller'],
    ]);
  });

  it('reads the last record without a final line break, and a record that ends with the delimiter', () => {
    expect(fieldsOf('a,b\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(fieldsOf('a,')).toEqual([['a', '']]);
    expect(fieldsOf('"q"')).toEqual([['q']]);
    expect(fieldsOf(',')).toEqual([['', '']]);
  });

  it('keeps ragged rows as they are (no padding, no truncation)', () => {
    expect(fieldsOf('a,b,c\n1\n1,2,3,4\n')).toEqual([['a', 'b', 'c'], ['1'], ['1', '2', '3', '4']]);
  });

  it('reads LF, CRLF and CR line ends alike, and counts no blank line between them', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const { rows, reader } = readAll(`a,b${eol}1,2${eol}3,4${eol}`);
      expect(rows.map((r) => [r.fields, r.line])).toEqual([
        [['a', 'b'], 1],
        [['1', '2'], 2],
        [['3', '4'], 3],
      ]);
      expect(reader.blankLines).toBe(0);
      expect(reader.records).toBe(3);
    }
  });

  it('skips blank lines of each kind and counts them, numbering records by physical line', () => {
    // Lines: 1 blank LF, 2 blank LF, 3 "a", 4 blank CRLF, 5 "b", 6 blank CR.
    const { rows, reader } = readAll('\n\na\r\n\r\nb\r\r');
    expect(rows.map((r) => [r.fields, r.line])).toEqual([
      [['a'], 3],
      [['b'], 5],
    ]);
    expect(reader.blankLines).toBe(4);
  });

  it('counts a quoted CR, LF or CRLF as one line break for the next record’s line number', () => {
    // Record 1 spans lines 1–2 (a lone CR), record 2 lines 3–4 (CRLF is one break), record 3 line 5.
    const { rows } = readAll('"a\rb",1\n"c\r\nd",2\nx\n');
    expect(rows.map((r) => [r.fields, r.line])).toEqual([
      [['a\rb', '1'], 1],
      [['c\r\nd', '2'], 3],
      [['x'], 5],
    ]);
  });

  it('reports whether a record held a quoted field', () => {
    expect(readAll('a,"b"\nc,d\n').rows.map((r) => [r.quoted, r.malformed])).toEqual([
      [true, null],
      [false, null],
    ]);
  });

  it('reads records wider than its initial 64 slots', () => {
    const wide = Array.from({ length: 150 }, (_, i) => `c${i}`);
    const text = `${wide.join(',')}\n${wide.map((c) => `"${c}"`).join(',')}\n`;
    expect(fieldsOf(text)).toEqual([wide, wide]);
    // A malformed wide line read literally also grows.
    const bad = `${wide.join(',')}x"\n`;
    const [row] = readAll(bad, { malformed: 'keep' }).rows;
    expect(row!.fields.length).toBe(150);
    expect(row!.fields[149]).toBe('c149x"');
  });
});

describe('CSV reader: other delimiters', () => {
  it('splits on ; tab and |, where a comma is data', () => {
    expect(fieldsOf('a;b,c;"d;e"\n', { delimiter: ';' })).toEqual([['a', 'b,c', 'd;e']]);
    expect(fieldsOf('a\tb,c\n', { delimiter: '\t' })).toEqual([['a', 'b,c']]);
    expect(fieldsOf('a|b\n', { delimiter: '|' })).toEqual([['a', 'b']]);
  });

  it.each(['', ';;', 'é', '\x80', '"', '\n', '\r'])('refuses the delimiter %j', (delimiter) => {
    const error = caught(() => new CsvReader(() => undefined, { delimiter }));
    expect(error).toBeInstanceOf(RangeError);
    expect((error as RangeError).message).toBe(`the delimiter must be one ASCII character other than a quote or a line break, not ${JSON.stringify(delimiter)}`);
  });

  it('accepts the last ASCII character as a delimiter', () => {
    expect(fieldsOf('a\x7fb\n', { delimiter: '\x7f' })).toEqual([['a', 'b']]);
  });
});

describe('CSV reader: record views', () => {
  it('gives offsets, line, length and field accessors of each record', () => {
    const seen: unknown[] = [];
    const reader = new CsvReader((r) =>
      seen.push({
        line: r.line,
        length: r.length,
        start: r.start,
        end: r.end,
        quoted: r.quoted,
        beyond: r.field(r.length),
        empty: [0, 1, 2, 3].map((i) => r.isEmpty(i)),
        raw: [0, 1, 2, 3].map((i) => [r.rawStart(i), r.rawEnd(i)]),
      }),
    );
    // Record 1 "ab,"c",\n": bytes 0–6, field 0 plain [0,2), field 1 quoted, field 2 empty [7,7).
    reader.push(encode('ab,"c",\nd\n'));
    reader.end();
    expect(seen).toEqual([
      { line: 1, length: 3, start: 0, end: 7, quoted: true, beyond: '', empty: [false, false, true, true], raw: [[0, 2], [-1, -1], [7, 7], [-1, -1]] },
      { line: 2, length: 1, start: 8, end: 9, quoted: false, beyond: '', empty: [false, true, true, true], raw: [[8, 9], [-1, -1], [-1, -1], [-1, -1]] },
    ]);
  });

  it('reads a one-digit field as its digit and everything else as -1, quoted digits included', () => {
    const seen: number[][] = [];
    const reader = new CsvReader((r) => seen.push([0, 1, 2, 3, 4, 5, 6, 7].map((i) => r.digit(i))));
    // '/' and ':' are the bytes either side of 0–9.
    // The second record is shorter: its missing fields are not the first record's digits.
    reader.push(encode('0,9,/,:,12,,"7",a\n5\n'));
    reader.end();
    expect(seen).toEqual([
      [0, 9, -1, -1, -1, -1, 7, -1],
      [5, -1, -1, -1, -1, -1, -1, -1],
    ]);
  });

  it('a snapshot stays valid after the callback, relative to its own bytes', () => {
    const snaps: CsvRecord[] = [];
    const reader = new CsvReader((r) => snaps.push(r.snapshot()));
    reader.push(encode('x,y\n"a""b",c,\n'));
    reader.end();
    const second = snaps[1]!;
    expect([second.line, second.length, second.start, second.end, second.quoted, second.malformed]).toEqual([2, 3, 0, 9, true, null]);
    expect(second.fields()).toEqual(['a"b', 'c', '']);
    expect(new TextDecoder().decode(second.bytes)).toBe('"a""b",c,');
    expect([second.rawStart(1), second.rawEnd(1), second.rawStart(0)]).toEqual([7, 8, -1]);
    expect(snaps[0]!.fields()).toEqual(['x', 'y']);
  });

  it('counts records and bytes read as chunks arrive', () => {
    const { rows, reader } = readAll('a,b\nc', {}, []);
    expect(rows.length).toBe(2);
    const r = new CsvReader(() => undefined);
    r.push(encode('a,b\nc'));
    expect([r.records, r.bytesRead]).toEqual([1, 4]); // "c" waits for its line end
    r.push(new Uint8Array(0));
    expect([r.records, r.bytesRead]).toEqual([1, 4]);
    r.end();
    expect([r.records, r.bytesRead]).toEqual([2, 5]);
    expect(reader.records).toBe(2);
  });

  it('refuses a push after end; a second end delivers nothing more', () => {
    const rows: string[][] = [];
    const reader = new CsvReader((r) => rows.push(r.fields()));
    reader.push(encode('a'));
    reader.end();
    reader.end();
    expect(rows).toEqual([['a']]);
    expect(() => reader.push(encode('b'))).toThrow(new Error('CsvReader: push after end'));
  });

  it('gives the same records wherever the input is cut into chunks', () => {
    const text = '"a""b",c\r\n"d"\r"e\nf",\r\n\r\ng';
    const whole = readAll(text);
    const bytes = encode(text);
    for (let cut = 0; cut <= bytes.length; cut++) {
      for (const second of [cut, Math.min(bytes.length, cut + 1), Math.min(bytes.length, cut + 2)]) {
        const split = readAll(text, {}, [cut, second]);
        expect(split.rows).toEqual(whole.rows);
        expect(split.reader.blankLines).toBe(whole.reader.blankLines);
      }
    }
    expect(whole.rows.map((r) => [r.fields, r.line])).toEqual([
      [['a"b', 'c'], 1],
      [['d'], 2],
      [['e\nf', ''], 3],
      [['g'], 6],
    ]);
    expect(whole.reader.blankLines).toBe(1);
  });
});

describe('CSV reader: malformed records', () => {
  it.each([
    ['a stray quote', 'a,b\n1,x"y\n', 2, 'a stray quote inside unquoted field 2 (quote the whole field and double the quote)'],
    ['text after a closing quote', 'a,b\n1,"x"y\n', 2, 'text after a closing quote (field 2): a stray quote, or a quote not doubled inside a quoted field'],
    // The record starts on line 2; its first field spans lines 2–3, so the open quote is on line 3.
    ['an unclosed quote', 'a\n"p\nq","x\ny', 2, 'a quoted field is never closed (the quote opens on line 3)'],
    ['an unclosed quote after a quoted CR', 'a\n"p\rq","x\ny', 2, 'a quoted field is never closed (the quote opens on line 3)'],
    ['an unclosed quote after a quoted CRLF', '"p\r\nq","x', 1, 'a quoted field is never closed (the quote opens on line 2)'],
  ])('throws CsvSyntaxError for %s with line and problem', (_name, text, line, problem) => {
    const error = caught(() => readAll(text));
    expect(error).toBeInstanceOf(CsvSyntaxError);
    const e = error as CsvSyntaxError;
    expect([e.name, e.line, e.problem, e.message]).toEqual(['CsvSyntaxError', line, problem, `line ${line}: ${problem}`]);
  });

  it("with malformed: 'keep', delivers each bad line split literally, with its problem, and reads on", () => {
    const { rows } = readAll('h;k\na"b;c\n"x"y;z\n"open;1\nok;2\n', { malformed: 'keep', delimiter: ';' });
    expect(rows).toEqual([
      { fields: ['h', 'k'], line: 1, quoted: false, malformed: null },
      { fields: ['a"b', 'c'], line: 2, quoted: true, malformed: 'a stray quote inside unquoted field 1 (quote the whole field and double the quote)' },
      { fields: ['"x"y', 'z'], line: 3, quoted: true, malformed: 'text after a closing quote (field 1): a stray quote, or a quote not doubled inside a quoted field' },
      { fields: ['"open', '1'], line: 4, quoted: true, malformed: 'a quoted field is never closed (the quote opens on line 4)' },
      { fields: ['ok', '2'], line: 5, quoted: false, malformed: null },
    ]);
  });

  it('keeps doubled quotes of a malformed line literally', () => {
    expect(fieldsOf('x""y,z\n', { malformed: 'keep' })).toEqual([['x""y', 'z']]);
  });

  it("with malformed: 'keep', delivers a too-long record's line literally and reads on", () => {
    const { rows } = readAll('a\n"12345678901234\nb,c\n', { malformed: 'keep', maxRecordBytes: 10 });
    expect(rows).toEqual([
      { fields: ['a'], line: 1, quoted: false, malformed: null },
      { fields: ['"12345678901234'], line: 2, quoted: true, malformed: 'a quoted field opened here is not closed within 10 bytes: a stray or unclosed quote?' },
      { fields: ['b', 'c'], line: 3, quoted: false, malformed: null },
    ]);
  });

  it('gives no raw byte range for the cells of a kept malformed line (they are not clean fields)', () => {
    const seen: number[][] = [];
    const reader = new CsvReader((r) => seen.push([r.rawStart(0), r.rawEnd(0), r.rawStart(1), r.rawEnd(1)]), { malformed: 'keep' });
    reader.push(encode('a"b,c\nd,e\n'));
    reader.end();
    expect(seen).toEqual([
      [-1, -1, -1, -1],
      [6, 7, 8, 9],
    ]);
  });

  it('a kept malformed line ending in CRLF is one line, and it may be cut anywhere', () => {
    const text = 'a"b,c\r\nd,e\r\n';
    for (let cut = 0; cut <= text.length; cut++) {
      expect(readAll(text, { malformed: 'keep' }, [cut]).rows.map((r) => [r.fields, r.line])).toEqual([
        [['a"b', 'c'], 1],
        [['d', 'e'], 2],
      ]);
    }
  });

  it('holds a pending record up to maxRecordBytes and refuses it one byte later', () => {
    const reader = new CsvReader(() => undefined, { maxRecordBytes: 10 });
    reader.push(encode('"123456789')); // 10 bytes pending: allowed
    const error = caught(() => reader.push(encode('0')));
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as CsvSyntaxError).line).toBe(1);
    expect((error as CsvSyntaxError).problem).toBe('a quoted field opened here is not closed within 10 bytes: a stray or unclosed quote?');
  });

  it('names the limit in MiB, KiB or bytes, never "0 MiB"', () => {
    const reader = new CsvReader(() => undefined, { maxRecordBytes: 2 * 1048576 });
    expect(() => reader.push(encode(`a\n"${'x'.repeat(2 * 1048576 + 1)}`))).toThrow('line 2: a quoted field opened here is not closed within 2 MiB:');
    for (const [limit, words] of [[1572864, '1.5 MiB'], [524288, '512 KiB'], [1536, '1.5 KiB'], [1023, '1023 bytes']] as const) {
      const r = new CsvReader(() => undefined, { maxRecordBytes: limit });
      expect(() => r.push(encode(`"${'x'.repeat(limit + 1)}`))).toThrow(`line 1: a quoted field opened here is not closed within ${words}:`);
    }
  });
});

describe('CSV reader: UTF-8 validation', () => {
  it.each([
    ['a byte that never starts a character', [0x61, 0x0a, 0x4d, 0xff, 0x0a], 2, 0xff, 'line 2 is not valid UTF-8 (byte 0xFF)'],
    ['a lead byte without its continuation', [0xc3, 0x28, 0x0a], 1, 0xc3, 'line 1 is not valid UTF-8 (byte 0xC3)'],
    ['a truncated three-byte character after valid ones', [0xc3, 0xbc, 0xe2, 0x82, 0x2c, 0x0a], 1, 0xe2, 'line 1 is not valid UTF-8 (byte 0xE2)'],
    ['an overlong lead byte', [0xc0, 0xaf, 0x0a], 1, 0xc0, 'line 1 is not valid UTF-8 (byte 0xC0)'],
    ['a lead byte past U+10FFFF', [0xf5, 0x80, 0x80, 0x80, 0x0a], 1, 0xf5, 'line 1 is not valid UTF-8 (byte 0xF5)'],
    ['a bad byte on the second line of a quoted field', [0x22, 0x61, 0x0a, 0xfc, 0x22, 0x0a], 2, 0xfc, 'line 2 is not valid UTF-8 (byte 0xFC)'],
    ['a bad byte after a four-byte character', [0xf0, 0x9f, 0x98, 0x80, 0x80, 0x0a], 1, 0x80, 'line 1 is not valid UTF-8 (byte 0x80)'],
  ])('finds %s', (_name, bytes, line, byte, message) => {
    const error = caught(() => readAll(new Uint8Array(bytes)));
    expect(error).toBeInstanceOf(CsvEncodingError);
    const e = error as CsvEncodingError;
    expect([e.name, e.line, e.byte, e.message]).toEqual(['CsvEncodingError', line, byte, message]);
  });

  it('checks kept malformed lines too, and checks nothing when validateUtf8 is false', () => {
    expect(caught(() => readAll(new Uint8Array([0x61, 0x22, 0xff, 0x0a]), { malformed: 'keep' }))).toBeInstanceOf(CsvEncodingError);
    expect(fieldsOf(new Uint8Array([0x61, 0xff, 0x0a]), { validateUtf8: false })).toEqual([['a\ufffd']]);
  });

  it('decodes long non-ASCII fields', () => {
    const long = 'Ä'.repeat(30);
    expect(fieldsOf(`${long},${'z'.repeat(30)}\n`)).toEqual([[long, 'z'.repeat(30)]]);
  });
});

describe('CSV reader: readCsvText', () => {
  it('drops a leading BOM only, and passes the delimiter and malformed policy on', () => {
    expect(readCsvText('\ufeffa;b\n1;2\n', { delimiter: ';' })).toEqual([['a', 'b'], ['1', '2']]);
    // Without dropping the BOM the first field would start with it, not with its quote.
    expect(readCsvText('\ufeff"a",b\n')).toEqual([['a', 'b']]);
    // Only the file's own BOM is dropped: a field that starts with U+FEFF keeps it, quoted or not.
    expect(readCsvText('x,\ufeffb,"\ufeffc"\n')).toEqual([['x', '\ufeffb', '\ufeffc']]);
    expect(readCsvText('a"b,c\n', { malformed: 'keep' })).toEqual([['a"b', 'c']]);
    expect(caught(() => readCsvText('a"b,c\n'))).toBeInstanceOf(CsvSyntaxError);
    expect(readCsvText('')).toEqual([]);
  });
});

describe('CSV dialect: encodings', () => {
  it('reads every encoding name users type, trimmed and in any case', () => {
    const names: [string, string][] = [
      ['utf8', 'utf-8'], ['utf-8', 'utf-8'], ['utf16', 'utf-16le'], ['utf-16', 'utf-16le'], ['utf16le', 'utf-16le'], ['utf-16le', 'utf-16le'],
      ['utf16be', 'utf-16be'], ['utf-16be', 'utf-16be'], ['latin1', 'latin1'], ['latin-1', 'latin1'], ['iso-8859-1', 'latin1'], ['iso8859-1', 'latin1'],
      ['windows-1252', 'windows-1252'], ['cp1252', 'windows-1252'], ['win1252', 'windows-1252'], [' UTF-8 ', 'utf-8'], ['Latin-1', 'latin1'],
    ];
    for (const [name, encoding] of names) expect(parseEncodingName(name)).toBe(encoding);
    expect(parseEncodingName('ebcdic')).toBeUndefined();
    // Names of Object.prototype are no encodings.
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(parseEncodingName(name)).toBeUndefined();
    expect(parseEncodingName('utf-32')).toBeUndefined();
    expect(parseEncodingName('')).toBeUndefined();
  });

  it('takes the encoding from a complete BOM only', () => {
    expect(sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ encoding: 'utf-8', bomLength: 3, how: 'bom' });
    expect(sniffEncoding(new Uint8Array([0xef, 0xbb, 0x61, 0x62]))).toEqual({ encoding: 'utf-8', bomLength: 0, how: 'default' });
    expect(sniffEncoding(new Uint8Array([0xef, 0x61, 0xbf, 0x62]))).toEqual({ encoding: 'utf-8', bomLength: 0, how: 'default' });
    expect(sniffEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toEqual({ encoding: 'utf-16le', bomLength: 2, how: 'bom' });
    expect(sniffEncoding(new Uint8Array([0xfe, 0xff, 0x00, 0x61]))).toEqual({ encoding: 'utf-16be', bomLength: 2, how: 'bom' });
    expect(sniffEncoding(new Uint8Array([0xff, 0x61, 0x62, 0x63]))).toEqual({ encoding: 'utf-8', bomLength: 0, how: 'default' });
    expect(sniffEncoding(new Uint8Array([0xfe, 0x61, 0x62, 0x63]))).toEqual({ encoding: 'utf-8', bomLength: 0, how: 'default' });
  });

  it('accepts a given encoding that agrees with the BOM, and names the conflict otherwise', () => {
    expect(sniffEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0x00]), 'utf-16le')).toEqual({ encoding: 'utf-16le', bomLength: 2, how: 'bom' });
    expect(sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf]), 'latin1')).toEqual({
      encoding: 'utf-8',
      bomLength: 3,
      how: 'bom',
      problem: 'the file starts with a UTF-8 byte-order mark, but --encoding latin1 was given: leave --encoding out, or give utf-8',
    });
    expect(sniffEncoding(encode('a,b\n'), 'latin1')).toEqual({ encoding: 'latin1', bomLength: 0, how: 'given' });
  });

  it('spots UTF-16 without a BOM when at least a quarter of the first bytes are zero', () => {
    expect(sniffEncoding(new Uint8Array([0x61, 0, 0x62, 0]))).toEqual({ encoding: 'utf-16le', bomLength: 0, how: 'default', problem: 'the file looks like UTF-16 without a byte-order mark; give --encoding utf-16le' });
    // Little-endian is decided by the second byte being zero.
    expect(sniffEncoding(new Uint8Array([0, 0, 0x61, 0])).encoding).toBe('utf-16le');
    expect(sniffEncoding(new Uint8Array([0, 0x61, 0, 0x62]))).toEqual({ encoding: 'utf-16be', bomLength: 0, how: 'default', problem: 'the file looks like UTF-16 without a byte-order mark; give --encoding utf-16be' });
    // 2 zeros in 8 bytes is exactly a quarter; 1 in 8 is not.
    expect(sniffEncoding(new Uint8Array([0x61, 0, 0x62, 0x63, 0x64, 0x65, 0x66, 0])).encoding).toBe('utf-16le');
    expect(sniffEncoding(new Uint8Array([0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0]))).toEqual({ encoding: 'utf-8', bomLength: 0, how: 'default' });
    // Fewer than 4 bytes are never taken for UTF-16; an empty file is UTF-8.
    expect(sniffEncoding(new Uint8Array([0, 0, 0]))).toEqual({ encoding: 'utf-8', bomLength: 0, how: 'default' });
    expect(sniffEncoding(new Uint8Array(0))).toEqual({ encoding: 'utf-8', bomLength: 0, how: 'default' });
    // Only the first 4096 bytes are looked at.
    const head = new Uint8Array(4096 + 4096).fill(0);
    head.fill(0x61, 0, 4096);
    expect(sniffEncoding(head)).toEqual({ encoding: 'utf-8', bomLength: 0, how: 'default' });
  });
});

describe('CSV dialect: delimiter sniffing', () => {
  it('knows four delimiters', () => {
    expect(SNIFFED_DELIMITERS).toEqual([',', ';', '\t', '|']);
  });

  it.each([
    ['id,phq9_1', ','],
    ['id;phq9_1;phq9_2', ';'],
    ['id\tphq9_1', '\t'],
    ['id|phq9_1', '|'],
    ['', ','],
    ['one', ','],
    // A tie with a comma keeps the comma; other ties keep the earlier of ; tab |.
    ['a;b,c', ','],
    ['a;b\tc', ';'],
    ['a\tb|c', '\t'],
    // The most frequent wins; decimal commas inside quotes are not counted.
    ['a;b;c,d,e,f', ','],
    ['a,b;c;d', ';'],
    ['"1,5";"2,5";x', ';'],
    ['"a,b,c";d', ';'],
  ])('sniffs %j as %j', (line, delimiter) => {
    expect(sniffDelimiter(line)).toBe(delimiter);
  });

  it('takes the first line up to a break outside quotes', () => {
    expect(firstLine('a,b\r\n1,2')).toBe('a,b');
    expect(firstLine('a,b\r1,2')).toBe('a,b');
    expect(firstLine('a,"b\r\nc",d\n1')).toBe('a,"b\r\nc",d');
    expect(firstLine('a,b')).toBe('a,b');
    expect(firstLine('')).toBe('');
    expect(firstLine('\nx')).toBe('');
  });

  it('names delimiters for messages', () => {
    expect([delimiterName('\t'), delimiterName(';'), delimiterName(','), delimiterName('|')]).toEqual(['tab', '";"', '","', '"|"']);
  });
});

describe('CSV writer: RFC 4180 quoting', () => {
  it.each([
    ['', ',', ''],
    ['plain', ',', 'plain'],
    ['a b', ',', 'a b'],
    [' lead', ',', '" lead"'],
    ['trail ', ',', '"trail "'],
    ['a,b', ',', '"a,b"'],
    ['a,b', ';', 'a,b'],
    ['a;b', ';', '"a;b"'],
    ['a\tb', '\t', '"a\tb"'],
    ['a\tb', ',', 'a\tb'],
    ['x\ny', ',', '"x\ny"'],
    ['x\ry', ',', '"x\ry"'],
    ['"', ',', '""""'],
    ['say "hi"', ',', '"say ""hi"""'],
  ])('writes %j (delimiter %j) as %j', (text, delimiter, out) => {
    expect(csvField(text, delimiter)).toBe(out);
  });

  it('writes what the reader reads back unchanged', () => {
    const cells = ['', ' a', 'b ', 'x,y', 'q"r', 'l1\nl2', 'c\r\nd', 'é€'];
    const line = `${cells.map((c) => csvField(c)).join(',')}\n`;
    expect(readCsvText(line)).toEqual([cells]);
  });
});

describe('CSV writer: formula neutralising (OWASP CSV injection)', () => {
  it.each([
    ['=1+1', true],
    ['=', true],
    ['@SUM(A1)', true],
    ['\t1', true],
    ['\r1', true],
    ['+', true],
    ['-', true],
    ['-1e', true],
    ['-3 ', true],
    ['+1+1', true],
    ['-A1', true],
    ['-3', false],
    ['+1.5', false],
    ['-.5', false],
    ['-5.', false],
    ['-1E+03', false],
    ['+2e-4', false],
    ['1e3', false],
    [' =1', false],
    ['x=1', false],
    ['\n=1', false],
    ['', false],
  ])('%j is a formula: %s', (cell, formula) => {
    expect(looksLikeFormula(cell)).toBe(formula);
    expect(neutralizeFormula(cell)).toBe(formula ? `'${cell}` : cell);
  });
});

describe('CSV writer: byte buffer', () => {
  it('grows from a tiny capacity, copies short and long raw ranges, and encodes UTF-8 after ASCII', () => {
    const out: string[] = [];
    const buffer = new ByteBuffer((b) => out.push(new TextDecoder().decode(b)), 1);
    expect(buffer.length).toBe(0);
    buffer.text('ab');
    expect(buffer.length).toBe(2);
    const long = encode('0123456789'.repeat(10));
    buffer.raw(long, 0, 64); // 64 bytes: the bulk copy
    buffer.raw(long, 10, 73); // 63 bytes: the byte loop
    buffer.byte(0x2c);
    buffer.text('Mü€😀;');
    expect(buffer.length).toBe(2 + 64 + 63 + 1 + 1 + 2 + 3 + 4 + 1);
    buffer.flush();
    expect(buffer.length).toBe(0);
    buffer.flush(); // nothing written: the sink is not called
    buffer.text('z\u0080'); // U+0080 is the first character that needs two bytes
    expect(buffer.length).toBe(3);
    buffer.flush();
    expect(out).toEqual([`ab${'0123456789'.repeat(7).slice(0, 64)}${'0123456789'.repeat(8).slice(10, 73)},Mü€😀;`, 'z\u0080']);
  });
});

describe('reading a cell: number syntax', () => {
  it.each(['0', '12', '+1', '-1', '1.', '1.5', '.5', '-.5', '1e3', '1E-04', '-.5e+2', '007'])('%j is a number', (text) => {
    expect(NUMBER.test(text)).toBe(true);
  });
  it.each(['', '.', '+', 'e3', '1e', '1e+', '1,5', '1 000', 'Infinity', 'NaN', '0x10', '1_000', '--1', '1e3.5', '1.2.3', ' 1'])('%j is not a number', (text) => {
    expect(NUMBER.test(text)).toBe(false);
  });

  it('reads numbers as exports write them and keeps other text for scoring to report', () => {
    const [reader] = createCellReaders(vas);
    expect(reader!.read('1e-04')).toBe(0.0001);
    expect(reader!.read(' 12.5 ')).toBe(12.5);
    expect(reader!.read('-.5')).toBe(-0.5);
    expect(reader!.read('Infinity')).toBe('Infinity');
    expect(reader!.read(' 0x10 ')).toBe(' 0x10 ');
    expect(reader!.read('')).toBeNull();
    expect(reader!.read('   ')).toBeNull();
    expect(reader!.mask).toBe(0);
    expect(reader!.recodes()).toEqual([]);
  });

  it('reads one-character cells: digits by the fast path, the bytes beside them as text', () => {
    const reader = new CellReader(phq9.items[0]!, { labels: false });
    expect([reader.read('0'), reader.read('9'), reader.read('/'), reader.read(':')]).toEqual([0, 9, '/', ':']);
    expect(reader.readDigit(3)).toBe(3);
    expect(reader.digitOutcome(7)).toBe(7);
  });
});

describe('reading a cell: missing tokens', () => {
  it('compares trimmed cells with trimmed tokens; with custom tokens an empty cell is not missing', () => {
    const reader = new CellReader(vas.items[0]!, { missingTokens: [' NA ', '-99'] });
    expect([reader.read('NA'), reader.read(' -99'), reader.read('')]).toEqual([null, null, '']);
    const labelled = new CellReader(phq9.items[0]!, { missingTokens: ['NA'] });
    expect(labelled.read('')).toEqual({
      problem: 'phq9_1: "" is neither a number nor an option label; the labels are "Not at all", "Several days", "More than half the days", "Nearly every day" (or their codes)',
    });
  });

  it('a missing token wins over a digit', () => {
    expect(new CellReader(phq9.items[0]!, { missingTokens: ['', '9'] }).read('9')).toBeNull();
  });
});

describe('reading a cell: dictionary codes, value maps, shifts', () => {
  it('dictionary codes win over value maps, numbers and shifts; a code equal to its value is no recode', () => {
    const codes = { phq9_1: new Map<string, number | null>([['0', 0], ['2', 1], ['5', null], ['x', 3]]) };
    const values = compileValueMap(phq9, { '2': 3, x: 0 });
    const reader = new CellReader(phq9.items[0]!, { codes, values, shift: -1 });
    expect(reader.read('0')).toBe(0);
    expect(reader.mask).toBe(0);
    expect([reader.read('2'), reader.read('5'), reader.read(' x ')]).toEqual([1, null, 3]);
    expect(reader.mask).toBe(Recode.dictionary);
    expect(reader.recodes()).toEqual([
      { item: 'phq9_1', kind: 'dictionary codes', from: '2', to: 1, count: 1 },
      { item: 'phq9_1', kind: 'dictionary codes', from: '5', to: null, count: 1 },
      { item: 'phq9_1', kind: 'dictionary codes', from: ' x ', to: 3, count: 1 },
    ]);
    // Codes of another item do not apply.
    expect(new CellReader(phq9.items[1]!, { codes }).read('2')).toBe(2);
  });

  it('a per-item value map wins over the all-items one, by exact text or label form, over numbers', () => {
    const values = compileValueMap(phq9, { Sometimes: 1, '7': null, phq9_2: { Sometimes: 2 } });
    const [first, second] = createCellReaders(phq9, { values });
    expect([first!.read(' SOMETIMES. '), second!.read('Sometimes'), first!.read('7')]).toEqual([1, 2, null]);
    expect(first!.mask).toBe(Recode.values);
    expect(second!.recodes()).toEqual([{ item: 'phq9_2', kind: 'value map', from: 'Sometimes', to: 2, count: 1 }]);
  });

  it('a shift moves every numeric code, not only digits, and is recorded with its sign', () => {
    const reader = new CellReader(vas.items[0]!, { shift: 1 });
    expect([reader.read('10'), reader.read('0'), reader.read('10'), reader.read('2.5')]).toEqual([11, 1, 11, 3.5]);
    expect(reader.mask).toBe(Recode.shift);
    expect(reader.recodes()).toEqual([
      { item: 'vas_1', kind: 'shift', from: '0', to: 1, count: 1 },
      { item: 'vas_1', kind: 'shift', from: '10', to: 11, count: 2 },
      { item: 'vas_1', kind: 'shift', from: '2.5', to: 3.5, count: 1 },
    ]);
    expect(new CellReader(vas.items[0]!, { shift: 0 }).read('10')).toBe(10);
    // 9 is a digit too: read by the fast path and listed once.
    const nine = new CellReader(phq9.items[0]!, { shift: -1 });
    nine.read('9');
    expect(nine.recodes()).toEqual([{ item: 'phq9_1', kind: 'shift', from: '9', to: 8, count: 1 }]);
  });

  it('lists recodes of one-character cells that are not digits', () => {
    const reader = new CellReader(phq9.items[0]!, { values: compileValueMap(phq9, { A: 1, '+': 2 }) });
    expect([reader.read('A'), reader.read('+')]).toEqual([1, 2]);
    expect(reader.recodes()).toEqual([
      { item: 'phq9_1', kind: 'value map', from: 'A', to: 1, count: 1 },
      { item: 'phq9_1', kind: 'value map', from: '+', to: 2, count: 1 },
    ]);
  });

  it('a punctuation-only key matches that cell only, not every punctuation cell', () => {
    // '-' normalises to '': as a key it must not swallow '?', '.' or '*' (they stay "not a number").
    const reader = new CellReader(phq9.items[0]!, { values: compileValueMap(phq9, { '-': null }) });
    expect(reader.read('-')).toBeNull();
    for (const cell of ['?', '.', '*']) expect(isCellProblem(reader.read(cell))).toBe(true);
  });

  it('counts digit reads; a digit looked at through digitOutcome is not counted', () => {
    const reader = new CellReader(phq9.items[0]!, { shift: -1 });
    expect(reader.digitOutcome(4)).toBe(3);
    expect(reader.recodes()).toEqual([]);
    expect(reader.mask).toBe(0);
    expect(reader.readDigit(4)).toBe(3);
    expect(reader.mask).toBe(Recode.shift);
    reader.read('4');
    expect(reader.recodes()).toEqual([{ item: 'phq9_1', kind: 'shift', from: '4', to: 3, count: 2 }]);
  });

  it('remembers at most 4096 distinct cells (recodes of later ones are not listed)', () => {
    const reader = new CellReader(vas.items[0]!, { shift: 1 });
    for (let i = 10; i < 10 + 4100; i++) reader.read(String(i));
    expect(reader.recodes().length).toBe(4096);
    expect(reader.read('4109')).toBe(4110);
  });
});

describe('reading a cell: decimal commas', () => {
  const integerItem = { id: 'n_1', label: 'Count', numeric: { min: 0, max: 10, integer: true } } as unknown as Item;
  it('reads a decimal comma only where asked and where the item allows decimals', () => {
    const reader = new CellReader(vas.items[0]!, { decimalComma: true });
    expect([reader.read('45,5'), reader.read(',5'), reader.read('-2,25'), reader.read('+1,0')]).toEqual([45.5, 0.5, -2.25, 1]);
    expect([reader.read('2,'), reader.read('1,2,3'), reader.read('1.000,5')]).toEqual(['2,', '1,2,3', '1.000,5']);
    expect(reader.mask).toBe(Recode.decimalComma);
    expect(new CellReader(integerItem, { decimalComma: true }).read('2,5')).toBe('2,5');
    expect(new CellReader(vas.items[0]!).read('2,5')).toBe('2,5');
  });
});

describe('reading a cell: option labels', () => {
  it('reads labels and spacing variants; labels: false keeps the text as written', () => {
    const reader = new CellReader(phq9.items[0]!);
    expect([reader.read('Several days'), reader.read('NEARLY EVERYDAY'), reader.read('not at all (0)')]).toEqual([1, 3, 0]);
    expect(reader.mask).toBe(Recode.label);
    expect(new CellReader(phq9.items[0]!, { labels: false }).read(' Often ')).toBe(' Often ');
    // An item without options keeps the text.
    expect(new CellReader(vas.items[0]!).read('Often')).toBe('Often');
  });

  it('names the cell as written and every label when it matches none, or more than one', () => {
    const item = { id: 'yn', label: 'Yes/no', options: [{ value: 0, label: 'No' }, { value: 1, label: 'no.' }, { value: 2, label: 'Yes' }] } as unknown as Item;
    const reader = new CellReader(item);
    expect(reader.read(' NO')).toEqual({ problem: 'yn: " NO" matches more than one option label; the labels are "No", "no.", "Yes" (or their codes)' });
    expect(reader.read('Maybe')).toEqual({ problem: 'yn: "Maybe" is neither a number nor an option label; the labels are "No", "no.", "Yes" (or their codes)' });
    expect(reader.mask).toBe(0);
  });

  it('does not read a spacing variant when two labels differ only by spacing', () => {
    const item = { id: 'd', label: 'Days', options: [{ value: 0, label: 'Every day' }, { value: 1, label: 'Everyday' }, { value: 2, label: 'Some days' }] } as unknown as Item;
    const reader = new CellReader(item);
    expect([reader.read('EVERY-DAY'), reader.read('everyday'), reader.read('So me days')]).toEqual([0, 1, 2]);
    expect(isCellProblem(reader.read('Ever yday'))).toBe(true);
  });

  it('tells problems from values', () => {
    expect([isCellProblem({ problem: 'x' }), isCellProblem({}), isCellProblem(null), isCellProblem('problem'), isCellProblem(1), isCellProblem(undefined)]).toEqual([true, false, false, false, false, false]);
  });
});

describe('reading a cell: recode descriptions', () => {
  it('names recode kinds in a fixed order, with the shift signed', () => {
    expect(Recode).toEqual({ label: 1, values: 2, shift: 4, decimalComma: 8, dictionary: 16 });
    expect(RECODE_NAMES).toEqual({ 1: 'labels', 2: 'value map', 4: 'shift', 8: 'decimal comma', 16: 'dictionary codes' });
    expect(describeRecodes(0)).toBe('');
    expect(describeRecodes(31, 2)).toBe('dictionary codes; value map; labels; shift +2; decimal comma');
    expect(describeRecodes(Recode.shift, -3)).toBe('shift -3');
    expect(describeRecodes(Recode.shift)).toBe('shift 0');
    expect(describeRecodes(Recode.decimalComma | Recode.label)).toBe('labels; decimal comma');
  });
});

describe('value maps', () => {
  it('indexes each key by its trimmed text and its label form', () => {
    expect(valueMapKeys(' Prefer not to say. ')).toEqual(['Prefer not to say.', 'prefer not to say']);
    const map = compileValueMap(phq9, { ' Sometimes ': 1, 'N/A': null, phq9_9: { Refused: null, 'Quite often': 2 } });
    expect([...map.all]).toEqual([['Sometimes', 1], ['sometimes', 1], ['N/A', null], ['n a', null]]);
    expect([...map.items.keys()]).toEqual(['phq9_9']);
    expect([...map.items.get('phq9_9')!]).toEqual([['Refused', null], ['refused', null], ['Quite often', 2], ['quite often', 2]]);
  });

  it('reports every bad entry at once, with code, path, input and message', () => {
    const error = caught(() => compileValueMap(phq9, { a: 'one' as never, b: Number.NaN, phq9_10: { x: 1 }, phq9_1: { y: true as never } }));
    expect(error).toBeInstanceOf(PromkitError);
    expect((error as PromkitError).issues).toEqual([
      { code: 'invalid-argument', path: ['values', 'a'], input: 'one', message: 'values.a: "one" must be a number, or null for "unanswered"' },
      { code: 'invalid-argument', path: ['values', 'b'], input: Number.NaN, message: 'values.b: null must be a number, or null for "unanswered"' },
      {
        code: 'unknown-item',
        path: ['values', 'phq9_10'],
        input: { x: 1 },
        message: 'values.phq9_10: "phq9_10" is not an item of phq-9; its items are phq9_1, phq9_2, phq9_3, phq9_4, phq9_5, phq9_6, phq9_7, phq9_8, phq9_9',
      },
      { code: 'invalid-argument', path: ['values', 'phq9_1', 'y'], input: true, message: 'values.phq9_1.y: true must be a number, or null for "unanswered"' },
    ]);
  });

  it('refuses a map that is not an object, naming the given path', () => {
    for (const input of [null, [1], 3]) {
      const error = caught(() => compileValueMap(phq9, input as never, ['options', 'values']));
      expect((error as PromkitError).issues).toEqual([{ code: 'invalid-argument', path: ['options', 'values'], input, message: 'options.values: expected an object of label or code → value' }]);
    }
    expect(compileValueMap(phq9, {})).toEqual({ all: new Map(), items: new Map() });
  });
});

describe('option labels', () => {
  it.each([
    ['Several days', 'several days'],
    ['  SEVERAL   days. ', 'several days'],
    ['More than half the days (2)', 'more than half the days'],
    ['Worse (-1)', 'worse'],
    ['Half ( 2,5 )', 'half'],
    ['Half (2.5) ', 'half'],
    ['Several days (1).', 'several days 1'],
    ['a (1) b', 'a 1 b'],
    ['Très souvent', 'tres souvent'],
    ['ﬁne', 'fine'],
    ['Item #3—often', 'item 3 often'],
    ['', ''],
  ])('normalizes %j to %j', (text, normal) => {
    expect(normalizeLabel(text)).toBe(normal);
  });

  it('indexes labels, marking two labels of different values as ambiguous', () => {
    const item = { id: 'yn', label: 'Yes/no', options: [{ value: 0, label: 'No' }, { value: 1, label: 'no.' }, { value: 2, label: 'Yes' }, { value: 2, label: 'YES!' }] } as unknown as Item;
    const labels = indexOptionLabels(item);
    expect(labels).toEqual({ itemId: 'yn', byLabel: new Map([['no', null], ['yes', 2]]), allowed: ['No', 'no.', 'Yes', 'YES!'], labelOf: new Map([['no', 'No'], ['yes', 'Yes']]) });
    expect(readOptionLabel(labels, 'NO')).toEqual({ kind: 'ambiguous', allowed: ['No', 'no.', 'Yes', 'YES!'] });
    expect(readOptionLabel(labels, 'maybe')).toEqual({ kind: 'unknown', allowed: ['No', 'no.', 'Yes', 'YES!'] });
    expect(readOptionLabel(labels, 'yes').kind).toBe('option');
    expect(indexOptionLabels(vas.items[0]!)).toEqual({ itemId: 'vas_1', byLabel: new Map(), allowed: [], labelOf: new Map() });
  });

  it('returns the option with its label as the definition writes it', () => {
    const labels = indexOptionLabels(phq9.items[0]!);
    expect(readOptionLabel(labels, 'more than half the days')).toEqual({ kind: 'option', value: 2, label: 'More than half the days' });
    expect(readOptionLabel(labels, 'NEARLY EVERY DAY (3)')).toEqual({ kind: 'option', value: 3, label: 'Nearly every day' });
  });
});

describe('LOINC codes', () => {
  it('verifies the mod-10 check digit (double every other digit from the right, sum digits)', () => {
    // 44250-9: 0·2=0, 5, 2·2=4, 4, 4·2=8 → 21 → (10 − 1) mod 10 = 9.
    expect(hasValidCheckDigit('44250-9')).toBe(true);
    // 69725-0: 5·2=10→1, 2, 7·2=14→5, 9, 6·2=12→3 → 20 → (10 − 0) mod 10 = 0 (digit folding).
    expect(hasValidCheckDigit('69725-0')).toBe(true);
    // 68509-9: 9·2=18→9, 0, 5·2=10→1, 8, 6·2=12→3 → 21 → 9.
    expect(hasValidCheckDigit('68509-9')).toBe(true);
    // 38214-3: 4·2=8, 1, 2·2=4, 8, 3·2=6 → 27 → 3.
    expect(hasValidCheckDigit('38214-3')).toBe(true);
    // 5-0: 5·2=10→1 → (10 − 1) = 9, so 5-0 is wrong and 5-9 right.
    expect([hasValidCheckDigit('5-9'), hasValidCheckDigit('5-0')]).toEqual([true, false]);
    for (const bad of ['44250-8', '44250', '44250-', '-9', '4425a-9', '44250-10', '44250-x', '']) expect(hasValidCheckDigit(bad)).toBe(false);
  });

  it.each([
    ['/44250-9', '44250-9'],
    ['44250-9', '44250-9'],
    [' 44250-9 ', '44250-9'],
    ['phq9/44250-9', '44250-9'],
    ['item_44250-9', '44250-9'],
    ['http://loinc.org|69725-0', '69725-0'],
    ['phq9_1', undefined],
    ['x44250-9', undefined],
    ['044250-9', undefined],
    ['44250-8', undefined],
    ['44250-9x', undefined],
    ['44250-9/a', undefined],
    ['12345678-5', undefined],
    ['12-3', undefined],
  ])('finds the LOINC code in %j: %j', (name, code) => {
    expect(loincCodeIn(name)).toBe(code);
  });

  it('maps an instrument’s items by their LOINC codes, skipping items without one', () => {
    expect([...itemsByLoinc(gad7)]).toEqual([
      ['69725-0', 'gad7_1'], ['68509-9', 'gad7_2'], ['69733-4', 'gad7_3'], ['69734-2', 'gad7_4'], ['69735-9', 'gad7_5'], ['69689-8', 'gad7_6'], ['69736-7', 'gad7_7'],
    ]);
    expect([...itemsByLoinc(mini)]).toEqual([]);
  });
});

describe('REDCap: choices', () => {
  it('reads "code, label | …", splitting each choice at its first comma', () => {
    expect(readRedcapChoices(' 1 , Not at all|2,Several days, or more | 3,<b>Often</b>  now ')).toEqual([
      { code: '1', label: 'Not at all' },
      { code: '2', label: 'Several days, or more' },
      { code: '3', label: 'Often now' },
    ]);
    expect(readRedcapChoices('A | B', 'checkbox')).toEqual([{ code: 'A', label: 'A' }, { code: 'B', label: 'B' }]);
    expect(readRedcapChoices('  ')).toEqual([]);
    // A comma first: an empty code, not a choice without a comma.
    expect(readRedcapChoices(',Only label')).toEqual([{ code: '', label: 'Only label' }]);
    // Tags are word breaks.
    expect(readRedcapChoices('1, Several<br>days')).toEqual([{ code: '1', label: 'Several days' }]);
    expect(readRedcapChoices('')).toEqual([]);
  });

  it('gives yesno and truefalse fields REDCap’s fixed codes, whatever the text', () => {
    expect(readRedcapChoices('0, Nope', 'yesno')).toEqual([{ code: '1', label: 'Yes' }, { code: '0', label: 'No' }]);
    expect(readRedcapChoices('', 'truefalse')).toEqual([{ code: '1', label: 'True' }, { code: '0', label: 'False' }]);
  });
});

describe('REDCap: data dictionary', () => {
  const header = ['Variable / Field Name', 'Form Name', 'Section Header', 'Field Type', 'Field Label', 'Choices, Calculations, OR Slider Labels'];
  it('reads fields by column name in any order and case; skips unnamed rows; choices only for choice types', () => {
    const rows = [
      [' FIELD LABEL ', 'choices, calculations, or slider labels', 'field type', 'form name', 'variable / field name'],
      ['<p>Feeling</p>\n<b>low</b>', '0, Never | 1, Often', ' RADIO ', ' mood ', ' q1 '],
      ['Sleep', '0, Never | 1, Often', 'text', 'mood', 'q2'],
      ['Tick', '1, A | 2, B', 'checkbox', 'mood', 'q3'],
      ['Pick', '1, A', 'dropdown', 'mood', 'q4'],
      ['Agree', 'ignored', 'yesno', 'mood', 'q5'],
      ['True?', '', 'truefalse', 'mood', 'q6'],
      ['Score', '[q1]+[q2]', 'calc', 'mood', 'q7'],
      ['x', '0, A', 'radio', 'mood', '  '],
      ['short'],
    ];
    expect(readRedcapDictionary(rows)).toEqual([
      { name: 'q1', form: 'mood', type: 'radio', label: 'Feeling low', choices: [{ code: '0', label: 'Never' }, { code: '1', label: 'Often' }] },
      { name: 'q2', form: 'mood', type: 'text', label: 'Sleep', choices: [] },
      { name: 'q3', form: 'mood', type: 'checkbox', label: 'Tick', choices: [{ code: '1', label: 'A' }, { code: '2', label: 'B' }] },
      { name: 'q4', form: 'mood', type: 'dropdown', label: 'Pick', choices: [{ code: '1', label: 'A' }] },
      { name: 'q5', form: 'mood', type: 'yesno', label: 'Agree', choices: [{ code: '1', label: 'Yes' }, { code: '0', label: 'No' }] },
      { name: 'q6', form: 'mood', type: 'truefalse', label: 'True?', choices: [{ code: '1', label: 'True' }, { code: '0', label: 'False' }] },
      { name: 'q7', form: 'mood', type: 'calc', label: 'Score', choices: [] },
    ]);
    expect(readRedcapDictionary([header, ['q1', 'f']])).toEqual([{ name: 'q1', form: 'f', type: '', label: '', choices: [] }]);
  });

  it('refuses a header without the dictionary’s columns, naming the missing ones', () => {
    const error = caught(() => readRedcapDictionary([['Variable / Field Name', 'Form Name', 'Field Label'], ['q1', 'f', 'x']]));
    expect((error as PromkitError).issues).toEqual([
      {
        code: 'invalid-argument',
        path: ['dictionary'],
        input: ['Variable / Field Name', 'Form Name', 'Field Label'],
        message: `this is not a REDCap data dictionary: its header lacks "field type", "choices, calculations, or slider labels" (download it from the project's Dictionary page as CSV)`,
      },
    ]);
    expect((caught(() => readRedcapDictionary([])) as PromkitError).issues[0]!.message).toBe(
      `this is not a REDCap data dictionary: its header lacks "variable / field name", "form name", "field type", "field label", "choices, calculations, or slider labels" (download it from the project's Dictionary page as CSV)`,
    );
  });

  it('lists the system columns of longitudinal and repeating exports', () => {
    expect(REDCAP_SYSTEM_COLUMNS).toEqual(['record_id', 'redcap_event_name', 'redcap_repeat_instrument', 'redcap_repeat_instance', 'redcap_data_access_group', 'redcap_survey_identifier']);
  });
});

describe('REDCap: mapping fields to items', () => {
  const field = (name: string, label: string, choices: string, type = 'radio') => ({ name, form: 'f', type, label, choices: readRedcapChoices(choices, type) });
  const same = '0, Never | 1, Sometimes | 2, Often';
  const shifted = '1, Never | 2, Sometimes | 3, Often';
  const issuesOf = (run: () => unknown) => (caught(run) as PromkitError).issues;

  it('finds fields by id-like name (no note when the name is the id), codes that equal values need no note', () => {
    const fields = [field('mini_1', 'A', same), field('MINI_Q02', 'B', same)];
    expect(mapRedcapFields(mini, fields, ['record_id', 'mini_1', 'MINI_Q02'])).toEqual({
      columns: { mini_1: 'mini_1', mini_2: 'MINI_Q02' },
      codes: { mini_1: new Map([['0', 0], ['1', 1], ['2', 2]]), mini_2: new Map([['0', 0], ['1', 1], ['2', 2]]) },
      notes: ['mini_2 ← MINI_Q02 by field name'],
    });
  });

  it('recodes choices by their labels and says so; finds a field by the item’s text or label', () => {
    const fields = [field('low', 'Feeling low or sad', shifted), field('slp', 'poor sleep.', '')];
    expect(mapRedcapFields(mini, fields, ['low', 'slp'])).toEqual({
      columns: { mini_1: 'low', mini_2: 'slp' },
      codes: { mini_1: new Map([['1', 0], ['2', 1], ['3', 2]]) },
      notes: ['mini_1 ← low by field label', "low: codes 1→0, 2→1, 3→2 by the dictionary's choice labels", 'mini_2 ← slp by field label'],
    });
  });

  it('prefers the field name when the header holds both its name and its label', () => {
    const fields = [field('mini_1', 'A', same), field('mini_2', 'B', same)];
    expect(mapRedcapFields(mini, fields, ['A', 'mini_1', 'B', 'mini_2']).columns).toEqual({ mini_1: 'mini_1', mini_2: 'mini_2' });
  });

  it('a field whose label is both the item’s text and its label is one candidate, not two', () => {
    const one = { id: 'one', items: [{ id: 'one_1', label: 'Poor sleep', text: 'Poor sleep.', options: frequency }] } as unknown as Instrument;
    expect(mapRedcapFields(one, [field('zz', 'poor  sleep', same)], ['zz']).columns).toEqual({ one_1: 'zz' });
  });

  it('takes the label as the column in a label export', () => {
    const fields = [field('low', 'Feeling low', same), field('slp', 'Poor sleep', same)];
    expect(mapRedcapFields(mini, fields, ['Feeling low', 'Poor sleep'])).toMatchObject({
      columns: { mini_1: 'Feeling low', mini_2: 'Poor sleep' },
      notes: ['mini_1 ← low (label "Feeling low") by field label', 'mini_2 ← slp (label "Poor sleep") by field label'],
    });
  });

  it('an explicit map wins: a dictionary field, or a header column that is no field', () => {
    const fields = [field('mini_1', 'A', same), field('other', 'B', shifted)];
    expect(mapRedcapFields(mini, fields, ['mini_1', 'other', 'renamed'], { map: { mini_1: 'other', mini_2: 'renamed' } })).toEqual({
      columns: { mini_1: 'other', mini_2: 'renamed' },
      codes: { mini_1: new Map([['1', 0], ['2', 1], ['3', 2]]) },
      notes: ['mini_1 ← other by column map', "other: codes 1→0, 2→1, 3→2 by the dictionary's choice labels"],
    });
  });

  it('reports every item it cannot place, at once', () => {
    const fields = [field('a1', 'Feeling low', same), field('a2', 'Feeling low or sad', same), field('mini_2', 'x', same)];
    expect(issuesOf(() => mapRedcapFields(mini, fields, ['a1', 'a2']))).toEqual([
      { code: 'invalid-argument', path: ['dictionary', 'mini_1'], input: ['a2', 'a1'], message: 'REDCap fields a2 and a1 could each be mini item mini_1; name one in a column map' },
      { code: 'invalid-argument', path: ['dictionary', 'mini_2'], input: undefined, message: "the REDCap dictionary has no field for mini item mini_2 (Poor sleep) among the export's columns; name one in a column map" },
    ]);
    expect(issuesOf(() => mapRedcapFields(mini, fields, ['a1', 'mini_2'], { map: { mini_1: 'nowhere', mini_2: 'a2' } }))).toEqual([
      { code: 'invalid-argument', path: ['dictionary', 'mini_1'], input: 'nowhere', message: 'map: nowhere for mini_1 is neither a field in the dictionary nor a column in the header' },
      { code: 'invalid-argument', path: ['dictionary', 'mini_2'], input: undefined, message: 'REDCap field a2 (mini item mini_2) is in the dictionary but not in the export, by name or by label' },
    ]);
  });

  it('refuses a choice it cannot place, listing the options', () => {
    const fields = [field('mini_1', 'A', '1, Never | 2, Always | 3, Often'), field('mini_2', 'B', same)];
    expect(issuesOf(() => mapRedcapFields(mini, fields, ['mini_1', 'mini_2']))).toEqual([
      {
        code: 'invalid-argument',
        path: ['dictionary', 'mini_1'],
        input: { code: '2', label: 'Always' },
        message: 'REDCap field mini_1: choice "2, Always" matches no mini option; the options are 0 "Never", 1 "Sometimes", 2 "Often" (give --values to say what it stands for)',
      },
    ]);
  });

  describe('a mis-worded choice is taken by its code only when the project codes as the manual does', () => {
    const codesOf = (choices: string) => {
      const fields = [field('mini_1', 'A', choices), field('mini_2', 'B', same)];
      return [...mapRedcapFields(mini, fields, ['mini_1', 'mini_2']).codes.mini_1!];
    };
    it('taken: half or more of the choices match by label, each with code = value', () => {
      expect(codesOf('0, Never | 1, Sometimez | 2, Often')).toEqual([['0', 0], ['2', 2], ['1', 1]]);
      // 2 of 4 match: exactly half is enough.
      const four = { ...mini, items: [{ ...mini.items[0]!, options: [...frequency, { value: 3, label: 'Always' }] }, mini.items[1]!] } as unknown as Instrument;
      const fields = [field('mini_1', 'A', '0, Never | 1, Sometimez | 2, Oftn | 3, Always'), field('mini_2', 'B', same)];
      expect([...mapRedcapFields(four, fields, ['mini_1', 'mini_2']).codes.mini_1!]).toEqual([['0', 0], ['3', 3], ['1', 1], ['2', 2]]);
    });
    it.each([
      ['fewer than half match', '0, Nevr | 1, Sometimez | 2, Often'],
      ['a matched code differs from its value', '1, Sometimes | 2, Often | 0, Nevr'.replace('1, Sometimes', '0, Sometimes')],
      ['the code is no option value', '0, Never | 7, Sometimez | 2, Often'],
      ['the code is already taken', '0, Never | 2, Sometimez | 2, Often'],
      ['two mis-worded choices share a code', '0, Never | 1, Sometimez | 1, Sometymes | 2, Often'],
    ])('refused: %s', (_name, choices) => {
      expect(() => codesOf(choices)).toThrow(PromkitError);
    });
    it('refused: a blank code (which Number() would read as 0)', () => {
      const fields = [field('mini_1', 'A', '1, Sometimes | 2, Often | , Nevr'), field('mini_2', 'B', same)];
      expect(issuesOf(() => mapRedcapFields(mini, fields, ['mini_1', 'mini_2']))[0]!.input).toEqual({ code: '', label: 'Nevr' });
    });
  });
});

describe('Qualtrics: the two extra header rows', () => {
  it.each([
    [['{"ImportId":"QID1"}'], true],
    [['{"ImportId":"startDate","timeZone":"America/Denver"}', '{"ImportId":"QID1_1"}', ''], true],
    [['  { "ImportId" : "QID2"}  ', 'x'], false], // 1 of 2 is not more than half
    [['{ "ImportId" : "QID2"}', '{"ImportId":"QID3"}', 'x'], true], // 2 of 3
    [['{"ImportId":"a"}', '{"ImportId":"b"}', 'x', 'y'], false], // 2 of 4
    [['{"ImportId":"a"}', '{"ImportId":"b"}', '{"ImportId":"c"}', 'y'], true], // 3 of 4
    [['{"importid":"a"}'], false],
    [['{"QID":"a"}'], false],
    [['"ImportId":"a"'], false],
    [['x{"ImportId":"a"}'], false],
    [['', ' '], false],
    [['{"ImportId":"a"}', '', ' '], true], // blank cells do not count
    [[' {"ImportId":"a"} '], true],
    [[], false],
    [['Start Date', 'Q1'], false],
  ])('%j is an ImportId row: %s', (cells, expected) => {
    expect(isQualtricsImportIdRow(cells)).toBe(expected);
  });

  it('looks at the second row after the header only', () => {
    const importIds = ['{"ImportId":"startDate"}', '{"ImportId":"QID1"}'];
    expect(hasQualtricsHeaderRows([['Start Date', 'Q1'], importIds])).toBe(true);
    expect(hasQualtricsHeaderRows([['Start Date', 'Q1'], importIds, ['1', '2']])).toBe(true);
    expect(hasQualtricsHeaderRows([importIds, ['1', '2']])).toBe(false);
    expect(hasQualtricsHeaderRows([['1', '2'], ['3', '4'], importIds])).toBe(false);
    expect(hasQualtricsHeaderRows([['Start Date', 'Q1']])).toBe(false);
    expect(hasQualtricsHeaderRows([])).toBe(false);
  });
});

describe('FHIR linkIds: the four rules, in order', () => {
  const matcher = fhirLinkIdMatcher(
    phq9,
    new Map([
      ['q1', ['44250-9']],
      ['q2', ['99999-9', '44255-8']],
      ['x/44250-9', ['44255-8']],
      ['/44259-0', ['44259-0']],
    ]),
    { free: 'phq9_3', phq9_4: 'phq9_5' },
  );
  it.each([
    ['phq9_4', { itemId: 'phq9_4', by: 'item-id' }], // an item id wins over an explicit entry
    ['x/44250-9', { itemId: 'phq9_1', by: 'loinc-in-linkid' }], // the linkId's code wins over the Questionnaire's
    ['q1', { itemId: 'phq9_1', by: 'questionnaire-code' }],
    ['q2', { itemId: 'phq9_2', by: 'questionnaire-code' }], // an unknown code is passed over
    ['free', { itemId: 'phq9_3', by: 'linkids-option' }],
    ['/12345-5', undefined], // a valid LOINC code of no item
    ['constructor', undefined], // own entries of the map only
    ['nothing', undefined],
  ])('matches %j to %j', (linkId, match) => {
    expect(matcher.match(linkId)).toEqual(match);
  });
  it('lists the LOINC codes of a linkId, the linkId’s own first, without repeats', () => {
    expect(matcher.loincOf('x/44250-9')).toEqual(['44250-9', '44255-8']);
    expect(matcher.loincOf('/44259-0')).toEqual(['44259-0']);
    expect(matcher.loincOf('q2')).toEqual(['99999-9', '44255-8']);
    expect(matcher.loincOf('free')).toEqual([]);
  });
});

describe('FHIR answers: choice items', () => {
  const sources: AnswerSources = { instrumentId: 'phq-9', terminology: indexTerminologyWeights([]) };
  const item = phq9.items[0]!;
  const weight = (w: number) => [{ url: 'http://hl7.org/fhir/StructureDefinition/itemWeight', valueDecimal: w }];
  it.each([
    [{ valueCoding: { system: 'http://loinc.org', code: 'LA6570-1' } }, 2],
    [{ valueCoding: { code: 'LA6571-9' } }, 3], // no system: matched on the code
    [{ valueCoding: { system: 'https://promkit.dev/fhir/CodeSystem/promkit-answer', code: 'phq-9.phq9_1=1' } }, 1],
    [{ valueCoding: { code: 'phq-9.phq9_1=0' } }, 0],
  ])('reads %j by its option code', (answer, value) => {
    expect(readFhirAnswer(answer, item, sources)).toEqual({ ok: true, value, by: 'option-code' });
  });
  it('reads a number equal to an option value, and weights from extensions', () => {
    expect(readFhirAnswer({ valueInteger: 2 }, item, sources)).toEqual({ ok: true, value: 2, by: 'number' });
    expect(readFhirAnswer({ valueDecimal: 1 }, item, sources)).toEqual({ ok: true, value: 1, by: 'number' });
    expect(readFhirAnswer({ valueCoding: { code: 'often' }, extension: weight(2) }, item, sources)).toEqual({ ok: true, value: 2, by: 'weight' });
    expect(readFhirAnswer({ valueCoding: { code: 'often', extension: weight(3) } }, item, sources)).toEqual({ ok: true, value: 3, by: 'weight' });
    expect(readFhirAnswer({ valueCoding: { code: 'x' } }, item, { ...sources, answerWeight: () => 1 })).toEqual({ ok: true, value: 1, by: 'answer-weight' });
  });
  it.each([
    ['another system', { valueCoding: { system: 'http://snomed.info/sct', code: 'LA6570-1' } }, 'not-an-option'],
    ['another item’s promkit code', { valueCoding: { code: 'phq-9.phq9_2=1' } }, 'not-an-option'],
    ['a promkit code of no option', { valueCoding: { code: 'phq-9.phq9_1=4' } }, 'not-an-option'],
    ['a number of no option', { valueInteger: 4 }, 'not-an-option'],
    ['a non-finite number', { valueDecimal: Number.NaN }, 'not-an-option'],
    ['a string', { valueString: '2' }, 'invalid-type'],
    ['a Coding without a code', { valueCoding: { display: 'Several days' } }, 'invalid-type'],
    ['a weight that disagrees with the option code', { valueCoding: { code: 'LA6570-1' }, extension: weight(1) }, 'not-an-option'],
    ['a weight of no option', { valueCoding: { code: 'x' }, extension: weight(7) }, 'not-an-option'],
  ])('refuses %s', (_name, answer, code) => {
    const reading = readFhirAnswer(answer, item, sources);
    expect(reading).toMatchObject({ ok: false, code, at: Object.keys(answer).find((k) => k.startsWith('value')) });
  });
  it('refuses conflicting weights, naming each', () => {
    const answer = { valueCoding: { code: 'x', extension: weight(1) }, extension: weight(2) };
    expect(readFhirAnswer(answer, item, sources)).toEqual({
      ok: false,
      code: 'not-an-option',
      at: 'valueCoding',
      message: "code \"x\" has conflicting weights: 2 (the answer's itemWeight/ordinalValue extension), 1 (the answer's itemWeight/ordinalValue extension); promkit will not guess which is right",
    });
  });
  it('refuses a bad answerWeight result, and says what to pass when nothing weighs a Coding', () => {
    expect(readFhirAnswer({ valueCoding: { code: 'x' } }, item, { ...sources, answerWeight: () => Number.POSITIVE_INFINITY })).toEqual({
      ok: false,
      code: 'invalid-argument',
      at: 'valueCoding',
      message: 'options.answerWeight returned Infinity for code "x"; expected a finite number or undefined',
    });
    expect(readFhirAnswer({ valueCoding: { system: 'http://x', code: 'y', display: 'Y' } }, item, { ...sources, answerWeight: () => undefined })).toEqual({
      ok: false,
      code: 'not-an-option',
      at: 'valueCoding',
      message:
        'answer http://x|y ("Y") matches no response option and no weight was found for it; allowed: LA6568-5 "Not at all" (0), LA6569-3 "Several days" (1), LA6570-1 "More than half the days" (2), LA6571-9 "Nearly every day" (3). ' +
        'Pass options.questionnaire (its answerOption weights), options.valueSets (a ValueSet or CodeSystem with itemWeight), or options.answerWeight',
    });
  });
  it('wants an object with exactly one value[x]', () => {
    expect(readFhirAnswer(3, item, sources)).toEqual({ ok: false, code: 'invalid-responses', message: 'expected an answer object with one value[x], got 3' });
    expect(readFhirAnswer({}, item, sources)).toEqual({ ok: false, code: 'invalid-responses', message: 'an answer carries exactly one value[x], got none' });
    expect(readFhirAnswer({ valueInteger: 1, valueString: '1' }, item, sources)).toEqual({ ok: false, code: 'invalid-responses', message: 'an answer carries exactly one value[x], got valueInteger, valueString' });
  });
});

describe('FHIR answers: numeric items', () => {
  const sources: AnswerSources = { instrumentId: 'vas', terminology: indexTerminologyWeights([]) };
  const item = vas.items[0]!;
  const allowed = 'a number from 0 to 100 (valueInteger, valueDecimal, or a Coding whose weight or display is that number)';
  it('reads numbers within the range, ends included, and a Coding whose display is a number', () => {
    expect(readFhirAnswer({ valueDecimal: 45.5 }, item, sources)).toEqual({ ok: true, value: 45.5, by: 'number' });
    expect(readFhirAnswer({ valueInteger: 0 }, item, sources)).toEqual({ ok: true, value: 0, by: 'number' });
    expect(readFhirAnswer({ valueInteger: 100 }, item, sources)).toEqual({ ok: true, value: 100, by: 'number' });
    expect(Object.is((readFhirAnswer({ valueDecimal: -0 }, item, sources) as { value: number }).value, 0)).toBe(true);
    expect(readFhirAnswer({ valueCoding: { system: 'http://loinc.org', code: 'LA6111-4', display: ' 7 ' } }, item, sources)).toEqual({ ok: true, value: 7, by: 'display-number' });
    expect(readFhirAnswer({ valueCoding: { display: '10' } }, item, sources)).toEqual({ ok: true, value: 10, by: 'display-number' });
    expect(readFhirAnswer({ valueCoding: { code: 'x', display: '4' }, extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 4 }] }, item, sources)).toEqual({ ok: true, value: 4, by: 'weight' });
    expect(readFhirAnswer({ valueCoding: { code: 'x' } }, item, { ...sources, answerWeight: () => 12 })).toEqual({ ok: true, value: 12, by: 'answer-weight' });
  });
  it('refuses what is out of range, not a number, or unweighable, naming what is allowed', () => {
    expect(readFhirAnswer({ valueDecimal: 100.5 }, item, sources)).toEqual({ ok: false, code: 'out-of-range', at: 'valueDecimal', message: `100.5 is out of range; allowed: ${allowed}` });
    expect(readFhirAnswer({ valueInteger: -1 }, item, sources)).toEqual({ ok: false, code: 'out-of-range', at: 'valueInteger', message: `-1 is out of range; allowed: ${allowed}` });
    expect(readFhirAnswer({ valueDecimal: Number.NaN }, item, sources)).toEqual({ ok: false, code: 'not-finite', at: 'valueDecimal', message: `NaN is not a finite number; allowed: ${allowed}` });
    expect(readFhirAnswer({ valueInteger: '5' }, item, sources)).toEqual({ ok: false, code: 'invalid-type', at: 'valueInteger', message: `valueInteger "5" is not a number (answers are never converted); allowed: ${allowed}` });
    expect(readFhirAnswer({ valueString: '5' }, item, sources)).toEqual({ ok: false, code: 'invalid-type', at: 'valueString', message: `valueString "5" is the wrong type for a numeric item; allowed: ${allowed}` });
    expect(readFhirAnswer({ valueCoding: { code: 'x', display: 'ten' } }, item, sources)).toEqual({
      ok: false,
      code: 'invalid-type',
      at: 'valueCoding',
      message: `code "x" ("ten") has no weight and its display is not a number; allowed: ${allowed}; or pass options.answerWeight`,
    });
    expect(readFhirAnswer({ valueCoding: { code: 'x', display: '4' }, extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/itemWeight', valueDecimal: 5 }] }, item, sources)).toMatchObject({ ok: false, code: 'not-an-option', at: 'valueCoding' });
    expect(readFhirAnswer({ valueCoding: 3 }, item, sources)).toEqual({ ok: false, code: 'invalid-type', at: 'valueCoding', message: `valueCoding 3 is not a Coding; allowed: ${allowed}` });
  });
  it('refuses a fraction for a whole-number item', () => {
    const whole = { id: 'n_1', label: 'Count', numeric: { min: 0, max: 10, integer: true } } as unknown as Item;
    expect(readFhirAnswer({ valueDecimal: 2.5 }, whole, sources)).toEqual({
      ok: false,
      code: 'not-an-integer',
      at: 'valueDecimal',
      message: '2.5 is not a whole number; allowed: a whole number from 0 to 10 (valueInteger, valueDecimal, or a Coding whose weight or display is that number)',
    });
    expect(readFhirAnswer({ valueInteger: 10 }, whole, sources)).toEqual({ ok: true, value: 10, by: 'number' });
  });
});
