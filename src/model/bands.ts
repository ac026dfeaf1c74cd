import type { Band } from './schema.js';

/**
 * Whether a value has reached a band's lower edge: `value ≥ min`, or `value > min` when the band
 * is `minExclusive`.
 * @internal
 */
export function reachesBand(band: Band, value: number): boolean {
  return band.minExclusive ? value > band.min : value >= band.min;
}

/**
 * The band holding a value. Bands ascend; a value belongs to the highest band whose lower edge
 * it reaches (so a prorated 4.5 between "0–4" and "5–9" stays in the lower band, and with a
 * `minExclusive` band starting at 37 a value of exactly 37 stays below it). Values below the
 * first band's edge or above the last band's `max` have no band.
 * @internal
 */
export function bandHolding<B extends Band>(bands: readonly B[], value: number): B | undefined {
  if (!(value === value)) return undefined;
  let holder: B | undefined;
  for (const band of bands) {
    if (!reachesBand(band, value)) break;
    holder = band;
  }
  const last = bands[bands.length - 1];
  return holder === last && last !== undefined && value > last.max ? undefined : holder;
}
