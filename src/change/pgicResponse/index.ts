import { describeValue, fail } from '../../errors.js';
import { rangeOf, readScore, resolveContext } from '../_lib/context.js';
import { checkOptions } from '../_lib/numbers.js';
import type { ScoreInput } from '../_lib/types.js';
import type { ClinicalSignificanceResult } from '../clinicalSignificance/index.js';
import type { ImmpactPainChangeResult } from '../immpactPainChange/index.js';
import type { McidChangeResult } from '../mcidChange/index.js';
import type { ReliableChangeResult } from '../reliableChange/index.js';

/** A change result (or a plain yes/no) to set beside the patient's global impression. */
export type ChangeEvidence =
  | boolean
  | ReliableChangeResult
  | ClinicalSignificanceResult
  | McidChangeResult
  | ImmpactPainChangeResult;

/** Options of {@link pgicResponse}. */
export interface PgicResponseOptions {
  /** Responder when PGIC ≤ this (a whole number 1–6). Default 2 ("much improved" or better). */
  readonly threshold?: number;
  /** A change result to combine with; see {@link pgicResponse} for how each is read. */
  readonly change?: ChangeEvidence;
}

/** The result of {@link pgicResponse}. */
export interface PgicResponseResult {
  readonly kind: 'pgic-response';
  readonly pgic: number;
  readonly label: string;
  readonly threshold: number;
  /** PGIC ≤ threshold. */
  readonly responder: boolean;
  /** Present when `options.change` was given: whether the change counts as a response, and the rule. */
  readonly change?: { readonly responder: boolean | null; readonly rule: string };
  /** Present with `options.change`: how the two verdicts agree (null when the change verdict is unknown). */
  readonly agreement?: 'both' | 'pgic-only' | 'change-only' | 'neither' | null;
}

const LABELS = ['very much improved', 'much improved', 'minimally improved', 'no change', 'minimally worse', 'much worse', 'very much worse'];

function readEvidence(evidence: unknown): { responder: boolean | null; rule: string } {
  if (typeof evidence === 'boolean') return { responder: evidence, rule: "the caller's verdict" };
  const kind = evidence !== null && typeof evidence === 'object' ? (evidence as { kind?: unknown }).kind : undefined;
  switch (kind) {
    case 'reliable-change':
      return { responder: (evidence as ReliableChangeResult).classification === 'improved', rule: 'reliable improvement (classification improved)' };
    case 'clinical-significance': {
      const category = (evidence as ClinicalSignificanceResult).category;
      return { responder: category === 'recovered' || category === 'improved', rule: 'Jacobson–Truax category recovered or improved' };
    }
    case 'mcid-change':
      return { responder: (evidence as McidChangeResult).improved, rule: 'at least one MCID met' };
    case 'immpact-pain-change': {
      const category = (evidence as ImmpactPainChangeResult).category;
      return { responder: category === 'moderate' || category === 'substantial', rule: 'pain reduced by ≥ 30 % (IMMPACT moderate or substantial; Farrar 2001)' };
    }
    default:
      return fail('invalid-argument', ['options', 'change'], evidence, `options.change: expected true/false or a result of reliableChange, clinicalSignificance, mcidChange or immpactPainChange, got ${describeValue(evidence)}`);
  }
}

/**
 * @summary Responder by the Patient Global Impression of Change (PGIC), optionally beside a score change.
 *
 * @remarks
 * PGIC coding 1 = very much improved, 2 = much improved, 3 = minimally improved, 4 = no change,
 * 5 = minimally worse, 6 = much worse, 7 = very much worse. A responder has PGIC ≤ `threshold`
 * (default 2: "much improved" or "very much improved", the anchor Farrar et al. 2001 used for a
 * clinically important improvement). Use `threshold: 3` to include "minimally improved".
 *
 * With `options.change` the result also says whether the score change counts as a response and
 * how the two agree (`both`, `pgic-only`, `change-only`, `neither`; null when the change verdict
 * is undecidable). A change counts as a response when:
 * - `reliableChange`: classification `improved`;
 * - `clinicalSignificance`: category `recovered` or `improved`;
 * - `mcidChange`: `improved` (at least one MCID met; null stays null);
 * - `immpactPainChange`: category `moderate` or `substantial` (≥ 30 %);
 * - a boolean: as given.
 *
 * @param pgic - the PGIC rating, a whole number 1–7 (number or `ScoreValue`)
 * @param options - `threshold`, `change`
 * @returns whether the patient is a PGIC responder, and the agreement with the change
 * @throws {PromkitError} when the rating is not a whole number 1–7, is a score of another range
 *   than 1–7, or an option is invalid
 *
 * @see Farrar JT, Young JP Jr, LaMoreaux L, Werth JL, Poole RM. Clinical importance of changes
 *   in chronic pain intensity measured on an 11-point numerical pain rating scale. Pain.
 *   2001;94(2):149-158. doi:10.1016/S0304-3959(01)00349-9
 * @see Guy W. ECDEU Assessment Manual for Psychopharmacology. Rockville, MD: US Department of
 *   Health, Education, and Welfare; 1976 (the 7-point global impression of change).
 *
 * @example
 * ```ts
 * import { immpactPainChange, pgicResponse } from 'promkit';
 *
 * pgicResponse(2).responder; //=> true
 * pgicResponse(3, { change: immpactPainChange(8, 5) });
 * //=> { kind: 'pgic-response', pgic: 3, label: 'minimally improved', threshold: 2, responder: false,
 * //     change: { responder: true, rule: 'pain reduced by ≥ 30 % (IMMPACT moderate or substantial; Farrar 2001)' },
 * //     agreement: 'change-only' }
 * ```
 */
export function pgicResponse(pgic: ScoreInput, options?: PgicResponseOptions): PgicResponseResult {
  checkOptions(options);
  // A score from score() must be a PGIC's (range 1–7): a PHQ-9 total of 3 is not a rating.
  const range = rangeOf(pgic);
  if (range !== null && (range[0] !== 1 || range[1] !== 7)) {
    fail('invalid-argument', ['pgic'], pgic, `pgic: expected a PGIC rating (a score with range 1–7), got a score with range ${range[0]}–${range[1]}`);
  }
  const value = readScore(pgic, resolveContext(undefined), ['pgic']);
  if (!Number.isInteger(value) || value < 1 || value > 7) {
    fail('out-of-range', ['pgic'], value, `pgic: expected a whole number from 1 (very much improved) to 7 (very much worse), got ${value}`);
  }
  // undefined means the default; null is refused like any other non-number (no silent default).
  const threshold = options?.threshold === undefined ? 2 : options.threshold;
  if (typeof threshold !== 'number' || !Number.isInteger(threshold) || threshold < 1 || threshold > 6) {
    fail('invalid-argument', ['options', 'threshold'], threshold, `options.threshold: expected a whole number from 1 to 6, got ${describeValue(threshold)}`);
  }
  const responder = value <= threshold;
  const result: { -readonly [K in keyof PgicResponseResult]: PgicResponseResult[K] } = {
    kind: 'pgic-response',
    pgic: value,
    label: LABELS[value - 1] as string,
    threshold,
    responder,
  };
  if (options?.change !== undefined) {
    const c = readEvidence(options.change);
    result.change = c;
    result.agreement = c.responder === null ? null : responder && c.responder ? 'both' : responder ? 'pgic-only' : c.responder ? 'change-only' : 'neither';
  }
  return result;
}
