import { describeValue, fail } from '../../errors.js';
import { PROMKIT_FHIR_BASE } from './constants.js';

/**
 * The canonical base from an options object: the default when absent; otherwise an absolute
 * `http(s):` or `urn:` URI without whitespace, `|` or `#`, returned without a trailing slash.
 * @throws {PromkitError} `invalid-argument` at `['options', 'base']`
 * @internal
 */
export function resolveBase(base: unknown): string {
  if (base === undefined) return PROMKIT_FHIR_BASE;
  if (typeof base === 'string' && /^(?:https?:\/\/|urn:)[^\s|#]+$/.test(base)) {
    return base.replace(/\/+$/, '');
  }
  return fail(
    'invalid-argument',
    ['options', 'base'],
    base,
    `options.base: expected an absolute http(s) or urn URI without spaces, "|" or "#" (e.g. "https://fhir.example.org"), got ${describeValue(base)}`,
  );
}
