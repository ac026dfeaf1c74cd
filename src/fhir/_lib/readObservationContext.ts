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
 *   effectiveDateTime: '2025-03-14T10:30:00Z',
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
   * `Observation.effectiveDateTime`: a FHIR dateTime, usually when the questionnaire was
   * completed (`QuestionnaireResponse.authored`). Always passed in: promkit never reads the clock.
   */
  readonly effectiveDateTime?: string;
  /** `Observation.effectivePeriod` (instead of `effectiveDateTime`): `{ start, end }`, FHIR dateTimes. */
  readonly effectivePeriod?: Period;
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

/** The keys of {@link ObservationContext}. @internal */
export const OBSERVATION_CONTEXT_KEYS: readonly string[] = ['subject', 'encounter', 'performer', 'effectiveDateTime', 'effectivePeriod', 'issued', 'derivedFrom', 'status'];

/**
 * Validates an {@link ObservationContext} (types only: references are copied as given). Keys
 * other than its own and `extraKeys` are refused, so that a misspelt or non-FHIR name (`effective`,
 * `effectiveDate`) is never silently dropped.
 * @throws {PromkitError} `invalid-argument` with a path under `['context']`
 * @internal
 */
export function readObservationContext(context: unknown, extraKeys: readonly string[] = []): ResolvedObservationContext {
  if (context === null || typeof context !== 'object' || Array.isArray(context)) {
    fail('invalid-argument', ['context'], context, `context: expected an object such as { subject, effectiveDateTime }, got ${describeValue(context)}`);
  }
  const allowed = [...OBSERVATION_CONTEXT_KEYS, ...extraKeys];
  for (const key of Object.keys(context)) {
    if (allowed.includes(key)) continue;
    const hint = key === 'effective' ? ': use the FHIR names effectiveDateTime (a dateTime) or effectivePeriod (a Period)' : '';
    fail('invalid-argument', ['context', key], (context as Record<string, unknown>)[key], `context.${key} is not a context field${hint}; the fields are ${allowed.join(', ')}`);
  }
  const c = context as ObservationContext;
  const status = c.status ?? 'final';
  if (!STATUSES.includes(status)) {
    fail('invalid-argument', ['context', 'status'], status, `context.status: expected one of ${STATUSES.join(', ')}, got ${describeValue(status)}`);
  }
  const fields: Partial<Observation> = {};
  if (c.subject !== undefined) fields.subject = reference(c.subject, ['context', 'subject']);
  if (c.encounter !== undefined) fields.encounter = reference(c.encounter, ['context', 'encounter']);
  if (c.effectiveDateTime !== undefined && c.effectivePeriod !== undefined) {
    fail('invalid-argument', ['context', 'effectivePeriod'], c.effectivePeriod, 'context: give effectiveDateTime or effectivePeriod, not both (Observation.effective[x] takes one)');
  }
  if (c.effectiveDateTime !== undefined) fields.effectiveDateTime = checkDateTime(c.effectiveDateTime, ['context', 'effectiveDateTime']);
  if (c.effectivePeriod !== undefined) {
    const p: unknown = c.effectivePeriod;
    if (p === null || typeof p !== 'object' || Array.isArray(p)) {
      fail('invalid-argument', ['context', 'effectivePeriod'], p, `context.effectivePeriod: expected a Period { start, end }, got ${describeValue(p)}`);
    }
    const { start, end } = p as Period;
    const period: Period = {};
    if (start !== undefined) period.start = checkDateTime(start, ['context', 'effectivePeriod', 'start']);
    if (end !== undefined) period.end = checkDateTime(end, ['context', 'effectivePeriod', 'end']);
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
    const list: readonly Reference[] = Array.isArray(c.derivedFrom) ? (c.derivedFrom as readonly Reference[]) : [c.derivedFrom as Reference];
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
