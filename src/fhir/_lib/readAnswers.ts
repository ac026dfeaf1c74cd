import type { QuestionnaireResponse } from 'fhir/r4';
import { describeValue, PromkitError, type PromkitIssue } from '../../errors.js';
import type { Instrument, Item } from '../../model/schema.js';
import { answerCoding } from './answerCoding.js';
import { EXT, PROMKIT_CODE_SYSTEMS } from './constants.js';
import { scoreLinkId } from './scoreLinkId.js';

type Path = readonly (string | number)[];

interface Reader {
  readonly instrument: Instrument;
  readonly byId: ReadonlyMap<string, Item>;
  readonly scoreLinkIds: ReadonlySet<string>;
  readonly seen: Set<string>;
  readonly responses: Record<string, number>;
  readonly issues: PromkitIssue[];
}

const ROOT: Path = ['questionnaireResponse'];

/**
 * Reads the answers of a QuestionnaireResponse into promkit responses keyed by item id.
 *
 * Items are matched by `linkId` anywhere in the tree (top level, inside groups, or nested under
 * an answer). An item without answers is unanswered. Calculated score items
 * (`${instrument}-${score}`) are skipped: promkit recomputes them. A choice answer is matched to
 * an option by its code (LOINC LA code or promkit answer code; a Coding without `system` matches
 * on `code`), else by an `itemWeight`/`ordinalValue` extension on the Coding or the answer.
 * Numeric items take `valueInteger` (integer items) or `valueDecimal`/`valueInteger`.
 *
 * @throws {PromkitError} every problem found, each naming the linkId and the value: `unknown-item`,
 *   `not-an-option`, `invalid-type`, `not-finite`, `not-an-integer`, `out-of-range`, and
 *   `invalid-responses` for malformed items, repeated answers and an item answered twice
 * @internal
 */
export function readAnswers(qr: QuestionnaireResponse, instrument: Instrument): Record<string, number> {
  const reader: Reader = {
    instrument,
    byId: new Map(instrument.items.map((item) => [item.id, item] as const)),
    scoreLinkIds: new Set(instrument.scores.map((score) => scoreLinkId(instrument.id, score.name))),
    seen: new Set(),
    responses: {},
    issues: [],
  };
  readItems(qr.item, ROOT, reader);
  if (reader.issues.length > 0) throw new PromkitError(reader.issues);
  return reader.responses;
}

function readItems(items: unknown, path: Path, reader: Reader): void {
  if (items === undefined) return;
  if (!Array.isArray(items)) {
    reader.issues.push({ code: 'invalid-responses', path: [...path, 'item'], input: items, message: `${where([...path, 'item'])}: expected an array of items, got ${describeValue(items)}` });
    return;
  }
  items.forEach((entry, i) => readItem(entry, [...path, 'item', i], reader));
}

function readItem(entry: unknown, path: Path, reader: Reader): void {
  const { issues } = reader;
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
    issues.push({ code: 'invalid-responses', path, input: entry, message: `${where(path)}: expected a QuestionnaireResponse item, got ${describeValue(entry)}` });
    return;
  }
  const record = entry as { linkId?: unknown; answer?: unknown; item?: unknown };
  const { linkId } = record;
  if (typeof linkId !== 'string') {
    issues.push({ code: 'invalid-responses', path: [...path, 'linkId'], input: linkId, message: `${where(path)}: an item needs a linkId (string), got ${describeValue(linkId)}` });
    return;
  }
  if (record.answer !== undefined && !Array.isArray(record.answer)) {
    issues.push({ code: 'invalid-responses', path: [...path, 'answer'], input: record.answer, message: `linkId "${linkId}": answer must be an array, got ${describeValue(record.answer)}` });
    return;
  }
  const answers: readonly unknown[] = record.answer ?? [];
  const item = reader.byId.get(linkId);
  if (item) {
    if (reader.seen.has(linkId)) {
      issues.push({ code: 'invalid-responses', path, input: entry, message: `linkId "${linkId}" appears more than once; each item of ${reader.instrument.id} is answered at most once` });
    }
    reader.seen.add(linkId);
    if (answers.length > 1) {
      issues.push({
        code: 'invalid-responses',
        path: [...path, 'answer'],
        input: answers,
        message: `linkId "${linkId}" has ${answers.length} answers (${answers.map(answerText).join(', ')}); it is a single-answer item and takes one`,
      });
    } else if (answers.length === 1) {
      const value = readAnswer(answers[0], item, [...path, 'answer', 0], reader);
      if (value !== undefined) reader.responses[item.id] = value;
    }
  } else if (reader.scoreLinkIds.has(linkId)) {
    return;
  } else if (answers.length > 0 || !Array.isArray(record.item) || record.item.length === 0) {
    const ids = reader.instrument.items.map((candidate) => candidate.id);
    issues.push({
      code: 'unknown-item',
      path: [...path, 'linkId'],
      input: linkId,
      message: `linkId "${linkId}" is not an item of ${reader.instrument.id}; its items are ${ids.join(', ')} (groups may have any linkId, but carry no answers)`,
    });
    return;
  }
  readItems(record.item, path, reader);
  answers.forEach((answer, k) => {
    if (answer !== null && typeof answer === 'object' && 'item' in answer) readItems((answer as { item?: unknown }).item, [...path, 'answer', k], reader);
  });
}

function readAnswer(answer: unknown, item: Item, path: Path, reader: Reader): number | undefined {
  const { issues } = reader;
  const linkId = item.id;
  if (answer === null || typeof answer !== 'object' || Array.isArray(answer)) {
    issues.push({ code: 'invalid-responses', path, input: answer, message: `linkId "${linkId}": expected an answer object with one value[x], got ${describeValue(answer)}` });
    return undefined;
  }
  const record = answer as Record<string, unknown>;
  const keys = Object.keys(record).filter((key) => key.startsWith('value'));
  if (keys.length !== 1) {
    issues.push({
      code: 'invalid-responses',
      path,
      input: answer,
      message: `linkId "${linkId}": an answer carries exactly one value[x], got ${keys.length === 0 ? 'none' : keys.join(', ')}`,
    });
    return undefined;
  }
  const key = keys[0] as string;
  const value = record[key];
  const at = [...path, key];
  const push = (code: PromkitIssue['code'], what: string, allowed: string) =>
    issues.push({ code, path: at, input: value, message: `linkId "${linkId}": ${what}; allowed: ${allowed}` });

  if (item.options) {
    const allowed = `valueCoding, one of ${item.options.map((option) => { const c = answerCoding(reader.instrument.id, item, option); return `${c.code} "${option.label}" (${option.value})`; }).join(', ')}`;
    if (key !== 'valueCoding') {
      push('invalid-type', `${key} ${describeValue(value)} is the wrong type for a choice item`, allowed);
      return undefined;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      push('invalid-type', `valueCoding ${describeValue(value)} is not a Coding`, allowed);
      return undefined;
    }
    const coding = value as { system?: unknown; code?: unknown; display?: unknown; extension?: unknown };
    for (const option of item.options) {
      const candidates = [answerCoding(reader.instrument.id, item, option), { system: PROMKIT_CODE_SYSTEMS.answer, code: `${reader.instrument.id}.${item.id}=${option.value}` }];
      if (candidates.some((c) => coding.code === c.code && (coding.system === undefined || coding.system === c.system))) return option.value;
    }
    const weight = weightOf(coding.extension) ?? weightOf(record.extension);
    if (weight !== undefined) {
      // Weights are scored values; several options may share one (a recode), so only a unique match counts.
      const matches = item.options.filter((candidate) => (candidate.scoredAs ?? candidate.value) === weight);
      if (matches.length === 1) return (matches[0] as (typeof matches)[number]).value;
    }
    push('not-an-option', `answer ${codingText(coding)}${weight === undefined ? '' : ` with weight ${weight}`} matches no response option`, allowed);
    return undefined;
  }

  const numeric = item.numeric as NonNullable<Item['numeric']>;
  const { min, max, integer } = numeric;
  const allowed = `${integer ? 'valueInteger, a whole number' : 'valueDecimal (or valueInteger), a number'} from ${min} to ${max}`;
  if (key !== 'valueInteger' && (integer || key !== 'valueDecimal')) {
    push('invalid-type', `${key} ${describeValue(value)} is the wrong type for ${integer ? 'an integer' : 'a decimal'} item`, allowed);
  } else if (typeof value !== 'number') {
    push('invalid-type', `${key} ${describeValue(value)} is not a number (answers are never converted)`, allowed);
  } else if (!Number.isFinite(value)) {
    push('not-finite', `${key} ${describeValue(value)} is not a finite number`, allowed);
  } else if ((integer || key === 'valueInteger') && !Number.isInteger(value)) {
    push('not-an-integer', `${key} ${value} is not a whole number`, allowed);
  } else if (value < min || value > max) {
    push('out-of-range', `${key} ${value} is out of range`, allowed);
  } else {
    return value;
  }
  return undefined;
}

/** The value of the first `itemWeight` or `ordinalValue` extension, if any. */
function weightOf(extensions: unknown): number | undefined {
  if (!Array.isArray(extensions)) return undefined;
  for (const extension of extensions) {
    const { url, valueDecimal } = (extension ?? {}) as { url?: unknown; valueDecimal?: unknown };
    if ((url === EXT.itemWeight || url === EXT.ordinalValue) && typeof valueDecimal === 'number') return valueDecimal;
  }
  return undefined;
}

function codingText(coding: { system?: unknown; code?: unknown; display?: unknown }): string {
  const code = typeof coding.code === 'string' ? coding.code : describeValue(coding.code);
  const display = typeof coding.display === 'string' ? ` (${JSON.stringify(coding.display)})` : '';
  return typeof coding.system === 'string' ? `${coding.system}|${code}${display}` : `code ${JSON.stringify(code)}${display}`;
}

function answerText(answer: unknown): string {
  if (answer === null || typeof answer !== 'object') return describeValue(answer);
  const record = answer as Record<string, unknown>;
  const key = Object.keys(record).find((k) => k.startsWith('value'));
  if (!key) return 'no value';
  const value = record[key];
  if (key === 'valueCoding' && value !== null && typeof value === 'object') return codingText(value as { code?: unknown });
  return describeValue(value);
}

function where(path: Path): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('').slice(1).replace(/^questionnaireResponse\.?/, 'QuestionnaireResponse.');
}
