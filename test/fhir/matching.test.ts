/**
 * The reading rules of docs/fhir.md, one by one: how linkIds find items, how answers find
 * options or numbers (codes, Questionnaire weights, ValueSets, CodeSystems, the answerWeight
 * callback, displays of numeric Codings), what is refused, subsets, and what the result carries.
 */
import type { CodeSystem, Questionnaire, QuestionnaireResponse, ValueSet } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { listInstruments } from '../../src/catalog/index.js';
import { score } from '../../src/engine/score.js';
import { identifyInstrument, promkitCodeSystems, scoreContainedInstruments, scoreQuestionnaireResponse, toObservations, toQuestionnaire } from '../../src/fhir/index.js';
import { gad7, peg, phq2, phq9 } from '../../src/instruments/index.js';
import { defineInstrument } from '../../src/model/define.js';
import { issue } from '../promkitError.js';
import { fill } from './helpers.js';

const ITEM_WEIGHT = 'http://hl7.org/fhir/StructureDefinition/itemWeight';
const ORDINAL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const qr = (item: QuestionnaireResponse['item'], extra: Partial<QuestionnaireResponse> = {}): QuestionnaireResponse => ({ resourceType: 'QuestionnaireResponse', status: 'completed', item, ...extra });
const local = (code: string) => [{ valueCoding: { system: 'urn:example:clinic-answers', code } }];
const phq9Ids = phq9.items.map((i) => i.id);

describe('answers in another code system, weighed by the Questionnaire', () => {
  // A clinic's PHQ-9 form: its own answer codes, weights on the answerOptions.
  const clinic: Questionnaire = {
    resourceType: 'Questionnaire',
    status: 'active',
    url: 'https://forms.example-clinic.org/Questionnaire/mood',
    item: phq9Ids.map((id, i) => ({
      linkId: `mood-${i + 1}`,
      type: 'choice',
      code: [{ system: 'http://loinc.org', code: phq9.items[i]!.loinc! }],
      answerOption: ['never', 'some', 'often', 'always'].map((code, weight) => ({ valueCoding: { system: 'urn:example:clinic-answers', code }, extension: [{ url: ORDINAL, valueDecimal: weight }] })),
    })),
  };
  const codes = ['some', 'often', 'some', 'often', 'some', 'some', 'often', 'some', 'never'];
  const response = qr(codes.map((code, i) => ({ linkId: `mood-${i + 1}`, answer: local(code) })), { questionnaire: clinic.url! });

  it('matches linkIds by the item codes and answers by the answerOption weights', () => {
    const result = scoreQuestionnaireResponse(response, { instrument: phq9, questionnaire: clinic });
    expect(result.scores.total!.value).toBe(11);
    expect(new Set(result.matched.map((m) => `${m.by}/${m.answer}`))).toEqual(new Set(['questionnaire-code/weight']));
    expect(identifyInstrument(response, listInstruments(), { questionnaire: { ...clinic, code: [{ system: 'http://loinc.org', code: '44249-1' }] } }).id).toBe('phq-9');
  });

  it('without the Questionnaire the same response is refused, saying what to pass', () => {
    expect(issue(() => scoreQuestionnaireResponse(response, { instrument: phq9 })).message).toMatch(/none of the response's 9 answered items is an item of phq-9/);
    const mapped = Object.fromEntries(phq9Ids.map((id, i) => [`mood-${i + 1}`, id]));
    const problem = issue(() => scoreQuestionnaireResponse(response, { instrument: phq9, linkIds: mapped }));
    expect(problem).toMatchObject({ code: 'not-an-option', path: ['questionnaireResponse', 'item', 0, 'answer', 0, 'valueCoding'] });
    expect(problem.message).toMatch(/^linkId "mood-1" \(item phq9_1\): answer urn:example:clinic-answers\|some matches no response option and no weight was found for it; .*Pass options.questionnaire/);
  });

  it('a ValueSet or CodeSystem passed in weighs the codes instead (compose concepts, CodeSystem itemWeight properties)', () => {
    const mapped = Object.fromEntries(phq9Ids.map((id, i) => [`mood-${i + 1}`, id]));
    const vs: ValueSet = {
      resourceType: 'ValueSet',
      status: 'active',
      compose: { include: [{ system: 'urn:example:clinic-answers', concept: ['never', 'some', 'often', 'always'].map((code, w) => ({ code, extension: [{ url: ITEM_WEIGHT, valueDecimal: w }] })) }] },
    };
    expect(scoreQuestionnaireResponse(response, { instrument: phq9, linkIds: mapped, valueSets: [vs] }).scores.total!.value).toBe(11);
    const cs: CodeSystem = {
      resourceType: 'CodeSystem',
      status: 'active',
      content: 'complete',
      url: 'urn:example:clinic-answers',
      property: [{ code: 'score', uri: 'http://hl7.org/fhir/concept-properties#itemWeight', type: 'decimal' }],
      concept: ['never', 'some', 'often', 'always'].map((code, w) => ({ code, property: [{ code: 'score', valueDecimal: w }] })),
    };
    expect(scoreQuestionnaireResponse(response, { instrument: phq9, linkIds: mapped, valueSets: [cs] }).scores.total!.value).toBe(11);
  });

  it('the answerWeight callback is the last resort, and its weights are checked', () => {
    const mapped = Object.fromEntries(phq9Ids.map((id, i) => [`mood-${i + 1}`, id]));
    const weights: Record<string, number> = { never: 0, some: 1, often: 2, always: 3 };
    const calls: string[] = [];
    const result = scoreQuestionnaireResponse(response, { instrument: phq9, linkIds: mapped, answerWeight: (coding, item) => (calls.push(item.id), weights[coding.code!]) });
    expect(result.scores.total!.value).toBe(11);
    expect(calls).toHaveLength(9);
    expect(result.matched[0]!.answer).toBe('answer-weight');
    // Not asked when the Questionnaire weighs the code.
    calls.length = 0;
    scoreQuestionnaireResponse(response, { instrument: phq9, questionnaire: clinic, answerWeight: (coding) => (calls.push(coding.code!), 0) });
    expect(calls).toEqual([]);
    expect(issue(() => scoreQuestionnaireResponse(response, { instrument: phq9, linkIds: mapped, answerWeight: () => 9 })).message).toMatch(/has weight 9 \(from options.answerWeight\), which is the score of none of its options/);
    expect(issue(() => scoreQuestionnaireResponse(response, { instrument: phq9, linkIds: mapped, answerWeight: () => '1' as never }))).toMatchObject({ code: 'invalid-argument' });
  });

  it('weights that disagree, or a weight that disagrees with the option code, are refused', () => {
    const twoWeights = qr([{ linkId: 'phq9_1', answer: [{ valueCoding: { system: 'urn:x', code: 'a', extension: [{ url: ITEM_WEIGHT, valueDecimal: 1 }, { url: ORDINAL, valueDecimal: 2 }] } }] }]);
    expect(issue(() => scoreQuestionnaireResponse(twoWeights, { instrument: phq9 })).message).toMatch(/conflicting weights: 1 \(.*\), 2 \(.*\); promkit will not guess/);
    const codeVsWeight = qr([{ linkId: 'phq9_1', answer: [{ valueCoding: { system: 'http://loinc.org', code: 'LA6570-1', extension: [{ url: ITEM_WEIGHT, valueDecimal: 3 }] } }] }]);
    expect(issue(() => scoreQuestionnaireResponse(codeVsWeight, { instrument: phq9 })).message).toMatch(
      /LA6570-1 is option "More than half the days" \(scored 2\), but the answer's itemWeight\/ordinalValue extension gives it weight 3/,
    );
  });
});

describe('a recode (scoredAs): weights are scored values, so one weight can stand for several options', () => {
  const recode = defineInstrument({
    id: 'recode', title: 'Recode', version: '1', domain: 'test', recallPeriod: null,
    citations: [{ key: 'hand', text: 'Worked by hand for the promkit FHIR tests.' }],
    licence: { status: 'user-defined', verbatimText: true, note: 'Test data.' },
    items: [{ id: 'bother', label: 'Bothersomeness', options: [
      { value: 0, label: 'Not at all', scoredAs: 0 }, { value: 1, label: 'Slightly', scoredAs: 0 }, { value: 2, label: 'Moderately', scoredAs: 0 },
      { value: 3, label: 'Very much', scoredAs: 1 }, { value: 4, label: 'Extremely', scoredAs: 1 },
    ] }],
    scores: [{ name: 'total', label: 'Sum', items: ['bother'], method: 'sum', range: [0, 1], missing: { minAnswered: 1, rounding: 'none', official: true, text: 'All.', source: { ref: 'hand' } }, direction: 'higher-is-worse' }],
    flags: [{ name: 'extremely', label: 'coded answer 4', when: { item: 'bother', atLeast: 4 }, source: { ref: 'hand' } }],
  });
  const weighed = (weight: number, display?: string) => qr([{ linkId: 'bother', answer: [{ valueCoding: { system: 'urn:x', code: 'b', ...(display ? { display } : {}), extension: [{ url: ITEM_WEIGHT, valueDecimal: weight }] } }] }]);

  it('a weight shared by several options is refused unless the display names one of them', () => {
    expect(issue(() => scoreQuestionnaireResponse(weighed(1), { instrument: recode })).message).toMatch(
      /has weight 1 \(from the answer's itemWeight\/ordinalValue extension\), which the manual's recode gives 2 options \("Very much", "Extremely"\)/,
    );
    const extremely = scoreQuestionnaireResponse(weighed(1, 'EXTREMELY'), { instrument: recode });
    expect(extremely.scores.total!.value).toBe(1);
    expect(extremely.flags.extremely).toBe(true); // the coded answer 4, not 3
    expect(scoreQuestionnaireResponse(weighed(1, 'Very much'), { instrument: recode }).flags.extremely).toBe(false);
    expect(issue(() => scoreQuestionnaireResponse(weighed(1, 'Slightly'), { instrument: recode })).code).toBe('not-an-option');
  });

  it('a number answers with the coded value, as score() reads numbers', () => {
    const result = scoreQuestionnaireResponse(qr([{ linkId: 'bother', answer: [{ valueInteger: 4 }] }]), { instrument: recode });
    expect(result.scores.total!.value).toBe(1);
    expect(result.flags.extremely).toBe(true);
  });

  it("promkit's own Questionnaire for it writes the scored value as weight and the promkit answer code, and reads back the coded value", () => {
    const q = toQuestionnaire(recode);
    expect(q.item![0]!.answerOption!.map((o) => [o.valueCoding!.code, o.extension![0]!.valueDecimal])).toEqual([
      ['recode.bother=0', 0], ['recode.bother=1', 0], ['recode.bother=2', 0], ['recode.bother=3', 1], ['recode.bother=4', 1],
    ]);
    expect(scoreQuestionnaireResponse(fill(q, recode, { bother: 4 }), { instrument: recode }).flags.extremely).toBe(true);
  });
});

describe('numeric items answered by a Coding (0–10 scales asked as LOINC-coded choices)', () => {
  // LOINC LA6111-4 "0", LA6112-2 "1", …, LA10138-8 "6", LA13942-0 "10", as common PEG forms ask them.
  const coded = (code: string, display: string | undefined, weight?: number) => [
    { valueCoding: { system: 'http://loinc.org', code, ...(display !== undefined ? { display } : {}), ...(weight !== undefined ? { extension: [{ url: ORDINAL, valueDecimal: weight }] } : {}) } },
  ];

  it('reads the display (or weight) as the number', () => {
    const response = qr([
      { linkId: '/75893-8', answer: coded('LA10138-8', '6') },
      { linkId: '/91145-3', answer: coded('LA13942-0', '10') },
      { linkId: '/91146-1', answer: coded('LA6114-8', undefined, 3) },
      { linkId: '/91147-9', answer: [{ valueDecimal: 6.3 }] },
    ]);
    const result = scoreQuestionnaireResponse(response, { instrument: peg });
    expect(result.scores.total!.value).toBeCloseTo((6 + 10 + 3) / 3, 10);
    expect(result.matched.map((m) => m.answer)).toEqual(['display-number', 'display-number', 'weight']);
    expect(result.ignored).toEqual([{ linkId: '/91147-9', why: 'PEG score (mean of the three items) (LOINC 91147-9): promkit recomputes it' }]);
  });

  it('refuses a display that is not a number, a number out of range, and a display that disagrees with the weight', () => {
    const one = (answer: ReturnType<typeof coded>) => () => scoreQuestionnaireResponse(qr([{ linkId: 'peg_1', answer }]), { instrument: peg });
    expect(issue(one(coded('LA6113-0', '2 or more'))).message).toMatch(/has no weight and its display is not a number; allowed: a whole number from 0 to 10/);
    expect(issue(one(coded('LA9999-9', '11'))).code).toBe('out-of-range');
    expect(issue(one(coded('LA10138-8', '6', 7))).message).toMatch(/conflicting weights: 7 \(.*\), 6 \(its display "6"\)/);
  });
});

describe('which items: LOINC linkIds, Questionnaire codes, explicit maps', () => {
  it('a contained Questionnaire gives the item codes (questionnaire = "#id")', () => {
    const contained: Questionnaire = { resourceType: 'Questionnaire', id: 'form', status: 'active', code: [{ system: 'http://loinc.org', code: '69737-5' }], item: gad7.items.map((item, i) => ({ linkId: `q${i}`, type: 'choice', code: [{ system: 'http://loinc.org', code: item.loinc! }] })) };
    const response = qr(gad7.items.map((_item, i) => ({ linkId: `q${i}`, answer: [{ valueCoding: { code: 'LA6570-1' } }] })), { questionnaire: '#form', contained: [contained] });
    expect(scoreQuestionnaireResponse(response, { instruments: [phq9, gad7] }).scores.total!.value).toBe(14);
  });

  it('a LOINC form URL names the instrument whatever LOINC release follows "|"', () => {
    const response = qr([], { questionnaire: 'http://loinc.org/q/44249-1|2.78' });
    expect(identifyInstrument(response, listInstruments()).id).toBe('phq-9');
  });

  it('options.linkIds must name items of the instrument; unknown options are refused', () => {
    expect(issue(() => scoreQuestionnaireResponse(qr([]), { instrument: phq9, linkIds: { a: 'phq9_10' } }))).toMatchObject({ code: 'invalid-argument', path: ['options', 'linkIds', 'a'] });
    expect(issue(() => scoreQuestionnaireResponse(qr([]), { instrument: phq9, instrumnet: phq9 } as never))).toMatchObject({ code: 'invalid-argument', path: ['options', 'instrumnet'] });
    expect(issue(() => scoreQuestionnaireResponse(qr([]), { instrument: phq9, unknownItems: 'warn' as never })).path).toEqual(['options', 'unknownItems']);
  });

  it('an item matched by two linkIds is refused', () => {
    const response = qr([
      { linkId: 'phq9_1', answer: [{ valueCoding: { code: 'LA6570-1' } }] },
      { linkId: '/44250-9', answer: [{ valueCoding: { code: 'LA6570-1' } }] },
    ]);
    expect(issue(() => scoreQuestionnaireResponse(response, { instrument: phq9 })).message).toBe('linkId "/44250-9" and linkId "phq9_1" are both item phq9_1 of phq-9; each item is answered at most once');
  });
});

describe('subsets: PHQ-2 from a PHQ-9 response', () => {
  const answers = { phq9_1: 1, phq9_2: 2, phq9_3: 1, phq9_4: 2, phq9_5: 1, phq9_6: 1, phq9_7: 2, phq9_8: 1, phq9_9: 0 };
  const own = fill(toQuestionnaire(phq9), phq9, answers);

  it("from promkit's own PHQ-9 response, with its Questionnaire's codes", () => {
    expect(scoreQuestionnaireResponse(own, { instrument: phq2, questionnaire: toQuestionnaire(phq9) }).scores.total!.value).toBe(3);
    const results = scoreContainedInstruments(own, { instruments: listInstruments() });
    expect(results.map((r) => [r.instrument.id, r.scores.total!.value])).toEqual([['phq-2', 3], ['phq-8', 11], ['phq-9', 11]]);
    expect(results[0]).toMatchObject(score(phq2, [1, 2]));
  });

  it('an item absent from the response means the instrument is not contained; present but unanswered still is', () => {
    const partial = fill(toQuestionnaire(phq9), phq9, { ...answers, phq9_9: null });
    expect(scoreContainedInstruments(partial, { instruments: listInstruments() }).map((r) => r.instrument.id)).toEqual(['phq-2', 'phq-8']);
    const kept = fill(toQuestionnaire(phq9), phq9, { ...answers, phq9_9: null }, { keepEmpty: true });
    const nine = scoreContainedInstruments(kept, { instruments: listInstruments() }).find((r) => r.instrument.id === 'phq-9')!;
    expect(nine.scores.total).toEqual(score(phq9, { ...answers, phq9_9: null }).scores.total);
    expect(nine.scores.total!.answered).toBe(8);
  });
});

describe('the result and toObservations', () => {
  it('toObservations needs no second copy of the definition, and keeps the base the response was scored with', () => {
    const base = 'https://fhir.example-clinic.org';
    const response = fill(toQuestionnaire(phq9, { base }), phq9, { phq9_1: 3, phq9_2: 3 });
    const result = scoreQuestionnaireResponse(response, { instrument: phq9, base, missing: 'strict' });
    expect(toObservations(result, { unscored: 'data-absent' })[0]!.code.coding).toEqual([
      { system: 'http://loinc.org', code: '44261-6' },
      { system: `${base}/CodeSystem/promkit-score`, code: 'phq-9.total', display: 'PHQ-9 total score' },
    ]);
    expect(toObservations(result, { unscored: 'data-absent', base: 'urn:example:other' })[0]!.code.coding![1]!.system).toBe(promkitCodeSystems('urn:example:other').score);
    expect(issue(() => toObservations(result, { instrument: gad7 })).message).toMatch(/context.instrument is gad-7, but the result was scored with "phq-9"/);
  });

  it('every generated Questionnaire version is a token without spaces, and the description keeps the full version', () => {
    for (const def of listInstruments()) {
      const q = toQuestionnaire(def);
      expect(q.version, def.id).toMatch(/^[A-Za-z0-9.-]{1,64}$/);
      expect(q.description).toContain(def.version);
    }
    const versions = listInstruments().map((def) => toQuestionnaire(def).version);
    expect(new Set(versions).size).toBe(versions.length);
  });
});
