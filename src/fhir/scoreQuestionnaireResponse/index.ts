import type { QuestionnaireResponse } from 'fhir/r4';
import { compile } from '../../engine/compile.js';
import { score, type ScoreOptions, type ScoreResult } from '../../engine/score.js';
import { describeValue, fail } from '../../errors.js';
import type { Instrument } from '../../model/schema.js';
import { checkResponse } from '../_lib/checkResponse.js';
import { questionnaireUrl } from '../_lib/questionnaireUrl.js';
import { readAnswers } from '../_lib/readAnswers.js';
import { resolveBase } from '../_lib/resolveBase.js';
import { identifyInstrument } from '../identifyInstrument/index.js';

/**
 * Options of {@link scoreQuestionnaireResponse}: which instrument, and how to score.
 *
 * @example
 * ```ts
 * scoreQuestionnaireResponse(qr, { instrument: phq9, missing: { minAnswered: 7 } });
 * scoreQuestionnaireResponse(qr, { instruments: listInstruments(), base: 'https://fhir.example.org' });
 * ```
 */
export interface ScoreQuestionnaireResponseOptions extends ScoreOptions {
  /**
   * The instrument the response answers. The response's `questionnaire`, if present, must then
   * name this instrument (its canonical URL under `base`, or its LOINC form), or it is an error.
   */
  readonly instrument?: Instrument;
  /**
   * Candidates to identify the instrument from the response's `questionnaire` (see
   * `identifyInstrument`), e.g. `[phq9, gad7]` or `listInstruments()` from `promkit/catalog`.
   */
  readonly instruments?: readonly Instrument[];
  /** The base the Questionnaire was generated with; default `PROMKIT_FHIR_BASE`. */
  readonly base?: string;
}

/**
 * Scores a FHIR R4 QuestionnaireResponse with promkit's engine: identifies the instrument, reads
 * the answers by `linkId` and scores them exactly as `score()` would.
 *
 * Answers are read wherever their item sits: at the top level, inside groups (items with
 * children and no answers, any linkId), or nested under an answer. A choice answer matches an
 * option by its Coding (LOINC LA code or promkit answer code), else by an `itemWeight` /
 * `ordinalValue` extension on the Coding or the answer. Numeric items take `valueInteger`
 * (`valueDecimal` too for decimal items). Calculated score items are ignored and recomputed.
 * Items without answers are unanswered, and each score's missing-item rule applies (or
 * `options.missing`).
 *
 * @param questionnaireResponse - the response, e.g. from a form filler driven by `toQuestionnaire`
 * @param options - `instrument` or `instruments` (one is required), `base`, `missing`
 * @returns the same {@link ScoreResult} as `score(instrument, answers, options)`
 * @throws {PromkitError} listing every problem: `unknown-item` (a linkId the instrument does not
 *   have), `not-an-option` (a Coding that matches no option), `invalid-type` (e.g. `valueString`,
 *   or `valueInteger` for a choice item), `out-of-range` / `not-an-integer` / `not-finite` (numeric
 *   items), `invalid-responses` (more than one answer to an item, an item answered twice,
 *   malformed items), `invalid-argument` (not a QuestionnaireResponse, one `entered-in-error`,
 *   one for another questionnaire or version, or no way to identify the instrument). Each issue's
 *   `path` leads into the response, e.g. `['questionnaireResponse', 'item', 2, 'answer', 0, 'valueCoding']`,
 *   and its message names the linkId and the value.
 *
 * @example
 * ```ts
 * import type { QuestionnaireResponse } from 'fhir/r4';
 * import { gad7 } from 'promkit/instruments';
 * import { scoreQuestionnaireResponse } from 'promkit/fhir';
 *
 * const qr: QuestionnaireResponse = {
 *   resourceType: 'QuestionnaireResponse', status: 'completed',
 *   questionnaire: 'https://promkit.dev/fhir/Questionnaire/gad-7',
 *   item: ['gad7_1', 'gad7_2', 'gad7_3', 'gad7_4', 'gad7_5', 'gad7_6', 'gad7_7'].map((linkId) => ({
 *     linkId, // every answer "More than half the days" (LOINC LA6570-1, weight 2)
 *     answer: [{ valueCoding: { system: 'http://loinc.org', code: 'LA6570-1' } }],
 *   })),
 * };
 * const result = scoreQuestionnaireResponse(qr, { instrument: gad7 });
 * result.scores.total.value;       //=> 14
 * result.scores.total.band?.label; //=> 'moderate'
 * ```
 */
export function scoreQuestionnaireResponse(questionnaireResponse: QuestionnaireResponse, options?: ScoreQuestionnaireResponseOptions): ScoreResult {
  const qr = checkResponse(questionnaireResponse);
  if (options === undefined || options === null || typeof options !== 'object') {
    fail(
      'invalid-argument',
      ['options'],
      options,
      `options: expected { instrument } or { instruments } to know which instrument the response answers, got ${describeValue(options)}`,
    );
  }
  if (qr.status === 'entered-in-error') {
    fail('invalid-argument', ['questionnaireResponse', 'status'], qr.status, 'QuestionnaireResponse.status is "entered-in-error": it must not be scored');
  }
  const base = resolveBase(options.base);
  let instrument: Instrument;
  if (options.instrument !== undefined) {
    instrument = options.instrument;
    if (instrument === null || typeof instrument !== 'object' || typeof instrument.id !== 'string') {
      fail('invalid-argument', ['options', 'instrument'], instrument, `options.instrument: expected an instrument definition, got ${describeValue(instrument)}`);
    }
    if (qr.questionnaire !== undefined) {
      try {
        identifyInstrument(qr, [instrument], { base });
      } catch (error) {
        // Right questionnaire, wrong version: keep identifyInstrument's message.
        const bare = String(qr.questionnaire).split('|')[0];
        if (bare !== qr.questionnaire && names(qr, bare as string, instrument, base)) throw error;
        fail(
          'invalid-argument',
          ['questionnaireResponse', 'questionnaire'],
          qr.questionnaire,
          `QuestionnaireResponse.questionnaire ${JSON.stringify(qr.questionnaire)} is another questionnaire: this response is not for ${instrument.id} ` +
            `(${questionnaireUrl(base, instrument.id)}${instrument.loinc ? ` or LOINC ${instrument.loinc}` : ''})`,
        );
      }
    }
  } else if (options.instruments !== undefined) {
    instrument = identifyInstrument(qr, options.instruments, { base });
  } else {
    return fail(
      'invalid-argument',
      ['options'],
      options,
      'options: pass { instrument } or { instruments } (e.g. listInstruments() from promkit/catalog) to say which instrument the response answers',
    );
  }
  compile(instrument);
  const answers = readAnswers(qr, instrument);
  const { instrument: _instrument, instruments: _instruments, base: _base, ...scoreOptions } = options;
  return score(instrument, answers, scoreOptions);
}

function names(qr: QuestionnaireResponse, questionnaire: string, instrument: Instrument, base: string): boolean {
  try {
    identifyInstrument({ ...qr, questionnaire }, [instrument], { base });
    return true;
  } catch {
    return false;
  }
}
