/**
 * Hostile and near-valid inputs for the garbage fuzz suite (test/fuzz/garbage.test.ts): what a
 * careless or malicious caller can pass to any export. Everything is built fresh per run, so a
 * function that mutates its input cannot poison the next run.
 */
import fc from 'fast-check';
import { defineGoal } from '../../src/index.js';
import { gad7, nrs, phq9, promisPi4a } from '../../src/instruments/index.js';

/** Thrown by our own getters and Proxies: the one foreign exception a function may let through. */
export class CallerError extends Error {
  override name = 'CallerError';
}

/** Proxies and getter objects we build: never walked when taking fingerprints. */
export const opaque = new WeakSet<object>();

function throwingGetter(): object {
  const o = {};
  Object.defineProperty(o, 'phq9_1', {
    enumerable: true,
    get() {
      throw new CallerError('getter');
    },
  });
  Object.defineProperty(o, 'value', {
    enumerable: true,
    get() {
      throw new CallerError('getter');
    },
  });
  opaque.add(o);
  return o;
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  opaque.add(proxy);
  return proxy;
}

function throwingProxy(): object {
  const proxy = new Proxy([1, 2, 3], {
    get() {
      throw new CallerError('proxy get');
    },
    ownKeys() {
      throw new CallerError('proxy ownKeys');
    },
    getPrototypeOf() {
      throw new CallerError('proxy getPrototypeOf');
    },
  });
  opaque.add(proxy);
  return proxy;
}

function deep(levels: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = kind === 'array' ? [value] : { item: [value], linkId: 'x' };
  // fast-check prints counterexamples recursively: give it a short text instead.
  opaque.add(value as object); // too deep for the recursive fingerprint: checked for crashes only
  return value;
}

/** 10⁵ elements: checked for crashes and time, frozen against mutation instead of fingerprinted. */
function large<T>(array: T[]): readonly T[] {
  for (const element of array) if (element !== null && typeof element === 'object') Object.freeze(element);
  opaque.add(array);
  return Object.freeze(array);
}

function sparse(): unknown[] {
  const a: unknown[] = [];
  a[5] = 1;
  a.length = 9;
  return a;
}

const specials: readonly (() => unknown)[] = [
  throwingGetter,
  revokedProxy,
  throwingProxy,
  () => Object.freeze([1, 2, 1, 2, 1, 1, 2, 1, 0]),
  () => JSON.parse('{"__proto__": {"phq9_1": 3}, "phq9_2": 1}'),
  () => JSON.parse('{"constructor": {"prototype": {"polluted": 1}}}'),
  () => Object.create(null),
  () => Object.assign(Object.create(null), { phq9_1: 1 }),
  () => large(new Array(100_000).fill(1)),
  () => large(Array.from({ length: 100_000 }, (_, i) => ({ date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`, value: i % 10 }))),
  () => deep(3_000, 'array'),
  () => deep(3_000, 'object'),
  sparse,
  () => new Float64Array([1, NaN, Infinity]),
  () => new Int8Array(9),
  () => new Map([['phq9_1', 1]]),
  () => new Set([1]),
  () => new Date(NaN),
  () => 10n ** 30n,
  () => Object(1),
  () => Object('phq9_1'),
  () => Symbol('s'),
  () => () => 1,
  () => ({ length: 1e9 }),
  () => ({ [Symbol.iterator]: () => { throw new CallerError('iterator'); } }),
];

/** Values that get past the first checks: shipped instruments, valid answers, dated series, goals. */
const plausible: readonly (() => unknown)[] = [
  () => phq9,
  () => gad7,
  () => nrs,
  () => promisPi4a,
  () => [1, 2, 1, 2, 1, 1, 2, 1, 0],
  () => ({ phq9_1: 1, phq9_2: 2, phq9_3: 1, phq9_4: 2, phq9_5: 1, phq9_6: 1, phq9_7: 2, phq9_8: 1, phq9_9: 0 }),
  () => [[1, 2, 1, 2, 1, 1, 2, 1, 0], { phq9_1: 9 }],
  () => ({ phq9_1: [1, 2], phq9_2: new Float64Array([0, 3]) }),
  () => [{ date: '2024-01-01', value: 7 }, { date: '2024-02-01', value: 4 }, { date: '2024-03-01', value: 2 }],
  () => [{ id: 'a', date: '2024-01-01', value: 12 }, { id: 'a', date: '2024-03-01', value: 6 }, { id: '', date: 'x', value: NaN }],
  () => [{ before: 12, after: 6 }, { before: 10, after: 11 }],
  () => ({ instrument: phq9, score: 'total' }),
  () => ({ missing: 'strict' }),
  () => ({ missing: { minAnswered: 7 } }),
  () => ({ reliability: 0.84, sd: 5.5, method: 'jacobson-truax' }),
  () => [defineGoal({ id: 'walk', description: 'Walk to the shop', variant: 'gas-light', baseline: { level: -1 }, expectedOutcome: 'Walks 500 m', dateSet: '2024-01-10', reviews: { '2024-03-01': 1 } })],
  () => ({ '2024-03-01': 1 }),
  () => 'phq-9',
  () => 7,
  () => 0.3,
];

/**
 * How to build one argument. fast-check never sees the hostile values themselves (it inspects
 * what it generates, and a revoked Proxy breaks that): it generates recipes, and the property
 * builds fresh arguments from them on every run.
 */
export class Recipe {
  constructor(
    readonly label: string,
    readonly make: () => unknown,
  ) {}
  [fc.toStringMethod](): string {
    return this.label;
  }
}

const anything = fc.anything({ withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true, withTypedArray: true, withObjectString: true, maxDepth: 3 });

/** One argument: anything fast-check can make, a hostile special, or a plausible value. */
export const argArb: fc.Arbitrary<Recipe> = fc.oneof(
  { weight: 3, arbitrary: anything.map((value) => new Recipe(fc.stringify(value).slice(0, 200), () => value)) },
  { weight: 2, arbitrary: fc.nat(specials.length - 1).map((i) => new Recipe(`special #${i}: ${String(specials[i]).slice(0, 80)}`, specials[i] as () => unknown)) },
  { weight: 3, arbitrary: fc.nat(plausible.length - 1).map((i) => new Recipe(`plausible #${i}: ${String(plausible[i]).slice(0, 80)}`, plausible[i] as () => unknown)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(null, undefined, NaN, Infinity, -Infinity, -0, '', '__proto__', true, 1e308, -1).map((value) => new Recipe(fc.stringify(value), () => value)),
  },
);

/** Up to four arguments. */
export const argsArb: fc.Arbitrary<Recipe[]> = fc.array(argArb, { maxLength: 4 });
