import type { Instrument } from '../../model/schema.js';

/** A LOINC code at the end of a name: digits, a hyphen and the check digit (`44250-9`). */
const TRAILING_LOINC = /(?:^|[^0-9A-Za-z])([1-9][0-9]{0,6}-[0-9])$/;

/**
 * The LOINC code a linkId or column name ends with, if any: `/44250-9`, `44250-9`,
 * `phq9/44250-9` and `item_44250-9` all give `'44250-9'`. The check digit is verified (LOINC's
 * mod-10 algorithm), so an unrelated `12-3` is not taken for a code.
 *
 * @example
 * ```ts
 * loincCodeIn('/44250-9'); //=> '44250-9'
 * loincCodeIn('phq9_1'); //=> undefined
 * ```
 */
export function loincCodeIn(name: string): string | undefined {
  const match = TRAILING_LOINC.exec(name.trim());
  const code = match?.[1];
  return code !== undefined && hasValidCheckDigit(code) ? code : undefined;
}

/**
 * Whether a LOINC code (digits, one hyphen, one check digit) has the right check digit (mod 10,
 * as LOINC's users' guide describes: double every other digit from the right, sum the digits,
 * 10 − sum mod 10).
 *
 * @example
 * ```ts
 * hasValidCheckDigit('44261-6'); //=> true
 * hasValidCheckDigit('44261-5'); //=> false
 * ```
 */
export function hasValidCheckDigit(code: string): boolean {
  // Exactly one hyphen: `44250-9-7` is no LOINC code.
  const [body, check, ...rest] = code.split('-');
  if (rest.length > 0 || !body || check === undefined || !/^\d+$/.test(body) || !/^\d$/.test(check)) return false;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let digit = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit = Math.floor(digit / 10) + (digit % 10);
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10 === Number(check);
}

/**
 * An instrument's items by their LOINC code.
 *
 * @example
 * ```ts
 * itemsByLoinc(phq9).get('44250-9'); //=> 'phq9_1'
 * ```
 */
export function itemsByLoinc(instrument: Instrument): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const item of instrument.items) if (item.loinc) map.set(item.loinc, item.id);
  return map;
}
