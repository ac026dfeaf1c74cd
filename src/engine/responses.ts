import { describeValue, PromkitError, type PromkitIssue } from '../errors.js';
import type { Buffers, CompiledInstrument, CompiledItem } from './compile.js';

/** One answer: a number, or `null`/`undefined` for unanswered. */
export type ResponseValue = number | null | undefined;

/**
 * A set of answers: a record keyed by item id, or an array in item order. `null` or
 * `undefined` (or an absent key) means the item was not answered.
 */
export type Responses = Readonly<Record<string, ResponseValue>> | readonly ResponseValue[];

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Reads and validates responses into a call's buffers: `raw[i]` is the answer as given,
 * `scored[i]` the scored value (reversed or recoded where the item says so), NaN where
 * unanswered. Only own properties (and own array elements) are answers: a value inherited from
 * a polluted `Object.prototype` or `Array.prototype` is not. Never mutates `responses`.
 * @throws {PromkitError} listing every problem found
 * @internal
 */
export function readResponses(compiled: CompiledInstrument, responses: unknown, buffers: Buffers): void {
  const { items } = compiled;
  const { scored: scratch, raw: rawScratch } = buffers;
  const n = items.length;
  let bad = false;
  if (Array.isArray(responses)) {
    if (responses.length !== n) throw wrongLength(compiled, responses);
    // A hole reads through to Array.prototype (and Object.prototype): an inherited value is not an answer.
    const inherited = hasInheritedKeys(Array.prototype);
    for (let i = 0; i < n; i++) {
      let value: unknown = responses[i];
      if (inherited && value !== undefined && !hasOwn.call(responses, i)) value = undefined;
      if (!accept(items[i] as CompiledItem, value, i, scratch, rawScratch)) bad = true;
    }
  } else if (responses !== null && typeof responses === 'object' && (isPlain(responses) || !isContainer(responses))) {
    const record = responses as Record<string, unknown>;
    const { itemIndex } = compiled;
    scratch.fill(NaN);
    rawScratch.fill(NaN);
    // for…in is the fastest walk V8 offers over a plain (or null-prototype) object; it also visits
    // keys a polluted Object.prototype adds, so each key is checked to be the record's own. Other
    // prototypes are walked with Object.keys. Either way only own keys are read.
    if (isPlain(record)) {
      // Records usually list their keys in item order: try the next item id before the map.
      const ids = compiled.itemIds;
      let next = 0;
      const inherited = hasInheritedKeys(Object.prototype);
      for (const key in record) {
        if (inherited && !hasOwn.call(record, key)) continue;
        const i = key === ids[next] ? next : itemIndex.get(key);
        if (i === undefined || !accept(items[i] as CompiledItem, record[key], i, scratch, rawScratch)) bad = true;
        else next = i + 1;
      }
    } else {
      for (const key of Object.keys(record)) {
        const i = itemIndex.get(key);
        if (i === undefined || !accept(items[i] as CompiledItem, record[key], i, scratch, rawScratch)) bad = true;
      }
    }
  } else {
    throw new PromkitError([
      {
        code: 'invalid-responses',
        path: ['responses'],
        input: responses,
        message: `responses: expected a record keyed by item id or an array of ${n} answers in item order, got ${responses instanceof Map ? 'a Map (convert it with Object.fromEntries(map))' : ArrayBuffer.isView(responses) ? 'a typed array (convert it with Array.from, using null for unanswered items)' : describeValue(responses)}`,
      },
    ]);
  }
  if (bad) throw new PromkitError(collectIssues(compiled, responses as Record<string, unknown> | unknown[]));
}

/**
 * Whether a prototype (polluted, e.g. by a vulnerable merge utility) lends enumerable keys to
 * every object inheriting from it. Checked once per call, so the per-key own-property check is
 * paid only when it matters.
 */
function hasInheritedKeys(prototype: object): boolean {
  for (const _ in prototype) return true;
  return false;
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Objects that hold answers in a form promkit does not read (reading them as records would see nothing). */
function isContainer(value: object): boolean {
  return value instanceof Map || value instanceof Set || value instanceof Date || ArrayBuffer.isView(value);
}

/** Validates one answer into the buffers; false when it is not acceptable. @internal */
export function accept(item: CompiledItem, value: unknown, i: number, scratch: Float64Array, raw: Float64Array): boolean {
  if (value === undefined || value === null) {
    scratch[i] = NaN;
    raw[i] = NaN;
    return true;
  }
  if (
    typeof value !== 'number' ||
    !(value >= item.min && value <= item.max) ||
    (item.integer && !Number.isInteger(value)) ||
    (item.optionValues !== null && !item.optionValues.has(value))
  ) {
    return false;
  }
  raw[i] = value;
  scratch[i] = item.scoredAs !== null ? (item.scoredAs.get(value) as number) : item.reverseSum === null ? value : item.reverseSum - value;
  return true;
}

function wrongLength(compiled: CompiledInstrument, responses: readonly unknown[]): PromkitError {
  const ids = compiled.itemIds;
  const order = ids.length > 3 ? `${ids[0]}, ${ids[1]}, …, ${ids[ids.length - 1]}` : ids.join(', ');
  return new PromkitError([
    {
      code: 'wrong-length',
      path: ['responses'],
      input: responses,
      message: `responses: expected ${ids.length} answers in item order (${order}), got ${responses.length}; use null for an unanswered item`,
    },
  ]);
}

/** The slow path: describe every problem, with an off-by-one coding hint where it fits. */
function collectIssues(compiled: CompiledInstrument, responses: Record<string, unknown> | unknown[]): PromkitIssue[] {
  const issues: PromkitIssue[] = [];
  const isArray = Array.isArray(responses);
  const answers: unknown[] = compiled.items.map((item, i) => {
    const key = isArray ? i : item.id;
    return hasOwn.call(responses, key) ? (responses as Record<string | number, unknown>)[key] : undefined;
  });
  const shift = codingShift(compiled.items, answers);
  compiled.items.forEach((item, i) => {
    const value = answers[i];
    if (value === undefined || value === null) return;
    const key = isArray ? i : item.id;
    const where = isArray ? `responses[${i}] (${item.id})` : item.id;
    const push = (code: PromkitIssue['code'], what: string) =>
      issues.push({ code, path: ['responses', key], input: value, message: `${where}: ${what}; allowed: ${item.allowed}, or null if unanswered${shift}` });
    if (typeof value !== 'number') push('invalid-type', `${describeValue(value)} is not a number (answers are never converted)`);
    else if (!Number.isFinite(value)) push('not-finite', `${describeValue(value)} is not a finite number`);
    else if (item.integer && !Number.isInteger(value)) push('not-an-integer', `${value} is not a whole number`);
    else if (value < item.min || value > item.max) push('out-of-range', `${value} is out of range`);
    else if (item.optionValues !== null && !item.optionValues.has(value)) push('not-an-option', `${value} is not one of the response options`);
  });
  if (!isArray) {
    let unlisted = 0;
    for (const key of Object.keys(responses)) {
      if (compiled.itemIndex.has(key)) continue;
      if (issues.length >= MAX_ISSUES) {
        unlisted++;
        continue;
      }
      issues.push({
        code: 'unknown-item',
        path: ['responses', key],
        input: (responses as Record<string, unknown>)[key],
        message: `${JSON.stringify(key)} is not an item of ${compiled.meta.id}; its items are ${compiled.itemIds.join(', ')}`,
      });
    }
    if (unlisted > 0) {
      issues.push({
        code: 'unknown-item',
        path: ['responses'],
        input: unlisted,
        message: `… and ${unlisted} more keys that are not items of ${compiled.meta.id} (only the first ${MAX_ISSUES} problems are listed)`,
      });
    }
  }
  if (issues.length === 0) {
    // The first reading found a bad answer that this one does not see: a getter or Proxy changed it.
    issues.push({ code: 'invalid-responses', path: ['responses'], input: responses, message: 'responses: the answers changed while they were being read (a getter or Proxy returned different values); pass plain data' });
  }
  return issues;
}

/** At most this many problems are described one by one; the rest are counted. */
const MAX_ISSUES = 100;

/**
 * Detects a whole response coded one step off (1..k+1 where 0..k is expected, or the reverse):
 * every answer fits the instrument's coding after the same shift of ±1, and at least one does
 * not fit without it. Returns the hint to append to messages, or ''.
 */
function codingShift(items: readonly CompiledItem[], answers: readonly unknown[]): string {
  for (const delta of [1, -1]) {
    let fitsShifted = true;
    let needsShift = false;
    let answered = 0;
    for (let i = 0; i < items.length && fitsShifted; i++) {
      const value = answers[i];
      if (value === undefined || value === null) continue;
      const item = items[i] as CompiledItem;
      if (typeof value !== 'number' || !Number.isInteger(value) || !item.integer) {
        fitsShifted = false;
        break;
      }
      answered++;
      const shifted = value - delta;
      const fits = (v: number) => v >= item.min && v <= item.max && (item.optionValues === null || item.optionValues.has(v));
      if (!fits(shifted)) fitsShifted = false;
      if (!fits(value)) needsShift = true;
    }
    if (fitsShifted && needsShift && answered > 0) {
      const first = items.find((item) => item.integer) as CompiledItem;
      const theirs = `${first.min + delta}–${first.max + delta}`;
      const ours = `${first.min}–${first.max}`;
      return ` — every answer looks ${delta > 0 ? 'one higher' : 'one lower'} than this instrument's coding (${theirs} instead of ${ours}): ${delta > 0 ? 'subtract 1 from' : 'add 1 to'} each answer`;
    }
  }
  return '';
}
