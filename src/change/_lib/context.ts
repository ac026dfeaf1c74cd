import type { ScoreValue } from '../../engine/score.js';
import { describeValue, fail } from '../../errors.js';
import type { Instrument, ScoreDefinition, Source } from '../../model/schema.js';
import { checkOptions } from './numbers.js';
import type { Direction, ScoreContextOptions, ValueSource } from './types.js';

/** @internal The resolved scale context of a call. */
export interface Context {
  readonly instrument: Instrument | null;
  readonly scoreName: string | null;
  readonly score: ScoreDefinition | null;
  readonly direction: Direction | null;
  readonly metric: 'value' | 'tScore';
}

const DIRECTIONS: readonly string[] = ['higher-is-worse', 'higher-is-better'];

/** @internal Reads `instrument`, `score`, `direction` and `metric` from options. */
export function resolveContext(options: ScoreContextOptions | undefined, path: readonly (string | number)[] = ['options']): Context {
  checkOptions(options, path);
  const o = options ?? {};
  const instrument = o.instrument;
  if (instrument !== undefined && (instrument === null || typeof instrument !== 'object' || !Array.isArray((instrument as Instrument).scores))) {
    fail('invalid-argument', [...path, 'instrument'], instrument, `${[...path, 'instrument'].join('.')}: expected an instrument definition (from promkit/instruments or defineInstrument), got ${describeValue(instrument)}`);
  }
  if (o.score !== undefined && instrument === undefined) {
    fail('invalid-argument', [...path, 'score'], o.score, `${[...path, 'score'].join('.')}: a score name needs options.instrument as well`);
  }
  let score: ScoreDefinition | null = null;
  let scoreName: string | null = null;
  if (instrument) {
    scoreName = o.score ?? 'total';
    score = instrument.scores.find((s) => s.name === scoreName) ?? null;
    if (!score) {
      fail('invalid-argument', [...path, 'score'], o.score, `${[...path, 'score'].join('.')}: ${instrument.id} has no score ${JSON.stringify(scoreName)}; its scores are ${instrument.scores.map((s) => JSON.stringify(s.name)).join(', ')}`);
    }
  }
  if (o.direction !== undefined && !DIRECTIONS.includes(o.direction)) {
    fail('invalid-argument', [...path, 'direction'], o.direction, `${[...path, 'direction'].join('.')}: expected 'higher-is-worse' or 'higher-is-better', got ${describeValue(o.direction)}`);
  }
  if (o.metric !== undefined && o.metric !== 'value' && o.metric !== 'tScore') {
    fail('invalid-argument', [...path, 'metric'], o.metric, `${[...path, 'metric'].join('.')}: expected 'value' or 'tScore', got ${describeValue(o.metric)}`);
  }
  return {
    instrument: instrument ?? null,
    scoreName,
    score,
    direction: o.direction ?? score?.direction ?? null,
    metric: o.metric ?? score?.psychometrics?.metric ?? 'value',
  };
}

/** @internal The direction, or a PromkitError saying how to give one. */
export function requireDirection(ctx: Context, path: readonly (string | number)[] = ['options', 'direction']): Direction {
  if (ctx.direction) return ctx.direction;
  return fail('invalid-argument', path, undefined, `${path.join('.')}: which way is better is unknown; pass direction: 'higher-is-worse' | 'higher-is-better', or { instrument, score } whose definition states it`);
}

/** @internal +1 when higher is better, −1 when higher is worse. */
export function sign(direction: Direction): 1 | -1 {
  return direction === 'higher-is-better' ? 1 : -1;
}

function isScoreValue(x: unknown): x is ScoreValue {
  return x !== null && typeof x === 'object' && 'value' in x && 'range' in x && 'status' in x;
}

/**
 * @internal Reads a number from a plain number or a ScoreValue (its `tScore` when the metric is
 * `'tScore'`, else its `value`). Checks the definition's range on the `value` metric.
 */
export function readScore(input: unknown, ctx: Context, path: readonly (string | number)[]): number {
  const where = path.join('.');
  let x: unknown = input;
  if (isScoreValue(input)) {
    if (ctx.metric === 'tScore') {
      x = input.tScore;
      if (x === undefined) {
        fail('invalid-argument', path, input, `${where}: this score has no tScore; use metric 'value' or a score with a conversion table`);
      }
    } else {
      x = input.value;
      if (x === null) {
        fail('invalid-argument', path, input, `${where}: the score was not computed (status '${input.status}')${input.reason ? `: ${input.reason}` : ''}; change needs a number`);
      }
    }
  } else if (typeof input !== 'number') {
    fail('invalid-type', path, input, `${where}: expected a number or a score from score(), got ${describeValue(input)}`);
  }
  if (typeof x !== 'number' || !Number.isFinite(x)) {
    fail('not-finite', path, input, `${where}: expected a finite number, got ${describeValue(x)}`);
  }
  if (ctx.score && ctx.metric === 'value') {
    const [lo, hi] = ctx.score.range;
    if (x < lo || x > hi) {
      fail('out-of-range', path, input, `${where}: ${x} is outside the range of ${ctx.instrument?.id} ${ctx.scoreName} (${lo}–${hi})`);
    }
  }
  return x;
}

/** @internal The declared range of a ScoreValue input, if it is one. */
export function rangeOf(input: unknown): readonly [number, number] | null {
  return isScoreValue(input) ? input.range : null;
}

/** @internal A ValueSource for a fact stored in the definition. */
export function definitionSource(ctx: Context, source: Source, population: string): ValueSource {
  const instrument = ctx.instrument as Instrument;
  const citation = instrument.citations.find((c) => c.key === source.ref);
  return {
    from: 'definition',
    instrument: instrument.id,
    score: ctx.scoreName as string,
    population,
    citation: citation?.text ?? source.ref,
    ...(citation?.doi ? { doi: citation.doi } : {}),
    ...(source.locator ? { locator: source.locator } : {}),
  };
}

/** @internal Describes the score for messages: `phq-9 'total'` or `the score`. */
export function scoreLabel(ctx: Context): string {
  return ctx.instrument ? `${ctx.instrument.id} '${ctx.scoreName}'` : 'the score';
}
