import fc from 'fast-check';
import type { Instrument, Item } from '../src/index.js';

/** A valid answer for an item. */
export function answerArb(item: Item): fc.Arbitrary<number> {
  if (item.options) return fc.constantFrom(...item.options.map((o) => o.value));
  const { min, max, integer } = item.numeric as NonNullable<Item['numeric']>;
  return integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** A complete, valid response record. */
export function completeArb(def: Instrument): fc.Arbitrary<Record<string, number>> {
  return fc.record(Object.fromEntries(def.items.map((item) => [item.id, answerArb(item)])));
}

/** A valid response record where any item may be unanswered (null or absent). */
export function partialArb(def: Instrument): fc.Arbitrary<Record<string, number | null | undefined>> {
  return fc.record(
    Object.fromEntries(def.items.map((item) => [item.id, fc.option(answerArb(item), { nil: null })])),
    { requiredKeys: [] },
  );
}

/** Anything at all, including near-misses of valid input. */
export function garbageArb(def: Instrument): fc.Arbitrary<unknown> {
  const ids = def.items.map((item) => item.id);
  const wild = fc.oneof(
    fc.anything(),
    fc.constantFrom(NaN, Infinity, -Infinity, -1, 1e9, 0.5, '1', true, {}, [], -0),
  );
  return fc.oneof(
    fc.anything(),
    fc.array(wild, { maxLength: ids.length + 2 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...ids, '__proto__', 'constructor', 'toString'), fc.string()), wild),
  );
}
