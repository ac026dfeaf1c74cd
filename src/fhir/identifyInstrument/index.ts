import type { Questionnaire, QuestionnaireResponse } from 'fhir/r4';
import { describeValue, fail } from '../../errors.js';
import type { Instrument } from '../../model/schema.js';
import { isRecord } from '../../ingest/fhirQuestionnaireItems/index.js';
import { checkResponse } from '../_lib/checkResponse.js';
import { LOINC, LOINC_FORM_PREFIX } from '../_lib/constants.js';
import { questionnaireUrl } from '../_lib/questionnaireUrl.js';
import { questionnaireVersion } from '../_lib/questionnaireVersion.js';
import { resolveBase } from '../_lib/resolveBase.js';

/**
 * Options of {@link identifyInstrument}.
 *
 * @example
 * ```ts
 * identifyInstrument(qr, [phq9, gad7], { base: 'https://fhir.example.org' });
 * identifyInstrument(qr, listInstruments(), { questionnaire: theClinicsPhq9Questionnaire });
 * ```
 */
export interface IdentifyInstrumentOptions {
  /** The base the Questionnaires were generated with (see `toQuestionnaire`); default `PROMKIT_FHIR_BASE`. */
  readonly base?: string;
  /** The Questionnaire the response answers, when it is not promkit's: its LOINC panel `code` identifies the instrument. */
  readonly questionnaire?: Questionnaire;
}

/**
 * Finds which of `instruments` a QuestionnaireResponse answers. The LOINC panel code decides; a
 * URL identifies an instrument only when it is promkit's own canonical under `base`:
 *
 * 1. the LOINC panel code of the Questionnaire: `options.questionnaire.code`, a contained
 *    Questionnaire (`"questionnaire": "#q"`), or a LOINC form canonical (`http://loinc.org/q/44249-1`,
 *    any `|version` of it being a LOINC release, ignored);
 * 2. promkit's canonical URL `${base}/Questionnaire/${instrument.id}`, optionally with `|version`
 *    (which must then be the generated Questionnaire's version, or the definition's).
 *
 * promkit/fhir never imports the catalogue: you choose the candidates, e.g. `[phq9, gad7]`, or
 * every shipped instrument with `listInstruments()` from `promkit/catalog`.
 *
 * @param questionnaireResponse - a FHIR R4 QuestionnaireResponse
 * @param instruments - the candidate definitions
 * @param options - `base`, `questionnaire`
 * @returns the matching definition
 * @throws {PromkitError} `invalid-argument` when nothing identifies the instrument, when more than
 *   one candidate matches, or when promkit's own URL names another version
 *
 * @example
 * ```ts
 * import type { QuestionnaireResponse } from 'fhir/r4';
 * import { listInstruments } from 'promkit/catalog';
 * import { identifyInstrument } from 'promkit/fhir';
 *
 * const qr: QuestionnaireResponse = { resourceType: 'QuestionnaireResponse', status: 'completed',
 *   questionnaire: 'https://example.org/promkit/Questionnaire/gad-7' };
 * identifyInstrument(qr, listInstruments()).id;                 //=> 'gad-7'
 * identifyInstrument({ ...qr, questionnaire: 'http://loinc.org/q/44249-1|2.72' }, listInstruments()).id; //=> 'phq-9'
 * ```
 */
export function identifyInstrument(
  questionnaireResponse: QuestionnaireResponse,
  instruments: readonly Instrument[],
  options?: IdentifyInstrumentOptions,
): Instrument {
  const qr = checkResponse(questionnaireResponse);
  if (!Array.isArray(instruments) || instruments.length === 0 || !instruments.every((i) => isRecord(i) && typeof i.id === 'string')) {
    fail('invalid-argument', ['instruments'], instruments, `instruments: expected a non-empty array of instrument definitions (e.g. [phq9] or listInstruments() from promkit/catalog), got ${describeValue(instruments)}`);
  }
  if (options !== undefined && !isRecord(options)) fail('invalid-argument', ['options'], options, `options: expected an object, got ${describeValue(options)}`);
  const base = resolveBase(options?.base);
  const path = ['questionnaireResponse', 'questionnaire'];
  const canonical: unknown = qr.questionnaire;
  if (canonical !== undefined && typeof canonical !== 'string') {
    fail('invalid-argument', path, canonical, `QuestionnaireResponse.questionnaire: expected a canonical URL (string), got ${describeValue(canonical)}`);
  }
  const panel = panelCodes(qr, canonical, options?.questionnaire);
  const byCode = instruments.filter((instrument) => instrument.loinc !== undefined && panel.includes(instrument.loinc));
  if (byCode.length === 1) return byCode[0] as Instrument;
  if (byCode.length > 1) {
    fail('invalid-argument', path, canonical, `LOINC panel ${panel.join(', ')} matches more than one instrument (${byCode.map((m) => m.id).join(', ')}); pass { instrument }`);
  }

  const bar = canonical === undefined ? -1 : canonical.indexOf('|');
  const url = canonical === undefined ? undefined : bar < 0 ? canonical : canonical.slice(0, bar);
  const version = canonical === undefined || bar < 0 ? undefined : decode(canonical.slice(bar + 1));
  const byUrl = url === undefined ? [] : instruments.filter((instrument) => questionnaireUrl(base, instrument.id) === url);
  if (byUrl.length === 0) {
    const known = instruments.slice(0, 4).map((instrument) => questionnaireUrl(base, instrument.id));
    fail(
      'invalid-argument',
      path,
      canonical,
      `${canonical === undefined ? 'QuestionnaireResponse.questionnaire is missing' : `QuestionnaireResponse.questionnaire ${JSON.stringify(canonical)} is none of promkit's Questionnaires (${known.join(', ')}${instruments.length > 4 ? ', …' : ''})`}` +
        `${panel.length > 0 ? ` and its LOINC panel ${panel.join(', ')} is none of the given instruments` : ' and no LOINC panel code names the instrument'}; ` +
        'pass { instrument } if you know which one it is, or { questionnaire } (the Questionnaire, with its LOINC code), or use scoreContainedInstruments to score whatever the items make up',
    );
  }
  if (byUrl.length > 1) fail('invalid-argument', path, canonical, `QuestionnaireResponse.questionnaire ${JSON.stringify(canonical)} matches more than one instrument (${byUrl.map((m) => m.id).join(', ')}); pass { instrument }`);
  const instrument = byUrl[0] as Instrument;
  checkVersion(instrument, version, canonical);
  return instrument;
}

/**
 * Throws when `version` (from promkit's own `url|version`) is neither the generated
 * Questionnaire's version nor the definition's.
 * @internal
 */
export function checkVersion(instrument: Instrument, version: string | undefined, canonical: unknown): void {
  if (version === undefined || version === questionnaireVersion(instrument) || version === instrument.version) return;
  fail(
    'invalid-argument',
    ['questionnaireResponse', 'questionnaire'],
    canonical,
    `QuestionnaireResponse.questionnaire asks for version ${JSON.stringify(version)} of ${instrument.id}; this definition is version ${JSON.stringify(questionnaireVersion(instrument))}`,
  );
}

/** LOINC panel codes naming the response's Questionnaire. */
function panelCodes(qr: QuestionnaireResponse, canonical: string | undefined, passed: unknown): string[] {
  const codes: string[] = [];
  const add = (code: unknown): void => {
    if (!Array.isArray(code)) return;
    for (const coding of code) if (isRecord(coding) && coding.system === LOINC && typeof coding.code === 'string' && !codes.includes(coding.code)) codes.push(coding.code);
  };
  if (passed !== undefined) {
    if (!isRecord(passed) || passed.resourceType !== 'Questionnaire') {
      fail('invalid-argument', ['options', 'questionnaire'], passed, `options.questionnaire: expected a FHIR Questionnaire, got ${describeValue(passed)}`);
    }
    add(passed.code);
  }
  if (canonical?.startsWith(LOINC_FORM_PREFIX)) {
    const code = canonical.slice(LOINC_FORM_PREFIX.length).split('|')[0] as string;
    if (!codes.includes(code)) codes.push(code);
  }
  if (canonical?.startsWith('#')) add(containedQuestionnaire(qr, canonical.slice(1))?.code);
  return codes;
}

/**
 * The contained Questionnaire with that id, if any (malformed `contained` entries are skipped;
 * a `contained` that is not an array is an error).
 * @internal
 */
export function containedQuestionnaire(qr: QuestionnaireResponse, id: string): Record<string, unknown> | undefined {
  const contained: unknown = qr.contained;
  if (contained === undefined) return undefined;
  if (!Array.isArray(contained)) {
    fail('invalid-argument', ['questionnaireResponse', 'contained'], contained, `QuestionnaireResponse.contained: expected an array of resources, got ${describeValue(contained)}`);
  }
  return contained.find((resource): resource is Record<string, unknown> => isRecord(resource) && resource.resourceType === 'Questionnaire' && resource.id === id);
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
