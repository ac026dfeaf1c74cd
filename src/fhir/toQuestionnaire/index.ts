import type { Coding, Extension, Questionnaire, QuestionnaireItem } from 'fhir/r4';
import { describeValue, fail } from '../../errors.js';
import { compile } from '../../engine/compile.js';
import type { Instrument, Item, ScoreDefinition } from '../../model/schema.js';
import { answerCoding } from '../_lib/answerCoding.js';
import { calculatedExpression } from '../_lib/calculatedExpression.js';
import { checkDateTime } from '../_lib/checkDateTime.js';
import { EXT, LOINC } from '../_lib/constants.js';
import { isPlainSum } from '../_lib/isPlainSum.js';
import { questionnaireUrl } from '../_lib/questionnaireUrl.js';
import { questionnaireVersion } from '../_lib/questionnaireVersion.js';
import { resolveBase } from '../_lib/resolveBase.js';
import { scoreLinkId } from '../_lib/scoreLinkId.js';
import { promkitCodeSystems, type PromkitCodeSystems } from '../promkitCodeSystems/index.js';

/**
 * Options of {@link toQuestionnaire}.
 *
 * @example
 * ```ts
 * toQuestionnaire(gad7, { base: 'https://fhir.example.org', status: 'draft', date: '2025-03-01' }).url;
 * //=> 'https://fhir.example.org/Questionnaire/gad-7'
 * ```
 */
export interface ToQuestionnaireOptions {
  /**
   * Base of the canonical URL, `${base}/Questionnaire/${instrument.id}`, and of promkit's code
   * systems (`${base}/CodeSystem/promkit-answer`, …); default `PROMKIT_FHIR_BASE`, a placeholder
   * (`https://example.org/promkit`): pass your organisation's base before you publish. Pass the
   * same base to `scoreQuestionnaireResponse`, `identifyInstrument` and `toObservations`.
   */
  readonly base?: string;
  /** `Questionnaire.status`; default `'active'`. */
  readonly status?: Questionnaire['status'];
  /** `Questionnaire.date` (a FHIR dateTime you pass in; promkit never reads the clock). Omitted by default. */
  readonly date?: string;
  /** `Questionnaire.publisher`. Omitted by default. */
  readonly publisher?: string;
  /** Add a read-only item with an SDC `calculatedExpression` for each plain-sum score; default `true`. */
  readonly calculatedScores?: boolean;
}

const STATUSES: readonly string[] = ['draft', 'active', 'retired', 'unknown'];

/**
 * Builds a FHIR R4 Questionnaire from an instrument definition.
 *
 * - `url` is `${base}/Questionnaire/${instrument.id}`; `version` is the definition's version as
 *   a token without spaces (`PHQ-9-Kroenke-2001`), so that `url|version` is a valid canonical;
 *   the full version and the citation are in `description`. `name` is the id in upper case
 *   (`PHQ_9`), `title` the title, `code` the LOINC panel code where the definition has one.
 * - One item per definition item, `linkId` = item id, with its LOINC code where assigned.
 *   The item text is the published wording only where the licence allows it
 *   (`licence.verbatimText`); otherwise the short label, and `copyright` says why.
 * - Choice items get `answerOption`s whose `valueCoding` is the LOINC answer code (LA…) where
 *   present, else promkit's answer code (`odi.odi_3=2` in `${base}/CodeSystem/promkit-answer`), each with the option's value as SDC
 *   `itemWeight` and R4 `ordinalValue` extensions. Weights are the coded values as given
 *   (before any reverse scoring), or the option's `scoredAs` where the manual recodes it.
 * - Numeric items are `integer` or `decimal` with `minValue`/`maxValue` extensions, and the
 *   anchor labels as `entryFormat`.
 * - For each plain-sum score (method `sum`, no multiplier, no `weightsBy`, no reverse-scored item, every item
 *   required so nothing is ever prorated) a read-only item `${id}-${score}` with an SDC
 *   `calculatedExpression` in FHIRPath: the sum of the answer weights once all items are
 *   answered, else empty. Other scores need promkit (`scoreQuestionnaireResponse`).
 *
 * @param instrument - a shipped definition (`promkit/instruments`) or one from `defineInstrument`
 * @param options - `base`, `status`, `date`, `publisher`, `calculatedScores`
 * @returns a new Questionnaire (plain JSON; safe to serialise or mutate)
 * @throws {PromkitError} `invalid-definition` for a broken definition; `invalid-argument` for bad options
 *
 * @example
 * ```ts
 * import { phq9 } from 'promkit/instruments';
 * import { toQuestionnaire } from 'promkit/fhir';
 *
 * const q = toQuestionnaire(phq9);
 * q.url;                                   //=> 'https://example.org/promkit/Questionnaire/phq-9'
 * q.version;                               //=> 'PHQ-9-Kroenke-2001'
 * q.code?.[0]?.code;                       //=> '44249-1'
 * q.item?.[0]?.answerOption?.[1]?.valueCoding?.code; //=> 'LA6569-3'
 * q.item?.at(-1)?.linkId;                  //=> 'phq-9-total'
 * ```
 */
export function toQuestionnaire(instrument: Instrument, options?: ToQuestionnaireOptions): Questionnaire {
  compile(instrument);
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    fail('invalid-argument', ['options'], options, `options: expected an object, got ${describeValue(options)}`);
  }
  const base = resolveBase(options?.base);
  const status = options?.status ?? 'active';
  if (!STATUSES.includes(status)) {
    fail('invalid-argument', ['options', 'status'], status, `options.status: expected one of ${STATUSES.join(', ')}, got ${describeValue(status)}`);
  }
  if (options?.date !== undefined) checkDateTime(options.date, ['options', 'date']);

  const systems = promkitCodeSystems(base);
  const items: QuestionnaireItem[] = instrument.items.map((item) => questionItem(instrument, item, systems));
  if (options?.calculatedScores !== false) {
    for (const score of instrument.scores) {
      if (isPlainSum(instrument, score)) items.push(scoreItem(instrument, score, systems));
    }
  }

  const questionnaire: Questionnaire = {
    resourceType: 'Questionnaire',
    id: instrument.id,
    url: questionnaireUrl(base, instrument.id),
    version: questionnaireVersion(instrument),
    name: computableName(instrument.id),
    title: instrument.title,
    status,
  };
  if (options?.date !== undefined) questionnaire.date = options.date;
  if (options?.publisher !== undefined) questionnaire.publisher = options.publisher;
  questionnaire.description = description(instrument);
  questionnaire.subjectType = ['Patient'];
  questionnaire.copyright = copyright(instrument);
  if (instrument.loinc) questionnaire.code = [{ system: LOINC, code: instrument.loinc }];
  questionnaire.item = items;
  return questionnaire;
}

function questionItem(instrument: Instrument, item: Item, systems: PromkitCodeSystems): QuestionnaireItem {
  const text = instrument.licence.verbatimText && item.text ? item.text : item.label;
  const question: QuestionnaireItem = { linkId: item.id, text, type: item.numeric ? (item.numeric.integer ? 'integer' : 'decimal') : 'choice' };
  if (item.loinc) question.code = [{ system: LOINC, code: item.loinc }];
  if (item.numeric) {
    const { min, max, integer, minLabel, maxLabel } = item.numeric;
    const bound = (url: string, value: number): Extension => (integer ? { url, valueInteger: value } : { url, valueDecimal: value });
    question.extension = [bound(EXT.minValue, min), bound(EXT.maxValue, max)];
    if (minLabel || maxLabel) {
      const ends = [minLabel ? `${min} = ${minLabel}` : `${min}`, maxLabel ? `${max} = ${maxLabel}` : `${max}`];
      question.extension.push({ url: EXT.entryFormat, valueString: `${ends[0]} … ${ends[1]}` });
    }
  } else {
    question.answerOption = (item.options ?? []).map((option) => ({
      valueCoding: answerCoding(instrument.id, item, option, systems.answer),
      extension: [
        { url: EXT.itemWeight, valueDecimal: option.scoredAs ?? option.value },
        { url: EXT.ordinalValue, valueDecimal: option.scoredAs ?? option.value },
      ],
    }));
  }
  return question;
}

function scoreItem(instrument: Instrument, score: ScoreDefinition, systems: PromkitCodeSystems): QuestionnaireItem {
  const integer = score.items.every((id) => {
    const item = instrument.items.find((candidate) => candidate.id === id);
    return item?.numeric ? item.numeric.integer : (item?.options ?? []).every((option) => Number.isInteger(option.value));
  });
  const code: Coding[] = [];
  if (score.loinc) code.push({ system: LOINC, code: score.loinc });
  code.push({ system: systems.score, code: `${instrument.id}.${score.name}`, display: score.label });
  const n = score.items.length;
  return {
    linkId: scoreLinkId(instrument.id, score.name),
    code,
    text: score.label,
    type: integer ? 'integer' : 'decimal',
    readOnly: true,
    extension: [
      {
        url: EXT.calculatedExpression,
        valueExpression: {
          description: `${score.label}: the sum of the ${n === 1 ? 'answer' : `${n} answers`} (${score.range[0]}–${score.range[1]}); empty until ${n === 1 ? 'it is' : 'all are'} answered`,
          language: 'text/fhirpath',
          expression: calculatedExpression(instrument, score),
        },
      },
    ],
  };
}

/** `phq-9` → `PHQ_9`: matches the computable-name pattern `[A-Z]([A-Za-z0-9_]){0,254}`. */
function computableName(id: string): string {
  const name = id.toUpperCase().replace(/[^A-Z0-9]/g, '_');
  return /^[A-Z]/.test(name) ? name : `Q_${name}`;
}

function description(instrument: Instrument): string {
  const parts = [`${instrument.title} (${instrument.domain}).`];
  if (instrument.recallPeriod) parts.push(`Recall period: ${instrument.recallPeriod}.`);
  parts.push(`Version: ${instrument.version}.`);
  const first = instrument.citations[0];
  if (first) parts.push(`Source: ${first.text}`);
  parts.push('Generated by promkit; scores are computed with promkit (scoreQuestionnaireResponse).');
  return parts.join('\n\n');
}

function copyright(instrument: Instrument): string {
  const { licence } = instrument;
  const parts = [licence.holder ? `© ${licence.holder.replace(/\.$/, '')}. ${licence.note}` : licence.note];
  if (licence.url) parts.push(licence.url);
  if (!licence.verbatimText) {
    parts.push('The licensed item wording is not reproduced here: items show short descriptive labels. Administer the official form.');
  }
  return parts.join(' ');
}
