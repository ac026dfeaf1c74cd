import type { QuestionnaireResponse } from 'fhir/r4';
import { describeValue, PromkitError, type PromkitIssue } from '../../errors.js';
import type { Instrument, Item } from '../../model/schema.js';
import { readFhirAnswer, type AnswerRule, type AnswerWeightFn } from '../../ingest/fhirAnswerValue/index.js';
import { fhirLinkIdMatcher, type LinkIdRule } from '../../ingest/fhirLinkIds/index.js';
import { indexQuestionnaireItems, isRecord, type QuestionnaireIndex } from '../../ingest/fhirQuestionnaireItems/index.js';
import { indexTerminologyWeights, type TerminologyResource } from '../../ingest/fhirTerminologyWeights/index.js';
import { scoreLinkId } from './scoreLinkId.js';

type Path = readonly (string | number)[];

/** How one item of the instrument was found in the response. */
export interface MatchedItem {
  /** The instrument's item id. */
  readonly itemId: string;
  /** The response's linkId for it. */
  readonly linkId: string;
  /** Which linkId rule matched (see `docs/fhir.md`). */
  readonly by: LinkIdRule;
  /** How the answer was read; null when the item is present without an answer. */
  readonly answer: AnswerRule | null;
}

/** An item of the response that is not one of the instrument's, and why it was skipped. */
export interface IgnoredItem {
  readonly linkId: string;
  readonly why: string;
}

/** What the reader needs besides the response and the instrument. */
export interface ReadResponseOptions {
  /** The Questionnaire the response answers (passed, or contained in the response). */
  readonly questionnaire?: QuestionnaireIndex;
  /** ValueSets and CodeSystems passed by the caller. */
  readonly terminology: readonly TerminologyResource[];
  /** The caller's linkId → item id map (checked). */
  readonly linkIds: Readonly<Record<string, string>>;
  readonly answerWeight?: AnswerWeightFn;
  readonly unknownItems: 'ignore' | 'error';
  /** More LOINC codes per linkId, known from elsewhere (see `scoreContainedInstruments`). */
  readonly extraCodes?: ReadonlyMap<string, readonly string[]>;
}

/** The answers read, and how. */
export interface ReadResponseResult {
  readonly responses: Record<string, number>;
  readonly matched: MatchedItem[];
  readonly ignored: IgnoredItem[];
  readonly ignoredCount: number;
}

/** Problems listed in full before the rest are only counted (a hostile response may hold millions). */
export const MAX_ISSUES = 50;
/** Ignored items listed in full before the rest are only counted. */
export const MAX_IGNORED = 1000;
/** Deepest nesting of items read; real forms nest a few levels. */
export const MAX_DEPTH = 256;

/** A list of items being read: the next one is `list[next]`. */
interface Frame {
  readonly list: readonly unknown[];
  /** The path of the item or answer that holds the list. */
  readonly parent: Path;
  readonly depth: number;
  next: number;
}

/**
 * Reads the answers of a QuestionnaireResponse for one instrument. Walks the item tree
 * iteratively (no recursion), matching each linkId to an item (`fhirLinkIdMatcher`) and reading
 * its answer (`readFhirAnswer`); items that are not the instrument's are listed in `ignored`
 * (or are errors with `unknownItems: 'error'`). Problems are collected (the first
 * {@link MAX_ISSUES}, then counted) and thrown together.
 *
 * @throws {PromkitError} the problems found, each naming the linkId, the value and what is allowed
 * @internal
 */
export function readResponse(qr: QuestionnaireResponse, instrument: Instrument, options: ReadResponseOptions): ReadResponseResult {
  const issues: PromkitIssue[] = [];
  let extraIssues = 0;
  const report = (issue: PromkitIssue): void => {
    if (issues.length < MAX_ISSUES) issues.push(issue);
    else extraIssues++;
  };
  const known = indexOf(instrument);
  const { byId, scoreItems, scoreCodes } = known;
  let matcher = known.plainMatcher;
  if (options.questionnaire !== undefined || options.extraCodes !== undefined || Object.keys(options.linkIds).length > 0) {
    const codes = new Map<string, readonly string[]>();
    for (const [linkId, info] of options.questionnaire?.items ?? []) codes.set(linkId, info.loinc);
    for (const [linkId, extra] of options.extraCodes ?? []) codes.set(linkId, [...(codes.get(linkId) ?? []), ...extra]);
    matcher = fhirLinkIdMatcher(instrument, codes, options.linkIds);
  }
  const resources: TerminologyResource[] = [...options.terminology];
  for (const resource of options.questionnaire?.contained ?? []) resources.push({ resource, contained: true });
  for (const resource of containedOf(qr, report)) resources.push({ resource, contained: true });
  const terminology = resources.length === 0 ? NO_TERMINOLOGY : indexTerminologyWeights(resources);

  const responses: Record<string, number> = {};
  const matched: MatchedItem[] = [];
  const ignored: IgnoredItem[] = [];
  let ignoredCount = 0;
  let answeredUnknown = 0;
  const seen = new Map<string, string>();
  const ignore = (linkId: string, why: string): void => {
    ignoredCount++;
    if (ignored.length < MAX_IGNORED) ignored.push({ linkId, why });
  };

  const root: Path = ['questionnaireResponse'];
  const stack: Frame[] = [];
  const pushList = (list: unknown, path: Path, depth: number): void => {
    if (list === undefined) return;
    if (!Array.isArray(list)) {
      report({ code: 'invalid-responses', path: [...path, 'item'], input: list, message: `${where([...path, 'item'])}: expected an array of items, got ${describeValue(list)}` });
      return;
    }
    if (depth > MAX_DEPTH) {
      report({ code: 'invalid-responses', path, input: undefined, message: `${where(path)}: items are nested more than ${MAX_DEPTH} levels deep; promkit reads no deeper` });
      return;
    }
    stack.push({ list, parent: path, depth, next: 0 });
  };
  pushList(qr.item, root, 1);

  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    if (frame.next >= frame.list.length) {
      stack.pop();
      continue;
    }
    const index = frame.next++;
    const entry: unknown = frame.list[index];
    // Built on demand: most items need no path (only problems and nested lists do).
    const pathOf = (): Path => [...frame.parent, 'item', index];
    if (!isRecord(entry)) {
      report({ code: 'invalid-responses', path: pathOf(), input: entry, message: `${where(pathOf())}: expected a QuestionnaireResponse item, got ${describeValue(entry)}` });
      continue;
    }
    const { linkId } = entry;
    if (typeof linkId !== 'string') {
      report({ code: 'invalid-responses', path: [...pathOf(), 'linkId'], input: linkId, message: `${where(pathOf())}: an item needs a linkId (string), got ${describeValue(linkId)}` });
      continue;
    }
    if (entry.answer !== undefined && !Array.isArray(entry.answer)) {
      report({ code: 'invalid-responses', path: [...pathOf(), 'answer'], input: entry.answer, message: `linkId "${linkId}": answer must be an array, got ${describeValue(entry.answer)}` });
      continue;
    }
    const answers: readonly unknown[] = (entry.answer as unknown[] | undefined) ?? [];
    const hasChildren = Array.isArray(entry.item) && entry.item.length > 0;
    const match = matcher.match(linkId);
    if (match) {
      const item = byId.get(match.itemId) as Item;
      const previous = seen.get(match.itemId);
      if (previous !== undefined) {
        report({
          code: 'invalid-responses',
          path: pathOf(),
          input: linkId,
          message: `linkId "${linkId}" and linkId "${previous}" are both item ${match.itemId} of ${instrument.id}; each item is answered at most once`,
        });
      } else {
        seen.set(match.itemId, linkId);
        if (answers.length > 1) {
          report({ code: 'invalid-responses', path: [...pathOf(), 'answer'], input: answers, message: `linkId "${linkId}"${linkId === match.itemId ? '' : ` (item ${match.itemId})`} has ${answers.length} answers; it is a single-answer item and takes one` });
        } else if (answers.length === 1) {
          const reading = readFhirAnswer(answers[0], item, {
            instrumentId: instrument.id,
            ...(options.questionnaire?.items.has(linkId) ? { questionnaireItem: options.questionnaire.items.get(linkId) } : {}),
            terminology,
            ...(options.answerWeight ? { answerWeight: options.answerWeight } : {}),
          });
          if (reading.ok) {
            responses[match.itemId] = reading.value;
            matched.push({ itemId: match.itemId, linkId, by: match.by, answer: reading.by });
          } else {
            const answer = answers[0] as Record<string, unknown>;
            const at = [...pathOf(), 'answer', 0];
            report({
              code: reading.code,
              path: reading.at === undefined ? at : [...at, reading.at],
              input: reading.at === undefined ? answers[0] : answer[reading.at],
              message: `linkId "${linkId}"${linkId === match.itemId ? '' : ` (item ${match.itemId})`}: ${reading.message}`,
            });
          }
        } else {
          matched.push({ itemId: match.itemId, linkId, by: match.by, answer: null });
        }
      }
    } else if (answers.length > 0 || !hasChildren) {
      const loinc = matcher.loincOf(linkId);
      const why = whyNot(linkId, answers.length > 0, instrument, loinc, scoreItems, scoreCodes);
      // The instrument's own totals do not count as answers to other questions.
      if (answers.length > 0 && !scoreItems.has(linkId) && !loinc.some((code) => scoreCodes.has(code))) answeredUnknown++;
      if (options.unknownItems === 'error') {
        report({
          code: 'unknown-item',
          path: [...pathOf(), 'linkId'],
          input: linkId,
          message: `linkId "${linkId}": ${why}; the items of ${instrument.id} are ${instrument.items.map((i) => i.id).join(', ')} (pass options.linkIds or options.questionnaire if it is one of them)`,
        });
      } else {
        ignore(linkId, why);
      }
    }
    // Children, read before the next sibling: items nested under each answer (pushed last-first),
    // then the item's own nested items (on top, so read first).
    for (let k = answers.length - 1; k >= 0; k--) {
      const answer = answers[k];
      if (isRecord(answer) && answer.item !== undefined) pushList(answer.item, [...pathOf(), 'answer', k], frame.depth + 1);
    }
    if (entry.item !== undefined) pushList(entry.item, pathOf(), frame.depth + 1);
  }

  if (issues.length === 0 && matched.length === 0 && answeredUnknown > 0) {
    report({
      code: 'unknown-item',
      path: [...root, 'item'],
      input: undefined,
      message:
        `none of the response's ${answeredUnknown} answered items is an item of ${instrument.id} (by item id, LOINC code in the linkId, or LOINC code on the Questionnaire item); ` +
        `pass options.questionnaire (the Questionnaire with item codes) or options.linkIds (e.g. { "q1": "${instrument.items[0]?.id}" })`,
    });
  }
  if (extraIssues > 0) {
    issues.push({ code: 'invalid-responses', path: root, input: undefined, message: `and ${extraIssues} more problems (only the first ${MAX_ISSUES} are listed)` });
  }
  if (issues.length > 0) throw new PromkitError(issues);
  matched.sort((a, b) => (known.order.get(a.itemId) as number) - (known.order.get(b.itemId) as number));
  return { responses, matched, ignored, ignoredCount };
}

/** What reading needs to know of an instrument, built once per definition. */
interface InstrumentIndex {
  readonly byId: ReadonlyMap<string, Item>;
  readonly order: ReadonlyMap<string, number>;
  readonly scoreItems: ReadonlyMap<string, string>;
  readonly scoreCodes: ReadonlyMap<string, string>;
  readonly plainMatcher: ReturnType<typeof fhirLinkIdMatcher>;
}

// Definitions are frozen, so what is derived from one never goes stale; a WeakMap lets it go with the definition.
const indexes = new WeakMap<Instrument, InstrumentIndex>();
const NO_TERMINOLOGY = indexTerminologyWeights([]);

function indexOf(instrument: Instrument): InstrumentIndex {
  let index = indexes.get(instrument);
  if (index) return index;
  const scoreCodes = new Map<string, string>();
  for (const score of instrument.scores) {
    if (score.loinc) scoreCodes.set(score.loinc, score.label);
    if (score.tScoreLoinc) scoreCodes.set(score.tScoreLoinc, /T-score/.test(score.label) ? score.label : `${score.label} (T-score)`);
  }
  index = {
    byId: new Map(instrument.items.map((item) => [item.id, item] as const)),
    order: new Map(instrument.items.map((item, i) => [item.id, i] as const)),
    scoreItems: new Map(instrument.scores.map((score) => [scoreLinkId(instrument.id, score.name), score.label] as const)),
    scoreCodes,
    plainMatcher: fhirLinkIdMatcher(instrument, new Map(), {}),
  };
  indexes.set(instrument, index);
  return index;
}

function whyNot(
  linkId: string,
  answered: boolean,
  instrument: Instrument,
  loinc: readonly string[],
  scoreItems: ReadonlyMap<string, string>,
  scoreCodes: ReadonlyMap<string, string>,
): string {
  const scoreItem = scoreItems.get(linkId);
  if (scoreItem) return `${scoreItem}, calculated: promkit recomputes it`;
  const scoreCode = loinc.find((code) => scoreCodes.has(code));
  if (scoreCode) return `${scoreCodes.get(scoreCode)} (LOINC ${scoreCode}): promkit recomputes it`;
  if (!answered) return `no answer, and not an item of ${instrument.id}: a display item or an unanswered question`;
  if (loinc.length > 0) return `not an item of ${instrument.id}: LOINC ${loinc.join(', ')} is none of its item codes`;
  return `not an item of ${instrument.id}`;
}

function containedOf(qr: QuestionnaireResponse, report: (issue: PromkitIssue) => void): Record<string, unknown>[] {
  const contained: unknown = qr.contained;
  if (contained === undefined) return [];
  if (!Array.isArray(contained)) {
    report({ code: 'invalid-responses', path: ['questionnaireResponse', 'contained'], input: contained, message: `QuestionnaireResponse.contained: expected an array of resources, got ${describeValue(contained)}` });
    return [];
  }
  return contained.filter(isRecord);
}

/** `QuestionnaireResponse.item[2].answer[0]` from a path. */
export function where(path: Path): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`))
    .join('')
    .slice(1)
    .replace(/^questionnaireResponse\.?/, 'QuestionnaireResponse.');
}
