import type { Instrument, Item } from '../../model/schema.js';
import { indexOptionLabels, normalizeLabel, readOptionLabel, type OptionLabels } from '../optionLabels/index.js';
import { valueMapKeys, type ValueMap } from '../valueMaps/index.js';

/** Kinds of recode, as bits of a row's mask and names in the record of recodes. */
export const Recode = {
  /** An option label read as its value (`Several days` → 1). */
  label: 1,
  /** An explicit value map entry (`--values`). */
  values: 2,
  /** A numeric code shifted (`--shift -1`: 1 → 0). */
  shift: 4,
  /** A decimal comma read as a decimal point (`2,5` → 2.5) where the item allows decimals. */
  decimalComma: 8,
  /** A code recoded through a data dictionary (REDCap choices whose labels name other values). */
  dictionary: 16,
} as const;

/** The name of each recode kind, for summaries and the `<prefix>_recode` column. */
export const RECODE_NAMES: Readonly<Record<number, string>> = {
  [Recode.label]: 'labels',
  [Recode.values]: 'value map',
  [Recode.shift]: 'shift',
  [Recode.decimalComma]: 'decimal comma',
  [Recode.dictionary]: 'dictionary codes',
};

/** Options of {@link createCellReaders}. */
export interface ReadCellOptions {
  /** Cell texts meaning "unanswered" (compared after trimming); default `['']`. */
  readonly missingTokens?: readonly string[];
  /** Read option labels as their values (default true). */
  readonly labels?: boolean;
  /** Explicit recodes (see `compileValueMap`); they win over labels and numbers. */
  readonly values?: ValueMap;
  /** Added to every numeric code (`-1` turns a 1..k export into 0..k−1); default 0. */
  readonly shift?: number;
  /** Read `2,5` as 2.5 in items that allow decimals; default false. */
  readonly decimalComma?: boolean;
  /** Per item, code → value from a data dictionary (REDCap); they win over numbers and shifts. */
  readonly codes?: Readonly<Record<string, ReadonlyMap<string, number | null>>>;
}

/** A cell that cannot be read as an answer, with a message naming what is allowed. */
export interface CellProblem {
  readonly problem: string;
}

/** One recode applied, with how many cells it was applied to. */
export interface RecodeEntry {
  readonly item: string;
  readonly kind: string;
  readonly from: string;
  readonly to: number | null;
  readonly count: number;
}

/** What a cell became, cached per distinct text. */
interface Outcome {
  readonly value: unknown;
  readonly kind: number;
  count: number;
}

/**
 * A number as exports write it: optional sign, digits with an optional decimal point, and an
 * optional exponent (`1e-04`, as R and spreadsheets write small values). Nothing else is a
 * number: no thousands separators, no `Infinity`, no hexadecimal.
 * @internal
 */
export const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d*,\d+$/;

/**
 * Reads the cells of one item. `read` takes the cell text; `readDigit` the digit of a one-digit
 * cell (a fast path that makes no string). Both return a number, null (unanswered), the original
 * text (not an answer: scoring reports it) or a {@link CellProblem}; `mask` accumulates the
 * recode kinds applied since it was last reset.
 */
export class CellReader {
  /** Bits of {@link Recode} applied since the caller last set this to 0. */
  mask = 0;
  private readonly cache = new Map<string, Outcome>();
  private readonly digitValue: unknown[] = [];
  private readonly digitKind: number[] = [];
  private readonly digitCount = new Float64Array(10);
  private readonly missing: ReadonlySet<string>;
  private readonly labels: OptionLabels | null;
  /** Labels with every space removed, for exports that write "Nearly everyday"; null when two collide. */
  private readonly compactLabels: Map<string, number | null> | null;
  private readonly itemValues: ReadonlyMap<string, number | null> | undefined;
  private readonly allValues: ReadonlyMap<string, number | null> | undefined;
  private readonly codes: ReadonlyMap<string, number | null> | undefined;
  private readonly shift: number;
  private readonly decimalComma: boolean;

  /**
   * @param item - the item whose cells are read
   * @param options - missing tokens, labels, value map, shift, decimal comma, dictionary codes
   */
  constructor(
    readonly item: Item,
    options: ReadCellOptions = {},
  ) {
    this.missing = new Set((options.missingTokens ?? ['']).map((t) => t.trim()));
    this.labels = options.labels !== false && item.options ? indexOptionLabels(item) : null;
    this.compactLabels = null;
    if (this.labels) {
      const compact = new Map<string, number | null>();
      for (const o of item.options ?? []) {
        const key = normalizeLabel(o.label).replace(/ /g, '');
        compact.set(key, compact.has(key) && compact.get(key) !== o.value ? null : o.value);
      }
      this.compactLabels = compact;
    }
    this.itemValues = options.values?.items.get(item.id);
    this.allValues = options.values?.all;
    this.codes = options.codes?.[item.id];
    this.shift = options.shift ?? 0;
    this.decimalComma = options.decimalComma === true && item.numeric !== undefined && !item.numeric.integer;
    for (let d = 0; d <= 9; d++) {
      const outcome = this.resolve(String(d));
      this.digitValue[d] = outcome.value;
      this.digitKind[d] = outcome.kind;
    }
  }

  /** Reads a one-digit cell (0–9) without making a string. */
  readDigit(digit: number): unknown {
    this.digitCount[digit] = (this.digitCount[digit] as number) + 1;
    this.mask |= this.digitKind[digit] as number;
    return this.digitValue[digit];
  }

  /** What a one-digit cell reads as, without counting it as read. */
  digitOutcome(digit: number): unknown {
    return this.digitValue[digit];
  }

  /** Reads a cell's text. */
  read(cell: string): unknown {
    if (cell.length === 1) {
      const d = cell.charCodeAt(0) - 48;
      if (d >= 0 && d <= 9) return this.readDigit(d);
    }
    let outcome = this.cache.get(cell);
    if (outcome === undefined) {
      outcome = this.resolve(cell);
      // Bounded: free-text cells could otherwise fill memory on a huge file.
      if (this.cache.size < 4096) this.cache.set(cell, outcome);
    }
    outcome.count++;
    this.mask |= outcome.kind;
    return outcome.value;
  }

  private resolve(cell: string): Outcome {
    const trimmed = cell.trim();
    if (this.missing.has(trimmed)) return { value: null, kind: 0, count: 0 };
    const coded = this.codes?.get(trimmed);
    if (coded !== undefined) return { value: coded, kind: coded === Number(trimmed) ? 0 : Recode.dictionary, count: 0 };
    if (this.itemValues || this.allValues) {
      const [exact, label] = valueMapKeys(trimmed);
      for (const map of [this.itemValues, this.allValues]) {
        // has(), not ??: an exact key mapped to null (unanswered) must not fall through to the label.
        const value = map?.has(exact) ? map.get(exact) : map?.get(label);
        if (value !== undefined) return { value, kind: Recode.values, count: 0 };
      }
    }
    if (NUMBER.test(trimmed)) {
      const n = Number(trimmed);
      return this.shift !== 0 ? { value: n + this.shift, kind: Recode.shift, count: 0 } : { value: n, kind: 0, count: 0 };
    }
    if (this.decimalComma && DECIMAL_COMMA.test(trimmed)) return { value: Number(trimmed.replace(',', '.')), kind: Recode.decimalComma, count: 0 };
    if (this.labels) {
      const match = readOptionLabel(this.labels, trimmed);
      if (match.kind === 'option') return { value: match.value, kind: Recode.label, count: 0 };
      // Spacing only: "Nearly everyday" is "Nearly every day".
      const compact = match.kind === 'unknown' ? this.compactLabels?.get(normalizeLabel(trimmed).replace(/ /g, '')) : undefined;
      if (compact !== undefined && compact !== null) return { value: compact, kind: Recode.label, count: 0 };
      const allowed = `${this.labels.allowed.map((l) => JSON.stringify(l)).join(', ')} (or their codes)`;
      const problem: CellProblem = {
        problem:
          match.kind === 'ambiguous'
            ? `${this.item.id}: ${JSON.stringify(cell)} matches more than one option label; the labels are ${allowed}`
            : `${this.item.id}: ${JSON.stringify(cell)} is neither a number nor an option label; the labels are ${allowed}`,
      };
      return { value: problem, kind: 0, count: 0 };
    }
    return { value: cell, kind: 0, count: 0 };
  }

  /** Every recode this reader applied, with counts (cells whose text recurs are counted once each). */
  recodes(): RecodeEntry[] {
    const out: RecodeEntry[] = [];
    const push = (from: string, kind: number, value: unknown, count: number) => {
      if (kind === 0 || count === 0) return;
      out.push({ item: this.item.id, kind: RECODE_NAMES[kind] as string, from, to: value as number | null, count });
    };
    for (let d = 0; d <= 9; d++) push(String(d), this.digitKind[d] as number, this.digitValue[d], this.digitCount[d] as number);
    for (const [from, o] of this.cache) if (!(from.length === 1 && from >= '0' && from <= '9')) push(from, o.kind, o.value, o.count);
    return out;
  }
}

/**
 * Whether a read value is a {@link CellProblem}.
 *
 * @example
 * ```ts
 * isCellProblem(createCellReaders(phq9)[0].read('Often')); //=> true
 * ```
 */
export function isCellProblem(value: unknown): value is CellProblem {
  return typeof value === 'object' && value !== null && 'problem' in value;
}

/**
 * One {@link CellReader} per item of an instrument, in item order: the single place where
 * exported cells become answers, shared by `promkit score`, `promkit change` and `scoreRecords`.
 * In order: a missing token is unanswered; a dictionary code or a value-map entry is what the map
 * says; a number is itself (plus `shift`); a decimal comma is read where the item allows
 * decimals; an option label is its option's value; anything else is kept as text for scoring to
 * report (or, for items with labels, a {@link CellProblem} listing the labels).
 *
 * @example
 * ```ts
 * const [first] = createCellReaders(phq9);
 * first.read('Several days'); //=> 1
 * first.read('2'); //=> 2
 * first.read(''); //=> null
 * ```
 */
export function createCellReaders(instrument: Instrument, options: ReadCellOptions = {}): CellReader[] {
  return instrument.items.map((item) => new CellReader(item, options));
}

/**
 * The text of a row's `<prefix>_recode` cell for a mask of {@link Recode} bits: the kinds
 * applied, e.g. `labels; shift -1`; '' when none.
 *
 * @example
 * ```ts
 * describeRecodes(Recode.label | Recode.shift, -1); //=> 'labels; shift -1'
 * ```
 */
export function describeRecodes(mask: number, shift = 0): string {
  if (mask === 0) return '';
  const parts: string[] = [];
  for (const bit of [Recode.dictionary, Recode.values, Recode.label, Recode.shift, Recode.decimalComma]) {
    if (mask & bit) parts.push(bit === Recode.shift ? `shift ${shift > 0 ? '+' : ''}${shift}` : (RECODE_NAMES[bit] as string));
  }
  return parts.join('; ');
}
