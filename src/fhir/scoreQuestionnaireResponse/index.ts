import type { CodeSystem, Coding, Questionnaire, QuestionnaireResponse, ValueSet } from 'fhir/r4';
import { compile } from '../../engine/compile.js';
import { score, type ScoreOptions, type ScoreResult } from '../../engine/score.js';
import { describeValue, fail } from '../../errors.js';
import type { Instrument, Item } from '../../model/schema.js';
import { indexQuestionnaireItems, isRecord, type QuestionnaireIndex } from '../../ingest/fhirQuestionnaireItems/index.js';
import { checkResponse } from '../_lib/checkResponse.js';
import { questionnaireUrl } from '../_lib/questionnaireUrl.js';
import { readResponse, type IgnoredItem, type MatchedItem } from '../_lib/readResponse.js';
import { resolveBase } from '../_lib/resolveBase.js';
import { rememberScoredWith } from '../_lib/scoredWith.js';
import { checkVersion, containedQuestionnaire, identifyInstrument } from '../identifyInstrument/index.js';

export type { IgnoredItem, MatchedItem } from '../_lib/readResponse.js';

/**
 * Options of {@link scoreQuestionnaireResponse}: which instrument, where the response's own
 * Questionnaire and weights are, and how to score.
 *
 * @example
 * ```ts
 * scoreQuestionnaireResponse(qr, { instrument: phq9, missing: { minAnswered: 7 } });
 * scoreQuestionnaireResponse(qr, { instruments: listInstruments(), base: 'https://fhir.example.org' });
 * scoreQuestionnaireResponse(sdcQr, { instrument: phq9, valueSets: [csPhq9], linkIds: { 'H1/T1/Q1': 'phq9_1' } });
 * ```
 */
export interface ScoreQuestionnaireResponseOptions extends ScoreOptions {
  /**
   * The instrument to score. The response may come from any Questionnaire (a clinic's own URL,
   * an IG's, a LOINC form): its items are matched by the rules in `docs/fhir.md`. Name a smaller
   * instrument to score a subset (PHQ-2 from a PHQ-9 response).
   */
  readonly instrument?: Instrument;
  /** Candidates to identify the instrument from (see `identifyInstrument`), e.g. `listInstruments()`. */
  readonly instruments?: readonly Instrument[];
  /** The base promkit's Questionnaires and code systems use; default `PROMKIT_FHIR_BASE` (a placeholder). */
  readonly base?: string;
  /**
   * The Questionnaire the response answers, when it is not promkit's: its item `code`s (LOINC)
   * match linkIds to items, and its `answerOption` weights, contained ValueSets and
   * `answerValueSet`s weigh answers in other code systems. A Questionnaire contained in the
   * response (`"questionnaire": "#id"`) is used when none is passed.
   */
  readonly questionnaire?: Questionnaire;
  /** ValueSets and CodeSystems whose `itemWeight` / `ordinalValue` weigh answer codes (e.g. an IG's answer CodeSystem). */
  readonly valueSets?: readonly (ValueSet | CodeSystem)[];
  /** Explicit linkId → item id, for linkIds no other rule matches: `{ 'H1/T1/Q1': 'phq9_1' }`. */
  readonly linkIds?: Readonly<Record<string, string>>;
  /**
   * Last resort for a Coding that is no option and has no weight: return its weight (the
   * option's scored value), or undefined to refuse it. Your exceptions pass through.
   */
  readonly answerWeight?: (coding: Coding, item: Item) => number | undefined;
  /**
   * Items that are not the instrument's (totals, the PHQ-9 difficulty item, display items,
   * other domains): `'ignore'` (default) skips them and lists them in `ignored`; `'error'`
   * refuses the response.
   */
  readonly unknownItems?: 'ignore' | 'error';
}

/** The result of {@link scoreQuestionnaireResponse}: a {@link ScoreResult}, plus how the response was read. */
export interface QuestionnaireResponseScore extends ScoreResult {
  /** Each item found, in instrument order: its linkId and which rules matched it and read its answer. */
  readonly matched: readonly MatchedItem[];
  /** Items of the response that are not the instrument's, and why (the first 1,000). */
  readonly ignored: readonly IgnoredItem[];
  /** How many items were ignored in all (more than `ignored.length` when the list was cut). */
  readonly ignoredCount: number;
}

const OPTION_KEYS: readonly string[] = ['missing', 'instrument', 'instruments', 'base', 'questionnaire', 'valueSets', 'linkIds', 'answerWeight', 'unknownItems'];

/**
 * Scores a FHIR R4 QuestionnaireResponse with promkit's engine, whichever form filler, EHR or IG
 * wrote it: finds the instrument's items, reads their answers, and scores them exactly as
 * `score()` would.
 *
 * **Items** (the rule used is in `matched[].by`): the linkId is an item id; else it ends with the
 * item's LOINC code (`/44250-9`); else the Questionnaire item with that linkId carries the item's
 * LOINC code; else `options.linkIds` names it. Items anywhere in the tree count (groups, nested
 * under answers). Other items (totals, difficulty items, display items, other domains) are listed
 * in `ignored` with the reason.
 *
 * **Answers** (`matched[].answer`): a Coding that is one of the item's options (LOINC LA code or
 * promkit answer code); else its weight from the answer, the Questionnaire (`answerOption`
 * `itemWeight`/`ordinalValue`, `answerValueSet`) or a passed or contained ValueSet/CodeSystem;
 * else `options.answerWeight`. A weight is the option's scored value; a weight several options
 * share (a recode) must be settled by the Coding's display. A number answering a choice item must
 * be an option's value. Numeric items take `valueInteger`/`valueDecimal`, or a Coding whose weight
 * or display is the number (LOINC `LA6111-4` "0" … `LA13942-0` "10"). Conflicting weights are
 * refused.
 *
 * **Which instrument**: `instrument` (trusted; a foreign questionnaire URL is fine), or identified
 * from `instruments` by the LOINC panel code or promkit's own URL. A version in promkit's own
 * `url|version` must match; a LOINC release after `http://loinc.org/q/…|` is ignored.
 *
 * @param questionnaireResponse - the response
 * @param options - `instrument` or `instruments` (one is required), and `questionnaire`, `valueSets`,
 *   `linkIds`, `answerWeight`, `unknownItems`, `base`, `missing`
 * @returns the {@link ScoreResult} of `score()`, with `matched`, `ignored` and `ignoredCount`
 * @throws {PromkitError} listing every problem (the first 50, then a count), each with a `path`
 *   into the response and a message naming the linkId, the value and what to pass: `unknown-item`
 *   (with `unknownItems: 'error'`, or when no item of the instrument is found at all),
 *   `not-an-option`, `invalid-type`, `out-of-range`, `not-an-integer`, `not-finite`,
 *   `invalid-responses` (malformed or too deeply nested items, repeated answers, an item answered
 *   twice), `invalid-argument` (bad options, `entered-in-error`, a promkit URL of another version)
 *
 * @example
 * ```ts
 * import type { QuestionnaireResponse } from 'fhir/r4';
 * import { phq9 } from 'promkit/instruments';
 * import { scoreQuestionnaireResponse } from 'promkit/fhir';
 *
 * // As LHC-Forms exports the NLM PHQ-9 form: LOINC linkIds, the total and the difficulty item too.
 * const answer = (code: string) => [{ valueCoding: { system: 'http://loinc.org', code } }];
 * const qr: QuestionnaireResponse = {
 *   resourceType: 'QuestionnaireResponse', status: 'completed',
 *   item: [
 *     ...['/44250-9', '/44255-8', '/44259-0', '/44254-1', '/44251-7', '/44258-2', '/44252-5', '/44253-3', '/44260-8']
 *       .map((linkId) => ({ linkId, answer: answer('LA6570-1') })), // "More than half the days" (2)
 *     { linkId: '/44261-6', answer: [{ valueDecimal: 18 }] },
 *     { linkId: '/69722-7', answer: answer('LA6573-5') },
 *   ],
 * };
 * const result = scoreQuestionnaireResponse(qr, { instrument: phq9 });
 * result.scores.total.value;   //=> 18
 * result.matched[0].by;        //=> 'loinc-in-linkid'
 * result.ignored.map((i) => i.linkId); //=> ['/44261-6', '/69722-7']
 * ```
 */
export function scoreQuestionnaireResponse(questionnaireResponse: QuestionnaireResponse, options?: ScoreQuestionnaireResponseOptions): QuestionnaireResponseScore {
  return scoreResponse(questionnaireResponse, options, undefined);
}

/**
 * {@link scoreQuestionnaireResponse}, with LOINC codes for linkIds known from elsewhere (the
 * items of other instruments a caller's `linkIds` map names).
 * @internal
 */
export function scoreResponse(
  questionnaireResponse: QuestionnaireResponse,
  given: ScoreQuestionnaireResponseOptions | undefined,
  extraCodes: ReadonlyMap<string, readonly string[]> | undefined,
): QuestionnaireResponseScore {
  const qr = checkResponse(questionnaireResponse);
  const options = given as ScoreQuestionnaireResponseOptions;
  if (!isRecord(given)) {
    return fail(
      'invalid-argument',
      ['options'],
      options,
      `options: expected { instrument } or { instruments } to know which instrument the response answers, got ${describeValue(options)}`,
    );
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.includes(key)) fail('invalid-argument', ['options', key], options[key as keyof typeof options], `options.${key} is not an option; the options are ${OPTION_KEYS.join(', ')}`);
  }
  if (qr.status === 'entered-in-error') {
    fail('invalid-argument', ['questionnaireResponse', 'status'], qr.status, 'QuestionnaireResponse.status is "entered-in-error": it must not be scored');
  }
  const base = resolveBase(options.base);
  const passed = options.questionnaire;
  if (passed !== undefined && (!isRecord(passed) || (passed as { resourceType?: unknown }).resourceType !== 'Questionnaire')) {
    fail('invalid-argument', ['options', 'questionnaire'], passed, `options.questionnaire: expected a FHIR Questionnaire, got ${describeValue(passed)}`);
  }
  let instrument: Instrument;
  if (options.instrument !== undefined) {
    instrument = options.instrument;
    if (!isRecord(instrument) || typeof (instrument as { id?: unknown }).id !== 'string') {
      fail('invalid-argument', ['options', 'instrument'], instrument, `options.instrument: expected an instrument definition, got ${describeValue(instrument)}`);
    }
    compile(instrument);
    // promkit's own URL for this very instrument with another version: its items may differ.
    const canonical: unknown = qr.questionnaire;
    if (typeof canonical === 'string' && canonical.split('|')[0] === questionnaireUrl(base, instrument.id) && canonical.includes('|')) {
      checkVersion(instrument, decode(canonical.slice(canonical.indexOf('|') + 1)), canonical);
    }
  } else if (options.instruments !== undefined) {
    instrument = identifyInstrument(qr, options.instruments, { base, ...(passed ? { questionnaire: passed } : {}) });
  } else {
    return fail(
      'invalid-argument',
      ['options'],
      options,
      'options: pass { instrument } or { instruments } (e.g. listInstruments() from promkit/catalog) to say which instrument the response answers',
    );
  }
  compile(instrument);
  const read = readResponse(qr, instrument, {
    ...questionnaireOf(qr, passed),
    terminology: terminologyOf(options.valueSets),
    linkIds: linkIdsOf(options.linkIds, instrument),
    ...(options.answerWeight !== undefined ? { answerWeight: answerWeightOf(options.answerWeight) } : {}),
    unknownItems: unknownItemsOf(options.unknownItems),
    ...(extraCodes ? { extraCodes } : {}),
  });
  const result: QuestionnaireResponseScore = {
    ...score(instrument, read.responses, options.missing === undefined ? undefined : { missing: options.missing }),
    matched: read.matched,
    ignored: read.ignored,
    ignoredCount: read.ignoredCount,
  };
  rememberScoredWith(result, { instrument, base });
  return result;
}

function questionnaireOf(qr: QuestionnaireResponse, passed: Questionnaire | undefined): { questionnaire?: QuestionnaireIndex } {
  if (passed !== undefined) return { questionnaire: checked(indexQuestionnaireItems(passed)) };
  const canonical: unknown = qr.questionnaire;
  if (typeof canonical === 'string' && canonical.startsWith('#')) {
    const contained = containedQuestionnaire(qr, canonical.slice(1));
    if (contained) return { questionnaire: checked(indexQuestionnaireItems(contained, ['questionnaireResponse', 'contained', canonical])) };
    return {};
  }
  return {};
}

function checked(index: QuestionnaireIndex): QuestionnaireIndex {
  const first = index.problems[0];
  if (first) fail('invalid-argument', first.path, undefined, `${first.message}${index.problems.length > 1 ? ` (and ${index.problems.length - 1} more problems)` : ''}`);
  return index;
}

function terminologyOf(valueSets: unknown): { resource: unknown }[] {
  if (valueSets === undefined) return [];
  if (!Array.isArray(valueSets)) fail('invalid-argument', ['options', 'valueSets'], valueSets, `options.valueSets: expected an array of ValueSets and CodeSystems, got ${describeValue(valueSets)}`);
  valueSets.forEach((resource, i) => {
    if (!isRecord(resource) || (resource.resourceType !== 'ValueSet' && resource.resourceType !== 'CodeSystem')) {
      fail('invalid-argument', ['options', 'valueSets', i], resource, `options.valueSets[${i}]: expected a ValueSet or CodeSystem, got ${isRecord(resource) ? `a ${describeValue(resource.resourceType)} resource` : describeValue(resource)}`);
    }
  });
  return valueSets.map((resource) => ({ resource }));
}

function linkIdsOf(linkIds: unknown, instrument: Instrument): Readonly<Record<string, string>> {
  if (linkIds === undefined) return {};
  if (!isRecord(linkIds)) fail('invalid-argument', ['options', 'linkIds'], linkIds, `options.linkIds: expected an object mapping linkIds to item ids, got ${describeValue(linkIds)}`);
  const ids = instrument.items.map((item) => item.id);
  const map: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [linkId, itemId] of Object.entries(linkIds)) {
    if (typeof itemId !== 'string' || !ids.includes(itemId)) {
      fail('invalid-argument', ['options', 'linkIds', linkId], itemId, `options.linkIds["${linkId}"]: ${describeValue(itemId)} is not an item of ${instrument.id}; its items are ${ids.join(', ')}`);
    }
    map[linkId] = itemId;
  }
  return map;
}

function answerWeightOf(fn: unknown): (coding: Coding, item: Item) => number | undefined {
  if (typeof fn !== 'function') fail('invalid-argument', ['options', 'answerWeight'], fn, `options.answerWeight: expected a function (coding, item) => number | undefined, got ${describeValue(fn)}`);
  return fn as (coding: Coding, item: Item) => number | undefined;
}

function unknownItemsOf(value: unknown): 'ignore' | 'error' {
  if (value === undefined || value === 'ignore') return 'ignore';
  if (value === 'error') return 'error';
  return fail('invalid-argument', ['options', 'unknownItems'], value, `options.unknownItems: expected 'ignore' or 'error', got ${describeValue(value)}`);
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
