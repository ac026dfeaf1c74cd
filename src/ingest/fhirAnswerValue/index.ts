/**
 * Reads one QuestionnaireResponse answer (`{ valueCoding | valueInteger | valueDecimal | … }`)
 * as the value of an instrument item, by the rules of `docs/fhir.md`.
 *
 * Choice items (with response options):
 * 1. `option-code`: a Coding that is one of the item's options: its LOINC answer code (LA…) or
 *    promkit's answer code (`phq-9.phq9_1=2`); a Coding without `system` matches on `code`;
 * 2. `weight`: else the weight found for the Coding (an `itemWeight` / `ordinalValue` extension on
 *    the answer or Coding, the Questionnaire's `answerOption`, its `answerValueSet`, or a passed or
 *    contained ValueSet / CodeSystem); a weight is the option's *scored* value (`scoredAs`, else
 *    `value`), so when a recode gives several options one weight the Coding's display must name
 *    one of them, or the answer is refused as ambiguous;
 * 3. `answer-weight`: else the caller's `answerWeight(coding, item)`, read the same way;
 * 4. `number`: a `valueInteger` / `valueDecimal` equal to an option's value (as `score()` reads numbers).
 *
 * Numeric items: `valueInteger`, `valueDecimal` (`number`), or a Coding whose weight
 * (`weight` / `answer-weight`) or display (`display-number`, e.g. LOINC LA6111-4 "0" … LA13942-0
 * "10") is a number in range. Weights from different sources that disagree, and a weight that
 * disagrees with the Coding's option code or display, are refused: never a guess.
 */
import type { Coding } from 'fhir/r4';
import { describeValue, type PromkitIssueCode } from '../../errors.js';
import type { Item, ResponseOption } from '../../model/schema.js';
import { normalizeLabel } from '../optionLabels/index.js';
import { codeRef, isRecord, weightExtensions, type CodeRef, type QuestionnaireItemInfo } from '../fhirQuestionnaireItems/index.js';
import type { TerminologyWeights, WeightFound } from '../fhirTerminologyWeights/index.js';

/** How an answer was read. */
export type AnswerRule = 'option-code' | 'weight' | 'answer-weight' | 'number' | 'display-number';

/** The caller's last resort for a Coding promkit cannot weigh: its weight, or undefined. */
export type AnswerWeightFn = (coding: Coding, item: Item) => number | undefined;

/** Where weights may come from, besides the answer itself. */
export interface AnswerSources {
  readonly instrumentId: string;
  readonly questionnaireItem?: QuestionnaireItemInfo;
  readonly terminology: TerminologyWeights;
  readonly answerWeight?: AnswerWeightFn;
}

/** An answer read, or why not (`at` is the key under the answer, e.g. `valueCoding`). */
export type AnswerReading =
  | { readonly ok: true; readonly value: number; readonly by: AnswerRule }
  | { readonly ok: false; readonly code: PromkitIssueCode; readonly at?: string; readonly message: string };

const LOINC = 'http://loinc.org';
const PROMKIT_ANSWER_SYSTEM = /\/CodeSystem\/promkit-answer$/;

/**
 * Reads one answer object for an item. Never throws for bad input (the caller's `answerWeight`
 * may throw its own errors, which pass through).
 *
 * @example
 * ```ts
 * readFhirAnswer({ valueCoding: { system: 'http://loinc.org', code: 'LA6570-1' } }, phq9.items[0], sources);
 * //=> { ok: true, value: 2, by: 'option-code' }
 * ```
 */
export function readFhirAnswer(answer: unknown, item: Item, sources: AnswerSources): AnswerReading {
  if (!isRecord(answer)) return problem('invalid-responses', undefined, `expected an answer object with one value[x], got ${describeValue(answer)}`);
  const keys = Object.keys(answer).filter((key) => key.startsWith('value'));
  if (keys.length !== 1) {
    return problem('invalid-responses', undefined, `an answer carries exactly one value[x], got ${keys.length === 0 ? 'none' : keys.join(', ')}`);
  }
  const key = keys[0] as string;
  const value = answer[key];
  return item.options ? readChoice(key, value, answer, item, item.options, sources) : readNumeric(key, value, answer, item, sources);
}

function readChoice(key: string, value: unknown, answer: Record<string, unknown>, item: Item, options: readonly ResponseOption[], sources: AnswerSources): AnswerReading {
  // Built only for messages: a getter keeps the common path free of string work.
  const text = { get allowed(): string { return allowedText(item, options, sources.instrumentId); } };
  if (key === 'valueInteger' || key === 'valueDecimal') {
    if (typeof value === 'number' && Number.isFinite(value)) {
      const option = options.find((candidate) => candidate.value === value);
      if (option) return { ok: true, value: option.value, by: 'number' };
    }
    return problem('not-an-option', key, `${key} ${describeValue(value)} is not one of its option values; allowed: ${text.allowed}`);
  }
  if (key !== 'valueCoding') return problem('invalid-type', key, `${key} ${describeValue(value)} is the wrong type for a choice item; allowed: ${text.allowed}`);
  const coding = codeRef(value);
  if (!coding) return problem('invalid-type', key, `valueCoding ${describeValue(value)} is not a Coding with a string code; allowed: ${text.allowed}`);

  const byCode = optionByCode(coding, options, item, sources.instrumentId);
  const weights = weightsFor(coding, answer, value, sources);
  const distinct = weights.length < 2 ? weights.map((w) => w.weight) : [...new Set(weights.map((w) => w.weight))];
  if (distinct.length > 1) return conflict(item, coding, weights);
  if (byCode) {
    const scored = byCode.scoredAs ?? byCode.value;
    if (distinct.length === 1 && distinct[0] !== scored) {
      return problem('not-an-option', key, `${codingText(coding)} is option ${JSON.stringify(byCode.label)} (scored ${scored}), but ${weights[0]?.source} gives it weight ${distinct[0]}; promkit will not guess which is right`);
    }
    return { ok: true, value: byCode.value, by: 'option-code' };
  }
  if (distinct.length === 1) return fromWeight(distinct[0] as number, 'weight', coding, item, options, text, key, weights[0]?.source ?? 'a weight');
  if (sources.answerWeight) {
    const weight = sources.answerWeight(codingArgument(value), item);
    if (weight !== undefined) {
      if (typeof weight !== 'number' || !Number.isFinite(weight)) {
        return problem('invalid-argument', key, `options.answerWeight returned ${describeValue(weight)} for ${codingText(coding)}; expected a finite number or undefined`);
      }
      return fromWeight(weight, 'answer-weight', coding, item, options, text, key, 'options.answerWeight');
    }
  }
  return problem(
    'not-an-option',
    key,
    `answer ${codingText(coding)} matches no response option and no weight was found for it; allowed: ${text.allowed}. ` +
      'Pass options.questionnaire (its answerOption weights), options.valueSets (a ValueSet or CodeSystem with itemWeight), or options.answerWeight',
  );
}

function readNumeric(key: string, value: unknown, answer: Record<string, unknown>, item: Item, sources: AnswerSources): AnswerReading {
  const { min, max, integer } = item.numeric as NonNullable<Item['numeric']>;
  const allowed = `${integer ? 'a whole number' : 'a number'} from ${min} to ${max} (valueInteger, valueDecimal, or a Coding whose weight or display is that number)`;
  let number: number;
  let by: AnswerRule = 'number';
  if (key === 'valueInteger' || key === 'valueDecimal') {
    if (typeof value !== 'number') return problem('invalid-type', key, `${key} ${describeValue(value)} is not a number (answers are never converted); allowed: ${allowed}`);
    number = value;
  } else if (key === 'valueCoding') {
    const coding = codeRef(value) ?? (isRecord(value) && typeof value.display === 'string' ? { code: '', display: value.display } : undefined);
    if (!coding) return problem('invalid-type', key, `valueCoding ${describeValue(value)} is not a Coding; allowed: ${allowed}`);
    const weights = weightsFor(coding, answer, value, sources);
    const display = coding.display !== undefined && /^\s*[+-]?\d+(?:\.\d+)?\s*$/.test(coding.display) ? Number(coding.display) : undefined;
    if (display !== undefined) weights.push({ weight: display, source: `its display ${JSON.stringify(coding.display)}` });
    const distinct = [...new Set(weights.map((w) => w.weight))];
    if (distinct.length > 1) return conflict(item, coding, weights);
    if (distinct.length === 1) {
      number = distinct[0] as number;
      by = weights.every((w) => w.source.startsWith('its display')) ? 'display-number' : 'weight';
    } else if (sources.answerWeight && (number = sources.answerWeight(codingArgument(value), item) as number) !== undefined) {
      if (typeof number !== 'number' || !Number.isFinite(number)) {
        return problem('invalid-argument', key, `options.answerWeight returned ${describeValue(number)} for ${codingText(coding)}; expected a finite number or undefined`);
      }
      by = 'answer-weight';
    } else {
      return problem('invalid-type', key, `${codingText(coding)} has no weight and its display is not a number; allowed: ${allowed}; or pass options.answerWeight`);
    }
  } else {
    return problem('invalid-type', key, `${key} ${describeValue(value)} is the wrong type for a numeric item; allowed: ${allowed}`);
  }
  if (!Number.isFinite(number)) return problem('not-finite', key, `${describeValue(number)} is not a finite number; allowed: ${allowed}`);
  if (integer && !Number.isInteger(number)) return problem('not-an-integer', key, `${number} is not a whole number; allowed: ${allowed}`);
  if (number < min || number > max) return problem('out-of-range', key, `${number} is out of range; allowed: ${allowed}`);
  return { ok: true, value: Object.is(number, -0) ? 0 : number, by };
}

/** Maps a weight (a scored value) to the option it stands for. */
function fromWeight(weight: number, by: AnswerRule, coding: CodeRef, item: Item, options: readonly ResponseOption[], text: { readonly allowed: string }, key: string, source: string): AnswerReading {
  const matches = options.filter((option) => (option.scoredAs ?? option.value) === weight);
  if (matches.length === 1) return { ok: true, value: (matches[0] as ResponseOption).value, by };
  if (matches.length > 1) {
    const label = coding.display === undefined ? undefined : normalizeLabel(coding.display);
    const named = label === undefined ? [] : matches.filter((option) => normalizeLabel(option.label) === label);
    if (named.length === 1) return { ok: true, value: (named[0] as ResponseOption).value, by };
    return problem(
      'not-an-option',
      key,
      `${codingText(coding)} has weight ${weight} (from ${source}), which the manual's recode gives ${matches.length} options (${matches.map((o) => JSON.stringify(o.label)).join(', ')}) and its display names none of them; pass options.answerWeight or answer with the option's code`,
    );
  }
  return problem('not-an-option', key, `${codingText(coding)} has weight ${weight} (from ${source}), which is the score of none of its options; allowed: ${text.allowed}`);
}

function weightsFor(coding: CodeRef, answer: Record<string, unknown>, value: unknown, sources: AnswerSources): WeightFound[] {
  const found: WeightFound[] = [];
  if (answer.extension === undefined && !(isRecord(value) && value.extension !== undefined) && sources.questionnaireItem === undefined && sources.terminology.empty) return found;
  for (const weight of [...weightExtensions(answer.extension), ...(isRecord(value) ? weightExtensions(value.extension) : [])]) {
    found.push({ weight, source: 'the answer\'s itemWeight/ordinalValue extension' });
  }
  if (coding.code === '') return found;
  const qItem = sources.questionnaireItem;
  for (const option of qItem?.options ?? []) {
    if (option.coding && sameCode(option.coding, coding)) {
      for (const weight of option.weights) found.push({ weight, source: `the Questionnaire's answerOption of linkId ${JSON.stringify(qItem?.linkId)}` });
    }
  }
  if (qItem?.answerValueSet) found.push(...sources.terminology.fromValueSet(qItem.answerValueSet, coding));
  found.push(...sources.terminology.fromAnyResource(coding));
  return found;
}

/** The option a Coding names: by its LOINC answer code, or by promkit's answer code `<instrument>.<item>=<value>`. */
function optionByCode(coding: CodeRef, options: readonly ResponseOption[], item: Item, instrumentId: string): ResponseOption | undefined {
  const { code, system } = coding;
  if (system === undefined || system === LOINC) {
    for (const option of options) if (option.loinc === code) return option;
  }
  if ((system === undefined || PROMKIT_ANSWER_SYSTEM.test(system)) && code.length > instrumentId.length + item.id.length + 2) {
    const prefix = `${instrumentId}.${item.id}=`;
    if (code.startsWith(prefix)) {
      const rest = code.slice(prefix.length);
      for (const option of options) if (String(option.value) === rest) return option;
    }
  }
  return undefined;
}

function sameCode(a: CodeRef, b: CodeRef): boolean {
  return a.code === b.code && (a.system === undefined || b.system === undefined || a.system === b.system);
}

function conflict(item: Item, coding: CodeRef, weights: readonly WeightFound[]): AnswerReading {
  const listed = weights.map((w) => `${w.weight} (${w.source})`).join(', ');
  return problem('not-an-option', 'valueCoding', `${codingText(coding)} has conflicting weights: ${listed}; promkit will not guess which is right`);
}

function allowedText(item: Item, options: readonly ResponseOption[], instrumentId: string): string {
  return options
    .map((option) => `${option.loinc ?? `${instrumentId}.${item.id}=${option.value}`} ${JSON.stringify(option.label)} (${option.value}${option.scoredAs !== undefined ? `, scored ${option.scoredAs}` : ''})`)
    .join(', ');
}

/** The Coding as the caller's callback receives it: a shallow copy of the answer's own. */
function codingArgument(value: unknown): Coding {
  return isRecord(value) ? ({ ...value } as Coding) : {};
}

/** `system|code ("display")` for messages. */
export function codingText(coding: CodeRef): string {
  const display = coding.display === undefined ? '' : ` (${JSON.stringify(coding.display)})`;
  return coding.system === undefined ? `code ${JSON.stringify(coding.code)}${display}` : `${coding.system}|${coding.code}${display}`;
}

function problem(code: PromkitIssueCode, at: string | undefined, message: string): AnswerReading {
  return at === undefined ? { ok: false, code, message } : { ok: false, code, at, message };
}
