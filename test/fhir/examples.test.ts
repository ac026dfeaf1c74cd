/** The `@example`s of src/fhir, run: each `//=>` value in the doc comments is asserted here. */
import type { QuestionnaireResponse } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { listInstruments } from '../../src/catalog/index.js';
import { score } from '../../src/engine/score.js';
import { gasToObservation, identifyInstrument, PROMKIT_CODE_SYSTEMS, PROMKIT_FHIR_BASE, scoreQuestionnaireResponse, toObservations, toQuestionnaire } from '../../src/fhir/index.js';
import { gasTScore } from '../../src/goals/index.js';
import { gad7, pcs, phq9 } from '../../src/instruments/index.js';

describe('doc examples', () => {
  it('PROMKIT_FHIR_BASE and PROMKIT_CODE_SYSTEMS', () => {
    expect(toQuestionnaire(phq9).url).toBe(`${PROMKIT_FHIR_BASE}/Questionnaire/phq-9`);
    expect(toQuestionnaire(phq9, { base: 'https://fhir.example.org' }).url).toBe('https://fhir.example.org/Questionnaire/phq-9');
    expect(PROMKIT_CODE_SYSTEMS.score).toBe('https://promkit.dev/fhir/CodeSystem/score');
    const answers = Object.fromEntries(pcs.items.map((item) => [item.id, 1]));
    expect(toObservations(score(pcs, answers), { instrument: pcs })[1]!.code.coding![0]!.code).toBe('pcs.rumination');
  });

  it('toQuestionnaire', () => {
    const q = toQuestionnaire(phq9);
    expect(q.url).toBe('https://promkit.dev/fhir/Questionnaire/phq-9');
    expect(q.code?.[0]?.code).toBe('44249-1');
    expect(q.item?.[0]?.answerOption?.[1]?.valueCoding?.code).toBe('LA6569-3');
    expect(q.item?.at(-1)?.linkId).toBe('phq-9-total');
    expect(toQuestionnaire(gad7, { base: 'https://fhir.example.org', status: 'draft', date: '2025-03-01' }).url).toBe('https://fhir.example.org/Questionnaire/gad-7');
  });

  it('identifyInstrument', () => {
    const qr: QuestionnaireResponse = { resourceType: 'QuestionnaireResponse', status: 'completed', questionnaire: 'https://promkit.dev/fhir/Questionnaire/gad-7' };
    expect(identifyInstrument(qr, listInstruments()).id).toBe('gad-7');
    expect(identifyInstrument({ ...qr, questionnaire: 'http://loinc.org/q/44249-1' }, listInstruments()).id).toBe('phq-9');
  });

  it('scoreQuestionnaireResponse', () => {
    const qr: QuestionnaireResponse = {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      questionnaire: 'https://promkit.dev/fhir/Questionnaire/gad-7',
      item: ['gad7_1', 'gad7_2', 'gad7_3', 'gad7_4', 'gad7_5', 'gad7_6', 'gad7_7'].map((linkId) => ({
        linkId,
        answer: [{ valueCoding: { system: 'http://loinc.org', code: 'LA6570-1' } }],
      })),
    };
    const result = scoreQuestionnaireResponse(qr, { instrument: gad7 });
    expect(result.scores.total!.value).toBe(14);
    expect(result.scores.total!.band?.label).toBe('moderate');
  });

  it('toObservations', () => {
    const result = score(phq9, [1, 2, 1, 2, 1, 1, 2, 1, 0]);
    const [total] = toObservations(result, {
      instrument: phq9,
      subject: { reference: 'Patient/123' },
      effective: '2025-03-14T10:30:00Z',
      derivedFrom: { reference: 'QuestionnaireResponse/qr-1' },
    });
    expect(total!.code.coding?.[0]?.code).toBe('44261-6');
    expect(total!.valueQuantity?.value).toBe(11);
    expect(total!.interpretation?.[0]?.text).toBe('moderate');
  });

  it('gasToObservation', () => {
    const gas = gasTScore([{ attainment: 0 }, { attainment: 1 }, { attainment: -1 }]);
    const observation = gasToObservation(gas, {
      subject: { reference: 'Patient/123' },
      effective: '2025-06-01',
      focus: [{ reference: 'Goal/walk' }, { reference: 'Goal/sleep' }, { reference: 'Goal/work' }],
    });
    expect(observation.code.coding?.[0]?.code).toBe('gas.tScore');
    expect(observation.valueQuantity?.value).toBe(50);
  });
});
