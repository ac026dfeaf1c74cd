/**
 * toQuestionnaire: structure (checked against the PHQ-9's published LOINC panel 44249-1 and its
 * LOINC answer list LL358-3), R4 schema validity for every catalogue instrument, and the
 * calculatedExpression proof: evaluated by the fhirpath package it equals promkit's total.
 */
import fc from 'fast-check';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';
import type { Questionnaire, QuestionnaireItem } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { listInstruments } from '../../src/catalog/index.js';
import { PROMKIT_FHIR_BASE, promkitCodeSystems, toQuestionnaire } from '../../src/fhir/index.js';

const PROMKIT_CODE_SYSTEMS = promkitCodeSystems();
import { score } from '../../src/engine/score.js';
import type { Instrument, ScoreDefinition } from '../../src/model/schema.js';
import { gad7, phq9 } from '../../src/instruments/index.js';
import { answersArb, expectValidR4, fill } from './helpers.js';
import { fcRuns } from '../fcRuns.js';

const instruments = listInstruments();
const ITEM_WEIGHT = 'http://hl7.org/fhir/StructureDefinition/itemWeight';
const ORDINAL_VALUE = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const CALCULATED = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression';

/** The rule, restated independently of src/fhir/_lib/isPlainSum.ts. */
function plainSum(def: Instrument, s: ScoreDefinition): boolean {
  const reversed = s.items.some((id) => def.items.find((item) => item.id === id)?.reverse);
  // A weightsBy score's points depend on another answer: the answer weights cannot sum to it.
  return s.method === 'sum' && s.multiplier === undefined && s.weightsBy === undefined && !reversed && s.missing.minAnswered === s.items.length;
}

function expressionOf(item: QuestionnaireItem): string {
  const ext = item.extension?.find((e) => e.url === CALCULATED);
  expect(ext?.valueExpression?.language).toBe('text/fhirpath');
  return ext!.valueExpression!.expression!;
}

describe('toQuestionnaire: PHQ-9', () => {
  const q = toQuestionnaire(phq9, { date: '2025-01-31', publisher: 'Example Clinic' });

  it('has the canonical URL, version, names, status and LOINC panel code', () => {
    expect(q).toMatchObject({
      resourceType: 'Questionnaire',
      id: 'phq-9',
      url: `${PROMKIT_FHIR_BASE}/Questionnaire/phq-9`,
      version: 'PHQ-9-Kroenke-2001',
      name: 'PHQ_9',
      title: 'Patient Health Questionnaire-9',
      status: 'active',
      date: '2025-01-31',
      publisher: 'Example Clinic',
      code: [{ system: 'http://loinc.org', code: '44249-1' }], // LOINC 44249-1 "PHQ-9 quick depression assessment panel"
    });
  });

  it('codes items and answers with LOINC, weights as itemWeight and ordinalValue', () => {
    const first = q.item![0]!;
    expect(first).toMatchObject({ linkId: 'phq9_1', type: 'choice', text: 'Little interest or pleasure in doing things', code: [{ system: 'http://loinc.org', code: '44250-9' }] });
    // LOINC answer list LL358-3: LA6568-5 Not at all, LA6569-3 Several days, LA6570-1 More than half the days, LA6571-9 Nearly every day
    expect(first.answerOption!.map((o) => [o.valueCoding!.code, o.valueCoding!.display])).toEqual([
      ['LA6568-5', 'Not at all'],
      ['LA6569-3', 'Several days'],
      ['LA6570-1', 'More than half the days'],
      ['LA6571-9', 'Nearly every day'],
    ]);
    for (const [i, option] of first.answerOption!.entries()) {
      expect(option.extension).toEqual([
        { url: ITEM_WEIGHT, valueDecimal: i },
        { url: ORDINAL_VALUE, valueDecimal: i },
      ]);
    }
  });

  it('adds a read-only calculated total coded with LOINC 44261-6', () => {
    const total = q.item!.at(-1)!;
    expect(total).toMatchObject({ linkId: 'phq-9-total', type: 'integer', readOnly: true });
    expect(total.code).toEqual([
      { system: 'http://loinc.org', code: '44261-6' },
      { system: PROMKIT_CODE_SYSTEMS.score, code: 'phq-9.total', display: 'PHQ-9 total score' },
    ]);
    expect(q.item).toHaveLength(10);
  });

  it('uses the given base and status, and can leave out calculated items', () => {
    const own = toQuestionnaire(gad7, { base: 'https://fhir.example.org/', status: 'draft', calculatedScores: false });
    expect(own.url).toBe('https://fhir.example.org/Questionnaire/gad-7');
    expect(own.status).toBe('draft');
    expect(own.item!.some((item) => item.readOnly)).toBe(false);
    expect(own.date).toBeUndefined(); // never read from the clock
  });
});

describe('toQuestionnaire: every catalogue instrument', () => {
  it.each(instruments.map((def) => [def.id, def] as const))('%s is a valid R4 Questionnaire that follows its definition', (_id, def) => {
    const q = toQuestionnaire(def);
    expectValidR4(q);
    expect(q.name).toMatch(/^[A-Z][A-Za-z0-9_]{0,254}$/); // constraint que-0
    expect(q.copyright).toContain(def.licence.note);
    const asked = q.item!.filter((item) => !item.readOnly);
    expect(asked.map((item) => item.linkId)).toEqual(def.items.map((item) => item.id));
    for (const [i, item] of def.items.entries()) {
      const qItem = asked[i]!;
      // Licensed wording only where the licence allows it.
      expect(qItem.text).toBe(def.licence.verbatimText && item.text ? item.text : item.label);
      if (item.loinc) expect(qItem.code).toEqual([{ system: 'http://loinc.org', code: item.loinc }]);
      if (item.options) {
        expect(qItem.type).toBe('choice');
        expect(qItem.answerOption).toHaveLength(item.options.length);
        item.options.forEach((option, k) => {
          const answer = qItem.answerOption![k]!;
          expect(answer.valueCoding).toEqual(
            option.loinc
              ? { system: 'http://loinc.org', code: option.loinc, display: option.label }
              : { system: PROMKIT_CODE_SYSTEMS.answer, code: `${def.id}.${item.id}=${option.value}`, display: option.label },
          );
          // The weight is what the answer contributes to scores: its scoredAs where the manual recodes it.
          expect(answer.extension).toEqual([
            { url: ITEM_WEIGHT, valueDecimal: option.scoredAs ?? option.value },
            { url: ORDINAL_VALUE, valueDecimal: option.scoredAs ?? option.value },
          ]);
        });
      } else {
        const { min, max, integer } = item.numeric!;
        expect(qItem.type).toBe(integer ? 'integer' : 'decimal');
        const key = integer ? 'valueInteger' : 'valueDecimal';
        expect(qItem.extension).toContainEqual({ url: 'http://hl7.org/fhir/StructureDefinition/minValue', [key]: min });
        expect(qItem.extension).toContainEqual({ url: 'http://hl7.org/fhir/StructureDefinition/maxValue', [key]: max });
      }
    }
    if (!def.licence.verbatimText) expect(q.copyright).toMatch(/not reproduced/);
    // One calculated item per plain-sum score, and none for any other score.
    const calculated = q.item!.filter((item) => item.readOnly).map((item) => item.linkId);
    expect(calculated).toEqual(def.scores.filter((s) => plainSum(def, s)).map((s) => `${def.id}-${s.name}`));
    if (def.loinc) expect(q.code).toEqual([{ system: 'http://loinc.org', code: def.loinc }]);
    else expect(q.code).toBeUndefined();
  });

  it('the schema check rejects invalid resources (so passing it means something)', () => {
    expect(() => expectValidR4({ resourceType: 'Questionnaire', status: 'published' })).toThrow();
    expect(() => expectValidR4({ ...toQuestionnaire(phq9), item: [{ linkId: 'x', type: 'choice', answerOption: [{ valueCoding: { code: 'a' }, weight: 1 }] }] })).toThrow();
  });

  it('does not mutate the definition', () => {
    const before = JSON.stringify(instruments);
    for (const def of instruments) toQuestionnaire(def);
    expect(JSON.stringify(instruments)).toBe(before);
  });
});

const plainSumCases = instruments.flatMap((def) => def.scores.filter((s) => plainSum(def, s)).map((s) => [`${def.id} ${s.name}`, def, s] as const));

describe('calculatedExpression, evaluated by the fhirpath package, equals promkit', () => {
  it('covers at least the PHQ-9 and GAD-7 totals', () => {
    expect(plainSumCases.map(([name]) => name)).toEqual(expect.arrayContaining(['phq-9 total', 'gad-7 total']));
  });

  it.each(plainSumCases)('%s', (_name, def, s) => {
    const q: Questionnaire = toQuestionnaire(def);
    const item = q.item!.find((candidate) => candidate.linkId === `${def.id}-${s.name}`)!;
    const expression = expressionOf(item);
    const evaluate = fhirpath.compile(expression, r4);
    fc.assert(
      fc.property(fc.oneof(answersArb(def, true), answersArb(def)), (answers) => {
        const qr = fill(q, def, answers, { keepEmpty: true });
        const expected = score(def, answers).scores[s.name]!.value;
        const got = evaluate(qr, { resource: qr, questionnaire: q }) as unknown[];
        if (expected === null) expect(got).toEqual([]);
        else {
          expect(got).toHaveLength(1);
          expect(got[0] as number).toBeCloseTo(expected, 9);
        }
      }),
      fcRuns(60),
    );
  });
});
