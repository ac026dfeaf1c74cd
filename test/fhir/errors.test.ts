/**
 * Error cases of the FHIR adapters: each is a PromkitError whose issues name the linkId (or the
 * option) and the value received, with a path into the input.
 */
import type { QuestionnaireResponse } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { gasToObservation, identifyInstrument, scoreQuestionnaireResponse, toObservations, toQuestionnaire } from '../../src/fhir/index.js';
import { score } from '../../src/engine/score.js';
import { PromkitError, type PromkitIssue } from '../../src/errors.js';
import { gad7, nrs, phq9, vas } from '../../src/instruments/index.js';
import { fill } from './helpers.js';
import { issuesOf } from '../promkitError.js';

const q = toQuestionnaire(phq9);
const answers = { phq9_1: 1, phq9_2: 2, phq9_3: 1, phq9_4: 2, phq9_5: 1, phq9_6: 1, phq9_7: 2, phq9_8: 1, phq9_9: 0 };
const good = fill(q, phq9, answers);
const withItem = (i: number, change: (item: NonNullable<QuestionnaireResponse['item']>[number]) => void): QuestionnaireResponse => {
  const qr = structuredClone(good);
  change(qr.item![i]!);
  return qr;
};
const scorePhq9 = (qr: unknown) => () => scoreQuestionnaireResponse(qr as QuestionnaireResponse, { instrument: phq9 });

describe('scoreQuestionnaireResponse: answers', () => {
  it("an unknown linkId is ignored and listed; with unknownItems: 'error' it is unknown-item, naming it and listing the items", () => {
    const qr = structuredClone(good);
    qr.item!.push({ linkId: 'phq9_10', answer: [{ valueCoding: { system: 'http://loinc.org', code: 'LA6568-5' } }] });
    expect(scoreQuestionnaireResponse(qr, { instrument: phq9 }).ignored).toEqual([{ linkId: 'phq9_10', why: 'not an item of phq-9' }]);
    const [issue] = issuesOf(() => scoreQuestionnaireResponse(qr, { instrument: phq9, unknownItems: 'error' }));
    expect(issue).toMatchObject({ code: 'unknown-item', path: ['questionnaireResponse', 'item', 9, 'linkId'], input: 'phq9_10' });
    expect(issue!.message).toMatch(/^linkId "phq9_10": not an item of phq-9; the items of phq-9 are phq9_1, phq9_2/);
  });

  it("another instrument's calculated score item is ignored too (unknown-item when strict)", () => {
    const qr = structuredClone(good);
    qr.item!.push({ linkId: 'gad-7-total', answer: [{ valueInteger: 3 }] });
    expect(scoreQuestionnaireResponse(qr, { instrument: phq9 }).ignoredCount).toBe(1);
    expect(issuesOf(() => scoreQuestionnaireResponse(qr, { instrument: phq9, unknownItems: 'error' }))[0]).toMatchObject({ code: 'unknown-item', input: 'gad-7-total' });
  });

  it('a coding that matches no option is not-an-option, naming the linkId, the code and the allowed codes', () => {
    const qr = withItem(2, (item) => (item.answer = [{ valueCoding: { system: 'http://loinc.org', code: 'LA9999-9', display: 'Sometimes' } }]));
    const [issue] = issuesOf(scorePhq9(qr));
    expect(issue).toMatchObject({ code: 'not-an-option', path: ['questionnaireResponse', 'item', 2, 'answer', 0, 'valueCoding'] });
    expect(issue!.input).toEqual({ system: 'http://loinc.org', code: 'LA9999-9', display: 'Sometimes' });
    expect(issue!.message).toBe(
      'linkId "phq9_3": answer http://loinc.org|LA9999-9 ("Sometimes") matches no response option and no weight was found for it; allowed: LA6568-5 "Not at all" (0), LA6569-3 "Several days" (1), LA6570-1 "More than half the days" (2), LA6571-9 "Nearly every day" (3). ' +
        'Pass options.questionnaire (its answerOption weights), options.valueSets (a ValueSet or CodeSystem with itemWeight), or options.answerWeight',
    );
  });

  it('a right code in the wrong system, or a weight that is no option, does not match', () => {
    const wrongSystem = withItem(0, (item) => (item.answer = [{ valueCoding: { system: 'http://snomed.info/sct', code: 'LA6568-5' } }]));
    expect(issuesOf(scorePhq9(wrongSystem))[0]!.code).toBe('not-an-option');
    const badWeight = withItem(0, (item) => (item.answer = [{ valueCoding: { code: 'x', extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/itemWeight', valueDecimal: 7 }] } }]));
    expect(issuesOf(scorePhq9(badWeight))[0]!.message).toMatch(/^linkId "phq9_1": code "x" has weight 7 \(from the answer's itemWeight\/ordinalValue extension\), which is the score of none of its options/);
  });

  it('wrong value types are invalid-type, naming the linkId, the value and the type expected', () => {
    const text = withItem(0, (item) => (item.answer = [{ valueString: 'Several days' }]));
    expect(issuesOf(scorePhq9(text))[0]).toMatchObject({ code: 'invalid-type', path: ['questionnaireResponse', 'item', 0, 'answer', 0, 'valueString'], input: 'Several days' });
    const integer = withItem(0, (item) => (item.answer = [{ valueInteger: 7 }]));
    expect(issuesOf(scorePhq9(integer))[0]!.message).toMatch(/^linkId "phq9_1": valueInteger 7 is not one of its option values; allowed: LA6568-5/);
    // A number that is an option's value is that option, as score() reads numbers.
    expect(scoreQuestionnaireResponse(withItem(0, (item) => (item.answer = [{ valueInteger: 3 }])), { instrument: phq9 }).scores.total!.value).toBe(13);

    const nrsQr = (answer: object) => ({ resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'nrs_1', answer: [answer] }] });
    const decimal = issuesOf(() => scoreQuestionnaireResponse(nrsQr({ valueDecimal: 4.5 }) as QuestionnaireResponse, { instrument: nrs }))[0]!;
    expect(decimal).toMatchObject({ code: 'not-an-integer', input: 4.5 });
    expect(decimal.message).toBe('linkId "nrs_1": 4.5 is not a whole number; allowed: a whole number from 0 to 10 (valueInteger, valueDecimal, or a Coding whose weight or display is that number)');
    const stringly = issuesOf(() => scoreQuestionnaireResponse(nrsQr({ valueInteger: '4' }) as QuestionnaireResponse, { instrument: nrs }))[0]!;
    expect(stringly).toMatchObject({ code: 'invalid-type', input: '4' });
    const coding = issuesOf(() => scoreQuestionnaireResponse(nrsQr({ valueCoding: { code: '4' } }) as QuestionnaireResponse, { instrument: nrs }))[0]!;
    expect(coding.code).toBe('invalid-type');
  });

  it('numeric answers out of range or not whole are out-of-range / not-an-integer', () => {
    const qr = (linkId: string, answer: object) => ({ resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId, answer: [answer] }] }) as QuestionnaireResponse;
    expect(issuesOf(() => scoreQuestionnaireResponse(qr('nrs_1', { valueInteger: 11 }), { instrument: nrs }))[0]).toMatchObject({ code: 'out-of-range', input: 11 });
    expect(issuesOf(() => scoreQuestionnaireResponse(qr('nrs_1', { valueInteger: 2.5 }), { instrument: nrs }))[0]).toMatchObject({ code: 'not-an-integer', input: 2.5 });
    expect(issuesOf(() => scoreQuestionnaireResponse(qr('vas_1', { valueDecimal: -0.5 }), { instrument: vas }))[0]!.message).toBe(
      'linkId "vas_1": -0.5 is out of range; allowed: a number from 0 to 100 (valueInteger, valueDecimal, or a Coding whose weight or display is that number)',
    );
    expect(scoreQuestionnaireResponse(qr('vas_1', { valueInteger: 40 }), { instrument: vas }).scores.total!.value).toBe(40);
  });

  it('more than one answer to a single-choice item is invalid-responses, listing the answers', () => {
    const qr = withItem(4, (item) => item.answer!.push({ valueCoding: { system: 'http://loinc.org', code: 'LA6571-9' } }));
    const [issue] = issuesOf(scorePhq9(qr));
    expect(issue).toMatchObject({ code: 'invalid-responses', path: ['questionnaireResponse', 'item', 4, 'answer'] });
    expect(issue!.message).toBe('linkId "phq9_5" has 2 answers; it is a single-answer item and takes one');
  });

  it('an item answered twice (e.g. in two groups) is invalid-responses', () => {
    const qr = structuredClone(good);
    qr.item = [{ linkId: 'a', item: qr.item! }, { linkId: 'b', item: [structuredClone(qr.item![0]!)] }];
    expect(issuesOf(scorePhq9(qr))[0]).toMatchObject({ code: 'invalid-responses', path: ['questionnaireResponse', 'item', 1, 'item', 0] });
  });

  it('an answer without exactly one value[x], and malformed items, are invalid-responses', () => {
    expect(issuesOf(scorePhq9(withItem(0, (item) => (item.answer = [{}]))))[0]!.message).toBe('linkId "phq9_1": an answer carries exactly one value[x], got none');
    expect(issuesOf(scorePhq9({ ...good, item: [{ answer: [] }] }))[0]).toMatchObject({ code: 'invalid-responses', path: ['questionnaireResponse', 'item', 0, 'linkId'] });
    expect(issuesOf(scorePhq9({ ...good, item: 'phq9_1' }))[0]).toMatchObject({ code: 'invalid-responses', path: ['questionnaireResponse', 'item'] });
  });

  it('reports every problem at once, in document order', () => {
    const qr = structuredClone(good);
    qr.item![0]!.answer = [{ valueString: 'x' }];
    qr.item![8]!.answer = [{ valueCoding: { code: 'nope' } }];
    qr.item!.push({ linkId: 'extra', answer: [{ valueBoolean: true }] });
    expect(issuesOf(() => scoreQuestionnaireResponse(qr, { instrument: phq9, unknownItems: 'error' })).map((issue) => issue.code)).toEqual(['invalid-type', 'not-an-option', 'unknown-item']);
  });

  it('an answer the engine would refuse never reaches it: score() agrees on the valid ones', () => {
    expect(scoreQuestionnaireResponse(good, { instrument: phq9 })).toMatchObject(score(phq9, answers));
  });
});

describe('scoreQuestionnaireResponse / identifyInstrument: which questionnaire', () => {
  it('a named instrument is trusted over the URL: items decide, and a response with none of its items is refused', () => {
    const [issue] = issuesOf(() => scoreQuestionnaireResponse(good, { instrument: gad7 }));
    expect(issue).toMatchObject({ code: 'unknown-item', path: ['questionnaireResponse', 'item'] });
    expect(issue!.message).toMatch(/^none of the response's 9 answered items is an item of gad-7 .*pass options.questionnaire .* or options.linkIds/);
    // A clinic's own canonical URL is fine when the caller names the instrument.
    expect(scoreQuestionnaireResponse({ ...good, questionnaire: 'https://forms.example.org/Questionnaire/phq9|3' }, { instrument: phq9 }).scores.total!.value).toBe(11);
  });

  it('a response to another base is found only with that base', () => {
    const own = fill(toQuestionnaire(phq9, { base: 'https://fhir.example.org' }), phq9, answers);
    expect(issuesOf(() => scoreQuestionnaireResponse(own, { instruments: [phq9, gad7] }))[0]!.message).toMatch(
      /^QuestionnaireResponse.questionnaire "https:\/\/fhir.example.org\/Questionnaire\/phq-9" is none of promkit's Questionnaires \(https:\/\/example.org\/promkit\/Questionnaire\/phq-9, .*pass \{ instrument \}/,
    );
    expect(scoreQuestionnaireResponse(own, { instruments: [phq9, gad7], base: 'https://fhir.example.org' }).scores.total!.value).toBe(11);
  });

  it('another version of the questionnaire is invalid-argument', () => {
    const qr = { ...good, questionnaire: `${q.url}|2.0` };
    const message = 'QuestionnaireResponse.questionnaire asks for version "2.0" of phq-9; this definition is version "PHQ-9-Kroenke-2001"';
    expect(issuesOf(() => scoreQuestionnaireResponse(qr, { instrument: phq9 }))[0]!.message).toBe(message);
    expect(issuesOf(() => identifyInstrument(qr, [phq9]))[0]!.message).toBe(message);
  });

  it('no way to identify the instrument is invalid-argument', () => {
    expect(issuesOf(() => scoreQuestionnaireResponse(good))[0]).toMatchObject({ code: 'invalid-argument', path: ['options'] });
    expect(issuesOf(() => scoreQuestionnaireResponse(good, {}))[0]!.message).toMatch(/pass \{ instrument \} or \{ instruments \}/);
    const anonymous = { ...good, questionnaire: undefined };
    expect(issuesOf(() => scoreQuestionnaireResponse(anonymous, { instruments: [phq9] }))[0]!.message).toMatch(/questionnaire is missing and no LOINC panel code names the instrument/);
    expect(scoreQuestionnaireResponse(anonymous, { instrument: phq9 }).scores.total!.value).toBe(11);
    expect(issuesOf(() => identifyInstrument(good, []))[0]).toMatchObject({ code: 'invalid-argument', path: ['instruments'] });
  });

  it('not a QuestionnaireResponse, or one entered in error, is invalid-argument', () => {
    expect(issuesOf(() => scoreQuestionnaireResponse(q as never, { instrument: phq9 }))[0]!.message).toBe('questionnaireResponse: expected a FHIR QuestionnaireResponse, got a "Questionnaire" resource');
    expect(issuesOf(() => scoreQuestionnaireResponse(null as never, { instrument: phq9 }))[0]!.code).toBe('invalid-argument');
    expect(issuesOf(() => scoreQuestionnaireResponse({ ...good, status: 'entered-in-error' }, { instrument: phq9 }))[0]).toMatchObject({ path: ['questionnaireResponse', 'status'] });
  });
});

describe('options and context', () => {
  it('toQuestionnaire refuses a bad base, status or date', () => {
    expect(issuesOf(() => toQuestionnaire(phq9, { base: 'example.org/fhir' }))[0]).toMatchObject({ code: 'invalid-argument', path: ['options', 'base'] });
    expect(issuesOf(() => toQuestionnaire(phq9, { status: 'published' as never }))[0]!.path).toEqual(['options', 'status']);
    expect(issuesOf(() => toQuestionnaire(phq9, { date: '31/01/2025' }))[0]!.message).toMatch(/^options.date: expected a FHIR dateTime/);
    expect(issuesOf(() => toQuestionnaire({ id: 'x' } as never))[0]!.code).toBe('invalid-definition');
  });

  it('toObservations refuses a result of another instrument and malformed context fields', () => {
    const result = score(phq9, answers);
    expect(issuesOf(() => toObservations(result, { instrument: gad7 }))[0]!.message).toBe(
      'context.instrument is gad-7, but the result was scored with "phq-9"; pass the definition that produced the result',
    );
    expect(issuesOf(() => toObservations(result, { instrument: phq9, effectiveDateTime: '14 March 2025' }))[0]!.path).toEqual(['context', 'effectiveDateTime']);
    const renamed = issuesOf(() => toObservations(result, { instrument: phq9, effective: '2025-03-14' } as never))[0]!;
    expect(renamed).toMatchObject({ code: 'invalid-argument', path: ['context', 'effective'] });
    expect(renamed.message).toMatch(/^context.effective is not a context field: use the FHIR names effectiveDateTime \(a dateTime\) or effectivePeriod \(a Period\)/);
    expect(issuesOf(() => toObservations(result, { instrument: phq9, effectiveDate: '2025-03-14' } as never))[0]!.path).toEqual(['context', 'effectiveDate']);
    expect(issuesOf(() => toObservations(result, { instrument: phq9, issued: '2025-03-14' }))[0]!.message).toMatch(/context.issued: expected a FHIR instant/);
    expect(issuesOf(() => toObservations(result, { instrument: phq9, subject: 'Patient/1' as never }))[0]!.path).toEqual(['context', 'subject']);
    expect(issuesOf(() => toObservations(result, undefined as never))[0]!.path).toEqual(['context', 'instrument']);
    expect(issuesOf(() => toObservations(result, 'phq-9' as never))[0]!.path).toEqual(['context']);
  });

  it('gasToObservation refuses a T-score that is not a finite number or null, and a malformed LOINC code', () => {
    expect(issuesOf(() => gasToObservation({ tScore: Number.NaN }, {}))[0]).toMatchObject({ code: 'invalid-argument', path: ['gas', 'tScore'] });
    expect(issuesOf(() => gasToObservation({ tScore: 50 }, { loinc: { code: 'LA6568-5' } }))[0]!.path).toEqual(['context', 'loinc']);
  });
});
