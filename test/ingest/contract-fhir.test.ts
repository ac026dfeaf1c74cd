/**
 * The FHIR side of ingest, pinned where the earlier contract tests left room: which LOINC codes
 * pass the check-digit test, and how one QuestionnaireResponse answer is read (which Coding is an
 * option, which weight counts, what is refused and with which message). Written to close mutation
 * gaps (issue 18); every expected value is worked by hand in a comment or follows from the rule
 * stated in src/ingest/fhirAnswerValue (docs/fhir.md).
 */
import { describe, expect, it } from 'vitest';
import { readFhirAnswer, type AnswerSources } from '../../src/ingest/fhirAnswerValue/index.js';
import type { QuestionnaireItemInfo } from '../../src/ingest/fhirQuestionnaireItems/index.js';
import { indexTerminologyWeights } from '../../src/ingest/fhirTerminologyWeights/index.js';
import { hasValidCheckDigit } from '../../src/ingest/loincCodes/index.js';
import { phq9, vas } from '../../src/instruments/index.js';
import type { Item } from '../../src/model/schema.js';

const LOINC = 'http://loinc.org';
const weight = (w: number) => [{ url: 'http://hl7.org/fhir/StructureDefinition/itemWeight', valueDecimal: w }];
const none = indexTerminologyWeights([]);

describe('hasValidCheckDigit: a LOINC code is digits, one hyphen and one check digit', () => {
  // Mod-10 sums worked by hand (double every other digit from the right, add the digits of the
  // products, check digit = (10 − sum mod 10) mod 10):
  //   44250 → 0·2=0, 5, 2·2=4, 4, 4·2=8 → 17+4 = 21 → check 9 (44250-9, PHQ-9 item 1).
  //   "44 50" read with a space as 0 → 0, 5, 0, 4, 8 → 17 → check 3.
  //   "44250 " read with the space as the last digit → 0, 0, 5·2=10→1, 2, 4·2=8, 4 → 15 → check 5.
  // Each code below would pass the sum if whitespace were read as the digit 0; none is a LOINC code.
  it('refuses whitespace inside or around the body, even where the sum would fit', () => {
    expect(hasValidCheckDigit('44250-9')).toBe(true);
    expect(hasValidCheckDigit('44 50-3')).toBe(false);
    expect(hasValidCheckDigit(' 44250-9')).toBe(false);
    expect(hasValidCheckDigit('44250 -5')).toBe(false);
  });
  it('refuses whitespace around the check digit', () => {
    expect(hasValidCheckDigit('44250- 9')).toBe(false);
    expect(hasValidCheckDigit('44250-9 ')).toBe(false);
  });
  it('refuses a code with a second hyphen: a LOINC code has exactly one', () => {
    // 44250-9 alone is valid (sum 21 → 9); a third part, even one after a valid code, is not LOINC.
    expect(hasValidCheckDigit('44250-9-7')).toBe(false);
    expect(hasValidCheckDigit('44250-9-')).toBe(false);
    expect(hasValidCheckDigit('44250-9-9')).toBe(false);
  });
  it('refuses a code without a body, whose empty sum would give check digit 0', () => {
    // An empty body sums to 0, and (10 − 0) mod 10 = 0.
    expect(hasValidCheckDigit('-0')).toBe(false);
  });
});

describe('FHIR answers to a choice item: what is an option, and where weights come from', () => {
  const item = phq9.items[0]!; // LA6568-5 "Not at all" (0) … LA6571-9 "Nearly every day" (3)
  const sources: AnswerSources = { instrumentId: 'phq-9', terminology: none };
  const allowed = 'LA6568-5 "Not at all" (0), LA6569-3 "Several days" (1), LA6570-1 "More than half the days" (2), LA6571-9 "Nearly every day" (3)';
  const withOption = (coding: Record<string, string>, weights: number[]): AnswerSources => ({
    ...sources,
    questionnaireItem: { linkId: 'q1', loinc: [], options: [{ coding: coding as { code: string }, weights }] },
  });

  it('a Coding under another value[x] than valueCoding is the wrong type, not an option', () => {
    expect(readFhirAnswer({ valueString: { system: LOINC, code: 'LA6570-1' } }, item, sources)).toEqual({
      ok: false,
      code: 'invalid-type',
      at: 'valueString',
      message: `valueString an object is the wrong type for a choice item; allowed: ${allowed}`,
    });
  });

  it("promkit's answer code counts only without a system or in promkit's answer code system", () => {
    expect(readFhirAnswer({ valueCoding: { system: 'http://example.org/other', code: 'phq-9.phq9_1=2' } }, item, sources)).toMatchObject({ ok: false, code: 'not-an-option', at: 'valueCoding' });
    expect(readFhirAnswer({ valueCoding: { system: 'https://fhir.example.org/CodeSystem/promkit-answer', code: 'phq-9.phq9_1=2' } }, item, sources)).toEqual({ ok: true, value: 2, by: 'option-code' });
  });

  it("a weight from the Questionnaire's answerOption counts when the codes agree and the systems do not differ", () => {
    // Same code, both systems given and different: a different concept, so no weight.
    expect(readFhirAnswer({ valueCoding: { system: 'http://example.org/b', code: 'often' } }, item, withOption({ system: 'http://example.org/a', code: 'often' }, [2]))).toMatchObject({
      ok: false,
      code: 'not-an-option',
      at: 'valueCoding',
    });
    // A system on one side only: matched on the code.
    expect(readFhirAnswer({ valueCoding: { system: 'http://example.org/b', code: 'often' } }, item, withOption({ code: 'often' }, [2]))).toEqual({ ok: true, value: 2, by: 'weight' });
    expect(readFhirAnswer({ valueCoding: { code: 'often' } }, item, withOption({ system: 'http://example.org/a', code: 'often' }, [2]))).toEqual({ ok: true, value: 2, by: 'weight' });
    // Same system and code.
    expect(readFhirAnswer({ valueCoding: { system: 'http://example.org/a', code: 'often' } }, item, withOption({ system: 'http://example.org/a', code: 'often' }, [3]))).toEqual({ ok: true, value: 3, by: 'weight' });
  });

  it("the item's answerValueSet weighs a Coding without a system", () => {
    // Only the answerValueSet lookup matches on the code alone; a ValueSet reached otherwise must name the system.
    const valueSet = { resourceType: 'ValueSet', id: 'vs', compose: { include: [{ system: 'http://example.org/answers', concept: [{ code: 'often', extension: weight(2) }] }] } };
    const questionnaireItem: QuestionnaireItemInfo = { linkId: 'q1', loinc: [], options: [], answerValueSet: '#vs' };
    const terminology = indexTerminologyWeights([{ resource: valueSet, contained: true }]);
    expect(readFhirAnswer({ valueCoding: { code: 'often' } }, item, { ...sources, questionnaireItem, terminology })).toEqual({ ok: true, value: 2, by: 'weight' });
  });

  it('a weight that is the score of no option is refused as such, listing the options', () => {
    expect(readFhirAnswer({ valueCoding: { code: 'x' }, extension: weight(7) }, item, sources)).toEqual({
      ok: false,
      code: 'not-an-option',
      at: 'valueCoding',
      message: `code "x" has weight 7 (from the answer's itemWeight/ordinalValue extension), which is the score of none of its options; allowed: ${allowed}`,
    });
  });

  it('the allowed answers name the scored value of a recoded option', () => {
    const recoded = {
      id: 'bother',
      label: 'Bothersomeness',
      options: [
        { value: 0, label: 'Not at all', scoredAs: 0 },
        { value: 1, label: 'Slightly', scoredAs: 0 },
        { value: 2, label: 'Very much', scoredAs: 1 },
      ],
    } as unknown as Item;
    expect(readFhirAnswer({ valueInteger: 5 }, recoded, { instrumentId: 'recode', terminology: none })).toEqual({
      ok: false,
      code: 'not-an-option',
      at: 'valueInteger',
      message: 'valueInteger 5 is not one of its option values; allowed: recode.bother=0 "Not at all" (0, scored 0), recode.bother=1 "Slightly" (1, scored 0), recode.bother=2 "Very much" (2, scored 1)',
    });
  });

  it('a problem that concerns the whole answer carries no `at` key at all', () => {
    expect(readFhirAnswer(3, item, sources)).toStrictEqual({ ok: false, code: 'invalid-responses', message: 'expected an answer object with one value[x], got 3' });
  });
});

describe('FHIR answers to a numeric item: Codings, displays and the caller’s weights', () => {
  const item = vas.items[0]!; // a number from 0 to 100
  const sources: AnswerSources = { instrumentId: 'vas', terminology: none };
  const allowed = 'a number from 0 to 100 (valueInteger, valueDecimal, or a Coding whose weight or display is that number)';

  it('a valueCoding that is null, or an object with neither code nor display, is not a Coding', () => {
    expect(readFhirAnswer({ valueCoding: null }, item, sources)).toEqual({ ok: false, code: 'invalid-type', at: 'valueCoding', message: `valueCoding null is not a Coding; allowed: ${allowed}` });
    expect(readFhirAnswer({ valueCoding: {} }, item, sources)).toEqual({ ok: false, code: 'invalid-type', at: 'valueCoding', message: `valueCoding an object is not a Coding; allowed: ${allowed}` });
    expect(readFhirAnswer({ valueCoding: { display: 5 } }, item, sources)).toEqual({ ok: false, code: 'invalid-type', at: 'valueCoding', message: `valueCoding an object is not a Coding; allowed: ${allowed}` });
  });

  it('a display is a number only when the whole display is one: a sign and decimals are allowed', () => {
    expect(readFhirAnswer({ valueCoding: { code: 'x', display: '+7' } }, item, sources)).toEqual({ ok: true, value: 7, by: 'display-number' });
    expect(readFhirAnswer({ valueCoding: { code: 'x', display: '2.25' } }, item, sources)).toEqual({ ok: true, value: 2.25, by: 'display-number' });
    expect(readFhirAnswer({ valueCoding: { code: 'x', display: 'Level 5' } }, item, sources)).toEqual({
      ok: false,
      code: 'invalid-type',
      at: 'valueCoding',
      message: `code "x" ("Level 5") has no weight and its display is not a number; allowed: ${allowed}; or pass options.answerWeight`,
    });
  });

  it('a Coding with only a display is not weighed by an answerOption whose code is empty', () => {
    const questionnaireItem: QuestionnaireItemInfo = { linkId: 'vas', loinc: [], options: [{ coding: { code: '' }, weights: [30] }] };
    expect(readFhirAnswer({ valueCoding: { display: 'mild' } }, item, { ...sources, questionnaireItem })).toEqual({
      ok: false,
      code: 'invalid-type',
      at: 'valueCoding',
      message: `code "" ("mild") has no weight and its display is not a number; allowed: ${allowed}; or pass options.answerWeight`,
    });
  });

  it('answerWeight returning a non-number or a non-finite number is a bad argument, not an answer', () => {
    expect(readFhirAnswer({ valueCoding: { code: 'x' } }, item, { ...sources, answerWeight: () => 'seven' as unknown as number })).toEqual({
      ok: false,
      code: 'invalid-argument',
      at: 'valueCoding',
      message: 'options.answerWeight returned "seven" for code "x"; expected a finite number or undefined',
    });
    expect(readFhirAnswer({ valueCoding: { code: 'x' } }, item, { ...sources, answerWeight: () => Number.POSITIVE_INFINITY })).toEqual({
      ok: false,
      code: 'invalid-argument',
      at: 'valueCoding',
      message: 'options.answerWeight returned Infinity for code "x"; expected a finite number or undefined',
    });
  });
});
