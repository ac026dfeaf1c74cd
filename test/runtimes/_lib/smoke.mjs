// The smoke suite every runtime runs (Node, Deno, Bun, headless Chromium): the ESM build, imported
// by package name as an application imports it, through each entry and each dependency the build
// loads (zod's bundled code, date-fns, simple-statistics, promkit's t quantile). Plain JavaScript
// with no runtime APIs, so the browser runs the very same file. The expected values and their
// sources are in expected.ts; this file only computes.
import { cohortChange, defineInstrument, safeScore, score, scoreColumns, slopePerWeek, trajectoryChart, gasTScore } from 'promkit';
import { getInstrument, listInstruments } from 'promkit/catalog';
import { scoreQuestionnaireResponse, toQuestionnaire } from 'promkit/fhir';
import { phq9, promisPi4a } from 'promkit/instruments';

/** Runs every check; returns plain JSON-able results. */
export function smoke() {
  const phq = score(phq9, [1, 2, 1, 2, 1, 1, 2, 1, 0]);
  const bad = safeScore(phq9, [1, 4, 1, 2, 1, 1, 2, 1, 0]);
  const pi = score(promisPi4a, { PAININ9: 3, PAININ22: 3, PAININ31: 3, PAININ34: 3 }).scores.total;

  const local = defineInstrument({
    id: 'clinic-sleep', title: 'Clinic sleep quality', version: '1', domain: 'sleep', recallPeriod: 'last night',
    citations: [{ key: 'local', text: 'Pain clinic local scale, 2026.' }],
    licence: { status: 'user-defined', verbatimText: true, note: 'Our own scale.' },
    items: [{ id: 'sleep', label: 'Sleep quality', numeric: { min: 0, max: 10, integer: true } }],
    scores: [{
      name: 'total', label: 'Sleep quality', items: ['sleep'], method: 'sum', range: [0, 10], direction: 'higher-is-better',
      missing: { minAnswered: 1, rounding: 'none', official: true, text: 'The item must be answered.', source: { ref: 'local' } },
    }],
  });
  let refused = null;
  try {
    defineInstrument({ id: 'Not Kebab', title: 5 });
  } catch (error) {
    refused = { name: error.name, messages: error.issues.slice(0, 2).map((i) => i.message), paths: error.issues.map((i) => i.path.join('.')) };
  }

  // Student's (1908) sleep data: hours gained on two drugs by the same 10 patients.
  const drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
  const drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
  const cohort = cohortChange(drug1.map((b, i) => ({ baseline: b, followUp: drug2[i] })));

  const slope = slopePerWeek(
    [{ date: '2024-03-01T08:00:00+01:00', value: 8 }, { date: '2024-03-08T07:00:00Z', value: 7 }, { date: '2024-03-15T09:00:00+02:00', value: 6 }],
    { direction: 'higher-is-worse' },
  );

  const columns = scoreColumns(Object.fromEntries(phq9.items.map((item, k) => [item.id, Float64Array.from([k % 4, 3, 0])])), phq9);

  const questionnaire = toQuestionnaire(phq9);
  const fromFhir = scoreQuestionnaireResponse(
    {
      resourceType: 'QuestionnaireResponse', status: 'completed',
      // each answer as a form engine sends it: the option's LOINC answer code
      item: phq9.items.map((item, k) => {
        const option = item.options.find((o) => o.value === [1, 2, 1, 2, 1, 1, 2, 1, 0][k]);
        return { linkId: item.id, answer: [{ valueCoding: { system: 'http://loinc.org', code: option.loinc } }] };
      }),
    },
    { instrument: phq9 },
  );

  const spec = trajectoryChart(
    [{ date: '2024-01-08', value: 17 }, { date: '2024-02-05', value: 12 }, { date: '2024-03-04', value: 8 }],
    { instrument: phq9, baseline: { method: 'first' } },
  );

  return {
    phq9: { total: phq.scores.total.value, band: phq.scores.total.band?.label, item9: phq.flags.item9Positive },
    error: bad.success ? null : { code: bad.error.issues[0].code, path: bad.error.issues[0].path, message: bad.error.issues[0].message },
    promisPi4a: { raw: pi.value, tScore: pi.tScore, se: pi.se, band: pi.band?.label },
    defineInstrument: { total: score(local, { sleep: 7 }).scores.total.value, frozen: Object.isFrozen(local.items[0]), refused },
    cohortChange: { meanChange: cohort.meanChange, ci: cohort.ci },
    slopePerWeek: { perWeek: slope.perWeek, improvementPerWeek: slope.improvementPerWeek, spanDays: slope.spanDays },
    scoreColumns: Array.from(columns.scores.total.values),
    gas: gasTScore([{ attainment: 2 }, { attainment: 1 }, { attainment: 0 }, { attainment: -2 }, { attainment: 1 }]).tScore,
    catalog: { instruments: listInstruments().length, gad7Items: getInstrument('gad-7').items.length },
    fhir: { questionnaireItems: questionnaire.item.length, total: fromFhir.scores.total.value },
    chart: { schema: spec.$schema, layers: spec.layer.map((l) => l.name), description: spec.description },
    spec,
  };
}
