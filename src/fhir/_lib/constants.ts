// Fixed URLs the FHIR adapters write and read. No functions here: see the neighbouring modules.

/**
 * The default base of the canonical URLs promkit writes: Questionnaires
 * (`${base}/Questionnaire/${instrument.id}`) and promkit's own code systems
 * (`${base}/CodeSystem/promkit-score`, see {@link promkitCodeSystems}).
 *
 * It is a **placeholder**: promkit owns no web domain, so it does not invent one. `example.org` is
 * reserved for documentation (RFC 2606), which makes Questionnaires and Observations written with
 * the default plainly unpublished. Pass your organisation's base (`{ base: 'https://fhir.example-clinic.org' }`)
 * to `toQuestionnaire`, `scoreQuestionnaireResponse` and `toObservations` before you store anything.
 * Instruments are never identified by trusting a URL: promkit reads the LOINC panel code, the
 * linkIds and the item codes.
 *
 * @example
 * ```ts
 * toQuestionnaire(phq9).url;                                  //=> 'https://example.org/promkit/Questionnaire/phq-9'
 * toQuestionnaire(phq9, { base: 'https://fhir.example.org' }).url; //=> 'https://fhir.example.org/Questionnaire/phq-9'
 * ```
 */
export const PROMKIT_FHIR_BASE = 'https://example.org/promkit';

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
  /** R5 `ValueSet.expansion.contains.property`, back-ported to R4 (SDC writes `itemWeight` with it). */
  expansionProperty: 'http://hl7.org/fhir/5.0/StructureDefinition/extension-ValueSet.expansion.contains.property',
  minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
  maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
  entryFormat: 'http://hl7.org/fhir/StructureDefinition/entryFormat',
  calculatedExpression: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression',
} as const;

/** The LOINC form canonical, `http://loinc.org/q/<code>` (used by LOINC-derived Questionnaires). @internal */
export const LOINC_FORM_PREFIX = 'http://loinc.org/q/';
