/**
 * More exact contracts of the CSV side of src/ingest (issue 18): the reader's chunk boundaries,
 * byte-level UTF-8 checks and malformed-line policy, BOM sniffing, formula and buffer rules of
 * the writer, REDCap field matching and option-label normalisation. Each test pins one rule so
 * that a changed condition, operator or boundary fails (test/ingest/contract.test.ts holds the
 * first set).
 */
import { describe, expect, it } from 'vitest';
import { PromkitError } from '../../src/errors.js';
import { sniffEncoding } from '../../src/ingest/csvDialect/index.js';
import { CsvEncodingError, CsvReader, CsvSyntaxError, type CsvReaderOptions } from '../../src/ingest/csvReader/index.js';
import { ByteBuffer, looksLikeFormula } from '../../src/ingest/csvWriter/index.js';
import { indexOptionLabels, normalizeLabel, readOptionLabel } from '../../src/ingest/optionLabels/index.js';
import { mapRedcapFields, type RedcapField } from '../../src/ingest/redcap/index.js';
import type { Instrument, Item } from '../../src/model/schema.js';
import { caught } from '../promkitError.js';

const encode = (text: string) => new TextEncoder().encode(text);
const bytesOf = (...parts: (string | number[])[]) => {
  const chunks = parts.map((p) => (typeof p === 'string' ? encode(p) : Uint8Array.from(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};

interface Seen {
  fields: string[];
  line: number;
  malformed: string | null;
}

/** A reader that records what it delivers; push chunks by hand. */
function reader(options: CsvReaderOptions = {}) {
  const rows: Seen[] = [];
  const r = new CsvReader((record) => rows.push({ fields: record.fields(), line: record.line, malformed: record.malformed }), options);
  return { rows, r, push: (chunk: string | Uint8Array) => r.push(typeof chunk === 'string' ? encode(chunk) : chunk) };
}


describe('CSV reader: chunk boundaries and line ends', () => {
  it('a chunk that starts with LF after a chunk that ended with LF holds a blank line', () => {
    const { rows, r, push } = reader();
    push('a\n');
    push('\nb\n');
    r.end();
    expect(rows.map((x) => [x.fields, x.line])).toEqual([
      [['a'], 1],
      [['b'], 3],
    ]);
    expect(r.blankLines).toBe(1);
  });

  it('a blank CR line followed by a record keeps the record’s first byte', () => {
    const { rows, r, push } = reader();
    push('a\n\rb\n');
    r.end();
    expect(rows.map((x) => [x.fields, x.line])).toEqual([
      [['a'], 1],
      [['b'], 3],
    ]);
    expect(r.blankLines).toBe(1);
  });

  it('delivers complete quoted records during push, before end', () => {
    const { rows, r, push } = reader();
    push('"a",b\n"c",d\n');
    expect(r.records).toBe(2);
    expect(rows.map((x) => x.fields)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('measures a pending record from its own start, not from the start of the chunk', () => {
    // 13 bytes of a complete record, then 2 pending bytes: 2 ≤ 10, so no error.
    const { rows, r, push } = reader({ maxRecordBytes: 10 });
    push('abcdefghijkl\nxy');
    push('z\n');
    r.end();
    expect(rows.map((x) => x.fields)).toEqual([['abcdefghijkl'], ['xyz']]);
  });

  it('holds a pending record of 1 MiB by default (the default limit is 64 MiB)', () => {
    const { rows, r, push } = reader();
    const big = 'x'.repeat(1 << 20);
    push(`a,"${big}`);
    push('"\n');
    r.end();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.fields[1]).toHaveLength(1 << 20);
  });

  it('names the line of an unclosed quote whose text starts with a line break as the line the quote is on', () => {
    const error = caught(() => {
      const { r, push } = reader();
      push('a,"\nb');
      r.end();
    });
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as CsvSyntaxError).line).toBe(1);
    expect((error as CsvSyntaxError).problem).toBe('a quoted field is never closed (the quote opens on line 1)');
  });
});

describe('CSV reader: fields', () => {
  it('reads only the bytes 0–9 as digits: ".", "/" and ":" are -1', () => {
    const digits: number[] = [];
    const r = new CsvReader((record) => digits.push(record.digit(0), record.digit(1), record.digit(2), record.digit(3)));
    r.push(encode('0,.,/,:\n'));
    r.end();
    // "." is 0x2E and "/" 0x2F (below "0", 0x30); ":" is 0x3A (above "9", 0x39).
    expect(digits).toEqual([0, -1, -1, -1]);
  });

  it('without UTF-8 validation, a short field with byte 0x80 decodes to U+FFFD (WHATWG decoder), not U+0080', () => {
    const { rows, r, push } = reader({ validateUtf8: false });
    push(bytesOf('a,', [0x80], ',', [0x7f], '\n'));
    r.end();
    expect(rows[0]?.fields).toEqual(['a', '\uFFFD', '\u007F']);
  });
});

describe('CSV reader: UTF-8 validation at byte boundaries', () => {
  it.each([
    ['a quoted field', bytesOf('a,"', [0x80], '"\n')],
    ['an unquoted field', bytesOf('a,', [0x80], '\n')],
    ['a quoted field holding only a lead byte', bytesOf('"', [0xff], '"\n')],
  ])('checks %s whose only non-ASCII byte is 0x80 or 0xFF', (_, bytes) => {
    const error = caught(() => {
      const { r, push } = reader();
      push(bytes);
      r.end();
    });
    expect(error).toBeInstanceOf(CsvEncodingError);
    expect((error as CsvEncodingError).line).toBe(1);
    expect((error as CsvEncodingError).byte).toBe(bytes.find((b) => b >= 0x80));
  });

  // Each character is valid UTF-8 (RFC 3629 table: C2–DF two bytes, E0–EF three, F0–F4 four); the
  // byte named must be the 0xFF after it, not the character's own lead byte.
  it.each([
    ['U+00A9 (C2 A9)', '\u00A9'],
    ['U+07FF (DF BF)', '\u07FF'],
    ['U+0800 (E0 A0 80)', '\u0800'],
    ['U+20AC (E2 82 AC)', '\u20AC'],
    ['U+FF01 (EF BC 81)', '\uFF01'],
    ['U+10000 (F0 90 80 80)', '\u{10000}'],
    ['U+10FFFF (F4 8F BF BF)', '\u{10FFFF}'],
  ])('names the invalid byte after a valid %s, on its line', (_, ch) => {
    const error = caught(() => {
      const { r, push } = reader();
      push(bytesOf('h\n\n', `x,${ch}`, [0xff], '\n'));
      r.end();
    });
    expect(error).toBeInstanceOf(CsvEncodingError);
    expect((error as CsvEncodingError).line).toBe(3);
    expect((error as CsvEncodingError).byte).toBe(0xff);
  });
});

describe("CSV reader: malformed: 'keep'", () => {
  it('delivers a complete malformed line during push, and counts it', () => {
    const { rows, r, push } = reader({ malformed: 'keep' });
    push('a"b\n1,2\n');
    expect(r.records).toBe(2);
    expect(rows.map((x) => x.fields)).toEqual([['a"b'], ['1', '2']]);
    r.end();
    expect(r.records).toBe(2);
  });

  it('reads a malformed last line without a line break up to the end of the input, no further', () => {
    const ends: number[] = [];
    const { rows, r, push } = reader({ malformed: 'keep' });
    const r2 = new CsvReader((record) => ends.push(record.end), { malformed: 'keep' });
    push('x\na"b,c');
    r.end();
    r2.push(encode('x\na"b,c'));
    r2.end();
    expect(rows.map((x) => x.fields)).toEqual([['x'], ['a"b', 'c']]);
    // The unfinished line waits in the reader's carry buffer, so its offsets are into those 5 bytes.
    expect(ends).toEqual([1, 5]);
  });

  it('keeps a too-long line that spans chunks as one record, read literally when its end arrives', () => {
    // Bug fixed in issue 18: the part in the first chunk and the rest used to be two records.
    const { rows, r, push } = reader({ malformed: 'keep', maxRecordBytes: 8 });
    push('a,"bcdefghijk');
    expect(rows).toEqual([]);
    push('lm\n1,2\n');
    r.end();
    expect(rows.map((x) => [x.fields, x.line, x.malformed !== null])).toEqual([
      [['a', '"bcdefghijklm'], 1, true],
      [['1', '2'], 2, false],
    ]);
    expect(rows[0]?.malformed).toContain('a quoted field opened here is not closed within');
    expect(r.records).toBe(2);
    expect(r.bytesRead).toBe(20);
  });

  it('reads a kept too-long line the same wherever the input is cut, CRLF included', () => {
    const text = 'x\na,"bcdefghijklm\r\n1,2\r\n';
    for (let cut = 0; cut <= text.length; cut++) {
      const { rows, r, push } = reader({ malformed: 'keep', maxRecordBytes: 8 });
      push(text.slice(0, cut));
      push(text.slice(cut));
      r.end();
      expect(rows.map((x) => [x.fields, x.line])).toEqual([
        [['x'], 1],
        [['a', '"bcdefghijklm'], 2],
        [['1', '2'], 3],
      ]);
      expect(r.blankLines).toBe(0);
      expect(r.bytesRead).toBe(text.length);
    }
  });

  it('delivers a kept too-long line that the input ends inside, at end()', () => {
    const { rows, r, push } = reader({ malformed: 'keep', maxRecordBytes: 8 });
    push('1,2\na,"bcdefghijk');
    push('lm');
    r.end();
    expect(rows.map((x) => [x.fields, x.line])).toEqual([
      [['1', '2'], 1],
      [['a', '"bcdefghijklm'], 2],
    ]);
  });

  it('splits a malformed line wider than 64 fields into all its fields', () => {
    const cells = ['a"b', ...Array.from({ length: 68 }, (_, i) => String(i + 2)), 'z'];
    const { rows, r, push } = reader({ malformed: 'keep' });
    push(`${cells.join(',')}\n`);
    r.end();
    expect(rows[0]?.fields).toEqual(cells);
    expect(rows[0]?.fields).toHaveLength(70);
  });
});

describe('CSV dialect: byte-order marks', () => {
  it.each([
    ['EF BB BF', [0xef, 0xbb, 0xbf, 0x61]],
    ['FF FE', [0xff, 0xfe, 0x61, 0x00]],
    ['FE FF', [0xfe, 0xff, 0x00, 0x61]],
  ])('takes a BOM only from its first byte on: a file whose 2nd and 3rd bytes are those of %s has none', (_, bom) => {
    const head = Uint8Array.from([0x41, ...bom.slice(1), 0x42, 0x43, 0x44, 0x45]);
    expect(sniffEncoding(head)).toEqual({ encoding: 'utf-8', bomLength: 0, how: 'default' });
  });
});

describe('CSV writer', () => {
  it.each(['-12', '+10', '-12.5', '-.25', '+.125e3', '-10e-2'])('%j is a number, not a formula', (cell) => {
    expect(looksLikeFormula(cell)).toBe(false);
  });

  it('encodes a string that starts with a non-ASCII character as UTF-8', () => {
    const out: number[][] = [];
    const buffer = new ByteBuffer((bytes) => out.push([...bytes]), 4);
    buffer.text('é!');
    buffer.text('ü');
    buffer.flush();
    expect(out).toEqual([[0xc3, 0xa9, 0x21, 0xc3, 0xbc]]);
  });

  it('grows only when full: a 1-byte buffer takes 100 single bytes between flushes', () => {
    // Doubling on every write instead would pass the largest typed array (2^32 or so) near write 33.
    const out: number[] = [];
    const buffer = new ByteBuffer((bytes) => out.push(...bytes), 1);
    for (let i = 0; i < 100; i++) buffer.byte(0x30 + (i % 10));
    expect(buffer.length).toBe(100);
    buffer.flush();
    expect(out).toEqual(Array.from({ length: 100 }, (_, i) => 0x30 + (i % 10)));
  });
});

const frequency = [
  { value: 0, label: 'Never' },
  { value: 1, label: 'Sometimes' },
  { value: 2, label: 'Often' },
];
const solo = { id: 'solo', items: [{ id: 'solo_1', label: 'Feeling low', options: frequency }] } as unknown as Instrument;
const duo = {
  id: 'duo',
  items: [
    { id: 'duo_1', label: 'Pain', numeric: { min: 0, max: 10, integer: true } },
    { id: 'duo_2', label: 'Mood', options: frequency },
  ],
} as unknown as Instrument;
const field = (name: string, label: string, choices: RedcapField['choices'] = []): RedcapField => ({ name, form: 'f', type: choices.length > 0 ? 'radio' : 'text', label, choices });

describe('REDCap: finding fields', () => {
  it('matches by label only fields in the export: a second field of the same label outside the header is no rival', () => {
    const fields = [field('low_a', 'Feeling low'), field('low_b', 'Feeling low')];
    expect(mapRedcapFields(solo, fields, ['record_id', 'low_a']).columns).toEqual({ solo_1: 'low_a' });
  });

  it('says "no field among the export’s columns" when the only label match is not in the header', () => {
    const error = caught(() => mapRedcapFields(solo, [field('low_b', 'Feeling low')], ['record_id']));
    expect(error).toBeInstanceOf(PromkitError);
    expect((error as PromkitError).issues.map((i) => i.message)).toEqual([
      "the REDCap dictionary has no field for solo item solo_1 (Feeling low) among the export's columns; name one in a column map",
    ]);
  });

  it('does not match a field with an empty label to an item whose label has no letters or digits', () => {
    const dashed = { id: 'dash', items: [{ id: 'dash_1', label: '—', options: frequency }] } as unknown as Instrument;
    const error = caught(() => mapRedcapFields(dashed, [field('other', '')], ['other', '']));
    expect(error).toBeInstanceOf(PromkitError);
    expect((error as PromkitError).issues.map((i) => i.path)).toEqual([['dictionary', 'dash_1']]);
  });

  it('notes an item found through the column map even when the field has the item’s own name', () => {
    const { columns, notes } = mapRedcapFields(solo, [field('solo_1', 'Feeling low')], ['solo_1'], { map: { solo_1: 'solo_1' } });
    expect(columns).toEqual({ solo_1: 'solo_1' });
    expect(notes).toEqual(['solo_1 ← solo_1 by column map']);
  });

  it('notes recoded choices when only some codes differ from the option values', () => {
    const choices = [
      { code: '0', label: 'Never' },
      { code: '1', label: 'Sometimes' },
      { code: '9', label: 'Often' },
    ];
    const { codes, notes } = mapRedcapFields(solo, [field('solo_1', 'Feeling low', choices)], ['solo_1']);
    expect([...(codes.solo_1 ?? [])]).toEqual([
      ['0', 0],
      ['1', 1],
      ['9', 2],
    ]);
    expect(notes).toEqual(["solo_1: codes 0→0, 1→1, 9→2 by the dictionary's choice labels"]);
  });

  it("matches a field's choices to its own item's options, not the first item's", () => {
    const choices = [
      { code: '1', label: 'Never' },
      { code: '2', label: 'Sometimes' },
      { code: '3', label: 'Often' },
    ];
    const { codes } = mapRedcapFields(duo, [field('duo_1', 'Pain'), field('duo_2', 'Mood', choices)], ['duo_1', 'duo_2']);
    expect(Object.keys(codes)).toEqual(['duo_2']);
    expect([...(codes.duo_2 ?? [])]).toEqual([
      ['1', 0],
      ['2', 1],
      ['3', 2],
    ]);
  });

  it('does not take a blank choice code as the number 0', () => {
    // Fields built by hand (e.g. from REDCap's API metadata) may carry a blank code.
    const choices = [
      { code: '1', label: 'Sometimes' },
      { code: '2', label: 'Often' },
      { code: ' ', label: 'Nevr' },
    ];
    const error = caught(() => mapRedcapFields(solo, [field('solo_1', 'Feeling low', choices)], ['solo_1']));
    expect(error).toBeInstanceOf(PromkitError);
    expect((error as PromkitError).issues.map((i) => i.input)).toEqual([{ code: ' ', label: 'Nevr' }]);
  });
});

describe('option labels', () => {
  it('names the matched option by its own label when two other options share a label', () => {
    // Bug fixed in issue 18: the label was taken by position among distinct labels, which shifts
    // after a shared one ('no' gave "YES", 'often' gave "Sometimes").
    const item = {
      id: 'q',
      label: 'q',
      options: [
        { value: 0, label: 'Yes' },
        { value: 1, label: 'YES' },
        { value: 2, label: 'No' },
        { value: 3, label: 'Often' },
      ],
    } as unknown as Item;
    const labels = indexOptionLabels(item);
    expect(readOptionLabel(labels, 'no')).toEqual({ kind: 'option', value: 2, label: 'No' });
    expect(readOptionLabel(labels, 'OFTEN.')).toEqual({ kind: 'option', value: 3, label: 'Often' });
    expect(readOptionLabel(labels, 'yes')).toEqual({ kind: 'ambiguous', allowed: ['Yes', 'YES', 'No', 'Often'] });
  });

  it.each(['Often (10)', 'Often (2.25)', 'Often ( -1,5 )'])('drops a trailing code of several digits: %j', (text) => {
    expect(normalizeLabel(text)).toBe('often');
  });
});

describe('CSV reader: a too-long line stays malformed once declared so', () => {
  it('reads a kept too-long line literally even when a later chunk closes its quote', () => {
    // Limit 8: the first chunk leaves 13 pending bytes of one record, more than the limit, so the
    // line is declared malformed (with throw it would be refused right there). The quote that
    // closes in the next chunk must not turn it back into a clean record ['a', 'bcdefghijklm'].
    const { rows, r, push } = reader({ malformed: 'keep', maxRecordBytes: 8 });
    push('a,"bcdefghijk');
    push('lm"\n1,2\n');
    r.end();
    expect(rows.map((x) => [x.fields, x.line, x.malformed !== null])).toEqual([
      [['a', '"bcdefghijklm"'], 1, true],
      [['1', '2'], 2, false],
    ]);
    expect(r.records).toBe(2);
  });

  it('names a limit of exactly 1 MiB as "1 MiB" and exactly 1 KiB as "1 KiB"', () => {
    // 1048576 bytes is 1 MiB and 1024 bytes is 1 KiB: the larger unit applies from its first byte.
    for (const [limit, words] of [[1048576, '1 MiB'], [1024, '1 KiB']] as const) {
      const r = new CsvReader(() => undefined, { maxRecordBytes: limit });
      expect(() => r.push(encode(`"${'x'.repeat(limit)}`))).toThrow(`line 1: a quoted field opened here is not closed within ${words}:`);
    }
  });
});
