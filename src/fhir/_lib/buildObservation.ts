import type { CodeableConcept, Observation, ObservationComponent, Quantity } from 'fhir/r4';
import { DATA_ABSENT_REASON, OBSERVATION_CATEGORY } from './constants.js';
import type { ResolvedObservationContext } from './readObservationContext.js';

/** The parts of one Observation that depend on the score. @internal */
export interface ObservationParts {
  readonly code: CodeableConcept;
  readonly valueQuantity?: Quantity;
  readonly valueCodeableConcept?: CodeableConcept;
  /** A sentence for `dataAbsentReason.text` when there is no value. */
  readonly absentBecause?: string;
  readonly interpretation?: CodeableConcept;
  readonly note?: string;
  readonly focus?: Observation['focus'];
  readonly component?: ObservationComponent[];
}

/**
 * Assembles a `survey` Observation in the usual key order: status, category, code, subject,
 * focus, encounter, effective, issued, performer, value or dataAbsentReason, interpretation, note,
 * derivedFrom, component.
 * @internal
 */
export function buildObservation(context: ResolvedObservationContext, parts: ObservationParts): Observation {
  const { fields } = context;
  const observation: Observation = {
    resourceType: 'Observation',
    status: context.status,
    category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'survey', display: 'Survey' }] }],
    code: parts.code,
  };
  if (fields.subject) observation.subject = fields.subject;
  if (parts.focus) observation.focus = parts.focus;
  if (fields.encounter) observation.encounter = fields.encounter;
  if (fields.effectiveDateTime) observation.effectiveDateTime = fields.effectiveDateTime;
  if (fields.effectivePeriod) observation.effectivePeriod = { ...fields.effectivePeriod };
  if (fields.issued) observation.issued = fields.issued;
  if (fields.performer) observation.performer = fields.performer.map((r) => ({ ...r }));
  if (parts.valueQuantity) {
    observation.valueQuantity = parts.valueQuantity;
  } else if (parts.valueCodeableConcept) {
    observation.valueCodeableConcept = parts.valueCodeableConcept;
  } else {
    observation.dataAbsentReason = {
      coding: [{ system: DATA_ABSENT_REASON, code: 'unknown', display: 'Unknown' }],
      ...(parts.absentBecause ? { text: parts.absentBecause } : {}),
    };
  }
  if (parts.interpretation) observation.interpretation = [parts.interpretation];
  if (parts.note) observation.note = [{ text: parts.note }];
  if (context.derivedFrom) observation.derivedFrom = context.derivedFrom.map((r) => ({ ...r }));
  if (parts.component && parts.component.length > 0) observation.component = parts.component;
  return observation;
}
