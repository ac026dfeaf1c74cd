// Contract tests for bulk scoring (src/batch): exact errors (code, path, input, message), result
// fields and their order, column contents, strings mode and recoding. Written to close the gaps
// StrykerJS found (issue 18); every expected value is worked from the rule in a comment.
import { describe, expect, it } from 'vitest';
import { ColumnStatus, defineInstrument, matchColumns, PromkitError, score, scoreColumns, scoreRecords } from '../src/index.js';
import { nrs, pcs, phq9, promisPi4a, vas } from '../src/instruments/index.js';
import { describeError } from '../src/batch/_lib/describeError.js';
import { parseCell } from '../src/batch/_lib/fields.js';
import { fixtureDefinition } from './fixtures.js';
import { issuesOf } from './promkitError.js';

const answers = [1, 2, 1, 2, 1, 1, 2, 1, 0]; // PHQ-9 sum 11
const record = Object.fromEntries(answers.map((v, i) => [`phq9_${i + 1}`, v]));
const phq9Ids = phq9.items.map((item) => item.id);
const phq9Header = ['id', ...phq9Ids];
// A small made-up instrument (see test/fixtures.ts): a1..a4 options 1-4 (a2 reversed),
// n1/n2 whole numbers 0-10, `odd` options 0, 2, 5.
const fixture = defineInstrument(fixtureDefinition());
/** The fixture's a1..a4 and their total, plus one extra 0-10 item named `id`. */
function withItem(id: string) {
  const def = fixtureDefinition();
  return defineInstrument({ ...def, items: [...def.items.slice(0, 4), { id, label: id, numeric: { min: 0, max: 10, integer: true } }], scores: def.scores.slice(0, 1), flags: [], classifications: [] });
}

describe('describeError names the source column in the data\'s own terms', () => {
  const arrayError = (instrument: typeof phq9, values: (number | null)[]) => {
    try {
      score(instrument, values);
    } catch (error) {
      return error as PromkitError;
    }
    throw new Error('expected a PromkitError');
  };
  // PHQ-9 options 0..3 (four values) → "allowed: one of 0, 1, 2, 3"; no coding-shift hint,
  // since item 9 answered 0 cannot be shifted down.
  const bad2 = arrayError(phq9, [1, 4, 1, 2, 1, 1, 2, 1, 0]);

  it('rewrites an array path "responses[1] (phq9_2)" to the item id and prefixes a differently spelled column', () => {
    expect(bad2.issues[0]?.message).toBe('responses[1] (phq9_2): 4 is out of range; allowed: one of 0, 1, 2, 3, or null if unanswered');
    expect(describeError(bad2, { phq9_2: 'PHQ9_Q02' }, phq9Ids)).toBe('column PHQ9_Q02: phq9_2: 4 is out of range; allowed: one of 0, 1, 2, 3, or null if unanswered');
  });
  it('rewrites two-digit indexes too (PCS item 13 is responses[12])', () => {
    // PCS: 13 items, options 0..4 (five contiguous values → "a whole number from 0 to 4").
    const error = arrayError(pcs, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9]);
    expect(describeError(error, {}, pcs.items.map((item) => item.id))).toBe('pcs_13: 9 is out of range; allowed: a whole number from 0 to 4, or null if unanswered');
  });
  it('adds no prefix when the column is spelled as the item id, or when the issue names no item', () => {
    expect(describeError(bad2, { phq9_2: 'phq9_2' }, phq9Ids)).toBe('phq9_2: 4 is out of range; allowed: one of 0, 1, 2, 3, or null if unanswered');
    // A wrong-length array: path ['responses'] names no item, so no column applies.
    const short = arrayError(phq9, [1, 2]);
    expect(short.issues[0]?.path).toEqual(['responses']);
    expect(describeError(short, { phq9_1: 'Q1', phq9_2: 'Q2' }, phq9Ids)).toBe(short.issues[0]?.message);
    // …even when the column map happens to have a key "undefined" (a legal item id).
    expect(describeError(short, { undefined: 'U' }, phq9Ids)).toBe(short.issues[0]?.message);
  });
  it('only reads item ids from response paths, and joins several issues with "; "', () => {
    const error = new PromkitError([
      { code: 'invalid-argument', path: ['options', 'phq9_2'], input: 1, message: 'options: bad' },
      { code: 'out-of-range', path: ['responses', 'phq9_3'], input: 7, message: 'phq9_3: 7 is out of range' },
    ]);
    expect(describeError(error, { phq9_2: 'Q2', phq9_3: 'Q3' })).toBe('options: bad; column Q3: phq9_3: 7 is out of range');
  });
});

describe('matchColumns: which spellings match an item', () => {
  it('drops a "Q" before the final number when a name precedes it (PCS_Q1 is pcs_1)', () => {
    // pcs_1 → [pcs, 1]; PCS_Q1 → [pcs, q, 1] → q dropped (three tokens) → [pcs, 1].
    const header = pcs.items.map((item) => item.id.replace('pcs_', 'PCS_Q'));
    expect(matchColumns(pcs, header).pcs_1).toBe('PCS_Q1');
  });
  it('drops a whole "item" or "question" word, not single letters (PHQ9_item1, PHQ9_question2)', () => {
    const header = phq9Ids.map((id, i) => (i === 0 ? 'PHQ9_item1' : i === 1 ? 'PHQ9_question2' : id));
    const map = matchColumns(phq9, header);
    expect([map.phq9_1, map.phq9_2, map.phq9_3]).toEqual(['PHQ9_item1', 'PHQ9_question2', 'phq9_3']);
  });
  it('keeps the prefix of a bare "q1": item q1 is column Q1, not column item1', () => {
    // q1 → [q, 1] (two tokens: no name before the prefix, nothing dropped); item1 → [item, 1].
    const def = withItem('q1');
    const header = ['a1', 'a2', 'a3', 'a4', 'item1', 'Q1'];
    expect(matchColumns(def, header).q1).toBe('Q1');
  });
  it('drops a prefix only before a number: sleep_q_a is not item sleep_a', () => {
    // sleep_a → [sleep, a]; sleep_q_a → [sleep, q, a]: the last token is no number, so q stays.
    const def = withItem('sleep_a');
    expect(matchColumns(def, ['a1', 'a2', 'a3', 'a4', 'sleep_a', 'sleep_q_a']).sleep_a).toBe('sleep_a');
  });
});

describe('matchColumns: argument and map errors (code, path, input, message)', () => {
  it('refuses columns that are not an array of strings', () => {
    expect(issuesOf(() => matchColumns(phq9, 'phq9_1' as never))).toEqual([
      { code: 'invalid-argument', path: ['columns'], input: 'phq9_1', message: 'columns: expected an array of column names (strings), got "phq9_1"' },
    ]);
    const mixed = [...phq9Ids, 5];
    expect(issuesOf(() => matchColumns(phq9, mixed as never))).toEqual([
      { code: 'invalid-argument', path: ['columns'], input: mixed, message: 'columns: expected an array of column names (strings), got an array' },
    ]);
  });
  it('refuses options that are not an object (null, a number)', () => {
    for (const [options, shown] of [[null, 'null'], [5, '5']] as const) {
      expect(issuesOf(() => matchColumns(phq9, phq9Header, options as never))).toEqual([
        { code: 'invalid-argument', path: ['options'], input: options, message: `options: expected an object, got ${shown}` },
      ]);
    }
  });
  it('names an unknown item and an absent column in the map at map.<item>', () => {
    expect(issuesOf(() => matchColumns(phq9, phq9Header, { map: { nope: 'id' } }))).toEqual([
      { code: 'unknown-item', path: ['map', 'nope'], input: 'id', message: `map: "nope" is not an item of phq-9; its items are ${phq9Ids.join(', ')}` },
    ]);
    expect(issuesOf(() => matchColumns(phq9, phq9Header, { map: { phq9_1: 'zz' } }))[0]).toEqual({
      code: 'invalid-argument',
      path: ['map', 'phq9_1'],
      input: 'zz',
      message: 'map: column "zz" for phq9_1 is not in the header',
    });
  });
  it('names the item of a missing or ambiguous column at columns.<item>', () => {
    const missing = phq9Header.filter((c) => c !== 'phq9_9');
    expect(issuesOf(() => matchColumns(phq9, missing))).toEqual([
      { code: 'invalid-argument', path: ['columns', 'phq9_9'], input: missing, message: `no column for phq-9 item phq9_9 (${phq9.items[8]?.label}); name it in a column map` },
    ]);
    expect(issuesOf(() => matchColumns(phq9, [...phq9Header, 'PHQ9_Q09']))).toEqual([
      {
        code: 'invalid-argument',
        path: ['columns', 'phq9_9'],
        input: ['phq9_9', 'PHQ9_Q09'],
        message: 'columns "phq9_9" and "PHQ9_Q09" could each be phq-9 item phq9_9; name one in a column map',
      },
    ]);
  });
});

describe('matchColumns: one column feeds one item unless allowSharedColumns', () => {
  // phq9_1 and phq9_2 both mapped to column "first": the second item is the one reported.
  const header = ['first', ...phq9Ids.slice(2)];
  const map = { phq9_1: 'first', phq9_2: 'first' };
  it('reports a shared column naming the column and both items', () => {
    expect(issuesOf(() => matchColumns(phq9, header, { map }))).toEqual([
      {
        code: 'invalid-argument',
        path: ['map', 'phq9_2'],
        input: 'first',
        message: 'column "first" would feed phq9_1 and phq9_2 of phq-9: one column is one item\'s answers; fix the column map',
      },
    ]);
  });
  it('allows it when asked', () => {
    const out = matchColumns(phq9, header, { map, allowSharedColumns: true });
    expect([out.phq9_1, out.phq9_2, out.phq9_3]).toEqual(['first', 'first', 'phq9_3']);
  });
});

describe('scoreColumns: argument errors (code, path, input, message)', () => {
  const columnsOf = (n: number) => Object.fromEntries(phq9Ids.map((id) => [id, new Array<number>(n).fill(1)]));
  it('refuses columns that are not an object', () => {
    expect(issuesOf(() => scoreColumns('x' as never, phq9))).toEqual([
      { code: 'invalid-argument', path: ['columns'], input: 'x', message: 'columns: expected an object of arrays keyed by item id, got "x"' },
    ]);
  });
  it('refuses a column that has no length, at columns.<key>, naming the mapped column', () => {
    // The first item's column is a number: it is no array, and it must not set the row count.
    expect(issuesOf(() => scoreColumns({ ...columnsOf(2), phq9_1: 5 as never }, phq9))).toEqual([
      { code: 'invalid-argument', path: ['columns', 'phq9_1'], input: 5, message: 'columns: no array for phq-9 item phq9_1' },
    ]);
    const { phq9_3: _, ...without } = columnsOf(2);
    expect(issuesOf(() => scoreColumns(without, phq9, { columns: { phq9_3: 'Q3' } }))).toEqual([
      { code: 'invalid-argument', path: ['columns', 'Q3'], input: undefined, message: 'columns: no array for phq-9 item phq9_3 (column Q3)' },
    ]);
  });
  it('refuses columns of different lengths, at columns.<key> with the length as input', () => {
    expect(issuesOf(() => scoreColumns({ ...columnsOf(2), phq9_4: [1] }, phq9))).toEqual([
      { code: 'invalid-argument', path: ['columns', 'phq9_4'], input: 1, message: 'columns: phq9_4 has 1 rows, the first column has 2' },
    ]);
  });
});

describe('scoreColumns: which cells are answers', () => {
  // Fixture rows (a1..a4 options 1-4, n1/n2 whole 0-10, odd ∈ {0, 2, 5}); only the tested cell varies.
  const base = { a1: 3, a2: 1, a3: 2, a4: 4, n1: 6, n2: 4, yn: 0, odd: 2 };
  const columnsFor = (rows: Record<string, unknown>[]) =>
    Object.fromEntries(fixture.items.map((item) => [item.id, rows.map((r) => r[item.id])])) as never;
  it('reads undefined in a plain array (a hole) as unanswered, not invalid', () => {
    // n2 unanswered: meanN = 6 / 1 = 6 (at least one answered), prorated.
    const out = scoreColumns(columnsFor([{ ...base, n2: undefined }]), fixture);
    expect([out.scores.meanN!.values[0], out.scores.meanN!.status[0], out.errors.length]).toEqual([6, ColumnStatus.prorated, 0]);
  });
  it('marks a row invalid for an answer below the minimum, a fraction, or a value between options', () => {
    // n1 = -1 (< 0), n1 = 2.5 (whole numbers only), odd = 1 (options 0, 2, 5): each row invalid.
    const rows = [{ ...base, n1: -1 }, { ...base, n1: 2.5 }, { ...base, odd: 1 }, base];
    const out = scoreColumns(columnsFor(rows), fixture);
    expect(Array.from(out.scores.total!.status)).toEqual([3, 3, 3, 0]);
    expect(out.errors.map((e) => e.row)).toEqual([0, 1, 2]);
    expect(out.errors.map((e) => e.error.issues[0]?.code)).toEqual(['out-of-range', 'not-an-integer', 'not-an-option']);
  });
  it('never takes a string as an answer, even in an item that allows decimals (VAS 0-100)', () => {
    // "50" is text, not 50: the row is invalid (invalid-type), never scored 50.
    const out = scoreColumns({ vas_1: ['50', 50] as never }, vas);
    expect(Array.from(out.scores.total!.status)).toEqual([ColumnStatus.invalid, ColumnStatus.scored]);
    expect(out.errors[0]?.error.issues[0]).toMatchObject({ code: 'invalid-type', path: ['responses', 'vas_1'], input: '50' });
  });
  it('computes percent-of-maximum from each item\'s distance to its minimum', () => {
    // a1..a4 = 3, 1→4 (a2 reversed: 1+4−1), 2, 4; minimum 1 each: (2+3+1+3) / (4×3) × 100 = 75.
    const out = scoreColumns(columnsFor([base]), fixture);
    expect(out.scores.percent!.values[0]).toBe(75);
  });
  it('counts answers at or above the threshold when an item feeds only a count score', () => {
    // Two items 0-4 feeding only a count (≥ 3) score: [3, 1] → 1, [4, 3] → 2, [0, 0] → 0.
    const def = defineInstrument({
      ...fixtureDefinition(),
      items: [
        { id: 'c1', label: 'C1', numeric: { min: 0, max: 4, integer: true } },
        { id: 'c2', label: 'C2', numeric: { min: 0, max: 4, integer: true } },
      ],
      scores: [{ name: 'high', label: 'Items at 3 or more', items: ['c1', 'c2'], method: 'count', countAtLeast: 3, range: [0, 2], missing: { minAnswered: 2, rounding: 'none', official: true, text: 'Both.', source: { ref: 'hand' } }, direction: 'higher-is-worse' }],
      flags: [],
      classifications: [],
    });
    const out = scoreColumns({ c1: [3, 4, 0], c2: [1, 3, 0] }, def);
    expect(Array.from(out.scores.high!.values)).toEqual([1, 2, 0]);
  });
});

describe('scoreColumns: the error of a bad row', () => {
  it('lists only the bad answers: NaN (unanswered) is null in the row record, not a second issue', () => {
    const columns = Object.fromEntries(phq9Ids.map((id, k) => [id, Float64Array.of(k === 4 ? 7 : k === 8 ? NaN : 1)]));
    const [entry] = scoreColumns(columns, phq9).errors;
    expect(entry?.error.issues).toHaveLength(1);
    expect(entry?.error.issues[0]).toMatchObject({ code: 'out-of-range', path: ['responses', 'phq9_5'], input: 7 });
  });
  it('says so when the row was fixed before its error was read (errors are built when read)', () => {
    const columns = Object.fromEntries(phq9Ids.map((id) => [id, [1, 1]]));
    columns.phq9_5![1] = 7;
    const out = scoreColumns(columns, phq9);
    columns.phq9_5![1] = 1; // fixed after scoring
    const record = Object.fromEntries(phq9Ids.map((id) => [id, 1]));
    expect(out.errors[0]?.row).toBe(1);
    expect(out.errors[0]?.error.issues).toEqual([{ code: 'invalid-responses', path: ['row', 1], input: record, message: 'row 1: invalid answers' }]);
  });
});

describe('scoreColumns: a non-promkit error while building a row error', () => {
  it('is thrown when the error is read, not returned as the row\'s error', () => {
    // A revoked Proxy in a plain array is no number (row invalid); describing it throws a TypeError.
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const out = scoreColumns({ nrs_1: [proxy, 3] as never }, nrs);
    expect(out.errors.map((e) => e.row)).toEqual([0]);
    expect(() => out.errors[0]?.error).toThrow(/revoked/);
  });
});

describe('scoreRecords: argument errors (code, path, input, message)', () => {
  it('refuses rows that are not an array', () => {
    const rows = { 0: record };
    expect(issuesOf(() => scoreRecords(rows as never, phq9))).toEqual([{ code: 'invalid-argument', path: ['rows'], input: rows, message: 'rows: expected an array of records' }]);
  });
  it('refuses options that are not an object (null, a number) before looking at the rows', () => {
    // The rows have no PHQ-9 fields: the options error still comes first, alone.
    for (const [options, shown] of [[null, 'null'], [5, '5']] as const) {
      expect(issuesOf(() => scoreRecords([{ id: 'r1' }], phq9, options as never))).toEqual([
        { code: 'invalid-argument', path: ['options'], input: options, message: `options: expected an object, got ${shown}` },
      ]);
    }
  });
  it('refuses a row that is not a record (null, a number, an array), at rows.<index>', () => {
    for (const [row, shown] of [[null, 'null'], [5, '5'], [answers, 'an array']] as const) {
      expect(issuesOf(() => scoreRecords([record, row] as never, phq9))).toEqual([
        { code: 'invalid-argument', path: ['rows', 1], input: row, message: `rows[1]: expected a record (an object keyed by column name), got ${shown}` },
      ]);
    }
  });
  it('checks a value map at options.values', () => {
    expect(issuesOf(() => scoreRecords([record], phq9, { values: { Often: 'x' as never } }))[0]?.path).toEqual(['options', 'values', 'Often']);
  });
  it('lets a non-promkit error from a cell pass through unchanged', () => {
    // A revoked Proxy cannot even be described: the TypeError it raises is the caller's to see.
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(() => scoreRecords([{ ...record, phq9_1: proxy }], phq9)).toThrow(/revoked/);
  });
});

describe('scoreRecords: result fields, order and values', () => {
  it('appends the score fields in order after the original fields', () => {
    const [out] = scoreRecords([{ id: 'r1', ...record }], phq9);
    // PHQ-9: one score (total: value, band, status, reason), the item-9 flag, then the error.
    expect(Object.keys(out!)).toEqual([...phq9Header, 'phq9_total', 'phq9_total_band', 'phq9_total_status', 'phq9_total_reason', 'phq9_item9Positive', 'phq9_error']);
  });
  it('reads the columns option as an item → field map', () => {
    const { phq9_1: first, ...rest } = record;
    expect(scoreRecords([{ first, ...rest }], phq9, { columns: { phq9_1: 'first' } })[0]?.phq9_total).toBe(11);
  });
  it('gives the missing-item rule as the reason of an insufficient score, null when scored', () => {
    const [scored, short] = scoreRecords([record, { ...record, phq9_9: null }], phq9);
    expect(scored?.phq9_total_reason).toBeNull();
    expect(short?.phq9_total_reason).toBe(`8 of 9 items answered; not scored. Rule: ${phq9.scores[0]?.missing.text}`);
  });
  it('fills T-score and SE with null for a row that could not be scored', () => {
    // PROMIS PI 4a options 1-5: 6 is out of range, so the row gets an error and no numbers.
    const ids = promisPi4a.items.map((item) => item.id);
    const [out] = scoreRecords([Object.fromEntries(ids.map((id, k) => [id, k === 0 ? 6 : 3]))], promisPi4a);
    expect(out).toMatchObject({ promispi4a_total: null, promispi4a_total_tscore: null, promispi4a_total_se: null, promispi4a_total_reason: null });
    expect(out?.promispi4a_error).toContain('6 is out of range');
  });
});

describe('scoreRecords strings mode: plain decimal strings are numbers', () => {
  it('keeps numbers as numbers and trims spaces around strings', () => {
    // " 2 " is 2; "  " trims to "" (unanswered, default token) → phq9_9 missing is insufficient.
    const cells = { ...record, phq9_2: ' 2 ', phq9_4: '2' };
    const [full, blank] = scoreRecords([cells, { ...cells, phq9_9: '  ' }], phq9, { strings: 'numbers' });
    expect([full?.phq9_total, full?.phq9_error]).toEqual([11, null]);
    expect([blank?.phq9_total_status, blank?.phq9_error]).toEqual(['insufficient-items', null]);
  });
});

describe('parseCell: reading one exported cell', () => {
  it('reads an absent (undefined) or null cell as null, the single "unanswered" value', () => {
    // `promkit report` skips an instrument at a visit when every cell reads as null (===),
    // so a short CSV row (undefined cells) must read as null too.
    expect([parseCell(undefined, new Set()), parseCell(null, new Set([''])), parseCell('', new Set(['']))]).toEqual([null, null, null]);
    expect(parseCell(' 1e-04 ', new Set())).toBe(0.0001);
    expect(parseCell('2x', new Set())).toBe('2x');
  });
});

describe('scoreRecords recoding: labels, value maps, shift, decimal comma', () => {
  const labelled = { ...record, phq9_1: 'Several days' }; // "Several days" is option 1 → sum stays 11
  it('reads labels and "" as unanswered, and writes no recode for numeric cells', () => {
    const [numbers, labels, blank] = scoreRecords([record, labelled, { ...record, phq9_9: '' }], phq9, { labels: true });
    expect([numbers?.phq9_total, numbers?.phq9_recode]).toEqual([11, null]);
    expect([labels?.phq9_total, labels?.phq9_recode]).toEqual([11, 'labels']);
    expect([blank?.phq9_total_status, blank?.phq9_error]).toEqual(['insufficient-items', null]);
  });
  it('uses the caller\'s missing tokens when reading labels', () => {
    const [na] = scoreRecords([{ ...record, phq9_9: 'NA' }], phq9, { labels: true, missingTokens: ['NA'] });
    expect([na?.phq9_total_status, na?.phq9_error]).toEqual(['insufficient-items', null]);
  });
  it('reports a cell that is neither a number nor a label, with its column when spelled differently', () => {
    const allowed = '"Not at all", "Several days", "More than half the days", "Nearly every day" (or their codes)';
    const [plain] = scoreRecords([{ ...record, phq9_1: 'Often' }], phq9, { labels: true });
    expect(plain).toMatchObject({ phq9_total: null, phq9_error: `phq9_1: "Often" is neither a number nor an option label; the labels are ${allowed}` });
    const renamed = Object.fromEntries(Object.entries({ ...record, phq9_1: 'Often' }).map(([k, v]) => [k.replace('phq9_', 'PHQ9_Q0'), v]));
    expect(scoreRecords([renamed], phq9, { labels: true })[0]?.phq9_error).toBe(`column PHQ9_Q01: phq9_1: "Often" is neither a number nor an option label; the labels are ${allowed}`);
  });
  it('reads labels only when asked: a shift alone leaves "Several days" as text', () => {
    const [out] = scoreRecords([labelled], phq9, { shift: 0 });
    expect(out?.phq9_error).toContain('"Several days" is not a number');
  });
  it('applies a value map on its own, and adds the recode field', () => {
    // "skip" → null: phq9_9 unanswered → insufficient (PHQ-9 needs all 9); recode "value map".
    const [out] = scoreRecords([{ ...record, phq9_9: 'skip' }], phq9, { values: { skip: null } });
    expect([out?.phq9_total_status, out?.phq9_recode, out?.phq9_error]).toEqual(['insufficient-items', 'value map', null]);
  });
  it('adds the recode field when only decimalComma is set', () => {
    const [out] = scoreRecords([record], phq9, { decimalComma: true });
    expect(Object.keys(out!).slice(-2)).toEqual(['phq9_recode', 'phq9_error']);
  });
  it('shifts numeric and string codes but leaves unanswered cells unanswered', () => {
    // 1..4 coding shifted by −1: answers + 1 with phq9_2 as "3" → sum 11; phq9_9 null stays null.
    const coded = { ...Object.fromEntries(answers.map((v, i) => [`phq9_${i + 1}`, v + 1])), phq9_2: '3' };
    const [full, gap] = scoreRecords([coded, { ...coded, phq9_9: null }], phq9, { shift: -1 });
    expect([full?.phq9_total, full?.phq9_recode]).toEqual([11, 'shift -1']);
    expect([gap?.phq9_total_status, gap?.phq9_error]).toEqual(['insufficient-items', null]);
  });
});
