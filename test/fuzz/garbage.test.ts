/**
 * Garbage in, never a crash (issue 17): every exported function of every entry (promkit,
 * promkit/catalog, promkit/fhir, promkit/sql) is called with
 * hostile and near-valid arguments (BigInt, boxed values, null-prototype objects, typed and sparse
 * arrays, throwing getters, revoked Proxies, frozen inputs, `__proto__` keys, 10⁵-element arrays,
 * deep nesting). For each call:
 * - only a PromkitError escapes (or the caller's own exception: one its getter or Proxy throws,
 *   or the runtime's TypeError when its revoked Proxy is touched);
 * - no input is mutated, and Object.prototype / Array.prototype are untouched;
 * - every number in a result is finite (typed-array score columns excepted: NaN marks "no score"
 *   there, as documented), and every `value` with a `range` lies within it.
 *
 * `npm test` runs a bounded, seeded number of calls per export; `npm run fuzz` runs many more
 * with fresh seeds (FUZZ_RUNS, FUZZ_SEED).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as catalog from '../../src/catalog/index.js';
import * as fhir from '../../src/fhir/index.js';
import * as main from '../../src/index.js';
import { PromkitError } from '../../src/index.js';
import * as sql from '../../src/sql/index.js';
import { argsArb, CallerError, opaque } from './hostile.js';

const runs = Number(process.env.FUZZ_RUNS ?? 40);
/**
 * `npm test` replays the same calls every run (a fixed seed per function), so CI is never flaky;
 * `npm run fuzz` sets FUZZ_SEED=random for fresh calls, and prints the seed of any failure.
 */
const seedFor = (name: string): number | undefined => {
  if (process.env.FUZZ_SEED === 'random') return undefined;
  let h = Number(process.env.FUZZ_SEED ?? 17);
  for (const c of name) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  return h;
};

const entries: Record<string, Record<string, unknown>> = { promkit: main, 'promkit/catalog': catalog, 'promkit/fhir': fhir, 'promkit/sql': sql };
const functions = Object.entries(entries).flatMap(([entry, module]) =>
  Object.entries(module)
    .filter(([name, value]) => typeof value === 'function' && name !== 'PromkitError')
    .map(([name, fn]) => [`${entry} ${name}`, fn as (...args: unknown[]) => unknown] as const),
);

/** A structural fingerprint of a value: own keys, values and prototypes; getters are not run. */
function fingerprint(value: unknown, seen = new Map<object, number>()): string {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') return `fn:${value.name}`;
  if (value === null || typeof value !== 'object') return typeof value === 'number' && Object.is(value, -0) ? '-0' : `${typeof value}:${String(value)}`;
  if (opaque.has(value)) return 'opaque';
  const id = seen.get(value);
  if (id !== undefined) return `#${id}`;
  seen.set(value, seen.size);
  if (ArrayBuffer.isView(value)) return `${value.constructor.name}[${Array.from(value as unknown as ArrayLike<number>).join(',')}]`;
  if (value instanceof Map) return `Map{${[...value].map(([k, v]) => `${fingerprint(k, seen)}=>${fingerprint(v, seen)}`).join(',')}}`;
  if (value instanceof Set) return `Set{${[...value].map((v) => fingerprint(v, seen)).join(',')}}`;
  if (value instanceof Date) return `Date(${value.getTime()})`;
  const parts: string[] = [];
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key)!;
    const shown = 'value' in descriptor ? fingerprint(descriptor.value, seen) : 'accessor';
    parts.push(`${String(key)}${descriptor.enumerable ? '' : '(hidden)'}:${shown}`);
  }
  const proto = Object.getPrototypeOf(value);
  return `${proto === null ? 'null' : proto === Object.prototype ? '' : proto === Array.prototype ? 'A' : (proto.constructor?.name ?? '?')}{${parts.join(',')}}`;
}

/** Every number in a result is finite (outside typed arrays), and values lie within their range. */
function checkResult(value: unknown, path: string, seen = new Set<object>()): void {
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${path} = ${value}`).toBe(true);
    return;
  }
  // An error (e.g. safeScore's) carries the caller's own input back: not a result number.
  if (value === null || typeof value !== 'object' || seen.has(value) || ArrayBuffer.isView(value) || opaque.has(value) || value instanceof Error) return;
  seen.add(value);
  const record = value as Record<string, unknown>;
  if (typeof record.value === 'number' && Array.isArray(record.range) && record.range.length === 2) {
    const [lo, hi] = record.range as [number, number];
    expect(record.value, `${path}.value within [${lo}, ${hi}]`).toBeGreaterThanOrEqual(lo);
    expect(record.value, `${path}.value within [${lo}, ${hi}]`).toBeLessThanOrEqual(hi);
  }
  for (const key of Object.keys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && 'value' in descriptor) checkResult(descriptor.value, `${path}.${key}`, seen);
  }
}

/**
 * Touching a Proxy the caller revoked throws a TypeError from the runtime itself: like an
 * exception from the caller's own getter, it is the caller's object refusing access, and passes.
 */
function isRevokedProxyError(error: unknown): boolean {
  return error instanceof TypeError && /revoked/i.test(error.message);
}

const objectProtoKeys = () => Reflect.ownKeys(Object.prototype).map(String).sort().join(',');
const arrayProtoKeys = () => Reflect.ownKeys(Array.prototype).map(String).sort().join(',');

describe('garbage in: only PromkitErrors escape, nothing is mutated, every number is finite', () => {
  it('covers every exported function', () => {
    expect(functions.length).toBeGreaterThan(30);
  });

  it.each(functions)('%s', async (name, fn) => {
    const pending: Promise<unknown>[] = [];
    const objectKeys = objectProtoKeys();
    const arrayKeys = arrayProtoKeys();
    const details = fc.check(
      fc.property(argsArb, (recipes) => {
        const args = recipes.map((recipe) => recipe.make());
        const before = args.map((arg) => fingerprint(arg));
        let result: unknown;
        try {
          result = fn(...args);
        } catch (error) {
          if (!(error instanceof PromkitError) && !(error instanceof CallerError) && !isRevokedProxyError(error)) throw error;
          if (error instanceof PromkitError) expect(error.issues.length).toBeGreaterThan(0);
        }
        expect(args.map((arg) => fingerprint(arg))).toEqual(before);
        expect(objectProtoKeys()).toBe(objectKeys);
        expect(arrayProtoKeys()).toBe(arrayKeys);
        if (result instanceof Promise) pending.push(result);
        else if (result !== undefined) checkResult(result, 'result');
      }),
      { numRuns: runs, seed: seedFor(name) },
    );
    // An async export (renderProgressReview) must reject only with a PromkitError, too.
    for (const outcome of await Promise.allSettled(pending)) {
      if (outcome.status === 'rejected' && !(outcome.reason instanceof PromkitError) && !(outcome.reason instanceof CallerError) && !isRevokedProxyError(outcome.reason)) {
        throw new Error(`${name} rejected with ${String((outcome.reason as Error)?.stack ?? outcome.reason)}`);
      }
    }
    if (details.failed) {
      const error = details.errorInstance as Error;
      const shown = (details.counterexample ?? []).map((args) => fc.stringify(args).slice(0, 300));
      throw new Error(`${name} failed on ${shown.join(' ')} (seed ${details.seed}, path ${details.counterexamplePath}): ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n')}`);
    }
  });
});
