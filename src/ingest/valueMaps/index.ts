import { PromkitError, type PromkitIssue } from '../../errors.js';
import type { Instrument } from '../../model/schema.js';
import { normalizeLabel } from '../optionLabels/index.js';

/**
 * An explicit recode for one instrument: what a cell (a label or a code, as the export writes it)
 * stands for. `null` means "unanswered". Keys in `all` apply to every item; `items` overrides per
 * item.
 */
export interface ValueMap {
  readonly all: ReadonlyMap<string, number | null>;
  readonly items: ReadonlyMap<string, ReadonlyMap<string, number | null>>;
}

/**
 * A value map as users write it (JSON): `{ "<label or code>": value }` for every item, with an
 * optional `{ "<item id>": { "<label or code>": value } }` entry per item; values are numbers or
 * null ("unanswered").
 */
export type ValueMapInput = Readonly<Record<string, number | null | Readonly<Record<string, number | null>>>>;

/**
 * The keys a value-map entry is found by: the trimmed text, and its normalised label form.
 *
 * @example
 * ```ts
 * valueMapKeys(' Prefer not to say. '); //=> ['Prefer not to say.', 'prefer not to say']
 * ```
 */
export function valueMapKeys(text: string): [string, string] {
  const trimmed = text.trim();
  return [trimmed, normalizeLabel(trimmed)];
}

/**
 * Checks and indexes a value map for one instrument: every value a finite number or null, every
 * per-item entry naming an item of the instrument.
 *
 * @throws {PromkitError} naming each bad entry
 * @example
 * ```ts
 * const map = compileValueMap(phq9, { 'Not at all': 0, 'Several days': 1, phq9_9: { 'Prefer not to say': null } });
 * map.all.get('several days'); //=> 1
 * ```
 */
export function compileValueMap(instrument: Instrument, input: ValueMapInput, path: readonly (string | number)[] = ['values']): ValueMap {
  const issues: PromkitIssue[] = [];
  const itemIds = new Set(instrument.items.map((item) => item.id));
  const all = new Map<string, number | null>();
  const items = new Map<string, Map<string, number | null>>();
  const add = (target: Map<string, number | null>, key: string, value: unknown, at: (string | number)[]) => {
    if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) {
      issues.push({ code: 'invalid-argument', path: at, input: value, message: `${at.join('.')}: ${JSON.stringify(value)} must be a number, or null for "unanswered"` });
      return;
    }
    // A key of punctuation alone normalises to '': it matches only itself, never every punctuation cell.
    for (const k of valueMapKeys(key)) if (k !== '') target.set(k, value);
  };
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new PromkitError([{ code: 'invalid-argument', path, input, message: `${path.join('.')}: expected an object of label or code → value` }]);
  }
  for (const [key, value] of Object.entries(input)) {
    if (value !== null && typeof value === 'object') {
      if (!itemIds.has(key)) {
        issues.push({ code: 'unknown-item', path: [...path, key], input: value, message: `${[...path, key].join('.')}: ${JSON.stringify(key)} is not an item of ${instrument.id}; its items are ${[...itemIds].join(', ')}` });
        continue;
      }
      const target = new Map<string, number | null>();
      for (const [k, v] of Object.entries(value)) add(target, k, v, [...path, key, k]);
      items.set(key, target);
    } else {
      add(all, key, value, [...path, key]);
    }
  }
  if (issues.length > 0) throw new PromkitError(issues);
  return { all, items };
}
