import type { Item } from '../../model/schema.js';

/**
 * The matching form of a label: Unicode-normalised, accents and case dropped, every run of
 * punctuation or spacing turned into one space, and a trailing "(0)"-style code removed, so that
 * `Several days`, `several  days`, `SEVERAL DAYS (1)` and `Several days.` are one label.
 *
 * @example
 * ```ts
 * normalizeLabel('  More than half the days (2) '); //=> 'more than half the days'
 * normalizeLabel('Not at all'); //=> 'not at all'
 * ```
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\(\s*[+-]?\d+(?:[.,]\d+)?\s*\)\s*$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** What {@link readOptionLabel} found for a text. */
export type LabelMatch =
  | { readonly kind: 'option'; readonly value: number; readonly label: string }
  | { readonly kind: 'unknown' | 'ambiguous'; readonly allowed: readonly string[] };

/** An item's option labels, indexed once for repeated lookups. */
export interface OptionLabels {
  /** The item the labels belong to. */
  readonly itemId: string;
  /** Normalised label → option value; `null` when two options share the normalised label. */
  readonly byLabel: ReadonlyMap<string, number | null>;
  /** The labels as the definition writes them, in option order, for messages. */
  readonly allowed: readonly string[];
  /** Normalised label → the label of the first option that has it, as the definition writes it. */
  readonly labelOf: ReadonlyMap<string, string>;
}

/**
 * Indexes the labels of an item's response options for {@link readOptionLabel}. Numeric items
 * have no option labels (their anchors are not answers), so their index is empty.
 *
 * @example
 * ```ts
 * const labels = indexOptionLabels(phq9.items[0]);
 * labels.byLabel.get('several days'); //=> 1
 * ```
 */
export function indexOptionLabels(item: Item): OptionLabels {
  const byLabel = new Map<string, number | null>();
  const labelOf = new Map<string, string>();
  for (const option of item.options ?? []) {
    const key = normalizeLabel(option.label);
    byLabel.set(key, byLabel.has(key) && byLabel.get(key) !== option.value ? null : option.value);
    if (!labelOf.has(key)) labelOf.set(key, option.label);
  }
  return { itemId: item.id, byLabel, allowed: (item.options ?? []).map((option) => option.label), labelOf };
}

/**
 * Reads a text as one of an item's response options by its label (see {@link normalizeLabel}
 * for what is ignored). Returns the option, or why not: `unknown` (no option has that label) or
 * `ambiguous` (two options do), each with the allowed labels for the message.
 *
 * @example
 * ```ts
 * const labels = indexOptionLabels(phq9.items[0]);
 * readOptionLabel(labels, 'Several days');
 * //=> { kind: 'option', value: 1, label: 'Several days' }
 * readOptionLabel(labels, 'Sometimes');
 * //=> { kind: 'unknown', allowed: ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'] }
 * ```
 */
export function readOptionLabel(labels: OptionLabels, text: string): LabelMatch {
  const key = normalizeLabel(text);
  const value = labels.byLabel.get(key);
  if (value === undefined) return { kind: 'unknown', allowed: labels.allowed };
  if (value === null) return { kind: 'ambiguous', allowed: labels.allowed };
  return { kind: 'option', value, label: labels.labelOf.get(key) ?? text };
}
