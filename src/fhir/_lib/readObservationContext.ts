import type { Observation, Period, Reference } from 'fhir/r4';
import { describeValue, fail } from '../../errors.js';
import { checkDateTime } from './checkDateTime.js';

/**
 * Where, when and about whom: the parts of an Observation promkit cannot know.
 *
 * @example
 * ```ts
 * const context: ObservationContext = {
 *   subject: { reference: 'Patient/123' },
 *   effective: '2025-03-14T10:30:00Z',
 *   performer: [{ reference: 'Patient/123' }],
 *   derivedFrom: { reference: 'QuestionnaireResponse/qr-1' },
 * };
 * ```
 */
export interface ObservationContext {
  /** `Observation.subject`, e.g. `{ reference: 'Patient/123' }`. */
  readonly subject?: Reference;
  /** `Observation.encounter`. */
  readonly encounter?: Reference;
  /** `Observation.performer`: who answered or scored, e.g. `[{ reference: 'Patient/123' }]`. */
  readonly performer?: readonly Reference[];
  /**
   * `Observation.effective[x]`: a FHIR dateTime (`effectiveDateTime`) or a Period
   * (`effectivePeriod`), usually when the questionnaire was completed. Always passed in:
   * promkit never reads the clock.
   */
  readonly effective?: string | Period;
  /** `Observation.issued`, a FHIR instant. */
  readonly issued?: string;
  /** `Observation.derivedFrom`, e.g. `{ reference: 'QuestionnaireResponse/qr-1' }`. */
  readonly derivedFrom?: Reference | readonly Reference[];
  /** `Observation.status`; default `'final'`. */
  readonly status?: Observation['status'];
}

/** The validated context, as Observation fields. @internal */
export interface ResolvedObservationContext {
  readonly status: Observation['status'];
  readonly fields: Partial<Observation>;
  readonly derivedFrom?: Reference[];
}

const STATUSES: readonly string[] = ['registered', 'preliminary', 'final', 'amended', 'corrected', 'cancelled', 'entered-in-error', 'unknown'];

/**
 * Validates an {@link ObservationContext} (types only: references are copied as given).
 * @throws {PromkitError} `invalid-argument` with a path under `['context']`
 * @internal
 */
export function readObservationContext(context: unknown): ResolvedObservationContext {
  if (context === null || typeof context !== 'object' || Array.isArray(context)) {
    fail('invalid-argument', ['context'], context, `context: expected an object such as { instrument, subject, effective }, got ${describeValue(context)}`);
  }
  const c = context as ObservationContext;
  const status = c.status ?? 'final';
  if (!STATUSES.includes(status)) {
    fail('invalid-argument', ['context', 'status'], status, `context.status: expected one of ${STATUSES.join(', ')}, got ${describeValue(status)}`);
  }
  const fields: Partial<Observation> = {};
  if (c.subject !== undefined) fields.subject = reference(c.subject, ['context', 'subject']);
  if (c.encounter !== undefined) fields.encounter = reference(c.encounter, ['context', 'encounter']);
  if (typeof c.effective === 'string') {
    fields.effectiveDateTime = checkDateTime(c.effective, ['context', 'effective']);
  } else if (c.effective !== undefined) {
    if (c.effective === null || typeof c.effective !== 'object') {
      fail('invalid-argument', ['context', 'effective'], c.effective, `context.effective: expected a FHIR dateTime or a Period { start, end }, got ${describeValue(c.effective)}`);
    }
    const period: Period = {};
    if (c.effective.start !== undefined) period.start = checkDateTime(c.effective.start, ['context', 'effective', 'start']);
    if (c.effective.end !== undefined) period.end = checkDateTime(c.effective.end, ['context', 'effective', 'end']);
    fields.effectivePeriod = period;
  }
  if (c.issued !== undefined) fields.issued = checkDateTime(c.issued, ['context', 'issued'], 'instant');
  if (c.performer !== undefined) {
    if (!Array.isArray(c.performer)) {
      fail('invalid-argument', ['context', 'performer'], c.performer, `context.performer: expected an array of References, got ${describeValue(c.performer)}`);
    }
    fields.performer = c.performer.map((r, i) => reference(r, ['context', 'performer', i]));
  }
  const resolved: { -readonly [K in keyof ResolvedObservationContext]: ResolvedObservationContext[K] } = { status, fields };
  if (c.derivedFrom !== undefined) {
    const list: readonly Reference[] = Array.isArray(c.derivedFrom) ? c.derivedFrom : [c.derivedFrom as Reference];
    resolved.derivedFrom = list.map((r, i) => reference(r, Array.isArray(c.derivedFrom) ? ['context', 'derivedFrom', i] : ['context', 'derivedFrom']));
  }
  return resolved;
}

function reference(value: unknown, path: readonly (string | number)[]): Reference {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail('invalid-argument', path, value, `${path.join('.')}: expected a FHIR Reference such as { reference: 'Patient/123' }, got ${describeValue(value)}`);
  }
  return { ...(value as Reference) };
}
