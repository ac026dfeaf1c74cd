/**
 * The contract of `defineInstrument` (src/model): each semantic check refuses exactly the
 * definitions its rule names, with its issue path, input and message, and accepts the
 * neighbouring sound ones. Written to kill the mutants StrykerJS left alive in src/model (issue
 * 18); every definition is test/fixtures.ts modified per test.
 */
import { describe, expect, it } from 'vitest';
import { defineInstrument, scoreRecords, type InstrumentInput, type PromkitIssue } from '../src/index.js';
import { bandHolding } from '../src/model/bands.js';
import { fixtureDefinition } from './fixtures.js';
import { issuesOf } from './promkitError.js';

type Edit = (d: any) => void;

function edited(edit: Edit): InstrumentInput {
  const d: any = fixtureDefinition();
  edit(d);
  return d as InstrumentInput;
}

/** Every issue defineInstrument reports for the fixture after `edit`. */
function refused(edit: Edit): readonly PromkitIssue[] {
  return issuesOf(() => defineInstrument(edited(edit)));
}

function accepted(edit: Edit): void {
  expect(() => defineInstrument(edited(edit))).not.toThrow();
}

/** One `invalid-definition` issue: path (without the leading 'definition'), input, message. */
function problem(path: (string | number)[], input: unknown, message: string): PromkitIssue {
  return { code: 'invalid-definition', path: ['definition', ...path], input, message };
}

const missing = (minAnswered: number, rounding: 'none' | 'nearest' | 'up' = 'none') => ({
  minAnswered,
  rounding,
  official: true,
  text: 'Made up for the test.',
  source: { ref: 'hand' },
});

const numeric = (id: string, min: number, max: number) => ({ id, label: id, numeric: { min, max, integer: true } });

describe('defineInstrument refuses duplicate names', () => {
  it('a citation key given twice', () => {
    expect(refused((d) => d.citations.push({ key: 'hand', text: 'A second entry with the same key.' }))).toEqual([
      problem(['citations', 1, 'key'], 'hand', 'citations[1].key: duplicate citation key "hand"'),
    ]);
  });

  it('a score name given twice (which also gives its output fields twice)', () => {
    const issues = refused((d) => (d.scores[1].name = 'total'));
    expect(issues).toContainEqual(problem(['scores', 1, 'name'], 'total', 'scores[1].name: duplicate score name "total"'));
    expect(issues).toContainEqual(
      problem([], 'fixture_total', 'definition: two scores, flags or classifications give the output field "fixture_total"; give them distinct names'),
    );
  });

  it('a flag name given twice', () => {
    expect(refused((d) => (d.flags[1].name = 'ynYes'))).toContainEqual(problem(['flags', 1, 'name'], 'ynYes', 'flags[1].name: duplicate flag name "ynYes"'));
  });

  it('a classification name given twice', () => {
    const issues = refused((d) => d.classifications.push({ name: 'group', label: 'Again', rules: [{ label: 'all' }], source: { ref: 'hand' } }));
    expect(issues).toContainEqual(problem(['classifications', 1, 'name'], 'group', 'classifications[1].name: duplicate classification name "group"'));
  });

  it('an item listed twice in one score', () => {
    expect(refused((d) => (d.scores[1].items = ['a1', 'a1', 'a3', 'a4']))).toEqual([
      problem(['scores', 1, 'items', 1], 'a1', 'scores[1].items[1]: item "a1" is listed twice in score "doubled"'),
    ]);
  });

  it('an option value given twice in one item', () => {
    const options = [{ value: 0, label: 'No' }, { value: 1, label: 'Yes' }, { value: 1, label: 'Also yes' }];
    expect(refused((d) => (d.items[6].options = options))).toEqual([
      problem(['items', 6, 'options', 2, 'value'], 1, 'items[6].options[2].value: duplicate option value 1'),
    ]);
  });
});

describe('output-field collisions (a scored row must not hold two columns of one name)', () => {
  const clash = (id: string) => `items[8].id: item id "${id}" is also the name of an output field; rename the item or the score, flag or classification`;

  it('an item named like a score field, with the prefix the id gives (hyphens dropped)', () => {
    expect(refused((d) => d.items.push(numeric('fixture_total', 0, 1)))).toEqual([problem(['items', 8, 'id'], 'fixture_total', clash('fixture_total'))]);
    const hyphened = (id: string) => (d: any) => {
      d.id = 'my-scale';
      d.items.push(numeric(id, 0, 1));
    };
    expect(refused(hyphened('myscale_error'))).toEqual([problem(['items', 8, 'id'], 'myscale_error', clash('myscale_error'))]);
    accepted(hyphened('fixture_error'));
  });

  it('the recode field counts too (promkit score adds it)', () => {
    expect(refused((d) => d.items.push(numeric('fixture_recode', 0, 1)))).toEqual([problem(['items', 8, 'id'], 'fixture_recode', clash('fixture_recode'))]);
  });

  it('T-score and SE fields exist only for scores with a conversion table', () => {
    expect(refused((d) => d.items.push(numeric('fixture_converted_tscore', 0, 1)))).toEqual([
      problem(['items', 8, 'id'], 'fixture_converted_tscore', clash('fixture_converted_tscore')),
    ]);
    accepted((d) => d.items.push(numeric('fixture_total_tscore', 0, 1)));
  });

  it('a flag named like a score gives one field twice: reported once, on the whole definition', () => {
    expect(refused((d) => (d.flags[0].name = 'total'))).toEqual([
      problem([], 'fixture_total', 'definition: two scores, flags or classifications give the output field "fixture_total"; give them distinct names'),
    ]);
  });

  it('the fields a scored record gains, in the documented order', () => {
    const empty = { a1: null, a2: null, a3: null, a4: null, n1: null, n2: null, yn: null, odd: null };
    const perScore = (s: string, table = false) => [`fixture_${s}`, `fixture_${s}_band`, `fixture_${s}_status`, ...(table ? [`fixture_${s}_tscore`, `fixture_${s}_se`] : []), `fixture_${s}_reason`];
    const scoreFields = [...['total', 'doubled', 'meanN', 'percent', 'agreeing'].flatMap((s) => perScore(s)), ...perScore('converted', true)];
    const added = (def: ReturnType<typeof defineInstrument>, labels?: boolean) =>
      Object.keys(scoreRecords([empty], def, labels ? { labels } : {})[0]!).filter((k) => !(k in empty));
    const full = defineInstrument(fixtureDefinition());
    expect(added(full)).toEqual([...scoreFields, 'fixture_ynYes', 'fixture_highTotal', 'fixture_group', 'fixture_error']);
    expect(added(full, true)).toEqual([...scoreFields, 'fixture_ynYes', 'fixture_highTotal', 'fixture_group', 'fixture_recode', 'fixture_error']);
    // Without flags or classifications: no field for them.
    const bare = defineInstrument(edited((d) => {
      delete d.flags;
      delete d.classifications;
    }));
    expect(added(bare)).toEqual([...scoreFields, 'fixture_error']);
  });
});

describe('defineInstrument refuses items it cannot score', () => {
  it('"reverse" together with "scoredAs" (input: the reverse flag)', () => {
    const options = [1, 2, 3, 4].map((v) => ({ value: v, label: `v${v}`, scoredAs: v }));
    expect(refused((d) => (d.items[1].options = options))).toEqual([
      problem(['items', 1, 'reverse'], true, 'items[1].reverse: item "a2" has both "reverse" and "scoredAs"; write the reversed values in "scoredAs"'),
    ]);
  });

  it('a numeric item whose min is not below its max (equal included)', () => {
    expect(refused((d) => (d.items[4].numeric = { min: 5, max: 5, integer: true }))).toContainEqual(
      problem(['items', 4, 'numeric'], { min: 5, max: 5, integer: true }, 'items[4].numeric: numeric "min" must be below "max"'),
    );
  });

  it('an item with neither options nor numeric gets that one issue, not a second about whole numbers', () => {
    const issues = refused((d) => {
      d.items.push({ id: 'bare', label: 'Bare' });
      d.scores.push({ name: 'bareCount', label: 'Bare', items: ['bare'], method: 'count', countAtLeast: 1, range: [0, 1], missing: missing(1), direction: 'higher-is-worse' });
    });
    expect(issues).toEqual([problem(['items', 8], 'bare', 'items[8]: item "bare" needs exactly one of "options" or "numeric"')]);
  });
});

describe('defineInstrument: options that belong to one method', () => {
  it('a "table" method without a table', () => {
    expect(refused((d) => (d.scores[0].method = 'table'))).toEqual([
      problem(['scores', 0, 'table'], undefined, 'scores[0].table: a conversion "table" is required for method "table" and allowed only there'),
    ]);
  });

  it('"countAtLeast" missing from a count, or given to a sum', () => {
    const message = 'scores[{s}].countAtLeast: "countAtLeast" is required for method "count" and allowed only there';
    expect(refused((d) => delete d.scores[4].countAtLeast)).toEqual([problem(['scores', 4, 'countAtLeast'], undefined, message.replace('{s}', '4'))]);
    expect(refused((d) => (d.scores[0].countAtLeast = 3))).toEqual([problem(['scores', 0, 'countAtLeast'], 3, message.replace('{s}', '0'))]);
  });

  it('"multiplier" on a table or a mean, but not on a sum or a count', () => {
    const message = (s: number) => `scores[${s}].multiplier: "multiplier" applies only to methods "sum" and "count"`;
    // A table's raw range is not multiplied, so the multiplier is the only issue.
    expect(refused((d) => (d.scores[5].multiplier = 2))).toEqual([problem(['scores', 5, 'multiplier'], 2, message(5))]);
    expect(refused((d) => (d.scores[2].multiplier = 2))).toEqual([problem(['scores', 2, 'multiplier'], 2, message(2))]);
    // A count of 4 items ×2 reaches 0..8.
    accepted((d) => {
      d.scores[4].multiplier = 2;
      d.scores[4].range = [0, 8];
    });
    expect(refused((d) => (d.scores[4].multiplier = 2))).toEqual([
      problem(['scores', 4, 'range'], [0, 4], 'scores[4].range: declared range [0, 4] differs from the range the items can reach [0, 8]'),
    ]);
  });

  it('a count compares its declared range with 0..(items × multiplier)', () => {
    expect(refused((d) => (d.scores[4].range = [0, 5]))).toEqual([
      problem(['scores', 4, 'range'], [0, 5], 'scores[4].range: declared range [0, 5] differs from the range the items can reach [0, 4]'),
    ]);
  });

  it('a count or table over an item with non-whole values', () => {
    const half = { id: 'half', label: 'Half', options: [{ value: 0, label: 'None' }, { value: 0.5, label: 'Half' }, { value: 1, label: 'All' }] };
    const count = { name: 'halves', label: 'Count', items: ['half'], method: 'count', countAtLeast: 1, range: [0, 1], missing: missing(1), direction: 'higher-is-worse' };
    const { countAtLeast: _, ...sum } = count;
    const table = { ...sum, method: 'table', table: { source: { ref: 'hand' }, rows: [{ raw: 0, tScore: 40 }, { raw: 1, tScore: 60 }] } };
    expect(refused((d) => (d.items.push(half), d.scores.push(count)))).toEqual([
      problem(['scores', 6, 'method'], 'count', 'scores[6].method: method "count" needs items with whole-number values'),
    ]);
    // One non-whole item among whole ones is enough (every item is required: no proration issue).
    const mixedCount = { ...count, items: ['a1', 'half'], range: [0, 2], missing: missing(2) };
    expect(refused((d) => (d.items.push(half), d.scores.push(mixedCount)))).toEqual([
      problem(['scores', 6, 'method'], 'count', 'scores[6].method: method "count" needs items with whole-number values'),
    ]);
    expect(refused((d) => (d.items.push(half), d.scores.push(table)))).toEqual([
      problem(['scores', 6, 'method'], 'table', 'scores[6].method: method "table" needs items with whole-number values'),
    ]);
  });

  it('bands or psychometrics on the T-score of a score without a table', () => {
    expect(refused((d) => (d.scores[0].bandsOn = 'tScore'))).toEqual([
      problem(['scores', 0, 'bandsOn'], 'tScore', 'scores[0].bandsOn: bands on the T-score need method "table"'),
    ]);
    expect(refused((d) => (d.scores[0].psychometrics = { metric: 'tScore' }))).toEqual([
      problem(['scores', 0, 'psychometrics', 'metric'], 'tScore', 'scores[0].psychometrics.metric: psychometrics on the T-score need method "table"'),
    ]);
  });
});

describe('items of one score must share a response range where the method needs it', () => {
  const meanMessage = 'scores[2].items: method "mean" needs items that share one response range';

  it('a mean over items of different ranges (its reach is the lowest low to the highest high)', () => {
    // a1 is 1–4, n1 0–10: the mean reaches [0, 10], as declared, so this is the only issue.
    expect(refused((d) => (d.scores[2].items = ['n1', 'a1']))).toEqual([problem(['scores', 2, 'items'], ['n1', 'a1'], meanMessage)]);
  });

  it('ranges differ when either end differs', () => {
    const sameLow = (d: any) => (d.items.push(numeric('n3', 0, 5)), (d.scores[2].items = ['n1', 'n3']));
    const sameHigh = (d: any) => (d.items.push(numeric('n3', 2, 10)), (d.scores[2].items = ['n1', 'n3']));
    expect(refused(sameLow)).toEqual([problem(['scores', 2, 'items'], ['n1', 'n3'], meanMessage)]);
    expect(refused(sameHigh)).toEqual([problem(['scores', 2, 'items'], ['n1', 'n3'], meanMessage)]);
  });

  const prorationMessage = (s: number) =>
    `scores[${s}].missing.minAnswered: proration of a sum needs items that share one response range; use "percent-of-maximum" or require every item`;
  const mixed = (method: string, extra: object, minAnswered: number) => (d: any) =>
    d.scores.push({ name: 'mixed', label: 'Mixed', items: ['a1', 'yn'], method, ...extra, missing: missing(minAnswered, 'nearest'), direction: 'higher-is-worse' });
  const rows = [1, 2, 3, 4, 5].map((raw) => ({ raw, tScore: 40 + raw }));

  it('prorating a sum, a table or a count over items of different ranges', () => {
    // a1 is 1–4 and yn 0–1: sum and table reach 1..5, a count 0..2.
    expect(refused(mixed('sum', { range: [1, 5] }, 1))).toEqual([problem(['scores', 6, 'missing', 'minAnswered'], 1, prorationMessage(6))]);
    expect(refused(mixed('table', { range: [1, 5], table: { source: { ref: 'hand' }, rows } }, 1))).toEqual([
      problem(['scores', 6, 'missing', 'minAnswered'], 1, prorationMessage(6)),
    ]);
    expect(refused(mixed('count', { range: [0, 2], countAtLeast: 1 }, 1))).toEqual([problem(['scores', 6, 'missing', 'minAnswered'], 1, prorationMessage(6))]);
  });

  it('but not when every item is required, nor for percent-of-maximum', () => {
    accepted(mixed('sum', { range: [1, 5] }, 2));
    accepted(mixed('percent-of-maximum', { range: [0, 100] }, 1));
  });

  it('a table score that requires every item needs no rounding', () => {
    accepted((d) => (d.scores[5].missing = missing(2, 'none')));
  });
});

describe('declared ranges: magnitude limit and float tolerance', () => {
  const big = (min: number, max: number, range = [min, max]) => (d: any) => {
    d.items.push(numeric('big', min, max));
    d.scores.push({ name: 'big', label: 'Big', items: ['big'], method: 'sum', range, missing: missing(1), direction: 'higher-is-worse' });
  };

  it('±1e12 is the largest magnitude a score may reach (inclusive)', () => {
    accepted(big(0, 1e12));
    accepted(big(-1e12, 0));
    expect(refused(big(-2e12, 0))).toEqual([
      problem(['scores', 6, 'range'], [-2e12, 0], 'scores[6].range: the items can reach [-2000000000000, 0], beyond ±1000000000000: too large to score exactly'),
    ]);
  });

  it('a declared end may differ from the reachable one by 1e-9 relative (at least 1e-9 absolute)', () => {
    accepted(big(0, 10, [1e-9, 10])); // exactly the absolute tolerance
    accepted(big(0, 1e6, [0, 1e6 + 5e-4])); // within 1e-9 × 1e6
    expect(refused(big(0, 1e6, [0, 1e6 + 2e-3]))[0]?.path).toEqual(['definition', 'scores', 6, 'range']);
  });
});

describe('conversion tables', () => {
  it('a raw score listed twice', () => {
    expect(refused((d) => d.scores[5].table.rows.push({ raw: 3, tScore: 40.2, se: 4 }))).toEqual([
      problem(['scores', 5, 'table', 'rows', 7, 'raw'], 3, 'scores[5].table.rows[7].raw: raw score 3 appears twice in the table'),
    ]);
  });

  it('the highest raw score without a row', () => {
    expect(refused((d) => d.scores[5].table.rows.pop())).toEqual([
      problem(['scores', 5, 'table', 'rows'], 8, 'scores[5].table.rows: the table has no row for raw score 8'),
    ]);
  });

  it('rows outside the reachable raw range, below or above', () => {
    expect(refused((d) => d.scores[5].table.rows.push({ raw: 9, tScore: 70, se: 5 }))).toEqual([
      problem(['scores', 5, 'table', 'rows', 7, 'raw'], 9, 'scores[5].table.rows[7].raw: raw score 9 is outside the reachable range [2, 8]'),
    ]);
    expect(refused((d) => d.scores[5].table.rows.unshift({ raw: 1, tScore: 30, se: 5 }))).toEqual([
      problem(['scores', 5, 'table', 'rows', 0, 'raw'], 1, 'scores[5].table.rows[0].raw: raw score 1 is outside the reachable range [2, 8]'),
    ]);
  });

  it('a row may lack its SE when no derivation lists the SE column', () => {
    accepted((d) => delete d.scores[5].table.rows[3].se);
  });

  it('more than 100000 raw scores is refused as a whole; exactly 100000 is listed row by row', () => {
    const wide = (min: number, max: number) => (d: any) => {
      d.items.push(numeric('wide', min, max));
      d.scores.push({
        name: 'wide', label: 'Wide', items: ['wide'], method: 'table', range: [min, max], missing: missing(1), direction: 'higher-is-worse',
        table: { source: { ref: 'hand' }, rows: [{ raw: 0, tScore: 50 }, { raw: 1, tScore: 51 }] },
      });
    };
    // -50000..50000 is 100001 raw scores.
    expect(refused(wide(-50000, 50000))).toEqual([
      problem(['scores', 6, 'table', 'rows'], 2, 'scores[6].table.rows: the items can reach raw scores -50000 to 50000: more than 100000 rows, too many for a conversion table'),
    ]);
    const listed = refused(wide(0, 99999));
    expect(listed).toHaveLength(99998);
    expect(listed[0]).toEqual(problem(['scores', 6, 'table', 'rows'], 2, 'scores[6].table.rows: the table has no row for raw score 2'));
  });
});

describe('band edges', () => {
  it('bands on the T-score must cover the lowest and highest T-score of the table', () => {
    // The fixture table's T-scores run from 35.5 to 66.1.
    expect(refused((d) => (d.scores[5].bands[0].min = 40))).toEqual([
      problem(['scores', 5, 'bands', 0, 'min'], 40, 'scores[5].bands[0].min: the bands leave a gap: the lowest score 35.5 is below the first band'),
    ]);
    expect(refused((d) => (d.scores[5].bands[1].max = 60))).toEqual([
      problem(['scores', 5, 'bands', 1, 'max'], 60, 'scores[5].bands[1].max: the bands leave a gap: the highest score 66.1 is above the last band'),
    ]);
  });

  it('a band whose min is above its max', () => {
    const band = { label: 'mid', min: 12, max: 9 };
    expect(refused((d) => (d.scores[0].bands[1] = band))).toContainEqual(problem(['scores', 0, 'bands', 1], band, 'scores[0].bands[1]: band "mid" has min above max'));
  });

  it('the first band cannot be minExclusive', () => {
    expect(refused((d) => (d.scores[0].bands[0].minExclusive = true))).toEqual([
      problem(['scores', 0, 'bands', 0, 'minExclusive'], true, 'scores[0].bands[0].minExclusive: the first band "low" cannot start just above its min: the lowest score would have no band'),
    ]);
  });

  it('a minExclusive band must start at the previous band’s max', () => {
    expect(refused((d) => (d.scores[0].bands[1].minExclusive = true))).toEqual([
      problem(['scores', 0, 'bands', 1, 'min'], 9, 'scores[0].bands[1].min: band "mid" starts just above 9, so the previous band "low" must end at 9 (it ends at 8)'),
    ]);
  });

  it('consecutive bands may be up to 1 + 1e-9 apart (float slack) and no more', () => {
    const bands = (secondMin: number) => (d: any) => (d.scores[3].bands = [{ label: 'none', min: 0, max: 0 }, { label: 'some', min: secondMin, max: 100 }]);
    accepted(bands(1 + 1e-9));
    expect(refused(bands(1 + 1e-8))[0]?.message).toBe(`scores[3].bands[1]: bands "none" and "some" leave a gap between 0 and ${1 + 1e-8}`);
  });
});

describe('bandHolding: which band holds a value', () => {
  const bands = [
    { label: 'low', min: 0, max: 4 },
    { label: 'high', min: 5, max: 9 },
  ];
  it('the last band holds values up to its max, inclusive; above it there is no band', () => {
    expect(bandHolding(bands, 9)?.label).toBe('high');
    expect(bandHolding(bands, 9.5)).toBeUndefined();
    expect(bandHolding(bands, 4.5)?.label).toBe('low');
    expect(bandHolding(bands, -1)).toBeUndefined();
  });
  it('no bands hold nothing (and do not throw)', () => {
    expect(bandHolding([], 3)).toBeUndefined();
  });
});

describe('conditions of flags and classifications', () => {
  it('an unknown item inside all/any, with the path through the nesting', () => {
    expect(refused((d) => (d.flags[0].when = { all: [{ item: 'yn', atLeast: 1 }, { item: 'nope', atLeast: 1 }] }))).toEqual([
      problem(['flags', 0, 'when', 'all', 1, 'item'], 'nope', 'flags[0].when.all[1].item: refers to unknown item "nope"'),
    ]);
    accepted((d) => (d.flags[0].when = { any: [{ item: 'yn', atLeast: 1 }, { score: 'total', above: 12 }] }));
  });

  it('an unknown score in a classification rule', () => {
    expect(refused((d) => (d.classifications[0].rules[0].when = { score: 'nothing', atMost: 8 }))).toEqual([
      problem(['classifications', 0, 'rules', 0, 'when', 'score'], 'nothing', 'classifications[0].rules[0].when.score: refers to unknown score "nothing"'),
    ]);
  });

  it('a condition without any bound', () => {
    expect(refused((d) => (d.flags[0].when = { item: 'yn' }))).toEqual([
      problem(['flags', 0, 'when'], { item: 'yn' }, 'flags[0].when: a condition needs a lower bound ("atLeast" ≥ or "above" >) and/or an upper bound ("atMost" ≤ or "below" <)'),
    ]);
  });

  it('two upper bounds; one of either is fine', () => {
    expect(refused((d) => (d.flags[0].when = { item: 'yn', atMost: 0, below: 1 }))).toEqual([
      problem(['flags', 0, 'when'], { item: 'yn', atMost: 0, below: 1 }, 'flags[0].when: give one upper bound: "atMost" (≤) or "below" (<), not both'),
    ]);
    accepted((d) => (d.flags[0].when = { item: 'yn', below: 1 }));
    accepted((d) => (d.flags[0].when = { item: 'yn', atMost: 0 }));
  });
});

describe('citations referred to by discrepancies', () => {
  it('every ref of a discrepancy must name a citation', () => {
    expect(refused((d) => (d.discrepancies = [{ topic: 'Cut-off', decision: 'We follow the manual.', refs: ['hand', 'nobody'] }]))).toEqual([
      problem(['discrepancies', 0, 'refs', 1], 'nobody', 'discrepancies[0].refs[1]: refers to unknown citation "nobody"'),
    ]);
  });
});

describe('schema: shapes, patterns and numeric limits', () => {
  // Schema issues carry the offending value as `input`, like the semantic checks' issues.
  it('reports zod errors in English, with the path and the input', () => {
    expect(refused((d) => (d.title = 5))).toEqual([problem(['title'], 5, 'title: Invalid input: expected string, received number')]);
  });

  it('a multiplier must be above 0', () => {
    expect(refused((d) => (d.scores[0].multiplier = 0))).toEqual([problem(['scores', 0, 'multiplier'], 0, 'scores[0].multiplier: must be > 0')]);
  });

  it.each<[string, Edit, (string | number)[], string, string]>([
    ['an id with a capital first', (d) => (d.id = 'Xfixture'), ['id'], 'Xfixture', 'id: must be lower-case kebab, e.g. "phq-9"'],
    ['an id with a capital last', (d) => (d.id = 'fixture-X'), ['id'], 'fixture-X', 'id: must be lower-case kebab, e.g. "phq-9"'],
    ['an item id starting with "_"', (d) => (d.items[7].id = '_odd'), ['items', 7, 'id'], '_odd', 'items[7].id: must start with a letter and use letters, digits, "_" or "."'],
    ['an item id with a hyphen', (d) => (d.items[7].id = 'odd-x'), ['items', 7, 'id'], 'odd-x', 'items[7].id: must start with a letter and use letters, digits, "_" or "."'],
    ['a flag name starting upper-case', (d) => (d.flags[0].name = 'YnYes'), ['flags', 0, 'name'], 'YnYes', 'flags[0].name: must be camelCase, e.g. "total" or "interference"'],
    ['a flag name with a hyphen', (d) => (d.flags[0].name = 'yn-yes'), ['flags', 0, 'name'], 'yn-yes', 'flags[0].name: must be camelCase, e.g. "total" or "interference"'],
  ])('refuses %s', (_, edit, path, input, message) => {
    expect(refused(edit)).toEqual([problem(path, input, message)]);
  });

  const reliability = (value: number) => (d: any) =>
    (d.scores[0].psychometrics = { reliability: { value, kind: 'test-retest', population: 'Adults', source: { ref: 'hand' } } });

  it('a reliability lies strictly between 0 and 1', () => {
    accepted(reliability(0.85));
    for (const value of [0, 1]) {
      expect(refused(reliability(value))).toEqual([
        problem(['scores', 0, 'psychometrics', 'reliability', 'value'], value, 'scores[0].psychometrics.reliability.value: must be between 0 and 1 (exclusive)'),
      ]);
    }
  });

  it('a table derivation naming its computed columns is accepted', () => {
    accepted((d) => (d.scores[5].table.derivation = { columns: ['tScore', 'se'], method: 'Computed', parameters: { ref: 'hand' }, validation: 'Checked by hand.' }));
  });

  it('weights chosen by another item: 0 allowed, negative refused', () => {
    const weighted = (weights: number[]) => (d: any) => {
      d.items.push({ id: 'sex', label: 'Sex', options: [{ value: 0, label: 'F' }, { value: 1, label: 'M' }] });
      // a1, a3 are 1–4: group 0 reaches 3..12, group 1 reaches 2..8; together 2..12.
      d.scores.push({
        name: 'weighted', label: 'Weighted', items: ['a1', 'a3'], method: 'sum', range: [2, 12], missing: missing(2), direction: 'higher-is-worse',
        weightsBy: { item: 'sex', groups: [{ answer: 0, weights: [1, 2] }, { answer: 1, weights }] },
      });
    };
    accepted(weighted([2, 0]));
    expect(refused(weighted([2, -1]))).toEqual([
      problem(['scores', 6, 'weightsBy', 'groups', 1, 'weights', 1], -1, 'scores[6].weightsBy.groups[1].weights[1]: must be ≥ 0'),
    ]);
  });
});
