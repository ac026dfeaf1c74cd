/**
 * The reading contract of promkit/fhir, pinned exactly: the PromkitError issues for malformed
 * responses and options, which instrument identifyInstrument picks or refuses, the `matched` and
 * `ignored` lists, and what scoreContainedInstruments finds. Written to close mutation gaps.
 */
import type { Questionnaire, QuestionnaireResponse, QuestionnaireResponseItem } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { identifyInstrument, scoreContainedInstruments, scoreQuestionnaireResponse, toObservations, toQuestionnaire } from '../../src/fhir/index.js';
import { gad7, phq2, phq9, promisDep4a } from '../../src/instruments/index.js';
import { defineInstrument } from '../../src/model/define.js';
import type { Instrument } from '../../src/model/schema.js';
import { issue, issuesOf } from '../promkitError.js';
import { fill } from './helpers.js';

const LOINC = 'http://loinc.org';
const q = toQuestionnaire(phq9);
const answers = { phq9_1: 1, phq9_2: 2, phq9_3: 1, phq9_4: 2, phq9_5: 1, phq9_6: 1, phq9_7: 2, phq9_8: 1, phq9_9: 0 };
const good = fill(q, phq9, answers); // total 11
const items = (): QuestionnaireResponseItem[] => structuredClone(good.item!);
const qr = (item: unknown, extra: Record<string, unknown> = {}): QuestionnaireResponse => ({ resourceType: 'QuestionnaireResponse', status: 'completed', item, ...extra }) as QuestionnaireResponse;
const int = (value: number) => [{ valueInteger: value }];
const score9 = (r: unknown, options: Record<string, unknown> = {}) => () => scoreQuestionnaireResponse(r as QuestionnaireResponse, { instrument: phq9, ...options });
/** `leaf` nested `depth - 1` levels below the top list, by groups or under answers. */
const nest = (leaf: QuestionnaireResponseItem, depth: number, via: 'item' | 'answer'): QuestionnaireResponseItem[] => {
  let list: QuestionnaireResponseItem[] = [leaf];
  for (let d = depth; d > 1; d--) list = [via === 'item' ? { linkId: `g${d}`, item: list } : { linkId: `g${d}`, answer: [{ valueString: 'x', item: list }] }];
  return list;
};
const promkitUrl = q.url!;

describe('checkResponse: what is a QuestionnaireResponse', () => {
  it('another resource type is refused, naming it', () => {
    expect(issuesOf(score9({ resourceType: 'Patient' }))).toEqual([
      { code: 'invalid-argument', path: ['questionnaireResponse'], input: { resourceType: 'Patient' }, message: 'questionnaireResponse: expected a FHIR QuestionnaireResponse, got a "Patient" resource' },
    ]);
  });
  it('null and non-objects are refused', () => {
    expect(issue(score9(null))).toMatchObject({ code: 'invalid-argument', path: ['questionnaireResponse'], input: null });
    expect(issue(score9(null)).message).toBe('questionnaireResponse: expected a FHIR QuestionnaireResponse, got null');
  });
});

describe('reading: malformed items and answers', () => {
  it('an item that is not an object', () => {
    const list: unknown[] = items();
    list.unshift(null);
    expect(issuesOf(score9(qr(list)))).toEqual([
      { code: 'invalid-responses', path: ['questionnaireResponse', 'item', 0], input: null, message: 'QuestionnaireResponse.item[0]: expected a QuestionnaireResponse item, got null' },
    ]);
  });
  it('item that is not an array', () => {
    expect(issuesOf(score9(qr('phq9_1')))).toEqual([
      { code: 'invalid-responses', path: ['questionnaireResponse', 'item'], input: 'phq9_1', message: 'QuestionnaireResponse.item: expected an array of items, got "phq9_1"' },
    ]);
  });
  it('an answer that is not an array', () => {
    const list = items();
    (list[0] as { answer: unknown }).answer = { valueInteger: 1 };
    const found = issuesOf(score9(qr(list)));
    expect(found).toMatchObject([{ code: 'invalid-responses', path: ['questionnaireResponse', 'item', 0, 'answer'], input: { valueInteger: 1 } }]);
    expect(found[0]!.message).toMatch(/^linkId "phq9_1": answer must be an array, got an object$/);
  });
  it('two answers to a single-answer item', () => {
    const list = items();
    list[0]!.answer = [...list[0]!.answer!, ...list[1]!.answer!];
    expect(issuesOf(score9(qr(list)))).toEqual([
      { code: 'invalid-responses', path: ['questionnaireResponse', 'item', 0, 'answer'], input: list[0]!.answer, message: 'linkId "phq9_1" has 2 answers; it is a single-answer item and takes one' },
    ]);
  });
  it('an answer with no value, and one with a bad Coding', () => {
    const list = items();
    list[0]!.answer = [{}];
    list[1]!.answer = [{ valueCoding: { system: LOINC, code: 'LA0000-0' } }];
    list[2]!.answer = [null as never];
    expect(issuesOf(score9(qr(list)))).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-responses",
          "input": {},
          "message": "linkId "phq9_1": an answer carries exactly one value[x], got none",
          "path": [
            "questionnaireResponse",
            "item",
            0,
            "answer",
            0,
          ],
        },
        {
          "code": "not-an-option",
          "input": {
            "code": "LA0000-0",
            "system": "http://loinc.org",
          },
          "message": "linkId "phq9_2": answer http://loinc.org|LA0000-0 matches no response option and no weight was found for it; allowed: LA6568-5 "Not at all" (0), LA6569-3 "Several days" (1), LA6570-1 "More than half the days" (2), LA6571-9 "Nearly every day" (3). Pass options.questionnaire (its answerOption weights), options.valueSets (a ValueSet or CodeSystem with itemWeight), or options.answerWeight",
          "path": [
            "questionnaireResponse",
            "item",
            1,
            "answer",
            0,
            "valueCoding",
          ],
        },
        {
          "code": "invalid-responses",
          "input": null,
          "message": "linkId "phq9_3": expected an answer object with one value[x], got null",
          "path": [
            "questionnaireResponse",
            "item",
            2,
            "answer",
            0,
          ],
        },
      ]
    `);
  });
  it('more than 50 problems: the first 50, then a count', () => {
    const list = Array.from({ length: 60 }, () => null);
    const found = issuesOf(score9(qr(list)));
    expect(found).toHaveLength(51);
    expect(found[49]!.path).toEqual(['questionnaireResponse', 'item', 49]);
    expect(found[50]).toEqual({ code: 'invalid-responses', path: ['questionnaireResponse'], input: undefined, message: 'and 10 more problems (only the first 50 are listed)' });
  });
  it('contained that is not an array', () => {
    const found = issuesOf(score9(qr(items(), { contained: {} })));
    expect(found).toMatchObject([{ code: 'invalid-responses', path: ['questionnaireResponse', 'contained'], input: {} }]);
    expect(found[0]!.message).toMatch(/^QuestionnaireResponse.contained: expected an array of resources, got an object$/);
  });
  it('malformed contained entries are skipped', () => {
    expect(scoreQuestionnaireResponse(qr(items(), { contained: [null, 'x'] }), { instrument: phq9 }).scores.total!.value).toBe(11);
  });
  it('a response with no items reads nothing (no item error)', () => {
    const result = scoreQuestionnaireResponse(qr(undefined), { instrument: phq9 });
    expect(result.matched).toEqual([]);
    expect(result.scores.total!.value).toBeNull();
  });
});

describe('reading: nesting', () => {
  it('items nested under answers and in groups are read, in item order', () => {
    const list = items();
    const [first, second, ...rest] = list;
    const top: QuestionnaireResponseItem[] = [{ ...first!, answer: [{ ...first!.answer![0]!, item: [second!] }] }, { linkId: 'grp', item: rest.reverse() }];
    const result = scoreQuestionnaireResponse(qr(top), { instrument: phq9 });
    expect(result.scores.total!.value).toBe(11);
    expect(result.matched.map((m) => m.linkId)).toEqual(phq9.items.map((i) => i.id));
    expect(result.ignored).toEqual([]);
  });
  it('a bad item under an answer is reported at its path', () => {
    const list = items();
    list[0]!.answer![0]!.item = [null as never];
    expect(issue(score9(qr(list)))).toMatchObject({ path: ['questionnaireResponse', 'item', 0, 'answer', 0, 'item', 0], message: 'QuestionnaireResponse.item[0].answer[0].item[0]: expected a QuestionnaireResponse item, got null' });
  });
  for (const via of ['item', 'answer'] as const) {
    it(`by ${via}: level 256 is read, level 257 is refused`, () => {
      const list = items();
      const last = list.pop()!;
      expect(scoreQuestionnaireResponse(qr([...list, ...nest(last, 256, via)]), { instrument: phq9 }).scores.total!.value).toBe(11);
      expect(scoreContainedInstruments(qr([...list, ...nest(last, 256, via)]), { instruments: [phq9] })).toHaveLength(1);
      const deep = issue(score9(qr([...list, ...nest(last, 257, via)])));
      expect(deep).toMatchObject({ code: 'invalid-responses', input: undefined });
      expect(deep.message).toMatch(/: items are nested more than 256 levels deep; promkit reads no deeper$/);
      expect(scoreContainedInstruments(qr([...list, ...nest(last, 257, via)]), { instruments: [phq9] })).toEqual([]);
    });
  }
});

describe('scoreQuestionnaireResponse: matched and ignored', () => {
  it('matched is in item order, with null answer for a present unanswered item', () => {
    const list = items().reverse();
    delete list[0]!.answer; // phq9_9
    const result = scoreQuestionnaireResponse(qr(list), { instrument: phq9 });
    expect(result.matched.map((m) => m.itemId)).toEqual(phq9.items.map((i) => i.id));
    expect(result.matched[8]).toEqual({ itemId: 'phq9_9', linkId: 'phq9_9', by: result.matched[0]!.by, answer: null });
  });
  it('lists what it skips and why', () => {
    const list: QuestionnaireResponseItem[] = [
      ...items(),
      { linkId: 'grp', item: [{ linkId: 'note' }] },
      { linkId: 'empty-group', item: [] },
      { linkId: 'asked', answer: int(3), item: [{ linkId: 'sub', answer: int(1) }] },
      { linkId: '44261-6', answer: int(11) },
      { linkId: 'phq-9-total', answer: int(11) },
      { linkId: gad7.items[0]!.loinc!, answer: int(1) }, // a valid LOINC code, not PHQ-9's
    ];
    const result = scoreQuestionnaireResponse(qr(list), { instrument: phq9 });
    expect(result.ignored).toMatchInlineSnapshot(`
      [
        {
          "linkId": "note",
          "why": "no answer, and not an item of phq-9: a display item or an unanswered question",
        },
        {
          "linkId": "empty-group",
          "why": "no answer, and not an item of phq-9: a display item or an unanswered question",
        },
        {
          "linkId": "asked",
          "why": "not an item of phq-9",
        },
        {
          "linkId": "sub",
          "why": "not an item of phq-9",
        },
        {
          "linkId": "44261-6",
          "why": "PHQ-9 total score (LOINC 44261-6): promkit recomputes it",
        },
        {
          "linkId": "phq-9-total",
          "why": "PHQ-9 total score, calculated: promkit recomputes it",
        },
        {
          "linkId": "69725-0",
          "why": "not an item of phq-9: LOINC 69725-0 is none of its item codes",
        },
      ]
    `);
    expect(result.ignoredCount).toBe(result.ignored.length);
  });
  it('T-score items are recognised by their LOINC code', () => {
    const r = qr([...promisDep4a.items.map((i) => ({ linkId: i.id, answer: int(2) })), { linkId: '77861-3', answer: int(60) }]);
    // The label already names the T-score, so no "(T-score)" is added to it.
    const [ignored, ...more] = scoreQuestionnaireResponse(r, { instrument: promisDep4a }).ignored;
    expect(more).toEqual([]);
    expect(ignored!.linkId).toBe('77861-3');
    expect(ignored!.why).toBe('PROMIS Depression 4a T-score (from the raw sum) (LOINC 77861-3): promkit recomputes it');
  });
  it('only 1000 ignored items are listed; all are counted', () => {
    const list = [...items(), ...Array.from({ length: 1001 }, (_, i) => ({ linkId: `x${i}` }))];
    const result = scoreQuestionnaireResponse(qr(list), { instrument: phq9 });
    expect(result.ignored).toHaveLength(1000);
    expect(result.ignoredCount).toBe(1001);
  });
  it('a response none of whose answered items is the instrument’s is refused, counting only real questions', () => {
    const list: QuestionnaireResponseItem[] = [
      { linkId: 'a', answer: int(1) },
      { linkId: 'b' },
      { linkId: 'phq-9-total', answer: int(11) },
      { linkId: '44261-6', answer: int(11) },
    ];
    expect(issuesOf(score9(qr(list)))).toEqual([
      {
        code: 'unknown-item',
        path: ['questionnaireResponse', 'item'],
        input: undefined,
        message:
          "none of the response's 1 answered items is an item of phq-9 (by item id, LOINC code in the linkId, or LOINC code on the Questionnaire item); " +
          'pass options.questionnaire (the Questionnaire with item codes) or options.linkIds (e.g. { "q1": "phq9_1" })',
      },
    ]);
  });
  it('no error when nothing is answered, or when other problems are found first', () => {
    expect(scoreQuestionnaireResponse(qr([{ linkId: 'b' }]), { instrument: phq9 }).matched).toEqual([]);
    expect(issuesOf(score9(qr([{ linkId: 'a', answer: int(1) }, null])))).toHaveLength(1);
  });
  it("unknownItems: 'ignore' is the default", () => {
    const list = [...items(), { linkId: 'a', answer: int(1) }];
    expect(scoreQuestionnaireResponse(qr(list), { instrument: phq9, unknownItems: 'ignore' }).ignored).toEqual([{ linkId: 'a', why: 'not an item of phq-9' }]);
  });
  it('linkIds map without a Questionnaire', () => {
    // 'S' guards against reading codes from anything but the Questionnaire and the linkIds.
    const list = [...items().map((item, i) => ({ ...item, linkId: `q${i + 1}` })), { linkId: 'S', answer: int(1) }];
    const linkIds = Object.fromEntries(phq9.items.map((item, i) => [`q${i + 1}`, item.id]));
    const result = scoreQuestionnaireResponse(qr(list), { instrument: phq9, linkIds });
    expect(result.scores.total!.value).toBe(11);
    expect(result.ignored).toEqual([{ linkId: 'S', why: 'not an item of phq-9' }]);
  });
});

describe('identifyInstrument: which instrument, and what it refuses', () => {
  const at = (canonical: unknown, extra: Record<string, unknown> = {}) => qr(items(), { questionnaire: canonical, ...extra });
  const id = (r: QuestionnaireResponse, list: readonly Instrument[] = [gad7, phq9], options?: Record<string, unknown>) => identifyInstrument(r, list, options as never).id;
  const five = [gad7, phq2, promisDep4a, phq9, phq9];
  it('by promkit’s canonical URL, with or without a version it knows', () => {
    expect(id(at(promkitUrl))).toBe('phq-9');
    expect(id(at(`${promkitUrl}|${q.version}`))).toBe('phq-9');
    expect(id(at(`${promkitUrl}|${encodeURIComponent(phq9.version)}`))).toBe('phq-9');
  });
  it('refuses another version, and an undecodable one', () => {
    expect(issue(() => id(at(`${promkitUrl}|9.9`)))).toEqual({
      code: 'invalid-argument',
      path: ['questionnaireResponse', 'questionnaire'],
      input: `${promkitUrl}|9.9`,
      message: `QuestionnaireResponse.questionnaire asks for version "9.9" of phq-9; this definition is version ${JSON.stringify(q.version)}`,
    });
    expect(issue(() => id(at(`${promkitUrl}|%E0%A4%A`))).message).toContain('asks for version "%E0%A4%A" of phq-9');
    expect(issue(score9(at(`${promkitUrl}|%E0%A4%A`))).message).toContain('asks for version "%E0%A4%A" of phq-9');
  });
  it('by the LOINC panel code: form URL, passed Questionnaire, contained Questionnaire', () => {
    expect(id(at('http://loinc.org/q/69737-5|2.72'))).toBe('gad-7');
    expect(id(at('https://x.example/Q/1'), [gad7, phq9], { questionnaire: { resourceType: 'Questionnaire', code: [null, { system: 'http://snomed.info/sct', code: '69737-5' }, { system: LOINC, code: 44249 }, { system: LOINC, code: '44249-1' }] } })).toBe('phq-9');
    const contained = [null, { resourceType: 'ValueSet', id: 'q' }, { resourceType: 'Questionnaire', id: 'other', code: [{ system: LOINC, code: '44249-1' }] }, { resourceType: 'Questionnaire', id: 'q', code: [{ system: LOINC, code: '69737-5' }] }];
    expect(id(at('#q', { contained }))).toBe('gad-7');
  });
  it('a Questionnaire code that is not an array names nothing', () => {
    expect(id(at(promkitUrl), [gad7, phq9], { questionnaire: { resourceType: 'Questionnaire', code: { system: LOINC, code: '69737-5' } } })).toBe('phq-9');
  });
  it('refuses an unknown URL, listing four of promkit’s URLs', () => {
    const m = issue(() => id(at('https://x.example/Q/1'), five));
    expect(m).toMatchObject({ code: 'invalid-argument', path: ['questionnaireResponse', 'questionnaire'], input: 'https://x.example/Q/1' });
    const four = five.slice(0, 4).map((i) => toQuestionnaire(i).url).join(', ');
    expect(m.message).toBe(
      `QuestionnaireResponse.questionnaire "https://x.example/Q/1" is none of promkit's Questionnaires (${four}, …) and no LOINC panel code names the instrument; ` +
        'pass { instrument } if you know which one it is, or { questionnaire } (the Questionnaire, with its LOINC code), or use scoreContainedInstruments to score whatever the items make up',
    );
    expect(issue(() => id(at('https://x.example/Q/1'), five.slice(0, 4))).message).toContain(`(${four}) and no LOINC`);
    expect(issue(() => id(at('https://x.example/Q/1'), [gad7])).message).toContain(`(${toQuestionnaire(gad7).url}) and no LOINC`);
  });
  it('refuses a missing URL, and an unknown panel code once', () => {
    expect(issue(() => id(at(undefined))).message).toMatch(/^QuestionnaireResponse.questionnaire is missing and no LOINC panel code names the instrument; /);
    const passed = { resourceType: 'Questionnaire', code: [{ system: LOINC, code: '99999-9' }, { system: LOINC, code: '99999-9' }] };
    expect(issue(() => id(at('http://loinc.org/q/99999-9'), [gad7, phq9], { questionnaire: passed })).message).toContain(' and its LOINC panel 99999-9 is none of the given instruments; ');
  });
  it('a contained reference that is not there falls back to the URL rules', () => {
    expect(issue(() => id(at('#q'))).message).toMatch(/^QuestionnaireResponse.questionnaire "#q" is none of promkit's Questionnaires/);
    expect(issue(() => id(at('#q', { contained: [] }))).message).toMatch(/^QuestionnaireResponse.questionnaire "#q" is none/);
    expect(issue(() => id(at('#q', { contained: {} })))).toMatchObject({ code: 'invalid-argument', path: ['questionnaireResponse', 'contained'], input: {} });
  });
  it('refuses two instruments with one panel code or one URL', () => {
    expect(issue(() => id(at('http://loinc.org/q/44249-1'), [gad7, phq9, phq9])).message).toBe('LOINC panel 44249-1 matches more than one instrument (phq-9, phq-9); pass { instrument }');
    expect(issue(() => id(at(promkitUrl), [phq9, phq9]))).toEqual({
      code: 'invalid-argument',
      path: ['questionnaireResponse', 'questionnaire'],
      input: promkitUrl,
      message: `QuestionnaireResponse.questionnaire ${JSON.stringify(promkitUrl)} matches more than one instrument (phq-9, phq-9); pass { instrument }`,
    });
  });
  it('refuses bad arguments', () => {
    const instrumentsIssue = (list: unknown) => issue(() => identifyInstrument(at(promkitUrl), list as never));
    for (const bad of [[], [phq9, {}], [phq9, { id: 5 }], 'phq-9']) expect(instrumentsIssue(bad)).toMatchObject({ code: 'invalid-argument', path: ['instruments'], input: bad });
    expect(issue(() => identifyInstrument(at(promkitUrl), [phq9], 'x' as never))).toMatchObject({ code: 'invalid-argument', path: ['options'], input: 'x', message: 'options: expected an object, got "x"' });
    expect(issue(() => id(at(5)))).toMatchObject({ code: 'invalid-argument', path: ['questionnaireResponse', 'questionnaire'], input: 5, message: 'QuestionnaireResponse.questionnaire: expected a canonical URL (string), got 5' });
    for (const bad of ['x', { resourceType: 'ValueSet' }]) {
      expect(issue(() => id(at(promkitUrl), [phq9], { questionnaire: bad }))).toMatchObject({ code: 'invalid-argument', path: ['options', 'questionnaire'], input: bad });
    }
  });
});

describe('scoreQuestionnaireResponse: options', () => {
  const r = qr(items());
  const bad = (options: Record<string, unknown>) => issue(() => scoreQuestionnaireResponse(r, options as never));
  it('refuses each malformed option at its path', () => {
    expect(bad({ instrument: phq9, questionnaire: 'x' })).toMatchObject({ code: 'invalid-argument', path: ['options', 'questionnaire'], input: 'x' });
    expect(bad({ instrument: phq9, questionnaire: { resourceType: 'ValueSet' } })).toMatchObject({ path: ['options', 'questionnaire'] });
    expect(bad({ instrument: {} })).toMatchObject({ code: 'invalid-argument', path: ['options', 'instrument'], input: {} });
    expect(bad({ instrument: { id: 5 } })).toMatchObject({ path: ['options', 'instrument'] });
    expect(bad({ instrument: 'phq-9' })).toMatchObject({ path: ['options', 'instrument'] });
    expect(bad({})).toMatchObject({ code: 'invalid-argument', path: ['options'] });
    expect(bad({ instrument: phq9, valueSets: 'x' })).toMatchObject({ path: ['options', 'valueSets'], input: 'x' });
    expect(bad({ instrument: phq9, valueSets: [{ resourceType: 'Questionnaire' }] })).toEqual({ code: 'invalid-argument', path: ['options', 'valueSets', 0], input: { resourceType: 'Questionnaire' }, message: 'options.valueSets[0]: expected a ValueSet or CodeSystem, got a "Questionnaire" resource' });
    expect(bad({ instrument: phq9, valueSets: [{ resourceType: 'CodeSystem' }, null] })).toMatchObject({ path: ['options', 'valueSets', 1], input: null });
    expect(bad({ instrument: phq9, linkIds: 'x' })).toMatchObject({ path: ['options', 'linkIds'], input: 'x' });
    expect(bad({ instrument: phq9, linkIds: { a: 'nope' } })).toMatchObject({ path: ['options', 'linkIds', 'a'], input: 'nope' });
    expect(bad({ instrument: phq9, linkIds: { a: 5 } })).toMatchObject({ path: ['options', 'linkIds', 'a'], input: 5 });
    expect(bad({ instrument: phq9, answerWeight: 'x' })).toMatchObject({ path: ['options', 'answerWeight'], input: 'x' });
  });
  it('passes options.missing to the scorer', () => {
    const list = items().slice(0, 8);
    // One item of nine missing: no total by default; { minAnswered: 8 } prorates 11 × 9/8.
    expect(scoreQuestionnaireResponse(qr(list), { instrument: phq9 }).scores.total!.value).toBeNull();
    expect(scoreQuestionnaireResponse(qr(list), { instrument: phq9, missing: { minAnswered: 8 } }).scores.total!.value).toBeCloseTo(12.375, 3);
  });
  it('with instruments, the passed Questionnaire and base reach identifyInstrument', () => {
    const passed = { resourceType: 'Questionnaire', status: 'active', code: [{ system: LOINC, code: '44249-1' }] } as Questionnaire;
    expect(scoreQuestionnaireResponse(qr(items(), { questionnaire: 'https://x.example/Q/1' }), { instruments: [gad7, phq9], questionnaire: passed }).instrument.id).toBe('phq-9');
    const base = 'https://forms.example.org/fhir';
    expect(scoreQuestionnaireResponse(qr(items(), { questionnaire: toQuestionnaire(phq9, { base }).url }), { instruments: [gad7, phq9], base }).instrument.id).toBe('phq-9');
  });
  it('a contained Questionnaire that is not there is no error', () => {
    expect(scoreQuestionnaireResponse(qr(items(), { questionnaire: '#q' }), { instrument: phq9 }).scores.total!.value).toBe(11);
  });
});

describe('scoreContainedInstruments: what it finds', () => {
  const ids = (r: QuestionnaireResponse, options: Record<string, unknown>) => scoreContainedInstruments(r, options as never).map((x) => `${x.instrument.id} ${x.scores.total?.value}`);
  it('PHQ-2 and PHQ-9 from items nested under answers', () => {
    const list = items();
    const [first, second, ...rest] = list;
    expect(ids(qr([{ ...first!, answer: [{ ...first!.answer![0]!, item: [second!] }] }, ...rest], { questionnaire: promkitUrl }), { instruments: [phq2, gad7, phq9] })).toEqual(['phq-2 3', 'phq-9 11']);
  });
  it('linkIds of a contained Questionnaire', () => {
    const contained: Questionnaire = { resourceType: 'Questionnaire', id: 'q', status: 'active', item: phq9.items.map((item, i) => ({ linkId: `q${i + 1}`, type: 'integer', code: [{ system: LOINC, code: item.loinc! }] })) };
    const list = items().map((item, i) => ({ linkId: `q${i + 1}`, answer: int(answers[item.linkId as keyof typeof answers]) }));
    expect(ids(qr(list, { questionnaire: '#q', contained: [contained] }), { instruments: [phq2, phq9] })).toEqual(['phq-2 3', 'phq-9 11']);
  });
  it('linkIds mapped to items: shared LOINC codes count for the other instruments; unknown targets are skipped', () => {
    const list = [...items().map((item, i) => ({ ...item, linkId: `q${i + 1}` })), { linkId: 'z', answer: int(1) }];
    const linkIds = { ...Object.fromEntries(phq9.items.map((item, i) => [`q${i + 1}`, item.id])), z: 'nope' };
    const results = scoreContainedInstruments(qr(list), { instruments: [phq2, phq9], linkIds });
    expect(results.map((x) => `${x.instrument.id} ${x.scores.total?.value}`)).toEqual(['phq-2 3', 'phq-9 11']);
    expect(results[0]!.ignored).toContainEqual({ linkId: 'q3', why: `not an item of phq-2: LOINC ${phq9.items[2]!.loinc} is none of its item codes` });
    expect(results[0]!.ignored).toContainEqual({ linkId: 'z', why: 'not an item of phq-2' });
  });
  it('malformed items are reported by the reader (not a crash)', () => {
    expect(issue(() => scoreContainedInstruments(qr([...items(), null]), { instruments: [phq9] }))).toMatchObject({ code: 'invalid-responses', path: ['questionnaireResponse', 'item', 9] });
    expect(issue(() => scoreContainedInstruments(qr([...items(), { linkId: 5 }]), { instruments: [phq9] }))).toMatchObject({ code: 'invalid-responses', path: ['questionnaireResponse', 'item', 9, 'linkId'] });
    expect(issue(() => scoreContainedInstruments(qr([...items(), { linkId: 'x', answer: {} }]), { instruments: [phq9] }))).toMatchObject({ code: 'invalid-responses', path: ['questionnaireResponse', 'item', 9, 'answer'] });
  });
  it('refuses bad options', () => {
    const r = qr(items());
    expect(issue(() => scoreContainedInstruments(r, 'x' as never))).toMatchObject({ code: 'invalid-argument', path: ['options'], input: 'x' });
    for (const bad of ['x', [{}], [{ id: 'x' }], [{ items: [] }], [null]]) {
      expect(issue(() => scoreContainedInstruments(r, { instruments: bad as never }))).toMatchObject({ code: 'invalid-argument', path: ['options', 'instruments'], input: bad });
    }
    expect(issue(() => scoreContainedInstruments(r, { instruments: [phq9], linkIds: 'x' as never }))).toMatchObject({ code: 'invalid-argument', path: ['options', 'linkIds'], input: 'x' });
  });
});

// ---------------------------------------------------------------------------------------------
// The rest of the reading side (issue 18, second pass): dates, what counts as a response, the
// generated Questionnaire's version token, malformed Questionnaires, contained terminology, and
// which instruments scoreContainedInstruments finds when custom definitions share item ids.

/** A one-item custom definition (options 0/1), for versions and item ids the catalogue lacks. */
const custom = (id: string, version: string, item: { id: string; loinc?: string }): Instrument =>
  defineInstrument({
    id, title: `Custom ${id}`, version, domain: 'test', recallPeriod: null,
    citations: [{ key: 'hand', text: 'Made up for the promkit FHIR contract tests.' }],
    licence: { status: 'user-defined', verbatimText: true, note: 'Test data.' },
    items: [{ ...item, label: 'Question', options: [{ value: 0, label: 'No' }, { value: 1, label: 'Yes' }] }],
    scores: [{ name: 'total', label: 'Sum', items: [item.id], method: 'sum', range: [0, 1], missing: { minAnswered: 1, rounding: 'none', official: true, text: 'All.', source: { ref: 'hand' } }, direction: 'higher-is-worse' }],
  });

describe('checkDateTime: FHIR dateTime and instant', () => {
  it('a number is not a dateTime, even one that reads as a year', () => {
    expect(issue(() => toQuestionnaire(phq9, { date: 2025 as never }))).toEqual({
      code: 'invalid-argument', path: ['options', 'date'], input: 2025,
      message: 'options.date: expected a FHIR dateTime such as "2025-01-31" or "2025-01-31T09:30:00+01:00", got 2025',
    });
  });
  it('a bad dateTime is refused with dateTime examples', () => {
    expect(issue(() => toQuestionnaire(phq9, { date: '2025-13-01' })).message).toBe('options.date: expected a FHIR dateTime such as "2025-01-31" or "2025-01-31T09:30:00+01:00", got "2025-13-01"');
    expect(toQuestionnaire(phq9, { date: '2025' }).date).toBe('2025');
  });
  it('issued must be an instant (a date alone is refused), with an instant example', () => {
    expect(issue(() => toObservations(undefined as never, { issued: '2025-01-31' }))).toEqual({
      code: 'invalid-argument', path: ['context', 'issued'], input: '2025-01-31',
      message: 'context.issued: expected a FHIR instant such as "2025-01-31T09:30:00Z", got "2025-01-31"',
    });
    const result = scoreQuestionnaireResponse(good, { instrument: phq9 });
    expect(toObservations(result, { issued: '2025-01-31T09:30:00Z' })[0]!.issued).toBe('2025-01-31T09:30:00Z');
  });
});

describe('checkResponse: a function is not a resource', () => {
  it('a function carrying resourceType "QuestionnaireResponse" is refused as a function', () => {
    const fn = Object.assign(() => 0, { resourceType: 'QuestionnaireResponse', status: 'completed', item: items() });
    expect(issue(score9(fn))).toMatchObject({ code: 'invalid-argument', path: ['questionnaireResponse'], message: 'questionnaireResponse: expected a FHIR QuestionnaireResponse, got a function' });
  });
});

describe("questionnaireVersion: the generated Questionnaire's version token", () => {
  // FNV-1a 32-bit hashes computed independently in Python:
  //   h = 0x811c9dc5; for c in s: h ^= ord(c); h = (h * 0x01000193) & 0xffffffff; '%08x' % h
  const version = (v: string) => toQuestionnaire(custom('v', v, { id: 'v1' })).version;
  it('a version with no letter or digit becomes the hash of the whole version', () => {
    expect(version('()')).toBe('28d9f59a');
  });
  it('a token of 64 characters is kept; a longer one is cut to 55 and ends with the hash', () => {
    expect(version('a'.repeat(64))).toBe('a'.repeat(64));
    expect(version('a'.repeat(65))).toBe(`${'a'.repeat(55)}-2dd603ec`);
  });
  it('only a hyphen at the cut is dropped, not one inside the kept part', () => {
    // 'A B' + 70 × 'c' → token 'A-B' + 70 × 'c' (73 characters); its first 55 end in 'c'.
    expect(version(`A B${'c'.repeat(70)}`)).toBe(`A-B${'c'.repeat(52)}-73ac29bc`);
    // 54 × 'x', a space, 20 × 'y' → the first 55 characters end in '-', which is dropped.
    expect(version(`${'x'.repeat(54)} ${'y'.repeat(20)}`)).toBe(`${'x'.repeat(54)}-dda6ddeb`);
  });
});

describe('reading: messages and terminology the earlier tests left open', () => {
  it('several answers to an item matched by its LOINC code name the linkId and the item', () => {
    const list = items();
    list[0] = { linkId: '/44250-9', answer: [{ valueInteger: 1 }, { valueInteger: 2 }] };
    expect(issuesOf(score9(qr(list)))).toEqual([
      {
        code: 'invalid-responses', path: ['questionnaireResponse', 'item', 0, 'answer'], input: [{ valueInteger: 1 }, { valueInteger: 2 }],
        message: 'linkId "/44250-9" (item phq9_1) has 2 answers; it is a single-answer item and takes one',
      },
    ]);
  });

  // A ValueSet without url, reachable only as '#vs'; its concept has a system, the answer's Coding
  // none, so only the item's answerValueSet can weigh it (the other lookup needs the system).
  const valueSet = { resourceType: 'ValueSet', id: 'vs', status: 'active', compose: { include: [{ system: 'http://example.org/answers', concept: [{ code: 'often', extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/itemWeight', valueDecimal: 2 }] }] }] } };
  const oftenFirst = () => {
    const list = items();
    list[0] = { linkId: 'phq9_1', answer: [{ valueCoding: { code: 'often' } }] };
    return list;
  };
  it("the passed Questionnaire's contained ValueSet answers its items' '#id' answerValueSet", () => {
    const questionnaire = { resourceType: 'Questionnaire', status: 'active', contained: [valueSet], item: [{ linkId: 'phq9_1', type: 'choice', answerValueSet: '#vs' }] } as Questionnaire;
    // phq9_1 weighs 2 instead of 1: 11 − 1 + 2 = 12.
    expect(scoreQuestionnaireResponse(qr(oftenFirst()), { instrument: phq9, questionnaire }).scores.total!.value).toBe(12);
  });
  it("the response's contained ValueSet answers a '#id' answerValueSet too", () => {
    const questionnaire = { resourceType: 'Questionnaire', status: 'active', item: [{ linkId: 'phq9_1', type: 'choice', answerValueSet: '#vs' }] } as Questionnaire;
    expect(scoreQuestionnaireResponse(qr(oftenFirst(), { contained: [valueSet] }), { instrument: phq9, questionnaire }).scores.total!.value).toBe(12);
  });
});

describe('malformed Questionnaires are refused, naming the first problem and how many more', () => {
  const r = qr(items());
  it('a passed Questionnaire whose item is not an array', () => {
    const questionnaire = { resourceType: 'Questionnaire', status: 'active', item: 'x' } as unknown as Questionnaire;
    expect(issue(() => scoreQuestionnaireResponse(r, { instrument: phq9, questionnaire }))).toEqual({
      code: 'invalid-argument', path: ['options', 'questionnaire', 'item'], input: undefined, message: 'options.questionnaire.item: expected an array of items',
    });
  });
  it('two problems: the first in document order and "1 more"', () => {
    const questionnaire = { resourceType: 'Questionnaire', status: 'active', item: [{ linkId: 1 }, 'x'] } as unknown as Questionnaire;
    expect(issue(() => scoreQuestionnaireResponse(r, { instrument: phq9, questionnaire }))).toEqual({
      code: 'invalid-argument', path: ['options', 'questionnaire', 'item', 0], input: undefined, message: 'options.questionnaire.item.0: expected an item with a string linkId (and 1 more problems)',
    });
  });
  it('a contained Questionnaire is named by its path under the response', () => {
    const contained = [{ resourceType: 'Questionnaire', id: 'q', status: 'active', item: 'x' }];
    expect(issue(() => scoreQuestionnaireResponse(qr(items(), { questionnaire: '#q', contained }), { instrument: phq9 }))).toEqual({
      code: 'invalid-argument', path: ['questionnaireResponse', 'contained', '#q', 'item'], input: undefined, message: 'questionnaireResponse.contained.#q.item: expected an array of items',
    });
  });
});

describe('identifyInstrument: panel codes', () => {
  it('a LOINC panel code that is not a string is no panel code', () => {
    const passed = { resourceType: 'Questionnaire', status: 'active', code: [{ system: LOINC, code: 44249 }] } as unknown as Questionnaire;
    expect(issue(() => identifyInstrument(qr(items(), { questionnaire: 'https://x.example/Q/1' }), [phq9], { questionnaire: passed })).message).toContain(
      '"https://x.example/Q/1" is none of promkit\'s Questionnaires (https://example.org/promkit/Questionnaire/phq-9) and no LOINC panel code names the instrument;',
    );
  });
});

describe('scoreContainedInstruments: more of what it finds', () => {
  it('every candidate must be a definition, not only some', () => {
    expect(issue(() => scoreContainedInstruments(qr(items()), { instruments: [phq9, {}] as never }))).toMatchObject({ code: 'invalid-argument', path: ['options', 'instruments'] });
  });
  it('a null answer is skipped when looking for items (and no instrument is contained)', () => {
    expect(scoreContainedInstruments(qr([{ linkId: 'other', answer: [null] }]), { instruments: [phq9] })).toEqual([]);
  });
  it("an item id two candidates share stands for the first candidate's LOINC code", () => {
    // a.q1 and b.q1 share an id; c.c1 has a.q1's code (44250-9), b.q1 another (69725-0).
    // linkId x1 → q1 means LOINC 44250-9 (the first), so c is contained as well.
    const a = custom('a', '1', { id: 'q1', loinc: '44250-9' });
    const b = custom('b', '1', { id: 'q1', loinc: '69725-0' });
    const c = custom('c', '1', { id: 'c1', loinc: '44250-9' });
    const found = scoreContainedInstruments(qr([{ linkId: 'x1', answer: int(1) }]), { instruments: [a, b, c], linkIds: { x1: 'q1' } });
    expect(found.map((x) => `${x.instrument.id} ${x.scores.total?.value}`)).toEqual(['a 1', 'b 1', 'c 1']);
  });
});
