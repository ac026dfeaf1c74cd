/**
 * Hostile FHIR input (issue 17): malformed fields, absurd nesting and sizes, and garbage in every
 * argument of every promkit/fhir export. Only PromkitErrors may escape (or the caller's own
 * exception), and no input is changed.
 */
import fc from 'fast-check';
import type { Questionnaire, QuestionnaireResponse, QuestionnaireResponseItem } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { listInstruments } from '../../src/catalog/index.js';
import { score } from '../../src/engine/score.js';
import { PromkitError } from '../../src/errors.js';
import {
  gasRatingObservations,
  gasToObservation,
  identifyInstrument,
  promkitCodeSystems,
  scoreContainedInstruments,
  scoreQuestionnaireResponse,
  toObservations,
  toQuestionnaire,
} from '../../src/fhir/index.js';
import { gad7, phq9 } from '../../src/instruments/index.js';
import { issue, issuesOf } from '../promkitError.js';
import { fill } from './helpers.js';
import { fcRuns } from '../fcRuns.js';

const instruments = listInstruments();
const answers = { phq9_1: 1, phq9_2: 2, phq9_3: 1, phq9_4: 2, phq9_5: 1, phq9_6: 1, phq9_7: 2, phq9_8: 1, phq9_9: 0 };
const good = fill(toQuestionnaire(phq9), phq9, answers);
const form = (extra: object): QuestionnaireResponse => ({ ...good, questionnaire: '#q', ...extra }) as QuestionnaireResponse;

/** Runs fn; returns normally, or rethrows anything that is not a PromkitError. */
function onlyPromkitErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof PromkitError)) throw error;
  }
}

describe('hostile FHIR fields are PromkitErrors, not TypeErrors', () => {
  it('contained: {} (not an array)', () => {
    expect(issue(() => identifyInstrument(form({ contained: {} }), instruments))).toMatchObject({ code: 'invalid-argument', path: ['questionnaireResponse', 'contained'] });
    expect(issue(() => scoreQuestionnaireResponse(form({ contained: {} }), { instrument: phq9 })).path).toEqual(['questionnaireResponse', 'contained']);
  });

  it('contained: [null] (and other non-resources) are skipped', () => {
    expect(issue(() => identifyInstrument(form({ contained: [null, 7, 'x'] }), instruments)).code).toBe('invalid-argument');
    expect(scoreQuestionnaireResponse(form({ contained: [null] }), { instrument: phq9 }).scores.total!.value).toBe(11);
  });

  it('a numeric url, and a code that is not an array, on the contained Questionnaire', () => {
    const hostile = { resourceType: 'Questionnaire', id: 'q', url: 42, code: { system: 'http://loinc.org', code: '44249-1' }, item: 'x' };
    expect(issue(() => identifyInstrument(form({ contained: [hostile] }), instruments)).code).toBe('invalid-argument');
    expect(issue(() => scoreQuestionnaireResponse(form({ contained: [hostile] }), { instrument: phq9 }))).toMatchObject({ code: 'invalid-argument', path: ['questionnaireResponse', 'contained', '#q', 'item'] });
    expect(issue(() => identifyInstrument({ ...good, questionnaire: 42 } as never, instruments)).path).toEqual(['questionnaireResponse', 'questionnaire']);
    expect(issue(() => scoreQuestionnaireResponse(good, { instrument: phq9, questionnaire: { resourceType: 'Questionnaire', code: 'x', item: [null] } as never })).path).toEqual([
      'options',
      'questionnaire',
      'item',
      0,
    ]);
  });

  it('a QuestionnaireResponse nested 1,600 levels deep: a clear PromkitError, not RangeError', () => {
    let items: QuestionnaireResponseItem[] = good.item!;
    for (let depth = 0; depth < 1600; depth++) items = [{ linkId: `g${depth}`, item: items }];
    const deep = { ...good, item: items };
    const problem = issue(() => scoreQuestionnaireResponse(deep, { instrument: phq9 }));
    expect(problem.code).toBe('invalid-responses');
    expect(problem.message).toMatch(/nested more than 256 levels deep; promkit reads no deeper/);
    expect(scoreContainedInstruments(deep, { instruments })).toEqual([]);
    // The same answers 200 levels down are read.
    let shallow: QuestionnaireResponseItem[] = good.item!;
    for (let depth = 0; depth < 200; depth++) shallow = [{ linkId: `g${depth}`, item: shallow }];
    expect(scoreQuestionnaireResponse({ ...good, item: shallow }, { instrument: phq9 }).scores.total!.value).toBe(11);
  });

  it('10⁶ unknown items: the first 50 problems are listed and the rest counted; 1,000 ignored items listed and the rest counted', () => {
    const many: QuestionnaireResponseItem[] = Array.from({ length: 1_000_000 }, (_, i) => ({ linkId: `x${i}`, answer: [{ valueInteger: i }] }));
    const qr = { ...good, item: [...good.item!, ...many] };
    const issues = issuesOf(() => scoreQuestionnaireResponse(qr, { instrument: phq9, unknownItems: 'error' }));
    expect(issues).toHaveLength(51);
    expect(issues[50]!.message).toBe('and 999950 more problems (only the first 50 are listed)');
    const result = scoreQuestionnaireResponse(qr, { instrument: phq9 });
    expect(result.scores.total!.value).toBe(11);
    expect(result.ignored).toHaveLength(1000);
    expect(result.ignoredCount).toBe(1_000_000);
  }, 60_000);
});

describe('other TypeErrors found by fuzzing the FHIR exports', () => {
  it('identifyInstrument with null among the candidates', () => {
    expect(issue(() => identifyInstrument(good, [phq9, null as never])).path).toEqual(['instruments']);
  });

  it('toObservations with a T-score or SE that is not a number, or a result without an instrument', () => {
    const result = score(phq9, answers);
    const total = result.scores.total!;
    expect(issue(() => toObservations({ ...result, scores: { total: { ...total, tScore: 'high' } } } as never, { instrument: phq9 })).path).toEqual(['result', 'scores', 'total', 'tScore']);
    expect(issue(() => toObservations({ ...result, scores: { total: { ...total, value: Number.NaN } } } as never, { instrument: phq9 })).path).toEqual(['result', 'scores', 'total', 'value']);
    expect(issue(() => toObservations({ ...result, instrument: null } as never, { instrument: phq9 })).path).toEqual(['context', 'instrument']);
  });

  it('gasRatingObservations with a context that is not an object', () => {
    const goal = { id: 'walk', dateSet: '2026-01-05', baseline: { level: -1 }, reviews: {} };
    expect(issue(() => gasRatingObservations(goal as never, null as never)).path).toEqual(['context']);
  });

  it('scoreContainedInstruments with candidates that are not definitions', () => {
    expect(issue(() => scoreContainedInstruments(good, { instruments: [phq9, 'gad-7' as never] })).path).toEqual(['options', 'instruments']);
  });
});

// Objects built from the keys the FHIR readers look at, with anything as values.
const KEYS = ['resourceType', 'item', 'linkId', 'answer', 'valueCoding', 'valueInteger', 'valueDecimal', 'valueString', 'code', 'system', 'display', 'contained', 'questionnaire', 'url', 'id', 'extension', 'answerOption', 'answerValueSet', 'expansion', 'contains', 'compose', 'include', 'concept', 'property', 'status'];
const leaf = fc.oneof(
  fc.anything({ withBigInt: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true, maxDepth: 1 }),
  fc.constantFrom('QuestionnaireResponse', 'Questionnaire', 'ValueSet', 'CodeSystem', 'phq9_1', '/44250-9', 'LA6569-3', 'http://loinc.org', '#q', 'http://hl7.org/fhir/StructureDefinition/itemWeight', '__proto__', 'constructor'),
);
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('object'), tie('array')),
  object: fc.dictionary(fc.constantFrom(...KEYS), tie('tree'), { maxKeys: 6 }),
  array: fc.array(tie('tree'), { maxLength: 4 }),
}));
const response = fc.dictionary(fc.constantFrom(...KEYS), tree, { maxKeys: 6 }).map((r) => ({ ...r, resourceType: 'QuestionnaireResponse' }));

describe('garbage into every promkit/fhir export: only PromkitErrors escape, nothing is mutated', () => {
  it('scoreQuestionnaireResponse, identifyInstrument and scoreContainedInstruments with garbage responses and options', () => {
    fc.assert(
      fc.property(fc.oneof(response, tree), fc.oneof(tree, fc.dictionary(fc.constantFrom('questionnaire', 'valueSets', 'linkIds', 'answerWeight', 'unknownItems', 'missing', 'base'), tree, { maxKeys: 3 })), (qr, extra) => {
        const before = JSON.stringify(qr, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v));
        onlyPromkitErrors(() => scoreQuestionnaireResponse(qr as never, { ...(extra as object), instrument: phq9 }));
        onlyPromkitErrors(() => scoreQuestionnaireResponse(qr as never, { instruments: [phq9, gad7] }));
        onlyPromkitErrors(() => scoreQuestionnaireResponse(qr as never, extra as never));
        onlyPromkitErrors(() => identifyInstrument(qr as never, instruments, extra as never));
        onlyPromkitErrors(() => scoreContainedInstruments(qr as never, { instruments }));
        expect(JSON.stringify(qr, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v))).toBe(before);
      }),
      fcRuns(400),
    );
  });

  it('Questionnaires, ValueSets and CodeSystems passed in as options', () => {
    const resource = (type: string) => fc.dictionary(fc.constantFrom(...KEYS), tree, { maxKeys: 6 }).map((r) => ({ ...r, resourceType: type }));
    fc.assert(
      fc.property(resource('Questionnaire'), fc.array(fc.oneof(resource('ValueSet'), resource('CodeSystem')), { maxLength: 3 }), fc.constantFrom(...Object.keys(answers)), (questionnaire, valueSets, linkId) => {
        const qr: QuestionnaireResponse = { ...good, item: [{ linkId, answer: [{ valueCoding: { system: 'urn:x', code: 'c' } }] }] };
        onlyPromkitErrors(() => scoreQuestionnaireResponse(qr, { instrument: phq9, questionnaire: questionnaire as Questionnaire, valueSets: valueSets as never }));
      }),
      fcRuns(300),
    );
  });

  it('toQuestionnaire, toObservations, gasToObservation, gasRatingObservations and promkitCodeSystems', () => {
    const result = score(phq9, answers);
    fc.assert(
      fc.property(tree, tree, (a, b) => {
        onlyPromkitErrors(() => toQuestionnaire(phq9, a as never));
        onlyPromkitErrors(() => toQuestionnaire(a as never, b as never));
        onlyPromkitErrors(() => toObservations(a as never, b as never));
        onlyPromkitErrors(() => toObservations(result, a as never));
        onlyPromkitErrors(() => toObservations({ ...result, scores: a } as never, { instrument: phq9 }));
        onlyPromkitErrors(() => gasToObservation(a as never, b as never));
        onlyPromkitErrors(() => gasRatingObservations(a as never, b as never));
        onlyPromkitErrors(() => promkitCodeSystems(a as never));
      }),
      fcRuns(400),
    );
  });

  it("the caller's answerWeight exception passes through unchanged", () => {
    const mine = new Error('mine');
    const qr: QuestionnaireResponse = { ...good, item: [{ linkId: 'phq9_1', answer: [{ valueCoding: { system: 'urn:x', code: 'c' } }] }] };
    expect(() =>
      scoreQuestionnaireResponse(qr, {
        instrument: phq9,
        answerWeight: () => {
          throw mine;
        },
      }),
    ).toThrow(mine);
  });
});
