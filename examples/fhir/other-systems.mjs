// Scoring QuestionnaireResponses that other software wrote, with promkit:
//   1. the NLM PHQ-9 LOINC form as LHC-Forms exports it (LOINC linkIds, its total and the
//      difficulty item in the same response);
//   2. a clinic's own PHQ-9 form with its own answer codes, weighed by its Questionnaire;
//   3. PHQ-2 and PHQ-8 from that one PHQ-9 response, and every catalogue instrument it contains;
//   4. PROMIS 4a domain scores from a PROMIS-29 response whose linkIds are an IG's own;
//   5. a 0–10 item asked as LOINC-coded choices (LA6111-4 "0" … LA13942-0 "10");
//   6. an answer promkit cannot weigh: refused, saying what to pass.
//
// Run after a build:  npm run build && node examples/fhir/other-systems.mjs
import { PromkitError } from 'promkit';
import { listInstruments } from 'promkit/catalog';
import { scoreContainedInstruments, scoreQuestionnaireResponse, toObservations } from 'promkit/fhir';
import { peg, phq9 } from 'promkit/instruments';

const loinc = (code, display) => [{ valueCoding: { system: 'http://loinc.org', code, display } }];
const show = (label, result) =>
  console.log(`${label}: ${result.instrument.id} ${Object.entries(result.scores).map(([name, s]) => `${name} ${s.value}${s.tScore !== undefined ? ` (T ${s.tScore})` : ''}`).join(', ')}`);

// 1. LHC-Forms: linkIds are "/<LOINC>", and the total and difficulty items come along.
const PHQ9_LOINC = ['44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3', '44260-8'];
const picks = ['LA6569-3', 'LA6570-1', 'LA6569-3', 'LA6570-1', 'LA6569-3', 'LA6569-3', 'LA6570-1', 'LA6569-3', 'LA6568-5'];
const lhc = {
  resourceType: 'QuestionnaireResponse',
  status: 'completed',
  authored: '2025-03-14T10:30:00Z',
  item: [
    ...PHQ9_LOINC.map((code, i) => ({ linkId: `/${code}`, answer: loinc(picks[i]) })),
    { linkId: '/44261-6', answer: [{ valueDecimal: 11 }] },
    { linkId: '/69722-7', answer: loinc('LA6573-5', 'Somewhat difficult') },
  ],
};
const fromLhc = scoreQuestionnaireResponse(lhc, { instrument: phq9 });
show('LHC-Forms PHQ-9', fromLhc);
console.log(`  items matched by: ${[...new Set(fromLhc.matched.map((m) => m.by))].join(', ')}`);
for (const { linkId, why } of fromLhc.ignored) console.log(`  ignored ${linkId}: ${why}`);

// 2. A clinic's form: its own codes, with ordinalValue weights on the Questionnaire's answerOptions
//    and LOINC item codes. The questionnaire URL is the clinic's; the caller names the instrument.
const clinicForm = {
  resourceType: 'Questionnaire',
  status: 'active',
  url: 'https://forms.example-clinic.org/Questionnaire/mood|3',
  item: PHQ9_LOINC.map((code, i) => ({
    linkId: `mood-${i + 1}`,
    type: 'choice',
    code: [{ system: 'http://loinc.org', code }],
    answerOption: ['never', 'some', 'often', 'always'].map((answer, weight) => ({
      valueCoding: { system: 'https://forms.example-clinic.org/answers', code: answer },
      extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: weight }],
    })),
  })),
};
const clinicResponse = {
  resourceType: 'QuestionnaireResponse',
  status: 'completed',
  questionnaire: clinicForm.url,
  item: ['some', 'often', 'often', 'some', 'never', 'some', 'often', 'some', 'some'].map((code, i) => ({
    linkId: `mood-${i + 1}`,
    answer: [{ valueCoding: { system: 'https://forms.example-clinic.org/answers', code } }],
  })),
};
const fromClinic = scoreQuestionnaireResponse(clinicResponse, { instrument: phq9, questionnaire: clinicForm });
show('clinic form PHQ-9', fromClinic);
console.log(`  answers read by: ${[...new Set(fromClinic.matched.map((m) => m.answer))].join(', ')}`);

// 3. Every catalogue instrument the response fully contains (the caller passes the catalogue).
for (const result of scoreContainedInstruments(clinicResponse, { instruments: listInstruments(), questionnaire: clinicForm })) show('  contained', result);

// 4. PROMIS-29 with an IG's own linkIds ("promis-painin9" …): map them once, get each 4a form.
const p29 = {
  resourceType: 'QuestionnaireResponse',
  status: 'completed',
  item: [
    { linkId: 'PROMIS-29.PainInterference', item: [
      { linkId: 'promis-painin9', answer: loinc('LA13909-9') }, { linkId: 'promis-painin22', answer: loinc('LA13909-9') },
      { linkId: 'promis-painin31', answer: loinc('LA13863-8') }, { linkId: 'promis-painin34', answer: loinc('LA13909-9') },
    ] },
    { linkId: 'PROMIS-29.Depression', item: [
      { linkId: 'promis-eddep04', answer: loinc('LA10082-8') }, { linkId: 'promis-eddep06', answer: loinc('LA10082-8') },
      { linkId: 'promis-eddep29', answer: loinc('LA10044-8') }, { linkId: 'promis-eddep41', answer: loinc('LA10082-8') },
    ] },
    { linkId: 'promis-global07', answer: [{ valueInteger: 5 }] },
  ],
};
const linkIds = Object.fromEntries(['PAININ9', 'PAININ22', 'PAININ31', 'PAININ34', 'EDDEP04', 'EDDEP06', 'EDDEP29', 'EDDEP41'].map((id) => [`promis-${id.toLowerCase()}`, id]));
for (const result of scoreContainedInstruments(p29, { instruments: listInstruments(), linkIds })) show('PROMIS-29', result);

// 5. PEG items asked as LOINC-coded choices: the Coding's display is the number.
const pegResponse = {
  resourceType: 'QuestionnaireResponse',
  status: 'completed',
  item: [
    { linkId: '/75893-8', answer: loinc('LA10138-8', '6') },
    { linkId: '/91145-3', answer: loinc('LA10139-6', '7') },
    { linkId: '/91146-1', answer: loinc('LA10137-0', '5') },
  ],
};
const fromPeg = scoreQuestionnaireResponse(pegResponse, { instrument: peg });
show('PEG with coded 0-10 answers', fromPeg);
const [observation] = toObservations(fromPeg, { subject: { reference: 'Patient/p-042' }, effectiveDateTime: '2025-03-14' });
console.log(`  Observation LOINC ${observation.code.coding[0].code} = ${observation.valueQuantity.value}`);

// 6. A code promkit cannot weigh, with nothing to weigh it by: refused, with what to pass.
try {
  scoreQuestionnaireResponse(clinicResponse, { instrument: phq9, linkIds: Object.fromEntries(phq9.items.map((item, i) => [`mood-${i + 1}`, item.id])) });
} catch (error) {
  if (!(error instanceof PromkitError)) throw error;
  console.log(`\nrefused: ${error.issues[0].message}`);
}
