// Fixed URLs the FHIR adapters write and read. No functions here: see the neighbouring modules.

/**
 * The default base of the canonical URLs of promkit Questionnaires
 * (`${base}/Questionnaire/${instrument.id}`), and the fixed base of promkit's code systems.
 *
 * It is an identifier namespace, not an address you can fetch. Pass your own `base` to
 * `toQuestionnaire` (and the same `base` when scoring responses) to publish Questionnaires under
 * your organisation's URL; code systems stay under this base so that Observations from every
 * deployment carry the same codes.
 *
 * @example
 * ```ts
 * toQuestionnaire(phq9).url;                                  //=> `${PROMKIT_FHIR_BASE}/Questionnaire/phq-9`
 * toQuestionnaire(phq9, { base: 'https://fhir.example.org' }).url; //=> 'https://fhir.example.org/Questionnaire/phq-9'
 * ```
 */
export const PROMKIT_FHIR_BASE = 'https://promkit.dev/fhir';

/**
 * promkit's code systems, used where LOINC has no code:
 * - `score`: a score (`phq-9.total`, `pcs.rumination`), its T-score (`promis-pi-4a.total.tScore`)
 *   and the standard error of that T-score (`….tScoreSe`), and `gas.tScore`;
 * - `answer`: a response option, `<instrument>.<item>=<value>` (`odi.odi_3=2`);
 * - `band`: a band (severity category) of a score, `<instrument>.<score>.<label-slug>`
 *   (`phq-9.total.moderately-severe`).
 *
 * @example
 * ```ts
 * PROMKIT_CODE_SYSTEMS.score; //=> 'https://promkit.dev/fhir/CodeSystem/score'
 * toObservations(score(pcs, answers), { instrument: pcs })[1].code.coding[0].code; //=> 'pcs.rumination'
 * ```
 */
export const PROMKIT_CODE_SYSTEMS = /* @__PURE__ */ Object.freeze({
  score: `${PROMKIT_FHIR_BASE}/CodeSystem/score`,
  answer: `${PROMKIT_FHIR_BASE}/CodeSystem/answer`,
  band: `${PROMKIT_FHIR_BASE}/CodeSystem/band`,
} as const);

/** @internal */
export const LOINC = 'http://loinc.org';
/** @internal */
export const UCUM = 'http://unitsofmeasure.org';
/** @internal */
export const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
/** @internal */
export const DATA_ABSENT_REASON = 'http://terminology.hl7.org/CodeSystem/data-absent-reason';

/** Extension URLs. @internal */
export const EXT = {
  /** SDC / FHIR extensions pack: the score of an answer option. */
  itemWeight: 'http://hl7.org/fhir/StructureDefinition/itemWeight',
  /** R4 core: the same, as most R4 tools know it. */
  ordinalValue: 'http://hl7.org/fhir/StructureDefinition/ordinalValue',
  minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
  maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
  entryFormat: 'http://hl7.org/fhir/StructureDefinition/entryFormat',
  calculatedExpression: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression',
} as const;

/** The LOINC form canonical, `http://loinc.org/q/<code>` (used by LOINC-derived Questionnaires). @internal */
export const LOINC_FORM_PREFIX = 'http://loinc.org/q/';
