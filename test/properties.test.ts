import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listInstruments } from '../src/catalog/index.js';
import { defineInstrument, PromkitError, score, type Instrument, type ScoreResult } from '../src/index.js';
import { answerArb, completeArb, garbageArb, partialArb } from './arbitraries.js';
import { fixtureDefinition } from './fixtures.js';
import { fcRuns } from './fcRuns.js';

const runs = fcRuns(300);

function checkBounds(def: Instrument, result: ScoreResult) {
  for (const s of def.scores) {
    const v = result.scores[s.name];
    expect(v, s.name).toBeDefined();
    if (!v) continue;
    expect(v.answered).toBeLessThanOrEqual(v.of);
    if (v.value === null) {
      expect(v.status).toBe('insufficient-items');
      expect(v.reason).toBeTruthy();
      continue;
    }
    expect(Number.isFinite(v.value)).toBe(true);
    expect(v.value).toBeGreaterThanOrEqual(s.range[0]);
    expect(v.value).toBeLessThanOrEqual(s.range[1]);
    if (s.table) {
      expect(Number.isFinite(v.tScore)).toBe(true);
      if (s.table.rows.some((row) => row.se !== undefined)) expect(Number.isFinite(v.se)).toBe(true);
    }
    if (s.bands) {
      const banded = s.bandsOn === 'tScore' ? (v.tScore as number) : v.value;
      const band = v.band;
      expect(band, `${s.name} has a band for ${banded}`).toBeDefined();
      const next = s.bands[s.bands.findIndex((b) => b === band) + 1];
      expect(banded).toBeGreaterThanOrEqual(band!.min);
      expect(banded <= band!.max || (next !== undefined && banded < next.min)).toBe(true);
    }
  }
}

// Every shipped instrument, plus the engine fixture (which exercises tables, reversal and counts).
const subjects = [...listInstruments(), defineInstrument(fixtureDefinition())];

describe.each(subjects.map((def) => [def.id, def] as const))('%s: properties', (_, def) => {
  it('every score is within its declared range or null; never NaN or Infinity; bands hold values', () => {
    fc.assert(fc.property(partialArb(def), (responses) => checkBounds(def, score(def, responses))), runs);
  });

  it('a complete response is scored from every item, and proration changes nothing', () => {
    fc.assert(
      fc.property(completeArb(def), (responses) => {
        const official = score(def, responses);
        checkBounds(def, official);
        for (const s of Object.values(official.scores)) {
          expect(s.status).toBe('scored');
          expect(s.answered).toBe(s.of);
          expect(s.reason).toBeUndefined();
        }
        const lenient = score(def, responses, { missing: { minAnswered: 1 } });
        const strict = score(def, responses, { missing: 'strict' });
        expect(lenient.scores).toEqual(official.scores);
        expect(strict.scores).toEqual(official.scores);
      }),
      runs,
    );
  });

  it('is monotone in each item: up for normal items, down for reversed ones', () => {
    fc.assert(
      fc.property(completeArb(def), fc.nat({ max: def.items.length - 1 }), fc.nat(), (responses, i, pick) => {
        const item = def.items[i]!;
        const lower = responses[item.id]!;
        const candidates: number[] = item.options
          ? item.options.map((o) => o.value).filter((v) => v > lower)
          : [Math.min(item.numeric!.max, lower + 1)].filter((v) => v > lower);
        // An answer at the top of its scale has nothing above it: let fast-check draw again
        // (it fails the property when too few draws qualify, so the check cannot go vacuous).
        fc.pre(candidates.length > 0);
        const higher = candidates[pick % candidates.length]!;
        const before = score(def, responses);
        const after = score(def, { ...responses, [item.id]: higher });
        // A recoded answer (scoredAs) moves scores the way its recoded value moves.
        const scoredOf = (v: number) => item.options?.find((o) => o.value === v)?.scoredAs ?? v;
        const rises = (scoredOf(higher) >= scoredOf(lower)) !== Boolean(item.reverse);
        for (const s of def.scores) {
          if (!s.items.includes(item.id)) continue;
          const a = before.scores[s.name]!.value!;
          const b = after.scores[s.name]!.value!;
          if (rises) expect(b).toBeGreaterThanOrEqual(a);
          else expect(b).toBeLessThanOrEqual(a);
        }
      }),
      runs,
    );
  });

  it('reversing twice is the identity: toggle every symmetric item\'s reverse flag and reflect its answer, same scores', () => {
    // An item can be reflected when its allowed values are symmetric (v allowed ⇔ min + max − v allowed).
    // An item that selects another score's weights (weightsBy) is not scored itself: reflecting
    // it would pick the other group of weights, so it keeps its answer.
    const selectors = new Set(def.scores.flatMap((s) => (s.weightsBy ? [s.weightsBy.item] : [])));
    const symmetric = def.items.filter((item) => {
      if (selectors.has(item.id)) return false;
      // A recoded item (scoredAs) cannot also be reversed: its recode already says what each answer scores.
      if (item.options?.some((o) => o.scoredAs !== undefined)) return false;
      if (item.numeric) return true;
      const values = new Set(item.options!.map((o) => o.value));
      const lo = Math.min(...values);
      const hi = Math.max(...values);
      return [...values].every((v) => values.has(lo + hi - v));
    });
    expect(symmetric.length, 'at least one item can be reflected').toBeGreaterThan(0);
    const toggled = new Set(symmetric.map((item) => item.id));
    const raw = structuredClone(def) as any;
    for (const item of raw.items) if (toggled.has(item.id)) item.reverse = !item.reverse;
    const flipped = defineInstrument(raw);
    fc.assert(
      fc.property(completeArb(def), (responses) => {
        const reflected = { ...responses };
        for (const item of symmetric) {
          const values = item.options ? item.options.map((o) => o.value) : [item.numeric!.min, item.numeric!.max];
          reflected[item.id] = Math.min(...values) + Math.max(...values) - responses[item.id]!;
        }
        const want = score(def, responses).scores;
        const got = score(flipped, reflected).scores;
        // Reflecting a decimal answer (100 − (100 − x)) may differ from x in the last bit.
        for (const [name, s] of Object.entries(want)) {
          const { value, ...rest } = got[name]!;
          const { value: expected, ...expectedRest } = s;
          if (expected === null) expect(value).toBeNull();
          else expect(value).toBeCloseTo(expected, 9);
          expect(rest).toEqual(expectedRest);
        }
      }),
      fcRuns(100),
    );
  });

  it('garbage input yields a PromkitError, never another exception', () => {
    fc.assert(
      fc.property(garbageArb(def), (input) => {
        try {
          const result = score(def, input as never);
          checkBounds(def, result);
        } catch (error) {
          expect(error).toBeInstanceOf(PromkitError);
          expect((error as PromkitError).issues.length).toBeGreaterThan(0);
        }
      }),
      runs,
    );
  });

  it('does not mutate the responses', () => {
    fc.assert(
      fc.property(partialArb(def), (responses) => {
        const copy = structuredClone(responses);
        score(def, responses);
        expect(responses).toEqual(copy);
      }),
      fcRuns(50),
    );
  });

  it('an answer outside the coding names the item and value; every answer inside it is accepted', () => {
    for (const item of def.items) {
      // Every allowed answer of the item scores (alone, so most scores are null: no error).
      const allowed = item.options ? item.options.map((o) => o.value) : fc.sample(answerArb(item), { numRuns: 5, seed: 7 });
      for (const answer of allowed) expect(() => score(def, { [item.id]: answer }), `${item.id} = ${answer}`).not.toThrow();
      const bad = (item.options ? Math.max(...item.options.map((o) => o.value)) : item.numeric!.max) + 1000;
      let caught: unknown;
      try {
        score(def, { [item.id]: bad });
      } catch (error) {
        caught = error;
      }
      expect(caught, `${item.id} = ${bad}`).toBeInstanceOf(PromkitError);
      const issue = (caught as PromkitError).issues[0]!;
      expect(issue).toMatchObject({ code: 'out-of-range', path: ['responses', item.id], input: bad });
      expect(issue.message).toContain(item.id);
    }
  });
});
