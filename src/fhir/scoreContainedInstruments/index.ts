import type { Questionnaire, QuestionnaireResponse } from 'fhir/r4';
import { describeValue, fail } from '../../errors.js';
import type { Instrument } from '../../model/schema.js';
import { fhirLinkIdMatcher } from '../../ingest/fhirLinkIds/index.js';
import { indexQuestionnaireItems, isRecord } from '../../ingest/fhirQuestionnaireItems/index.js';
import { checkResponse } from '../_lib/checkResponse.js';
import { collectLinkIds } from '../_lib/collectLinkIds.js';
import { questionnaireUrl } from '../_lib/questionnaireUrl.js';
import { resolveBase } from '../_lib/resolveBase.js';
import { containedQuestionnaire } from '../identifyInstrument/index.js';
import { scoreResponse, type QuestionnaireResponseScore, type ScoreQuestionnaireResponseOptions } from '../scoreQuestionnaireResponse/index.js';
import { toQuestionnaire } from '../toQuestionnaire/index.js';

/**
 * Options of {@link scoreContainedInstruments}.
 *
 * @example
 * ```ts
 * scoreContainedInstruments(qr, { instruments: listInstruments(), questionnaire: miiPromis29 });
 * ```
 */
export interface ScoreContainedInstrumentsOptions extends Omit<ScoreQuestionnaireResponseOptions, 'instrument' | 'instruments' | 'unknownItems'> {
  /** The candidates, e.g. `listInstruments()` from `promkit/catalog` (promkit/fhir never imports the catalogue). */
  readonly instruments: readonly Instrument[];
}

/**
 * Scores every instrument among `instruments` whose items are all present in a response: PHQ-9,
 * PHQ-8 and PHQ-2 from one PHQ-9 response; the PROMIS 4a forms from a PROMIS-29 response; GAD-2
 * from a GAD-7. Items are matched by the rules of `scoreQuestionnaireResponse` (item id, LOINC
 * code in the linkId, LOINC code on the Questionnaire item, `linkIds`); an instrument with any
 * item absent is not scored (present but unanswered items count as present, and the missing-item
 * rule applies). `linkIds` entries naming items an instrument does not have are skipped for it;
 * such an item's LOINC code still matches the instruments that share it (a map to the PHQ-9's
 * `phq9_1` also finds the PHQ-2's first item, LOINC 44250-9).
 *
 * When the response names promkit's own Questionnaire (`${base}/Questionnaire/<id>`) of one of
 * the candidates and no `questionnaire` is passed, that Questionnaire is generated to read its
 * items' LOINC codes, so a promkit PHQ-9 response (linkIds `phq9_1` …) gives a PHQ-2 too.
 *
 * @param questionnaireResponse - the response
 * @param options - `instruments` (required), and `questionnaire`, `valueSets`, `linkIds`, `answerWeight`, `base`, `missing`
 * @returns one result per contained instrument, in the order of `instruments` (each as from
 *   `scoreQuestionnaireResponse`, so `toObservations` takes it as it is); empty when none is contained
 * @throws {PromkitError} for bad options, or an answer a contained instrument cannot read
 *
 * @example
 * ```ts
 * import { listInstruments } from 'promkit/catalog';
 * import { scoreContainedInstruments } from 'promkit/fhir';
 *
 * const results = scoreContainedInstruments(lhcFormsPhq9Response, { instruments: listInstruments() });
 * results.map((r) => `${r.instrument.id} ${r.scores.total?.value}`);
 * //=> ['phq-2 2', 'phq-8 8', 'phq-9 9'] (every item answered "Several days")
 * ```
 */
export function scoreContainedInstruments(questionnaireResponse: QuestionnaireResponse, options: ScoreContainedInstrumentsOptions): QuestionnaireResponseScore[] {
  const qr = checkResponse(questionnaireResponse);
  if (!isRecord(options)) fail('invalid-argument', ['options'], options, `options: expected { instruments }, got ${describeValue(options)}`);
  const { instruments, linkIds, ...rest } = options as ScoreContainedInstrumentsOptions;
  if (!Array.isArray(instruments) || !instruments.every((i) => isRecord(i) && typeof (i as { id?: unknown }).id === 'string' && Array.isArray((i as { items?: unknown }).items))) {
    fail('invalid-argument', ['options', 'instruments'], instruments, `options.instruments: expected an array of instrument definitions (e.g. listInstruments() from promkit/catalog), got ${describeValue(instruments)}`);
  }
  if (linkIds !== undefined && !isRecord(linkIds)) fail('invalid-argument', ['options', 'linkIds'], linkIds, `options.linkIds: expected an object mapping linkIds to item ids, got ${describeValue(linkIds)}`);
  const base = resolveBase(rest.base);
  const questionnaire = rest.questionnaire ?? ownQuestionnaire(qr, instruments as readonly Instrument[], base);
  const index = questionnaire === undefined ? undefined : indexQuestionnaireItems(questionnaire);
  const codes = new Map<string, readonly string[]>();
  for (const [linkId, info] of index?.items ?? []) codes.set(linkId, info.loinc);
  const present = collectLinkIds(qr);
  // A linkId the caller maps to one candidate's item also stands for that item's LOINC code, so
  // that the same answer counts for the other instruments sharing it (phq9_1 = PHQ-2 item 1).
  const itemLoinc = new Map<string, string>();
  for (const instrument of instruments as readonly Instrument[]) for (const item of instrument.items) if (item.loinc && !itemLoinc.has(item.id)) itemLoinc.set(item.id, item.loinc);
  const extraCodes = new Map<string, readonly string[]>();
  for (const [linkId, itemId] of Object.entries(linkIds ?? {})) {
    const loinc = typeof itemId === 'string' ? itemLoinc.get(itemId) : undefined;
    if (loinc) {
      extraCodes.set(linkId, [loinc]);
      codes.set(linkId, [...(codes.get(linkId) ?? []), loinc]);
    }
  }

  const results: QuestionnaireResponseScore[] = [];
  for (const instrument of instruments as readonly Instrument[]) {
    const ids = new Set(instrument.items.map((item) => item.id));
    const own: Record<string, string> = {};
    for (const [linkId, itemId] of Object.entries(linkIds ?? {})) if (typeof itemId === 'string' && ids.has(itemId)) own[linkId] = itemId;
    const matcher = fhirLinkIdMatcher(instrument, codes, own);
    const found = new Set<string>();
    for (const linkId of present) {
      const match = matcher.match(linkId);
      if (match) found.add(match.itemId);
    }
    if (found.size < ids.size) continue;
    results.push(
      scoreResponse(
        qr,
        { ...rest, instrument, ...(questionnaire ? { questionnaire } : {}), ...(Object.keys(own).length > 0 ? { linkIds: own } : {}) },
        extraCodes,
      ),
    );
  }
  return results;
}

/** promkit's own Questionnaire, when the response names one of the candidates' canonical URLs. */
function ownQuestionnaire(qr: QuestionnaireResponse, instruments: readonly Instrument[], base: string): Questionnaire | undefined {
  const canonical: unknown = qr.questionnaire;
  if (typeof canonical !== 'string') return undefined;
  if (canonical.startsWith('#')) return containedQuestionnaire(qr, canonical.slice(1)) as Questionnaire | undefined;
  const url = canonical.split('|')[0];
  const source = instruments.find((instrument) => questionnaireUrl(base, instrument.id) === url);
  return source ? toQuestionnaire(source, { base }) : undefined;
}
