import type { Questionnaire, QuestionnaireResponse } from 'fhir/r4';
import { describeValue, fail } from '../../errors.js';
import type { Instrument } from '../../model/schema.js';
import { checkResponse } from '../_lib/checkResponse.js';
import { LOINC, LOINC_FORM_PREFIX } from '../_lib/constants.js';
import { questionnaireUrl } from '../_lib/questionnaireUrl.js';
import { resolveBase } from '../_lib/resolveBase.js';

/**
 * Options of {@link identifyInstrument}.
 *
 * @example
 * ```ts
 * identifyInstrument(qr, [phq9, gad7], { base: 'https://fhir.example.org' });
 * ```
 */
export interface IdentifyInstrumentOptions {
  /** The base the Questionnaires were generated with (see `toQuestionnaire`); default `PROMKIT_FHIR_BASE`. */
  readonly base?: string;
}

/**
 * Finds which of `instruments` a QuestionnaireResponse answers, from its `questionnaire`:
 *
 * 1. by canonical URL: `${base}/Questionnaire/${instrument.id}`, optionally with `|version`
 *    (which must then equal the definition's version);
 * 2. by LOINC code: a LOINC form canonical (`http://loinc.org/q/44249-1`), or a contained
 *    Questionnaire (`"questionnaire": "#q"`) whose `url` or LOINC `code` matches.
 *
 * promkit/fhir never imports the catalogue: you choose the candidates, e.g. `[phq9, gad7]`, or
 * every shipped instrument with `listInstruments()` from `promkit/catalog`.
 *
 * @param questionnaireResponse - a FHIR R4 QuestionnaireResponse
 * @param instruments - the candidate definitions
 * @param options - `base`
 * @returns the matching definition
 * @throws {PromkitError} `invalid-argument` when the response names no questionnaire, names one
 *   that none (or more than one) of the candidates is, or names another version
 *
 * @example
 * ```ts
 * import type { QuestionnaireResponse } from 'fhir/r4';
 * import { listInstruments } from 'promkit/catalog';
 * import { identifyInstrument } from 'promkit/fhir';
 *
 * const qr: QuestionnaireResponse = { resourceType: 'QuestionnaireResponse', status: 'completed',
 *   questionnaire: 'https://promkit.dev/fhir/Questionnaire/gad-7' };
 * identifyInstrument(qr, listInstruments()).id;                 //=> 'gad-7'
 * identifyInstrument({ ...qr, questionnaire: 'http://loinc.org/q/44249-1' }, listInstruments()).id; //=> 'phq-9'
 * ```
 */
export function identifyInstrument(
  questionnaireResponse: QuestionnaireResponse,
  instruments: readonly Instrument[],
  options?: IdentifyInstrumentOptions,
): Instrument {
  const qr = checkResponse(questionnaireResponse);
  if (!Array.isArray(instruments) || instruments.length === 0) {
    fail('invalid-argument', ['instruments'], instruments, `instruments: expected a non-empty array of instrument definitions (e.g. [phq9] or listInstruments() from promkit/catalog), got ${describeValue(instruments)}`);
  }
  const base = resolveBase(options?.base);
  const canonical = qr.questionnaire;
  const path = ['questionnaireResponse', 'questionnaire'];
  if (typeof canonical !== 'string' || canonical.length === 0) {
    fail('invalid-argument', path, canonical, 'QuestionnaireResponse.questionnaire is missing, so the instrument cannot be identified; pass { instrument } to scoreQuestionnaireResponse');
  }
  const bar = canonical.indexOf('|');
  const url = bar < 0 ? canonical : canonical.slice(0, bar);
  const version = bar < 0 ? undefined : decode(canonical.slice(bar + 1));

  const urls = new Set([url]);
  const codes = new Set<string>();
  if (url.startsWith(LOINC_FORM_PREFIX)) codes.add(url.slice(LOINC_FORM_PREFIX.length));
  if (url.startsWith('#')) {
    const contained = (qr.contained ?? []).find(
      (resource): resource is Questionnaire => resource.resourceType === 'Questionnaire' && resource.id === url.slice(1),
    );
    if (contained?.url) urls.add(contained.url.split('|')[0] as string);
    for (const coding of contained?.code ?? []) if (coding.system === LOINC && coding.code) codes.add(coding.code);
  }

  const matches = instruments.filter(
    (instrument) => urls.has(questionnaireUrl(base, instrument.id)) || (instrument.loinc !== undefined && codes.has(instrument.loinc)),
  );
  if (matches.length === 0) {
    const known = instruments.slice(0, 6).map((instrument) => questionnaireUrl(base, instrument.id));
    fail(
      'invalid-argument',
      path,
      canonical,
      `QuestionnaireResponse.questionnaire ${JSON.stringify(canonical)} is none of the given instruments (${known.join(', ')}${instruments.length > 6 ? ', …' : ''}); ` +
        'check options.base, or pass { instrument } if you know which one it is',
    );
  }
  if (matches.length > 1) {
    fail('invalid-argument', path, canonical, `QuestionnaireResponse.questionnaire ${JSON.stringify(canonical)} matches more than one instrument (${matches.map((m) => m.id).join(', ')}); pass { instrument }`);
  }
  const instrument = matches[0] as Instrument;
  if (version !== undefined && version !== instrument.version) {
    fail(
      'invalid-argument',
      path,
      canonical,
      `QuestionnaireResponse.questionnaire asks for version ${JSON.stringify(version)} of ${instrument.id}; this definition is version ${JSON.stringify(instrument.version)}`,
    );
  }
  return instrument;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
