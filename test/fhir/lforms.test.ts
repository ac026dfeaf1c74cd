/**
 * Round trip through a real form engine: every catalogue instrument's Questionnaire is rendered
 * in LHC-Forms (headless, jsdom), answered as a user would pick the options, exported by
 * LHC-Forms as a QuestionnaireResponse, and scored: the result equals score() of the same answers.
 * Where LHC-Forms evaluates promkit's SDC calculatedExpression for a plain-sum total, its value
 * equals promkit's.
 */
import type { Questionnaire } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { listInstruments } from '../../src/catalog/index.js';
import { score } from '../../src/engine/score.js';
import { scoreQuestionnaireResponse, toQuestionnaire } from '../../src/fhir/index.js';
import type { Instrument } from '../../src/model/schema.js';
import { core, expectValidR4 } from './helpers.js';
import { fillInLForms, lformsVersion, type LFormsAnswer } from './lforms.js';

/** Deterministic answers: option k = (seed + 3·i) mod n for item i; numeric items a value in range. */
function answersFor(def: Instrument, seed: number, skip?: number): Record<string, number | null> {
  return Object.fromEntries(
    def.items.map((item, i) => {
      if (skip !== undefined && i === skip) return [item.id, null];
      if (item.options) return [item.id, item.options[(seed + 3 * i) % item.options.length]!.value];
      const { min, max, integer } = item.numeric!;
      const span = max - min;
      const value = min + ((seed + 7 * i) % 11) / 10 * span;
      return [item.id, integer ? Math.round(value) : Math.round(value * 10) / 10];
    }),
  );
}

function lformsAnswers(def: Instrument, q: Questionnaire, answers: Record<string, number | null>): Record<string, LFormsAnswer> {
  const out: Record<string, LFormsAnswer> = {};
  for (const item of def.items) {
    const value = answers[item.id];
    if (value === null || value === undefined) continue;
    if (item.options) {
      const index = item.options.findIndex((option) => option.value === value);
      const code = q.item!.find((qi) => qi.linkId === item.id)!.answerOption![index]!.valueCoding!.code!;
      out[item.id] = { code };
    } else {
      out[item.id] = value;
    }
  }
  return out;
}

describe(`LHC-Forms ${lformsVersion()} round trip: promkit Questionnaire → LHC-Forms → QuestionnaireResponse → score`, () => {
  it.each(listInstruments().map((def) => [def.id, def] as const))('%s', async (_id, def) => {
    const q = toQuestionnaire(def);
    for (const [seed, skip] of [[1, undefined], [2, def.items.length > 3 ? 1 : undefined]] as const) {
      const answers = answersFor(def, seed, skip);
      const qr = await fillInLForms(q, lformsAnswers(def, q, answers));
      expect(qr.meta?.tag?.[0]?.code).toMatch(/^lformsVersion: /);
      expectValidR4(qr);
      // LHC-Forms names the Questionnaire as url|version: valid R4 only because the version has no spaces.
      expect(qr.questionnaire).toBe(`${q.url}|${q.version}`);
      const result = scoreQuestionnaireResponse(qr, { instrument: def });
      expect(core(result)).toEqual(score(def, answers));
      expect(scoreQuestionnaireResponse(qr, { instruments: listInstruments() }).instrument.id).toBe(def.id);
    }
  });
});
