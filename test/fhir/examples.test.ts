/** The `@example`s of src/fhir, run: each `//=>` value in the doc comments is asserted here. */
import type { QuestionnaireResponse } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { listInstruments } from '../../src/catalog/index.js';
import { score } from '../../src/engine/score.js';
import {
  gasToObservation,
  identifyInstrument,
  PROMKIT_FHIR_BASE,
  promkitCodeSystems,
  scoreContainedInstruments,
  scoreQuestionnaireResponse,
  toObservations,
  toQuestionnaire,
} from '../../src/fhir/index.js';
import { gasTScore } from '../../src/goals/index.js';
import { gad7, pcs, phq9 } from '../../src/instruments/index.js';

const LHC_LINK_IDS = ['/44250-9', '/44255-8', '/44259-0', '/44254-1', '/44251-7', '/44258-2', '/44252-5', '/44253-3', '/44260-8'];
const answer = (code: string) => [{ valueCoding: { system: 'http://loinc.org', code } }];

describe('doc examples', () => {
  it('PROMKIT_FHIR_BASE and promkitCodeSystems', () => {
    expect(PROMKIT_FHIR_BASE).toBe('https://example.org/promkit');
    expect(toQuestionnaire(phq9).url).toBe('https://example.org/promkit/Questionnaire/phq-9');
    expect(toQuestionnaire(phq9, { base: 'https://fhir.example.org' }).url).toBe('https://fhir.example.org/Questionnaire/phq-9');
    expect(promkitCodeSystems().score).toBe('https://example.org/promkit/CodeSystem/promkit-score');
    expect(promkitCodeSystems('https://fhir.example-clinic.org').band).toBe('https://fhir.example-clinic.org/CodeSystem/promkit-band');
    const answers = Object.fromEntries(pcs.items.map((item) => [item.id, 1]));
    expect(toObservations(score(pcs, answers), { instrument: pcs })[1]!.code.coding![0]!.code).toBe('pcs.rumination');
  });

  it('toQuestionnaire', () => {
    const q = toQuestionnaire(phq9);
    expect(q.url).toBe('https://example.org/promkit/Questionnaire/phq-9');
    expect(q.version).toBe('PHQ-9-Kroenke-2001');
    expect(q.code?.[0]?.code).toBe('44249-1');
    expect(q.item?.[0]?.answerOption?.[1]?.valueCoding?.code).toBe('LA6569-3');
    expect(q.item?.at(-1)?.linkId).toBe('phq-9-total');
    expect(toQuestionnaire(gad7, { base: 'https://fhir.example.org', status: 'draft', date: '2025-03-01' }).url).toBe('https://fhir.example.org/Questionnaire/gad-7');
  });

  it('identifyInstrument', () => {
    const qr: QuestionnaireResponse = { resourceType: 'QuestionnaireResponse', status: 'completed', questionnaire: 'https://example.org/promkit/Questionnaire/gad-7' };
    expect(identifyInstrument(qr, listInstruments()).id).toBe('gad-7');
    expect(identifyInstrument({ ...qr, questionnaire: 'http://loinc.org/q/44249-1|2.72' }, listInstruments()).id).toBe('phq-9');
  });

  it('scoreQuestionnaireResponse', () => {
    const qr: QuestionnaireResponse = {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      item: [
        ...LHC_LINK_IDS.map((linkId) => ({ linkId, answer: answer('LA6570-1') })),
        { linkId: '/44261-6', answer: [{ valueDecimal: 18 }] },
        { linkId: '/69722-7', answer: answer('LA6573-5') },
      ],
    };
    const result = scoreQuestionnaireResponse(qr, { instrument: phq9 });
    expect(result.scores.total!.value).toBe(18);
    expect(result.matched[0]!.by).toBe('loinc-in-linkid');
    expect(result.ignored.map((i) => i.linkId)).toEqual(['/44261-6', '/69722-7']);
  });

  it('scoreContainedInstruments', () => {
    const lhcFormsPhq9Response: QuestionnaireResponse = {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      item: LHC_LINK_IDS.map((linkId) => ({ linkId, answer: answer('LA6569-3') })),
    };
    const results = scoreContainedInstruments(lhcFormsPhq9Response, { instruments: listInstruments() });
    expect(results.map((r) => `${r.instrument.id} ${r.scores.total?.value}`)).toEqual(['phq-2 2', 'phq-8 8', 'phq-9 9']);
  });

  it('toObservations', () => {
    const result = score(phq9, [1, 2, 1, 2, 1, 1, 2, 1, 0]);
    const [total] = toObservations(result, {
      instrument: phq9,
      subject: { reference: 'Patient/123' },
      effectiveDateTime: '2025-03-14T10:30:00Z',
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
      effectiveDateTime: '2025-06-01',
      focus: [{ reference: 'Goal/walk' }, { reference: 'Goal/sleep' }, { reference: 'Goal/work' }],
    });
    expect(observation.code.coding?.[0]?.code).toBe('gas.tScore');
    expect(observation.valueQuantity?.value).toBe(50);
  });
});
