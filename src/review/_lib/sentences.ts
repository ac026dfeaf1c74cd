import type { ChangeResult } from '../../change/change/index.js';
import type { McidChangeResult } from '../../change/mcidChange/index.js';
import type { ReliableChangeResult } from '../../change/reliableChange/index.js';

/**
 * @internal A number for a sentence or a table: at most `digits` decimals, no trailing zeros, a
 * true minus sign, never the machine's locale.
 */
export function fmt(x: number, digits = 1): string {
  const text = String(Number(x.toFixed(digits)));
  return text.startsWith('-') ? `\u2212${text.slice(1)}` : text;
}

/** @internal `a`, `a and b`, `a, b and c`. */
export function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** @internal `1 day`, `2 days`. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** @internal A GAS level as the scale names it: `−1 (somewhat less than expected)`. */
export function gasLevelText(level: number): string {
  const words: Record<string, string> = {
    '-2': 'much less than expected',
    '-1': 'somewhat less than expected',
    '0': 'the expected outcome',
    '1': 'somewhat more than expected',
    '2': 'much more than expected',
  };
  return `${level > 0 ? '+' : ''}${fmt(level, 0)} (${words[String(level)] ?? 'not a GAS level'})`;
}

/** @internal What a reliable-change result means, in words. */
export function rciPhrase(rci: ReliableChangeResult | null, reason: string | undefined): string {
  if (rci === null) return `reliable change not judged (${reason ?? 'not computed'})`;
  if (rci.classification === 'improved') return 'a reliable improvement';
  if (rci.classification === 'deteriorated') return 'a reliable worsening';
  return rci.reliableChangeThreshold !== null
    ? `not a reliable change (that needs a change of more than ${fmt(rci.reliableChangeThreshold)} points)`
    : 'not a reliable change';
}

/** @internal What the MCID verdicts mean, in words; one phrase per distinct MCID. */
export function mcidPhrases(mcid: McidChangeResult | null): string[] {
  if (mcid === null) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  const c = mcid.change;
  for (const v of mcid.verdicts) {
    const key = `${v.value} ${v.unit}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const amount = v.unit === 'points' ? c.improvement : c.percentImprovement;
    const name = v.unit === 'points' ? `the ${fmt(v.value, 2)}-point MCID` : `the ${fmt(v.value, 2)} % MCID`;
    if (amount === null) {
      out.push(`${name} not judged (${v.reason ?? 'the percentage is undefined'})`);
      continue;
    }
    const relation =
      amount > v.value
        ? `more than ${name}`
        : amount === v.value
          ? `exactly ${name}`
          : amount <= -v.value
            ? `a worsening of at least ${name}`
            : amount > 0
              ? `less than ${name}`
              : `within ${name}`;
    if (v.unit === 'percent') {
      const pct = fmt(Math.abs(amount), 0);
      out.push(amount >= 0 ? `a ${pct} % improvement, ${relation}` : `a ${pct} % worsening, ${relation.replace(/^a worsening of /, '')}`);
    } else out.push(relation);
  }
  return out;
}

/** @internal The plain-language sentence of one score's change. */
export function changeSentence(args: {
  readonly name: string;
  readonly change: ChangeResult;
  readonly bandFrom: string | null;
  readonly bandTo: string | null;
  readonly rci: ReliableChangeResult | null;
  readonly rciReason?: string;
  readonly mcid: McidChangeResult | null;
  readonly mcidReason?: string;
}): string {
  const c = args.change;
  const core =
    c.difference === 0
      ? `${args.name} stayed at ${fmt(c.baseline)}`
      : `${args.name} ${c.difference < 0 ? 'fell' : 'rose'} from ${fmt(c.baseline)} to ${fmt(c.followUp)}`;
  const bands =
    args.bandFrom && args.bandTo ? (args.bandFrom === args.bandTo ? ` (still ${args.bandTo})` : ` (${args.bandFrom} to ${args.bandTo})`) : '';
  const verdicts = [rciPhrase(args.rci, args.rciReason), ...mcidPhrases(args.mcid)];
  if (args.mcid === null && args.mcidReason) verdicts.push(`no MCID to compare with (${args.mcidReason})`);
  return `${core}${bands}: ${joinAnd(verdicts)}.`;
}
