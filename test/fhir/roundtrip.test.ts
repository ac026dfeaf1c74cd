/**
 * Round trip for every catalogue instrument: definition → toQuestionnaire → a QuestionnaireResponse
 * filled from that Questionnaire alone → scoreQuestionnaireResponse equals score() of the same
 * answers. Also: the generated responses are valid R4, and the ways a response may be shaped
 * (groups, empty items, calculated items, weights instead of codes) all score the same.
 */
import fc from 'fast-check';
import type { Questionnaire, QuestionnaireResponse } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { listInstruments } from '../../src/catalog/index.js';
import { identifyInstrument, scoreQuestionnaireResponse, toQuestionnaire } from '../../src/fhir/index.js';
import { score } from '../../src/engine/score.js';
import { gad7, odi, phq9, tsk17 } from '../../src/instruments/index.js';
import { answersArb, core, expectValidR4, fill } from './helpers.js';
import { fcRuns } from '../fcRuns.js';

const instruments = listInstruments();

describe('round trip: definition → Questionnaire → QuestionnaireResponse → score', () => {
  it.each(instruments.map((def) => [def.id, def] as const))('%s', (_id, def) => {
    const q = toQuestionnaire(def);
    let validated = 0;
    fc.assert(
      fc.property(
        fc.oneof(answersArb(def, true), answersArb(def)),
        fc.record({ groups: fc.boolean(), keepEmpty: fc.boolean(), scoreItems: fc.boolean() }),
        fc.constantFrom('explicit', 'lookup', 'official', 'strict'),
        (answers, shape, how) => {
          const qr = fill(q, def, answers, shape);
          if (validated++ < 5) expectValidR4(qr);
          const missing = how === 'strict' ? ('strict' as const) : undefined;
          const expected = score(def, answers, missing ? { missing } : undefined);
          const got =
            how === 'lookup'
              ? scoreQuestionnaireResponse(qr, { instruments })
              : scoreQuestionnaireResponse(qr, missing ? { instrument: def, missing } : { instrument: def });
          expect(core(got)).toEqual(expected);
        },
      ),
      fcRuns(40),
    );
  });

  it('identifies every catalogue instrument from its canonical URL', () => {
    for (const def of instruments) {
      const qr: QuestionnaireResponse = { resourceType: 'QuestionnaireResponse', status: 'completed', questionnaire: toQuestionnaire(def).url! };
      expect(identifyInstrument(qr, instruments).id).toBe(def.id);
    }
  });
});

describe('scoreQuestionnaireResponse: shapes of a response', () => {
  const q = toQuestionnaire(phq9);
  const answers = { phq9_1: 1, phq9_2: 2, phq9_3: 1, phq9_4: 2, phq9_5: 1, phq9_6: 1, phq9_7: 2, phq9_8: 1, phq9_9: 0 };
  const base = fill(q, phq9, answers);

  it('scores the PHQ-9 example of the score() docs: 11, moderate', () => {
    const result = scoreQuestionnaireResponse(base, { instrument: phq9 });
    expect(result.scores.total!.value).toBe(11);
    expect(result.scores.total!.band?.label).toBe('moderate');
    expect(result.flags.item9Positive).toBe(false);
  });

  it('matches codings without a system, and by itemWeight or ordinalValue when the code is foreign', () => {
    const reshaped = structuredClone(base);
    const items = reshaped.item!;
    delete items[0]!.answer![0]!.valueCoding!.system;
    items[1]!.answer = [{ valueCoding: { system: 'urn:example:local', code: 'often', extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/itemWeight', valueDecimal: 2 }] } }];
    items[2]!.answer = [{ valueCoding: { code: 'x' }, extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 1 }] }];
    expect(core(scoreQuestionnaireResponse(reshaped, { instrument: phq9 }))).toEqual(score(phq9, answers));
  });

  it('reads items nested under an answer', () => {
    const nested = structuredClone(base);
    const [first, ...rest] = nested.item!;
    first!.answer![0]!.item = rest;
    nested.item = [first!];
    expect(core(scoreQuestionnaireResponse(nested, { instrument: phq9 }))).toEqual(score(phq9, answers));
  });

  it('matches promkit answer codes, and the reverse-scored TSK-17 like score()', () => {
    const qt = toQuestionnaire(tsk17);
    const tskAnswers = Object.fromEntries(tsk17.items.map((item, i) => [item.id, (i % 4) + 1]));
    const qr = fill(qt, tsk17, tskAnswers);
    expect(qr.item![0]!.answer![0]!.valueCoding!.code).toBe('tsk-17.tsk17_1=1');
    expect(core(scoreQuestionnaireResponse(qr, { instrument: tsk17 }))).toEqual(score(tsk17, tskAnswers));
  });

  it('prorates like score() (ODI, one section unanswered)', () => {
    const odiAnswers = { odi_1: 1, odi_2: 2, odi_3: 3, odi_4: 4, odi_5: 5, odi_6: 0, odi_7: 1, odi_8: 2, odi_9: 3, odi_10: null };
    const result = scoreQuestionnaireResponse(fill(toQuestionnaire(odi), odi, odiAnswers), { instrument: odi });
    expect(core(result)).toEqual(score(odi, odiAnswers));
    expect(result.scores.total!.status).toBe('prorated');
  });

  it('accepts a versioned canonical, a LOINC form canonical and a contained Questionnaire', () => {
    const versioned = { ...base, questionnaire: `${q.url}|${q.version}` };
    expect(scoreQuestionnaireResponse(versioned, { instrument: phq9 }).scores.total!.value).toBe(11);
    expect(scoreQuestionnaireResponse(versioned, { instruments: [gad7, phq9] }).scores.total!.value).toBe(11);
    const legacy = { ...base, questionnaire: `${q.url}|${encodeURIComponent(phq9.version)}` };
    expect(scoreQuestionnaireResponse(legacy, { instrument: phq9 }).scores.total!.value).toBe(11);
    const loinc = { ...base, questionnaire: 'http://loinc.org/q/44249-1' };
    expect(scoreQuestionnaireResponse(loinc, { instruments: [gad7, phq9] }).instrument.id).toBe('phq-9');
    const form: Questionnaire = { resourceType: 'Questionnaire', id: 'form', status: 'active', code: [{ system: 'http://loinc.org', code: '69737-5' }] };
    const contained: QuestionnaireResponse = {
      ...base,
      questionnaire: '#form',
      contained: [form],
      item: fill(toQuestionnaire(gad7), gad7, { gad7_1: 3, gad7_2: 3 }).item,
    };
    expect(identifyInstrument(contained, [phq9, gad7]).id).toBe('gad-7');
    expect(scoreQuestionnaireResponse(contained, { instruments: [phq9, gad7] }).scores.total!.status).toBe('insufficient-items');
  });

  it('does not mutate the response', () => {
    const copy = structuredClone(base);
    scoreQuestionnaireResponse(base, { instruments: [phq9] });
    expect(base).toEqual(copy);
  });
});
