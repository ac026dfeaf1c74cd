import type { Instrument } from '../../model/schema.js';

/**
 * The `version` of an instrument's generated Questionnaire: the definition's version string as a
 * token without spaces, so that `url|version` is a valid FHIR `canonical` (LHC-Forms and other
 * fillers write exactly that into responses). Letters, digits and `.` are kept, every other run
 * becomes `-`: `'PHQ-9 (Kroenke 2001)'` → `'PHQ-9-Kroenke-2001'`. A token longer than 64
 * characters is cut to 55 and ends with `-` and 8 hex digits of a hash of the full string, so two
 * versions never share a token. The full version and citation stay in `Questionnaire.description`.
 * @internal
 */
export function questionnaireVersion(instrument: Instrument): string {
  const token = instrument.version
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (token.length === 0) return hash(instrument.version);
  return token.length <= 64 ? token : `${token.slice(0, 55).replace(/-+$/, '')}-${hash(instrument.version)}`;
}

/** FNV-1a, 32 bits, as 8 hex digits. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
