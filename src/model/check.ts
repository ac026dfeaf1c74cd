import type { PromkitIssue } from '../errors.js';
import { defaultPrefix, outputFields } from './fieldNames.js';
import type { Condition, Instrument, Item, ScoreDefinition, WeightsBy } from './schema.js';

/**
 * Cross-field checks of an instrument definition that a schema cannot express: references
 * between items, scores, flags and citations; declared ranges the items can actually reach;
 * bands that cover the range without gaps or overlaps; complete conversion tables.
 *
 * Runs without zod, so `score()` can check a definition it has not seen before without
 * pulling the schema into a bundle. Returns every problem found (empty when the definition is
 * sound); each issue's `path` leads into the definition.
 * @internal
 */
export function checkDefinition(def: Instrument): PromkitIssue[] {
  const issues: PromkitIssue[] = [];
  const report = (path: (string | number)[], input: unknown, message: string) => {
    issues.push({ code: 'invalid-definition', path: ['definition', ...path], input, message: `${pathText(path)}: ${message}` });
  };

  const citationKeys = new Set<string>();
  def.citations.forEach((citation, i) => {
    if (citationKeys.has(citation.key)) report(['citations', i, 'key'], citation.key, `duplicate citation key "${citation.key}"`);
    citationKeys.add(citation.key);
  });
  checkSources(def, citationKeys, report);

  const items = new Map<string, Item>();
  def.items.forEach((item, i) => {
    if (items.has(item.id)) report(['items', i, 'id'], item.id, `duplicate item id "${item.id}"`);
    items.set(item.id, item);
    checkItem(item, i, def, report);
  });

  const scores = new Map<string, ScoreDefinition>();
  def.scores.forEach((score, s) => {
    if (scores.has(score.name)) report(['scores', s, 'name'], score.name, `duplicate score name "${score.name}"`);
    scores.set(score.name, score);
    checkScore(score, ['scores', s], items, report);
  });

  const flagNames = new Set<string>();
  def.flags?.forEach((flag, f) => {
    if (flagNames.has(flag.name)) report(['flags', f, 'name'], flag.name, `duplicate flag name "${flag.name}"`);
    flagNames.add(flag.name);
    checkCondition(flag.when, ['flags', f, 'when'], items, scores, report);
  });
  const classificationNames = new Set<string>();
  def.classifications?.forEach((classification, c) => {
    if (classificationNames.has(classification.name)) {
      report(['classifications', c, 'name'], classification.name, `duplicate classification name "${classification.name}"`);
    }
    classificationNames.add(classification.name);
    classification.rules.forEach((rule, r) => {
      if (rule.when) checkCondition(rule.when, ['classifications', c, 'rules', r, 'when'], items, scores, report);
      else if (r !== classification.rules.length - 1) {
        report(['classifications', c, 'rules', r], rule, 'only the last rule may omit "when" (it is the default)');
      }
    });
  });
  checkFieldNames(def, report);
  return issues;
}

/**
 * A scored table keeps the answers beside the added fields (`<prefix>_<score>`, `_band`, …), so
 * those names must be distinct from each other and from every item id: otherwise a scored file
 * holds two columns of one name, and a scored record loses an answer.
 */
function checkFieldNames(def: Instrument, report: Report): void {
  const items = new Map(def.items.map((item, i) => [item.id, i] as const));
  const seen = new Set<string>();
  for (const field of outputFields(def, defaultPrefix(def), true)) {
    const i = items.get(field);
    if (i !== undefined) report(['items', i, 'id'], field, `item id "${field}" is also the name of an output field; rename the item or the score, flag or classification`);
    else if (seen.has(field)) report([], field, `two scores, flags or classifications give the output field "${field}"; give them distinct names`);
    seen.add(field);
  }
}

type Report = (path: (string | number)[], input: unknown, message: string) => void;

function pathText(path: readonly (string | number)[]): string {
  return path.length === 0 ? 'definition' : path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').slice(1);
}

/** Every `{ ref }` anywhere in the definition must name a citation. */
function checkSources(def: Instrument, keys: ReadonlySet<string>, report: Report): void {
  const visit = (node: unknown, path: (string | number)[]) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => visit(child, [...path, i]));
    } else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.ref === 'string' && !keys.has(record.ref)) {
        report([...path, 'ref'], record.ref, `source refers to unknown citation "${record.ref}"`);
      }
      if (path[0] === 'discrepancies' && Array.isArray(record.refs)) {
        record.refs.forEach((ref, i) => {
          if (!keys.has(ref as string)) report([...path, 'refs', i], ref, `refers to unknown citation "${String(ref)}"`);
        });
      }
      for (const key of Object.keys(record)) if (key !== 'citations') visit(record[key], [...path, key]);
    }
  };
  visit(def, []);
}

function checkItem(item: Item, i: number, def: Instrument, report: Report): void {
  if ((item.options === undefined) === (item.numeric === undefined)) {
    report(['items', i], item.id, `item "${item.id}" needs exactly one of "options" or "numeric"`);
  }
  if (item.options) {
    const seen = new Set<number>();
    item.options.forEach((option, o) => {
      if (seen.has(option.value)) report(['items', i, 'options', o, 'value'], option.value, `duplicate option value ${option.value}`);
      seen.add(option.value);
    });
  }
  if (item.options?.some((o) => o.scoredAs !== undefined)) {
    if (!item.options.every((o) => o.scoredAs !== undefined)) {
      report(['items', i, 'options'], item.id, `item "${item.id}" gives "scoredAs" on some options only; give it on every option or on none`);
    }
    if (item.reverse) {
      report(['items', i, 'reverse'], true, `item "${item.id}" has both "reverse" and "scoredAs"; write the reversed values in "scoredAs"`);
    }
  }
  if (item.numeric && !(item.numeric.min < item.numeric.max)) {
    report(['items', i, 'numeric'], item.numeric, 'numeric "min" must be below "max"');
  }
  if (item.text !== undefined && !def.licence.verbatimText) {
    report(['items', i, 'text'], item.text, 'verbatim item text is not allowed when licence.verbatimText is false; use "label"');
  }
}

/** The lowest and highest coded answer an item accepts. */
export function itemBounds(item: Item): [number, number] {
  if (item.numeric) return [item.numeric.min, item.numeric.max];
  return extent((item.options ?? []).map((option) => option.value));
}

/** The lowest and highest value an item contributes to scores (its `scoredAs` values, where given). */
export function scoredBounds(item: Item): [number, number] {
  if (item.numeric) return [item.numeric.min, item.numeric.max];
  return extent((item.options ?? []).map((option) => option.scoredAs ?? option.value));
}

function extent(values: readonly number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

function isIntegerItem(item: Item): boolean {
  return item.numeric ? item.numeric.integer : (item.options ?? []).every((o) => Number.isInteger(o.scoredAs ?? o.value));
}

/** The range a score's method can produce from its items (before the declared range is compared). */
export function achievableRange(score: ScoreDefinition, items: ReadonlyMap<string, Item>): [number, number] | undefined {
  const bounds: [number, number][] = [];
  for (const id of score.items) {
    const item = items.get(id);
    if (!item) return undefined;
    bounds.push(scoredBounds(item));
  }
  const multiplier = score.multiplier ?? 1;
  switch (score.method) {
    case 'sum':
    case 'table': {
      // Weighted by another item's answer: the range is the union over the groups (weights ≥ 0).
      const groups = score.weightsBy?.groups.map((g) => g.weights) ?? [bounds.map(() => 1)];
      let lo = Infinity;
      let hi = -Infinity;
      for (const weights of groups) {
        let l = 0;
        let h = 0;
        bounds.forEach(([bl, bh], k) => {
          const w = weights[k] ?? 0;
          l += w * bl;
          h += w * bh;
        });
        lo = Math.min(lo, l);
        hi = Math.max(hi, h);
      }
      return score.method === 'sum' ? [lo * multiplier, hi * multiplier] : [lo, hi];
    }
    case 'mean':
      return [Math.min(...bounds.map((b) => b[0])), Math.max(...bounds.map((b) => b[1]))];
    case 'percent-of-maximum':
      return [0, 100];
    case 'count':
      return [0, bounds.length * multiplier];
  }
}

function checkScore(score: ScoreDefinition, at: (string | number)[], items: ReadonlyMap<string, Item>, report: Report): void {
  const seen = new Set<string>();
  score.items.forEach((id, k) => {
    if (!items.has(id)) report([...at, 'items', k], id, `score "${score.name}" refers to unknown item "${id}"`);
    if (seen.has(id)) report([...at, 'items', k], id, `item "${id}" is listed twice in score "${score.name}"`);
    seen.add(id);
  });
  if (score.items.some((id) => !items.has(id))) return;
  const scoreItems = score.items.map((id) => items.get(id) as Item);

  if ((score.method === 'table') !== (score.table !== undefined)) {
    report([...at, 'table'], score.table, 'a conversion "table" is required for method "table" and allowed only there');
  }
  if ((score.method === 'count') !== (score.countAtLeast !== undefined)) {
    report([...at, 'countAtLeast'], score.countAtLeast, '"countAtLeast" is required for method "count" and allowed only there');
  }
  if (score.multiplier !== undefined && score.method !== 'sum' && score.method !== 'count') {
    report([...at, 'multiplier'], score.multiplier, '"multiplier" applies only to methods "sum" and "count"');
  }
  if ((score.method === 'table' || score.method === 'count') && !scoreItems.every(isIntegerItem)) {
    report([...at, 'method'], score.method, `method "${score.method}" needs items with whole-number values`);
  }
  const ranges = scoreItems.map(scoredBounds);
  const homogeneous = ranges.every(([l, h]) => l === ranges[0]?.[0] && h === ranges[0]?.[1]);
  if (score.method === 'mean' && !homogeneous) {
    report([...at, 'items'], score.items, 'method "mean" needs items that share one response range');
  }
  if (score.missing.minAnswered > score.items.length) {
    report([...at, 'missing', 'minAnswered'], score.missing.minAnswered, `cannot require ${score.missing.minAnswered} answers from ${score.items.length} items`);
  }
  if (score.missing.minAnswered < score.items.length && (score.method === 'sum' || score.method === 'table' || score.method === 'count') && !homogeneous) {
    report([...at, 'missing', 'minAnswered'], score.missing.minAnswered, 'proration of a sum needs items that share one response range; use "percent-of-maximum" or require every item');
  }

  if (score.method === 'table' && score.missing.minAnswered < score.items.length && score.missing.rounding === 'none') {
    report([...at, 'missing', 'rounding'], 'none', 'a prorated raw score must be rounded ("nearest" or "up") to look it up in the table');
  }

  if (score.weightsBy) checkWeights(score, at, items, report);

  const reach = achievableRange(score, items);
  if (reach && !(Math.abs(reach[0]) <= MAX_MAGNITUDE && Math.abs(reach[1]) <= MAX_MAGNITUDE)) {
    report([...at, 'range'], score.range, `the items can reach [${reach.join(', ')}], beyond ±${MAX_MAGNITUDE}: too large to score exactly`);
    return;
  }
  if (reach && (!closeTo(reach[0], score.range[0]) || !closeTo(reach[1], score.range[1]))) {
    report([...at, 'range'], score.range, `declared range [${score.range.join(', ')}] differs from the range the items can reach [${reach.join(', ')}]`);
  }

  if (score.table) checkTable(score, at, reach, report);
  if (score.bandsOn === 'tScore' && score.method !== 'table') {
    report([...at, 'bandsOn'], score.bandsOn, 'bands on the T-score need method "table"');
  }
  if (score.psychometrics?.metric === 'tScore' && score.method !== 'table') {
    report([...at, 'psychometrics', 'metric'], 'tScore', 'psychometrics on the T-score need method "table"');
  }
  if (score.bands) checkBands(score, at, report);
}

/** Scores are sums of item values: beyond this they lose whole-number precision (2^53 ≈ 9e15). */
const MAX_MAGNITUDE = 1e12;

/** A conversion table lists every raw score; more rows than this is a mistake, not a table. */
const MAX_TABLE_ROWS = 100_000;

/**
 * Weights chosen by another item's answer: a plain sum over every item (never prorated), one
 * weight per item in each group, and a group for each answer the selecting item accepts.
 */
function checkWeights(score: ScoreDefinition, at: (string | number)[], items: ReadonlyMap<string, Item>, report: Report): void {
  const weightsBy = score.weightsBy as WeightsBy;
  const where = [...at, 'weightsBy'];
  if (score.method !== 'sum') report([...at, 'method'], score.method, `"weightsBy" needs method "sum" (score "${score.name}" uses "${score.method}")`);
  if (score.missing.minAnswered !== score.items.length) {
    report([...at, 'missing', 'minAnswered'], score.missing.minAnswered, `a weighted score cannot be prorated; require all ${score.items.length} items`);
  }
  const by = items.get(weightsBy.item);
  if (!by) {
    report([...where, 'item'], weightsBy.item, `refers to unknown item "${weightsBy.item}"`);
  } else if (!by.options) {
    report([...where, 'item'], weightsBy.item, `item "${weightsBy.item}" selects the weights, so it needs response options (not "numeric")`);
  } else {
    if (score.items.includes(weightsBy.item)) {
      report([...where, 'item'], weightsBy.item, `item "${weightsBy.item}" selects the weights, so it cannot also be an item of score "${score.name}"`);
    }
    const answers = new Set(by.options.map((o) => o.value));
    const seen = new Set<number>();
    weightsBy.groups.forEach((group, g) => {
      if (!answers.has(group.answer)) report([...where, 'groups', g, 'answer'], group.answer, `${group.answer} is not an answer of item "${weightsBy.item}"`);
      if (seen.has(group.answer)) report([...where, 'groups', g, 'answer'], group.answer, `answer ${group.answer} has two groups`);
      seen.add(group.answer);
    });
    const uncovered = [...answers].filter((a) => !seen.has(a));
    if (uncovered.length > 0) report([...where, 'groups'], uncovered, `answers ${uncovered.join(', ')} of item "${weightsBy.item}" have no group of weights`);
  }
  weightsBy.groups.forEach((group, g) => {
    if (group.weights.length !== score.items.length) {
      report([...where, 'groups', g, 'weights'], group.weights.length, `needs ${score.items.length} weights (one per item of score "${score.name}"), got ${group.weights.length}`);
    }
  });
}

function closeTo(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function checkTable(score: ScoreDefinition, at: (string | number)[], reach: [number, number] | undefined, report: Report): void {
  const rows = score.table?.rows ?? [];
  const raws = new Set<number>();
  rows.forEach((row, r) => {
    if (raws.has(row.raw)) report([...at, 'table', 'rows', r, 'raw'], row.raw, `raw score ${row.raw} appears twice in the table`);
    raws.add(row.raw);
    if (row.se === undefined && score.table?.derivation?.columns.includes('se')) {
      report([...at, 'table', 'rows', r, 'se'], row.se, 'the derivation lists the SE column, so every row needs an SE');
    }
  });
  if (!reach) return;
  if (reach[1] - reach[0] + 1 > MAX_TABLE_ROWS) {
    report([...at, 'table', 'rows'], rows.length, `the items can reach raw scores ${reach[0]} to ${reach[1]}: more than ${MAX_TABLE_ROWS} rows, too many for a conversion table`);
    return;
  }
  for (let raw = reach[0]; raw <= reach[1]; raw++) {
    if (!raws.has(raw)) report([...at, 'table', 'rows'], raw, `the table has no row for raw score ${raw}`);
  }
  rows.forEach((row, r) => {
    if (row.raw < reach[0] || row.raw > reach[1]) {
      report([...at, 'table', 'rows', r, 'raw'], row.raw, `raw score ${row.raw} is outside the reachable range [${reach.join(', ')}]`);
    }
  });
}

function checkBands(score: ScoreDefinition, at: (string | number)[], report: Report): void {
  const bands = score.bands ?? [];
  let lo = score.range[0];
  let hi = score.range[1];
  if (score.bandsOn === 'tScore') {
    const t = (score.table?.rows ?? []).map((row) => row.tScore);
    lo = Math.min(...t);
    hi = Math.max(...t);
  }
  bands.forEach((band, b) => {
    if (!(band.min <= band.max)) report([...at, 'bands', b], band, `band "${band.label}" has min above max`);
    const previous = bands[b - 1];
    if (band.minExclusive && !previous) {
      report([...at, 'bands', b, 'minExclusive'], true, `the first band "${band.label}" cannot start just above its min: the lowest score would have no band`);
    } else if (previous && band.minExclusive) {
      // (previous.min … previous.max] then (band.min …]: the edges must touch.
      if (band.min !== previous.max) {
        report([...at, 'bands', b, 'min'], band.min, `band "${band.label}" starts just above ${band.min}, so the previous band "${previous.label}" must end at ${band.min} (it ends at ${previous.max})`);
      }
    } else if (previous) {
      if (band.min <= previous.max) {
        report([...at, 'bands', b], band, `band "${band.label}" overlaps band "${previous.label}" (bands must ascend without overlap)`);
      } else if (band.min - previous.max > 1 + 1e-9) {
        report([...at, 'bands', b], band, `bands "${previous.label}" and "${band.label}" leave a gap between ${previous.max} and ${band.min}`);
      }
    }
  });
  const first = bands[0];
  const last = bands[bands.length - 1];
  if (first && first.min > lo) report([...at, 'bands', 0, 'min'], first.min, `the bands leave a gap: the lowest score ${lo} is below the first band`);
  if (last && last.max < hi) report([...at, 'bands', bands.length - 1, 'max'], last.max, `the bands leave a gap: the highest score ${hi} is above the last band`);
}

function checkCondition(
  condition: Condition,
  at: (string | number)[],
  items: ReadonlyMap<string, Item>,
  scores: ReadonlyMap<string, ScoreDefinition>,
  report: Report,
): void {
  if ('all' in condition || 'any' in condition) {
    const parts = 'all' in condition ? condition.all : condition.any;
    const key = 'all' in condition ? 'all' : 'any';
    parts.forEach((part, p) => checkCondition(part, [...at, key, p], items, scores, report));
    return;
  }
  if ('item' in condition && !items.has(condition.item)) report([...at, 'item'], condition.item, `refers to unknown item "${condition.item}"`);
  if ('score' in condition && !scores.has(condition.score)) report([...at, 'score'], condition.score, `refers to unknown score "${condition.score}"`);
  const { atLeast, atMost, above, below } = condition;
  if (atLeast === undefined && atMost === undefined && above === undefined && below === undefined) {
    report(at, condition, 'a condition needs a lower bound ("atLeast" ≥ or "above" >) and/or an upper bound ("atMost" ≤ or "below" <)');
  }
  if (atLeast !== undefined && above !== undefined) report(at, condition, 'give one lower bound: "atLeast" (≥) or "above" (>), not both');
  if (atMost !== undefined && below !== undefined) report(at, condition, 'give one upper bound: "atMost" (≤) or "below" (<), not both');
}
