import type { CompiledScore } from './compile.js';
import type { ResolvedPolicy } from './policy.js';

/**
 * The items a score needs answered under a policy. A caller's `{ minAnswered }` never prorates
 * a score that cannot be prorated (items of different ranges, or weights): it needs them all.
 * @internal
 */
export function requiredAnswers(s: CompiledScore, policy: ResolvedPolicy): number {
  const of = s.itemIndex.length;
  if (policy.minAnswered === null) return s.def.missing.minAnswered;
  return s.prorable ? Math.min(policy.minAnswered, of) : of;
}

/** Reused by every call: scoring is synchronous, so one state object suffices. */
const state = { value: 0, answered: 0, unweighted: false };

/**
 * The arithmetic of one score over the scored item values in `scratch` (NaN = unanswered):
 * the method, proration with the rule's rounding, and the multiplier; for a score with
 * `weightsBy`, each value times the weight of the group that the selecting item's coded answer
 * (in `raw`) picks. `value` is NaN when fewer than `required` items are answered, or when the
 * selecting item is unanswered (`unweighted`); callers turn that into `null` before it leaves
 * promkit.
 * @internal
 */
export function computeValue(
  s: CompiledScore,
  scratch: Float64Array,
  raw: Float64Array,
  required: number,
): { readonly value: number; readonly answered: number; readonly unweighted: boolean } {
  const def = s.def;
  const idx = s.itemIndex;
  const of = idx.length;
  const method = def.method;
  const countAtLeast = def.countAtLeast ?? 0;
  const weights = s.weights === null ? null : (s.weights.groups.get(raw[s.weights.byIndex] as number) ?? null);
  let answered = 0;
  let sum = 0;
  let span = 0;
  let count = 0;
  for (let k = 0; k < of; k++) {
    const v = scratch[idx[k] as number] as number;
    if (v === v) {
      answered++;
      sum += weights === null ? v : v * (weights[k] as number);
      if (method === 'percent-of-maximum') {
        sum -= s.itemMin[k] as number;
        span += s.itemSpan[k] as number;
      } else if (method === 'count' && v >= countAtLeast) count++;
    }
  }
  state.answered = answered;
  state.unweighted = s.weights !== null && weights === null;
  state.value = state.unweighted ? NaN : finalizeValue(s, answered, sum, span, count, required);
  return state;
}

/**
 * Turns a score's accumulated item values into its value: the method, proration with the rule's
 * rounding, and the multiplier; NaN when fewer than `required` items are answered. Shared by
 * the per-response engine and the columnar one, so both compute exactly the same number.
 * @param sum - sum of the answered scored values (minus each item's minimum, for percent-of-maximum)
 * @param span - sum of the answered items' ranges (percent-of-maximum only)
 * @param count - answered items at or above `countAtLeast` (count only)
 * @internal
 */
export function finalizeValue(s: CompiledScore, answered: number, sum: number, span: number, count: number, required: number): number {
  if (answered < required) return NaN;
  const def = s.def;
  const of = s.itemIndex.length;
  const prorated = answered < of;
  const rounding = def.missing.rounding;
  let value: number;
  switch (def.method) {
    case 'sum':
    case 'table':
      value = prorated ? round((sum * of) / answered, rounding) : sum;
      break;
    case 'count':
      value = prorated ? round((count * of) / answered, rounding) : count;
      break;
    case 'mean':
      value = prorated ? round(sum / answered, rounding) : sum / answered;
      break;
    case 'percent-of-maximum':
      value = (sum * 100) / span;
      if (prorated) value = round(value, rounding);
      break;
  }
  return def.multiplier !== undefined ? value * def.multiplier : value;
}

function round(value: number, rounding: 'none' | 'nearest' | 'up'): number {
  if (rounding === 'none') return value;
  // Guard against binary noise (e.g. 10.000000000000002) before rounding.
  const cleaned = Math.round(value * 1e9) / 1e9;
  return rounding === 'up' ? Math.ceil(cleaned) : Math.round(cleaned);
}
