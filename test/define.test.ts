import { describe, expect, it } from 'vitest';
import { defineInstrument, InstrumentSchema, PromkitError, score, type InstrumentInput } from '../src/index.js';
import { fixtureDefinition } from './fixtures.js';
import { phq9 } from '../src/instruments/index.js';
import { issue, issuesOf } from './promkitError.js';

function definitionIssues(mutate: (def: any) => void) {
  const def: any = fixtureDefinition();
  mutate(def);
  try {
    defineInstrument(def);
  } catch (error) {
    expect(error).toBeInstanceOf(PromkitError);
    return (error as PromkitError).issues;
  }
  throw new Error('expected defineInstrument to throw');
}

describe('defineInstrument', () => {
  it('returns a deeply frozen copy that scores', () => {
    const def = defineInstrument(fixtureDefinition());
    expect(Object.isFrozen(def)).toBe(true);
    expect(Object.isFrozen(def.scores[0]?.missing.source)).toBe(true);
    expect(score(def, { a1: 1, a2: 4, a3: 1, a4: 1 }).scores.total?.value).toBe(4);
  });

  it.each<[string, (def: any) => void, (string | number)[], RegExp]>([
    ['a band that leaves a gap', (d) => (d.scores[0].bands[1].min = 10), ['scores', 0, 'bands', 1], /leave a gap between 8 and 10/],
    ['overlapping bands', (d) => (d.scores[0].bands[1].min = 8), ['scores', 0, 'bands', 1], /overlaps/],
    ['bands not reaching the top', (d) => (d.scores[0].bands[2].max = 15), ['scores', 0, 'bands', 2, 'max'], /highest score 16/],
    ['bands not reaching the bottom', (d) => (d.scores[0].bands[0].min = 5), ['scores', 0, 'bands', 0, 'min'], /lowest score 4/],
    ['a score referencing an unknown item', (d) => d.scores[0].items.push('a9'), ['scores', 0, 'items', 4], /unknown item "a9"/],
    ['a range the items cannot reach', (d) => (d.scores[0].range = [0, 16]), ['scores', 0, 'range'], /\[4, 16\]/],
    ['an unknown citation', (d) => (d.scores[0].missing.source.ref = 'nobody'), ['scores', 0, 'missing', 'source', 'ref'], /unknown citation "nobody"/],
    ['verbatim text under a licence that forbids it', (d) => { d.licence.verbatimText = false; d.items[0].text = 'Exact wording'; }, ['items', 0, 'text'], /verbatim item text is not allowed/],
    ['duplicate item ids', (d) => (d.items[1].id = 'a1'), ['items', 1, 'id'], /duplicate item id/],
    ['an incomplete conversion table', (d) => d.scores[5].table.rows.splice(2, 1), ['scores', 5, 'table', 'rows'], /no row for raw score 4/],
    ['a table score prorated without rounding', (d) => (d.scores[5].missing.rounding = 'none'), ['scores', 5, 'missing', 'rounding'], /must be rounded/],
    [
      'a derived SE column with a row lacking its SE',
      (d) => {
        d.scores[5].table.derivation = { columns: ['se'], method: 'computed', parameters: { ref: 'hand' }, validation: 'checked' };
        delete d.scores[5].table.rows[3].se;
      },
      ['scores', 5, 'table', 'rows', 3, 'se'],
      /every row needs an SE/,
    ],
    [
      'a derivation citing unknown item calibrations',
      (d) => (d.scores[5].table.derivation = { columns: ['tScore'], method: 'computed', parameters: { ref: 'nobody' }, validation: 'checked' }),
      ['scores', 5, 'table', 'derivation', 'parameters', 'ref'],
      /unknown citation "nobody"/,
    ],
    ['a flag on an unknown score', (d) => (d.flags[1].when.score = 'nothing'), ['flags', 1, 'when', 'score'], /unknown score/],
    ['requiring more answers than items', (d) => (d.scores[0].missing.minAnswered = 5), ['scores', 0, 'missing', 'minAnswered'], /cannot require 5 answers from 4 items/],
    ['a default rule before the last', (d) => d.classifications[0].rules.unshift({ label: 'x' }), ['classifications', 0, 'rules', 0], /only the last rule/],
    ['an item with both options and numeric', (d) => (d.items[0].numeric = { min: 0, max: 1, integer: true }), ['items', 0], /exactly one of/],
  ])('rejects %s, with the path into the definition', (_, mutate, path, message) => {
    const issues = definitionIssues(mutate);
    const issue = issues.find((i) => JSON.stringify(i.path) === JSON.stringify(['definition', ...path]));
    expect(issue, JSON.stringify(issues, null, 1)).toBeDefined();
    expect(issue?.code).toBe('invalid-definition');
    expect(issue?.message).toMatch(message);
  });

  it('reports schema errors with their path', () => {
    const issues = definitionIssues((d) => {
      d.id = 'Not Kebab';
      d.scores[0].method = 'median';
    });
    expect(issues.map((i) => i.path)).toEqual([
      ['definition', 'id'],
      ['definition', 'scores', 0, 'method'],
    ]);
    expect(issues[0]?.message).toMatch(/^id: must be lower-case kebab/);
  });

  it('rejects unknown keys (typos) instead of ignoring them', () => {
    const issues = definitionIssues((d) => (d.scores[0].revrse = true));
    expect(issues[0]?.path).toEqual(['definition', 'scores', 0]);
  });

  it('score() refuses a definition that was not validated, even a sound one, and names defineInstrument', () => {
    const broken = structuredClone(fixtureDefinition()) as any;
    broken.scores[0].method = 'summ';
    expect(issue(() => score(broken, {}))).toMatchObject({ code: 'invalid-definition', path: ['definition'] });
    expect(() => score({ nonsense: true } as never, {})).toThrow(/pass it through defineInstrument\(\)/);
    // A sound definition loaded from JSON, and a spread copy of a shipped one, are refused too…
    expect(() => score(JSON.parse(JSON.stringify(fixtureDefinition())), {})).toThrow(/not a validated instrument definition/);
    expect(() => score({ ...phq9 }, [0, 0, 0, 0, 0, 0, 0, 0, 0])).toThrow(/not a validated instrument definition/);
    // …until they are validated once.
    expect(score(defineInstrument(JSON.parse(JSON.stringify(phq9))), [0, 1, 0, 1, 0, 1, 0, 1, 0]).scores.total?.value).toBe(4);
  });

  it('a string option value is refused by defineInstrument, not looped over', () => {
    const raw = structuredClone(fixtureDefinition()) as any;
    raw.items[0].options[1].value = '5';
    expect(issuesOf(() => defineInstrument(raw))[0]).toMatchObject({ code: 'invalid-definition', path: ['definition', 'items', 0, 'options', 1, 'value'] });
  });

  it('InstrumentSchema is exported for users who want the zod schema itself', () => {
    expect(InstrumentSchema.safeParse(fixtureDefinition()).success).toBe(true);
  });
});

describe('defineInstrument: numbers too large to score', () => {
  it('refuses option values whose sums overflow (1e308 twice is Infinity), instead of scoring 1e308 on a 0–27 scale', () => {
    const raw = structuredClone(fixtureDefinition()) as any;
    raw.items[0].options[3].value = 1e308;
    raw.items[2].options[3].value = 1e308;
    const messages = issuesOf(() => defineInstrument(raw)).map((i) => i.message);
    expect(messages.some((m) => m.includes('too large to score exactly'))).toBe(true);
  });
  it('refuses a table over a raw range of millions of scores without trying to list them', () => {
    const raw = structuredClone(fixtureDefinition()) as any;
    raw.items[3].options[3].value = 5e6;
    const started = Date.now();
    const messages = issuesOf(() => defineInstrument(raw)).map((i) => i.message);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(messages.some((m) => m.includes('too many for a conversion table'))).toBe(true);
  });
});
