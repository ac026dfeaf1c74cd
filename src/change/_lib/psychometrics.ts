import { describeValue, fail } from '../../errors.js';
import type { PopulationNorm } from '../../model/schema.js';
import { definitionSource, scoreLabel, type Context } from './context.js';
import type { PopulationInput, SourcedValue, ValueSource } from './types.js';

const hint = (ctx: Context) =>
  ctx.instrument ? `none is stored for ${scoreLabel(ctx)}` : 'no { instrument, score } was given to look one up';

/** @internal Reliability: the caller's, else the one stored on the score. */
export function resolveReliability(value: unknown, ctx: Context, path: readonly (string | number)[]): SourcedValue {
  if (value !== undefined) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value >= 1) {
      fail('invalid-argument', path, value, `${path.join('.')}: expected a reliability coefficient between 0 and 1 (exclusive), got ${describeValue(value)}`);
    }
    return { value, source: { from: 'caller' } };
  }
  const stored = ctx.score?.psychometrics?.reliability;
  if (stored) {
    return { value: stored.value, source: definitionSource(ctx, stored.source, `${stored.population} (${stored.kind})`) };
  }
  return fail('invalid-argument', path, undefined, `${path.join('.')}: no reliability was given and ${hint(ctx)}; pass ${path[path.length - 1]}: a coefficient between 0 and 1 (exclusive), e.g. a published test-retest or internal-consistency value`);
}

function storedPopulation(ctx: Context): { norm: PopulationNorm; which: 'reference' | 'dysfunctional' } | null {
  const p = ctx.score?.psychometrics;
  if (p?.reference) return { norm: p.reference, which: 'reference' };
  if (p?.dysfunctional) return { norm: p.dysfunctional, which: 'dysfunctional' };
  return null;
}

/**
 * @internal A pre-test SD or mean: the caller's, else the stored reference population, else the
 * stored dysfunctional (clinical) population.
 */
export function resolveNorm(
  value: unknown,
  field: 'mean' | 'sd',
  ctx: Context,
  path: readonly (string | number)[],
  method: string,
): SourcedValue {
  const name = path[path.length - 1];
  if (value !== undefined) {
    const ok = typeof value === 'number' && Number.isFinite(value) && (field === 'mean' || value > 0);
    if (!ok) {
      fail('invalid-argument', path, value, `${path.join('.')}: expected ${field === 'sd' ? 'a standard deviation > 0' : 'a finite mean'}, got ${describeValue(value)}`);
    }
    return { value: value as number, source: { from: 'caller' } };
  }
  const stored = storedPopulation(ctx);
  if (stored) {
    return {
      value: stored.norm[field],
      source: definitionSource(ctx, stored.norm.source, `${stored.norm.population} (${stored.which} population)`),
    };
  }
  return fail('invalid-argument', path, undefined, `${path.join('.')}: ${method} needs the pre-treatment ${field === 'sd' ? 'standard deviation' : 'mean'}; none was given and ${hint(ctx)}; pass ${String(name)}: ${field === 'sd' ? 'a number > 0' : 'a number'} (e.g. from a published clinical or reference sample)`);
}

/** @internal A required sample statistic that is never stored (HA, HLL inputs). */
export function requiredNumber(
  value: unknown,
  path: readonly (string | number)[],
  method: string,
  what: string,
  rule: (x: number) => boolean = () => true,
  allowed = 'a finite number',
): SourcedValue {
  if (value === undefined) {
    fail('invalid-argument', path, value, `${path.join('.')}: ${method} needs ${what}; pass ${String(path[path.length - 1])}: ${allowed}`);
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || !rule(value)) {
    fail('invalid-argument', path, value, `${path.join('.')}: expected ${allowed} (${what}), got ${describeValue(value)}`);
  }
  return { value, source: { from: 'caller' } };
}

/** A population (mean and SD) with where it came from. */
export interface SourcedPopulation {
  readonly mean: number;
  readonly sd: number;
  readonly source: ValueSource;
}

/** @internal The caller's functional/dysfunctional population, else the stored one, else null. */
export function resolvePopulation(
  value: PopulationInput | undefined,
  which: 'functional' | 'dysfunctional',
  ctx: Context,
  path: readonly (string | number)[],
): SourcedPopulation | null {
  if (value !== undefined) {
    const v = value as unknown as Record<string, unknown>;
    const ok =
      v !== null &&
      typeof v === 'object' &&
      typeof v.mean === 'number' &&
      Number.isFinite(v.mean) &&
      typeof v.sd === 'number' &&
      Number.isFinite(v.sd) &&
      v.sd > 0;
    if (!ok) {
      fail('invalid-argument', path, value, `${path.join('.')}: expected { mean: a finite number, sd: a number > 0 }, got ${describeValue(value)}`);
    }
    return { mean: value.mean, sd: value.sd, source: { from: 'caller' } };
  }
  const stored = ctx.score?.psychometrics?.[which];
  if (!stored) return null;
  return { mean: stored.mean, sd: stored.sd, source: definitionSource(ctx, stored.source, stored.population) };
}
