import { describe, expect, it } from 'vitest';
import { checkDefinition } from '../src/model/check.js';
import { describeInstrument, getInstrument, hasInstrument, listInstruments } from '../src/catalog/index.js';
import * as instruments from '../src/instruments/index.js';
import { InstrumentSchema, PromkitError } from '../src/index.js';

describe('the shipped catalogue', () => {
  it('lists every export of promkit/instruments, sorted by id, with unique ids', () => {
    const ids = listInstruments().map((i) => i.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(Object.values(instruments))).toEqual(new Set(listInstruments()));
  });

  it.each(listInstruments().map((i) => [i.id, i] as const))('%s parses through InstrumentSchema and passes every cross-field check', (_, def) => {
    const parsed = InstrumentSchema.safeParse(def);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(checkDefinition(def)).toEqual([]);
  });

  it.each(listInstruments().map((i) => [i.id, i] as const))('%s is deeply frozen', (_, def) => {
    const visit = (node: unknown, path: string) => {
      if (node === null || typeof node !== 'object') return;
      expect(Object.isFrozen(node), path).toBe(true);
      for (const [key, child] of Object.entries(node)) visit(child, `${path}.${key}`);
    };
    visit(def, def.id);
  });

  it.each(listInstruments().map((i) => [i.id, i] as const))('%s carries citations, a licence note, and text only where allowed', (_, def) => {
    expect(def.citations.length).toBeGreaterThan(0);
    expect(def.licence.note.length).toBeGreaterThan(10);
    if (!def.licence.verbatimText) expect(def.items.filter((item) => item.text !== undefined)).toEqual([]);
    for (const s of def.scores) expect(s.missing.text.length, `${s.name} missing rule`).toBeGreaterThan(10);
  });

  it('export names follow the ids (phq-9 → phq9, bpi-sf → bpiSf)', () => {
    for (const [name, def] of Object.entries(instruments)) {
      const expected = def.id.replace(/-([a-z0-9])/g, (_, c: string) => (/[0-9]/.test(c) ? c : c.toUpperCase()));
      expect(name).toBe(expected);
    }
  });

  it('getInstrument finds by id and names the known ids otherwise', () => {
    expect(getInstrument('phq-9').id).toBe('phq-9');
    expect(hasInstrument('phq-9')).toBe(true);
    expect(hasInstrument('nope')).toBe(false);
    expect(() => getInstrument('phq9')).toThrow(PromkitError);
    expect(() => getInstrument('phq9')).toThrow(/known ids: .*phq-9/);
  });
});

describe('describeInstrument reference-case line', () => {
  const line = (page: string) => page.split('\n').find((l) => l.startsWith('- **Reference cases'));
  it('shows the published and hand counts it is given, in that order', () => {
    expect(line(describeInstrument(getInstrument('tsk-11'), { referenceCases: { published: 4, hand: 7 } }))).toBe(
      '- **Reference cases:** 4 published, 7 worked by hand',
    );
  });
  it('names cases of unrecorded origin, and prints no line without counts', () => {
    expect(line(describeInstrument(getInstrument('tsk-11'), { referenceCases: { published: 0, hand: 2, unclassified: 3 } }))).toBe(
      '- **Reference cases:** 0 published, 2 worked by hand, 3 of unrecorded origin',
    );
    expect(line(describeInstrument(getInstrument('tsk-11')))).toBeUndefined();
  });
});

describe('describeInstrument options', () => {
  it.each([
    ['a string', 'counts'],
    ['negative counts', { referenceCases: { published: -1, hand: 2 } }],
    ['fractional counts', { referenceCases: { published: 1.5, hand: 2 } }],
    ['a missing hand count', { referenceCases: { published: 1 } }],
  ])('refuses %s with a PromkitError naming options', (_, options) => {
    let caught: unknown;
    try {
      describeInstrument(getInstrument('tsk-11'), options as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PromkitError);
    expect((caught as PromkitError).issues[0]?.path[0]).toBe('options');
  });
});
