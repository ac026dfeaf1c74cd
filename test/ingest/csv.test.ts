import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sniffDelimiter, sniffEncoding, parseEncodingName, firstLine } from '../../src/ingest/csvDialect/index.js';
import { CsvReader, CsvEncodingError, CsvSyntaxError, readCsvText, type CsvRecord } from '../../src/ingest/csvReader/index.js';
import { ByteBuffer, csvField, looksLikeFormula, neutralizeFormula } from '../../src/ingest/csvWriter/index.js';
import { fcRuns } from '../fcRuns.js';

const encode = (text: string) => new TextEncoder().encode(text);

/** Reads bytes split at the given offsets; returns fields, lines and malformed notes. */
function read(bytes: Uint8Array, cuts: number[] = [], options: ConstructorParameters<typeof CsvReader>[1] = {}) {
  const rows: { fields: string[]; line: number; malformed: string | null; raw: string }[] = [];
  const reader = new CsvReader((r: CsvRecord) => rows.push({ fields: r.fields(), line: r.line, malformed: r.malformed, raw: new TextDecoder().decode(r.bytes.subarray(r.start, r.end)) }), options);
  let at = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (cut <= at || cut >= bytes.length) continue;
    reader.push(bytes.subarray(at, cut));
    at = cut;
  }
  reader.push(bytes.subarray(at));
  reader.end();
  return { rows, blankLines: reader.blankLines };
}

describe('CsvReader', () => {
  it('agrees with csv-parse on random CSV, whatever the chunk boundaries (quotes, delimiters, CRLF, multibyte text)', () => {
    const cell = fc.stringMatching(/^[a-zé€😀 ,"\r\n;]{0,6}$/);
    const row = fc.array(cell, { minLength: 1, maxLength: 5 });
    const quoteAll = (s: string) => `"${s.replace(/"/g, '""')}"`;
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.array(fc.nat(200), { maxLength: 8 }), (rows, crlf, cuts) => {
        // A row of one empty field is a blank line: csv-parse and promkit both skip those, so quote it.
        const text = rows.map((r) => r.map((c) => (/[",\r\n]/.test(c) || r.length === 1 ? quoteAll(c) : c)).join(',')).join(crlf ? '\r\n' : '\n');
        const bytes = encode(text);
        const ours = read(bytes, cuts).rows.map((r) => r.fields);
        const theirs = parse(text, { relax_column_count: true, skip_empty_lines: false }) as string[][];
        expect(ours).toEqual(theirs);
      }),
      fcRuns(300),
    );
  });

  it('on arbitrary bytes: only CsvSyntaxError or CsvEncodingError escape; with malformed "keep" every line is delivered or skipped as blank', () => {
    const bytes = fc.uint8Array({ maxLength: 300 }).map((b) => b.map((x) => [0x22, 0x2c, 0x0a, 0x0d, 0x61, 0x31, 0xc3, 0xa9, 0xfc][x % 9] as number));
    fc.assert(
      fc.property(bytes, fc.array(fc.nat(300), { maxLength: 5 }), (input, cuts) => {
        try {
          read(input, cuts);
        } catch (error) {
          expect(error instanceof CsvSyntaxError || error instanceof CsvEncodingError).toBe(true);
        }
        try {
          const { rows } = read(input, cuts, { malformed: 'keep', validateUtf8: false });
          // Lines are never merged or lost: record lines strictly increase.
          for (let i = 1; i < rows.length; i++) expect(rows[i]!.line).toBeGreaterThan(rows[i - 1]!.line);
        } catch (error) {
          expect(error).toBeUndefined();
        }
      }),
      fcRuns(500),
    );
  });

  it('numbers records by the physical line they start on, counting quoted line breaks and blank lines', () => {
    const { rows, blankLines } = read(encode('a,b\n"x\ny",1\n\n\r\nz,2\rw,3'));
    expect(rows.map((r) => [r.fields, r.line])).toEqual([
      [['a', 'b'], 1],
      [['x\ny', '1'], 2],
      [['z', '2'], 6],
      [['w', '3'], 7],
    ]);
    expect(blankLines).toBe(2);
  });

  it('keeps a CRLF split across chunks as one line end', () => {
    const bytes = encode('a,b\r\nc,d\r\n');
    for (let cut = 1; cut < bytes.length; cut++) {
      const { rows, blankLines } = read(bytes, [cut]);
      expect(rows.map((r) => r.fields)).toEqual([['a', 'b'], ['c', 'd']]);
      expect(blankLines).toBe(0);
    }
  });

  it.each([
    ['a stray quote', 'a,b\nx"y,1\n', 2, /stray quote inside unquoted field 1/],
    ['text after a closing quote', 'a,b\n"x"y,1\n', 2, /text after a closing quote/],
    ['an unclosed quote', 'a,b\nc,d\n"x,1\nz,2\n', 3, /never closed \(the quote opens on line 3\)/],
  ])('throws CsvSyntaxError for %s, naming the line', (_name, text, line, problem) => {
    let caught: unknown;
    try {
      read(encode(text));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CsvSyntaxError);
    expect((caught as CsvSyntaxError).line).toBe(line);
    expect((caught as CsvSyntaxError).problem).toMatch(problem);
  });

  it("with malformed: 'keep', delivers the bad line read literally and goes on with the next", () => {
    const { rows } = read(encode('a,b\n"x,1\nz,2\n'), [], { malformed: 'keep' });
    expect(rows.map((r) => [r.fields, r.line, r.malformed !== null])).toEqual([
      [['a', 'b'], 1, false],
      [['"x', '1'], 2, true],
      [['z', '2'], 3, false],
    ]);
  });

  it('refuses a record longer than the limit (a quote never closed) without holding the whole file', () => {
    const big = encode(`a\n"${'x'.repeat(5000)}`);
    expect(() => read(big, [100, 200, 3000], { maxRecordBytes: 1000 })).toThrow(/not closed within/);
  });

  it('finds invalid UTF-8 and names the line and byte; a chunk boundary inside a valid character is fine', () => {
    expect(() => read(new Uint8Array([0x61, 0x0a, 0x4d, 0xfc, 0x0a]))).toThrow(CsvEncodingError);
    expect(() => read(new Uint8Array([0x61, 0x0a, 0x4d, 0xfc, 0x0a]))).toThrow('line 2 is not valid UTF-8 (byte 0xFC)');
    const text = encode('name\nMüller €\n');
    for (let cut = 1; cut < text.length; cut++) expect(read(text, [cut]).rows[1]!.fields).toEqual(['Müller €']);
  });

  it('reads digits without making strings, and other delimiters', () => {
    const seen: number[] = [];
    const reader = new CsvReader((r) => seen.push(r.digit(0), r.digit(1), r.digit(2)), { delimiter: ';' });
    reader.push(encode('3;12;"4"\n'));
    reader.end();
    expect(seen).toEqual([3, -1, 4]);
    expect(readCsvText('\ufeffa\tb\n1\t2\n', { delimiter: '\t' })).toEqual([['a', 'b'], ['1', '2']]);
  });
});

describe('dialect', () => {
  it.each([
    ['id,phq9_1,phq9_2', ','],
    ['id;phq9_1;phq9_2', ';'],
    ['id\tphq9_1\tphq9_2', '\t'],
    ['"a;b;c",d', ','],
    ['single', ','],
  ])('sniffs the delimiter of %j as %j', (line, delimiter) => {
    expect(sniffDelimiter(line)).toBe(delimiter);
  });
  it('takes the encoding from a BOM, refuses a conflicting --encoding, and spots UTF-16 without a BOM', () => {
    expect(sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ encoding: 'utf-8', bomLength: 3, how: 'bom' });
    expect(sniffEncoding(new Uint8Array([0xfe, 0xff, 0, 0x61])).encoding).toBe('utf-16be');
    expect(sniffEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0]), 'latin1').problem).toContain('byte-order mark');
    expect(sniffEncoding(new Uint8Array([0x61, 0, 0x62, 0, 0x0a, 0])).problem).toContain('--encoding utf-16le');
    expect(sniffEncoding(encode('a,b\n'), 'windows-1252')).toEqual({ encoding: 'windows-1252', bomLength: 0, how: 'given' });
    expect(parseEncodingName('CP1252')).toBe('windows-1252');
    expect(firstLine('a,"b\nc"\r\n1')).toBe('a,"b\nc"');
  });
});

describe('writing', () => {
  it('quotes only what needs quoting, and doubles quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('x\ny')).toBe('"x\ny"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(' lead')).toBe('" lead"');
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('plain')).toBe('plain');
  });
  it.each([
    ['=SUM(A1:A2)', true],
    ['+cmd', true],
    ['-2+3', true],
    ['@SUM(1)', true],
    ['\tx', true],
    ['\rx', true],
    ['-3', false],
    ['+1.5', false],
    ['-1e3', false],
    ['Several days', false],
    ['', false],
  ])('%j looks like a formula: %s (OWASP CSV injection)', (cell, formula) => {
    expect(looksLikeFormula(cell)).toBe(formula);
    expect(neutralizeFormula(cell)).toBe(formula ? `'${cell}` : cell);
  });
  it('a byte buffer grows and encodes UTF-8', () => {
    const out: Uint8Array[] = [];
    const buffer = new ByteBuffer((b) => out.push(b.slice()), 4);
    buffer.text('Müller, ');
    buffer.raw(encode('abcdef'), 1, 4);
    buffer.byte(0x0a);
    buffer.flush();
    expect(new TextDecoder().decode(out[0])).toBe('Müller, bcd\n');
  });
});
