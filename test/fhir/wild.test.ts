/**
 * QuestionnaireResponses written by others (CMS ACCESS IG, the German MII PRO module, HL7 SDC,
 * LHC-Forms test forms filled in LHC-Forms itself): each is scored and compared with its total
 * worked by hand (cases.json gives the working; SOURCES.md gives repository, path, commit and
 * licence). Where an artifact states a wrong total or weight, the case says so and tests the
 * right value, or the refusal.
 */
import type { Coding, Questionnaire, QuestionnaireResponse, ValueSet } from 'fhir/r4';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getInstrument, listInstruments } from '../../src/catalog/index.js';
import { scoreContainedInstruments, scoreQuestionnaireResponse, toObservations, type ScoreQuestionnaireResponseOptions } from '../../src/fhir/index.js';
import type { Instrument } from '../../src/model/schema.js';
import { issue } from '../promkitError.js';
import { expectValidR4 } from './helpers.js';
import { fillInLForms, type LFormsAnswer } from './lforms.js';

interface WildCase {
  readonly name: string;
  readonly source: string;
  readonly kind: 'response' | 'lforms' | 'fill';
  readonly file: string;
  readonly instrument: string;
  readonly options: { questionnaire?: string; valueSets?: string[]; linkIds?: Record<string, string>; answerWeight?: string };
  readonly fill?: { valueSet?: string; answers: Record<string, LFormsAnswer | string> };
  readonly expect?: Record<string, { value: number; tScore?: number; band?: string }>;
  readonly expectError?: { code: string; includes: string };
  readonly contained?: Record<string, Record<string, number>>;
  readonly working: string;
}

const dir = new URL('./wild/', import.meta.url);
const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as T;
const cases = read<WildCase[]>('cases.json');

/** Callers' knowledge of an IG's answer CodeSystem, as `answerWeight` callbacks. */
const ANSWER_WEIGHTS: Record<string, (coding: Coding) => number | undefined> = {
  // MII DASS-21 answer codes are dass-dass21-answer-0 … -3, the DASS answer values.
  'mii-dass21-code': (coding) => {
    const match = /^dass-dass21-answer-([0-3])$/.exec(coding.code ?? '');
    return match ? Number(match[1]) : undefined;
  },
};

async function responseOf(c: WildCase): Promise<QuestionnaireResponse> {
  if (c.kind === 'response') return read<QuestionnaireResponse>(c.file);
  const questionnaire = read<Questionnaire>(c.file);
  if (c.kind === 'lforms') return fillInLForms(questionnaire, c.fill!.answers as Record<string, LFormsAnswer>);
  return fillFromValueSet(questionnaire, read<ValueSet>(c.fill!.valueSet!), c.fill!.answers as Record<string, string>);
}

/** A form filler's response to a Questionnaire whose answers come from one ValueSet: the chosen concept as a Coding. */
function fillFromValueSet(q: Questionnaire, vs: ValueSet, answers: Record<string, string>): QuestionnaireResponse {
  const include = vs.compose!.include[0]!;
  const item = (Object.entries(answers) as [string, string][]).map(([linkId, code]) => {
    const concept = include.concept!.find((c) => c.code === code)!;
    return { linkId, answer: [{ valueCoding: { system: include.system!, code, display: concept.display! } }] };
  });
  return { resourceType: 'QuestionnaireResponse', status: 'completed', questionnaire: q.url!, authored: '2025-03-14T10:30:00Z', item };
}

function optionsOf(c: WildCase, instrument: Instrument): ScoreQuestionnaireResponseOptions {
  const { questionnaire, valueSets, linkIds, answerWeight } = c.options;
  return {
    instrument,
    ...(questionnaire ? { questionnaire: read<Questionnaire>(questionnaire) } : {}),
    ...(valueSets ? { valueSets: valueSets.map((file) => read<ValueSet>(file)) } : {}),
    // A map for a whole profile (PROMIS-29) names items of several instruments: keep this one's.
    ...(linkIds ? { linkIds: Object.fromEntries(Object.entries(linkIds).filter(([, id]) => instrument.items.some((i) => i.id === id))) } : {}),
    ...(answerWeight ? { answerWeight: ANSWER_WEIGHTS[answerWeight]! } : {}),
  };
}

describe('QuestionnaireResponses from other systems (test/fhir/wild)', () => {
  it('has at least 15 artifacts written by others, each named in SOURCES.md', () => {
    const sources = readFileSync(new URL('SOURCES.md', dir), 'utf8');
    const files = new Set(cases.map((c) => c.file));
    expect(files.size).toBeGreaterThanOrEqual(15);
    for (const file of files) expect(sources, file).toContain(file);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const qr = await responseOf(c);
    const instrument = getInstrument(c.instrument);
    const options = optionsOf(c, instrument);
    if (c.expectError) {
      const problem = issue(() => scoreQuestionnaireResponse(qr, options));
      expect(problem.code).toBe(c.expectError.code);
      expect(problem.message).toContain(c.expectError.includes);
      return;
    }
    const result = scoreQuestionnaireResponse(qr, options);
    for (const [name, expected] of Object.entries(c.expect!)) {
      const value = result.scores[name]!;
      expect(value.value, `${name} (${c.working})`).toBe(expected.value);
      expect(value.status).toBe('scored');
      if (expected.tScore !== undefined) expect(value.tScore).toBe(expected.tScore);
      if (expected.band !== undefined) expect(value.band?.label).toBe(expected.band);
    }
    // Every instrument item was found, and everything else was listed as ignored, not dropped.
    expect(result.matched.map((m) => m.itemId).sort()).toEqual(instrument.items.map((i) => i.id).sort());
    // toObservations needs no second copy of the definition, and writes valid R4.
    for (const observation of toObservations(result, { subject: { reference: 'Patient/example' }, effectiveDateTime: '2025-03-14' })) expectValidR4(observation);
    if (c.contained) {
      const { instrument: _instrument, ...rest } = options;
      const contained = scoreContainedInstruments(qr, { ...rest, ...(c.options.linkIds ? { linkIds: c.options.linkIds } : {}), instruments: listInstruments() });
      const got = Object.fromEntries(contained.map((r) => [r.instrument.id, Object.fromEntries(Object.entries(r.scores).map(([k, v]) => [k, v.value]))]));
      for (const [id, scores] of Object.entries(c.contained)) expect(got[id], id).toMatchObject(scores);
    }
  });
});

describe('what the wild cases exercise', () => {
  it('LHC-Forms linkIds are matched by their LOINC code, and the total and difficulty items are listed as ignored', async () => {
    const c = cases.find((x) => x.file === 'lhc-phq9.questionnaire.json')!;
    const result = scoreQuestionnaireResponse(await responseOf(c), { instrument: getInstrument('phq-9') });
    expect(new Set(result.matched.map((m) => m.by))).toEqual(new Set(['loinc-in-linkid']));
    expect(result.ignored.map((i) => i.linkId)).toContain('/69722-7');
    expect(result.ignored.find((i) => i.linkId === '/69722-7')?.why).toMatch(/not an item of phq-9/);
  });

  it('the CMS PF 6b answers to PFC12 and PFB1 are read by weight, the rest by LOINC answer code', () => {
    const c = cases.find((x) => x.file === 'cms-access-promis-pf-6b.json')!;
    const result = scoreQuestionnaireResponse(read(c.file), optionsOf(c, getInstrument('promis-pf-6b')));
    expect(Object.fromEntries(result.matched.map((m) => [m.itemId, m.answer]))).toEqual({
      PFA11: 'option-code', PFA21: 'option-code', PFA23: 'option-code', PFA53: 'option-code', PFC12: 'weight', PFB1: 'weight',
    });
    expect(result.ignored.map((i) => i.linkId)).toEqual(['raw_score', 'tscore']);
  });

  it('the MII PROMIS T-scores: depression agrees with the PROMIS tables; PF, anxiety, sleep and pain interference do not', () => {
    const c = cases.find((x) => x.file === 'mii-promis29-de.response.json')!;
    const contained = scoreContainedInstruments(read(c.file), { instruments: listInstruments(), linkIds: c.options.linkIds! });
    // What the artifact states (raw -> T) for each 4a domain, and the row of the HealthMeasures
    // PROMIS-29 v2.1 table promkit ships (the definitions cite it; test/reference.test.ts checks them).
    const stated: Record<string, [number, number]> = {
      'promis-pf-4a': [13, 42.6],
      'promis-anx-4a': [9, 56.8],
      'promis-dep-4a': [13, 63.9],
      'promis-sd-4a': [11, 53.6],
      'promis-pi-4a': [11, 60.9],
    };
    const agree: string[] = [];
    for (const result of contained) {
      const [raw, t] = stated[result.instrument.id]!;
      const table = getInstrument(result.instrument.id).scores[0]!.table!.rows.find((row) => row.raw === raw)!;
      expect(result.scores.total!.value).toBe(raw);
      expect(result.scores.total!.tScore).toBe(table.tScore);
      if (table.tScore === t) agree.push(result.instrument.id);
    }
    expect(agree).toEqual(['promis-dep-4a']);
    // The Depression 4a response's stated T-score (raw 12 -> 62.2) is the table's.
    const dep = cases.find((x) => x.file === 'mii-promis-dep-4a.response.json')!;
    expect(scoreQuestionnaireResponse(read(dep.file), optionsOf(dep, getInstrument('promis-dep-4a'))).scores.total!.tScore).toBe(62.2);
  });


  it('the whole MII PROMIS-29: promis-29 and every 4a form; its social-roles raw score is wrong', () => {
    const c = cases.find((x) => x.file === 'mii-promis29-de.response.json')!;
    const qr = read<QuestionnaireResponse>(c.file);
    const linkIds = {
      ...c.options.linkIds!,
      'promis-hi7': 'HI7', 'promis-an3': 'AN3', 'promis-fatexp41': 'FATEXP41', 'promis-fatexp40': 'FATEXP40',
      'promis-srpper11-caps': 'SRPPER11_CaPS', 'promis-srpper18-caps': 'SRPPER18_CaPS', 'promis-srpper23-caps': 'SRPPER23_CaPS', 'promis-srpper46-caps': 'SRPPER46_CaPS',
      'promis-global07': 'Global07',
    };
    // The social-roles items are answered with LOINC answer codes (Sometimes, Rarely, Sometimes,
    // Sometimes) that promkit's options carry, so they score without a callback, reverse-keyed as
    // PROMIS scores them ("I have trouble doing …": Never 5, Rarely 4, Sometimes 3, Usually 2, Always 1).
    const results = scoreContainedInstruments(qr, { instruments: listInstruments(), linkIds });
    // The MII Questionnaire's fourth answer, "Often" (LA10044-8), is not the PROMIS anchor
    // "Usually", which has no LOINC code in promkit: an answer coded so is refused, naming the item
    // and the allowed codes, until the caller says what it means.
    const often = structuredClone(qr) as unknown as { item?: { linkId: string; item?: unknown[]; answer?: unknown[] }[] };
    const srpper11 = often.item!.flatMap((group) => (group.item ?? []) as { linkId: string; answer?: unknown[] }[]).find((it) => it.linkId === 'promis-srpper11-caps')!;
    srpper11.answer = [{ valueCoding: { system: 'http://loinc.org', code: 'LA10044-8', display: 'Oft' } }];
    const refused = issue(() => scoreContainedInstruments(often as unknown as QuestionnaireResponse, { instruments: listInstruments(), linkIds }));
    expect(refused.message).toMatch(/^linkId "promis-srpper11-caps" \(item SRPPER11_CaPS\): answer http:\/\/loinc.org\|LA10044-8 \("Oft"\) matches no response option and no weight was found for it; allowed: LA6270-8 "Never" \(5\), LA10066-1 "Rarely" \(4\), LA10082-8 "Sometimes" \(3\), promis-29.SRPPER11_CaPS=2 "Usually" \(2\), LA9933-8 "Always" \(1\)/);
    const usually = scoreContainedInstruments(often as unknown as QuestionnaireResponse, { instruments: listInstruments(), linkIds, answerWeight: (coding, item) => (item.id.startsWith('SRPPER') && coding.code === 'LA10044-8' ? 2 : undefined) });
    // Hand-worked: Usually 2 + Rarely 4 + Sometimes 3 + Sometimes 3 = 12.
    expect(usually.find((r) => r.instrument.id === 'promis-sra-4a')!.scores.total!.value).toBe(12);
    const p29 = results.find((r) => r.instrument.id === 'promis-29')!;
    // Hand-worked: social roles Sometimes 3 + Rarely 4 + Sometimes 3 + Sometimes 3 = 13. The artifact
    // says 11: it scored "Rarely" 2, as on the non-reversed frequency scale.
    expect(Object.fromEntries(Object.entries(p29.scores).map(([name, v]) => [name, v.value]))).toEqual({
      physicalFunction: 13, anxiety: 9, depression: 13, fatigue: 15, sleepDisturbance: 11, socialRoles: 13, painInterference: 11, painIntensity: 5,
    });
    const forms = Object.fromEntries(results.filter((r) => r.instrument.id !== 'promis-29').map((r) => [r.instrument.id, r.scores.total!.value]));
    expect(forms).toMatchObject({ 'promis-pf-4a': 13, 'promis-anx-4a': 9, 'promis-dep-4a': 13, 'promis-fat-4a': 15, 'promis-sd-4a': 11, 'promis-sra-4a': 13, 'promis-pi-4a': 11 });
    // Each domain's T-score is its 4a form's.
    const byForm: Record<string, string> = { physicalFunction: 'promis-pf-4a', anxiety: 'promis-anx-4a', depression: 'promis-dep-4a', fatigue: 'promis-fat-4a', sleepDisturbance: 'promis-sd-4a', socialRoles: 'promis-sra-4a', painInterference: 'promis-pi-4a' };
    for (const [domain, form] of Object.entries(byForm)) expect(p29.scores[domain]!.tScore, domain).toBe(results.find((r) => r.instrument.id === form)!.scores.total!.tScore);
  });
});
