/**
 * Which instrument item a QuestionnaireResponse linkId stands for, by the rules of
 * `docs/fhir.md`, tried in this order:
 *
 * 1. `item-id`: the linkId is the item's id (promkit's own Questionnaires);
 * 2. `loinc-in-linkid`: the linkId ends with the item's LOINC code (`/44250-9`, `44250-9`,
 *    `phq9/44250-9`: LHC-Forms and other LOINC-derived forms), check digit verified;
 * 3. `questionnaire-code`: the Questionnaire item with that linkId carries the item's LOINC code
 *    (`item.code`: MII, Argonaut-style and most IG Questionnaires);
 * 4. `linkids-option`: the caller's explicit `linkIds` map.
 */
import type { Instrument } from '../../model/schema.js';
import { itemsByLoinc, loincCodeIn } from '../loincCodes/index.js';

/** How a linkId was matched to an item. */
export type LinkIdRule = 'item-id' | 'loinc-in-linkid' | 'questionnaire-code' | 'linkids-option';

/** A linkId matched to an instrument item. */
export interface LinkIdMatch {
  readonly itemId: string;
  readonly by: LinkIdRule;
}

/** Matches linkIds to one instrument's items. */
export interface LinkIdMatcher {
  /** The item a linkId stands for, or undefined. */
  match(linkId: string): LinkIdMatch | undefined;
  /** The LOINC codes known for a linkId (in the linkId, or on its Questionnaire item). */
  loincOf(linkId: string): readonly string[];
}

/**
 * Builds a {@link LinkIdMatcher} for an instrument.
 *
 * @param instrument - the definition whose items are looked for
 * @param questionnaireCodes - linkId → LOINC codes of the Questionnaire the response answers (may be empty)
 * @param linkIds - the caller's explicit map, linkId → item id (already checked against the items)
 *
 * @example
 * ```ts
 * const matcher = fhirLinkIdMatcher(phq9, new Map(), {});
 * matcher.match('/44250-9'); //=> { itemId: 'phq9_1', by: 'loinc-in-linkid' }
 * matcher.match('phq9_2');   //=> { itemId: 'phq9_2', by: 'item-id' }
 * ```
 */
export function fhirLinkIdMatcher(
  instrument: Instrument,
  questionnaireCodes: ReadonlyMap<string, readonly string[]>,
  linkIds: Readonly<Record<string, string>>,
): LinkIdMatcher {
  const { ids, byLoinc } = itemCodesOf(instrument);
  const loincOf = (linkId: string): string[] => {
    const codes: string[] = [];
    const inLinkId = loincCodeIn(linkId);
    if (inLinkId) codes.push(inLinkId);
    for (const code of questionnaireCodes.get(linkId) ?? []) if (!codes.includes(code)) codes.push(code);
    return codes;
  };
  return {
    loincOf,
    match(linkId) {
      if (ids.has(linkId)) return { itemId: linkId, by: 'item-id' };
      const inLinkId = loincCodeIn(linkId);
      const fromLinkId = inLinkId === undefined ? undefined : byLoinc.get(inLinkId);
      if (fromLinkId) return { itemId: fromLinkId, by: 'loinc-in-linkid' };
      for (const code of questionnaireCodes.get(linkId) ?? []) {
        const itemId = byLoinc.get(code);
        if (itemId) return { itemId, by: 'questionnaire-code' };
      }
      const explicit = Object.prototype.hasOwnProperty.call(linkIds, linkId) ? linkIds[linkId] : undefined;
      if (explicit !== undefined) return { itemId: explicit, by: 'linkids-option' };
      return undefined;
    },
  };
}

// Definitions are frozen: their ids and codes are read once per definition.
const cache = new WeakMap<Instrument, { ids: ReadonlySet<string>; byLoinc: ReadonlyMap<string, string> }>();

function itemCodesOf(instrument: Instrument): { ids: ReadonlySet<string>; byLoinc: ReadonlyMap<string, string> } {
  let codes = cache.get(instrument);
  if (!codes) {
    codes = { ids: new Set(instrument.items.map((item) => item.id)), byLoinc: itemsByLoinc(instrument) };
    cache.set(instrument, codes);
  }
  return codes;
}
