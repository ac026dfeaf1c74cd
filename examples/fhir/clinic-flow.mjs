// A pain clinic's FHIR flow with promkit, end to end:
//   1. publish PHQ-9 and GAD-7 as FHIR R4 Questionnaires under the clinic's own base URL;
//   2. a patient app fills them in (simulated here from the Questionnaires alone);
//   3. the clinic receives the QuestionnaireResponses, identifies and scores them;
//   4. it turns the scores into LOINC-coded Observations and a transaction Bundle;
//   5. a malformed response is refused with a clear error;
//   6. a Goal Attainment Scaling review becomes an Observation too.
//
// Run after a build:  npm run build && node examples/fhir/clinic-flow.mjs
// (Node resolves 'promkit' to this package itself through its "exports".)
import { gasTScore, PromkitError } from 'promkit';
import { gasToObservation, identifyInstrument, scoreQuestionnaireResponse, toObservations, toQuestionnaire } from 'promkit/fhir';
import { gad7, phq9 } from 'promkit/instruments';

const BASE = 'https://fhir.example-clinic.org';
const patient = { reference: 'Patient/p-042', display: 'Sam Example' };
const offered = [phq9, gad7]; // only what this clinic uses: the rest of the catalogue stays out of the bundle

// 1. Publish the Questionnaires (dates are passed in; promkit never reads the clock).
const questionnaires = offered.map((instrument) => toQuestionnaire(instrument, { base: BASE, date: '2025-03-01', publisher: 'Example Pain Clinic' }));
for (const q of questionnaires) {
  const calculated = q.item.filter((item) => item.readOnly).map((item) => item.linkId);
  console.log(`published ${q.url}  (${q.item.length - calculated.length} questions; calculated: ${calculated.join(', ') || 'none'})`);
}

// 2. The patient app answers each question by choosing one of the Questionnaire's answerOptions.
function answer(questionnaire, choices, id, authored) {
  return {
    resourceType: 'QuestionnaireResponse',
    id,
    questionnaire: questionnaire.url,
    status: 'completed',
    subject: patient,
    author: patient,
    authored,
    item: questionnaire.item
      .filter((item) => !item.readOnly)
      .map((item, i) => ({ linkId: item.linkId, text: item.text, answer: [{ valueCoding: item.answerOption[choices[i]].valueCoding }] })),
  };
}
const incoming = [
  answer(questionnaires[0], [1, 2, 1, 2, 1, 1, 2, 1, 1], 'qr-phq9-0314', '2025-03-14T10:30:00+01:00'),
  answer(questionnaires[1], [2, 1, 2, 1, 1, 0, 1], 'qr-gad7-0314', '2025-03-14T10:34:00+01:00'),
];

// 3 and 4. Identify, score, and record each response.
const entries = [];
for (const qr of incoming) {
  const instrument = identifyInstrument(qr, offered, { base: BASE });
  const result = scoreQuestionnaireResponse(qr, { instrument, base: BASE });
  const total = result.scores.total;
  console.log(`\n${qr.id}: ${instrument.shortTitle ?? instrument.title} total ${total.value} (${total.band?.label ?? 'no band'}), ${total.status}`);
  for (const [flag, raised] of Object.entries(result.flags)) {
    if (raised) console.log(`  ! flag ${flag}: ${instrument.flags.find((f) => f.name === flag).label}`);
  }
  // The result knows its definition and base; the context uses the FHIR field names.
  const observations = toObservations(result, {
    subject: qr.subject,
    performer: [qr.author],
    effectiveDateTime: qr.authored,
    issued: '2025-03-14T09:40:00Z',
    derivedFrom: { reference: `QuestionnaireResponse/${qr.id}` },
  });
  for (const observation of observations) {
    const [code] = observation.code.coding;
    console.log(`  Observation ${code.system === 'http://loinc.org' ? 'LOINC ' : ''}${code.code} = ${observation.valueQuantity.value} ${observation.valueQuantity.unit}`);
  }
  entries.push({ resource: qr, request: { method: 'PUT', url: `QuestionnaireResponse/${qr.id}` } });
  entries.push(...observations.map((resource) => ({ resource, request: { method: 'POST', url: 'Observation' } })));
}

// 5. A response the clinic cannot score is refused, naming the item and the value.
const broken = structuredClone(incoming[0]);
broken.item[2].answer = [{ valueString: 'some days' }];
broken.item.push({ linkId: 'phq9_10', answer: [{ valueInteger: 1 }] });
try {
  // unknownItems: 'error' refuses items that are not the instrument's (by default they are listed in result.ignored).
  scoreQuestionnaireResponse(broken, { instrument: phq9, base: BASE, unknownItems: 'error' });
} catch (error) {
  if (!(error instanceof PromkitError)) throw error;
  console.log('\nrefused a malformed response:');
  for (const issue of error.issues) console.log(`  [${issue.code}] ${issue.message.slice(0, 110)}…`);
}

// 6. Goal Attainment Scaling at the 6-week review: three goals, one better than expected.
const gas = gasTScore([
  { id: 'walk-30-min', attainment: 1 },
  { id: 'return-to-work', attainment: 0 },
  { id: 'sleep-6-hours', attainment: -1 },
]);
const gasObservation = gasToObservation(gas, {
  subject: patient,
  effectiveDateTime: '2025-04-25',
  base: BASE,
  focus: [{ reference: 'Goal/walk-30-min' }, { reference: 'Goal/return-to-work' }, { reference: 'Goal/sleep-6-hours' }],
});
console.log(`\nGAS T-score ${gasObservation.valueQuantity.value} over ${gas.included} goals`);
entries.push({ resource: gasObservation, request: { method: 'POST', url: 'Observation' } });

const bundle = { resourceType: 'Bundle', type: 'transaction', entry: entries };
console.log(`\ntransaction Bundle: ${bundle.entry.length} entries (${bundle.entry.filter((e) => e.resource.resourceType === 'Observation').length} Observations)`);
console.log(JSON.stringify(bundle.entry[1].resource, null, 2));
