import { resolveBase } from '../_lib/resolveBase.js';

/** The URLs of promkit's own code systems under one base (see {@link promkitCodeSystems}). */
export interface PromkitCodeSystems {
  /** Scores: `phq-9.total`, `pcs.rumination`, `promis-pi-4a.total.tScore`, `….tScoreSe`, `gas.tScore`. */
  readonly score: string;
  /** Response options: `<instrument>.<item>=<value>`, e.g. `odi.odi_3=2`. */
  readonly answer: string;
  /** Bands of a score: `<instrument>.<score>.<label-slug>`, e.g. `phq-9.total.moderately-severe`. */
  readonly band: string;
}

/**
 * promkit's code systems under a base, used where LOINC has no code: `${base}/CodeSystem/promkit-score`,
 * `…/promkit-answer` and `…/promkit-band`.
 *
 * They follow the base you pass everywhere else (`toQuestionnaire`, `scoreQuestionnaireResponse`,
 * `toObservations`), because promkit owns no domain to fix them under: with your base they are
 * your organisation's local code systems, whose codes promkit defines. The default base is the
 * placeholder `PROMKIT_FHIR_BASE` (`https://example.org/promkit`). LOINC codes come first in every
 * CodeableConcept promkit writes wherever LOINC has one, so the interoperable code never depends on
 * the base. When reading responses, a promkit answer code (`phq-9.phq9_1=2`) is recognised under
 * any base: its code names the instrument, item and value.
 *
 * @param base - an absolute `http(s):` or `urn:` URI; default `PROMKIT_FHIR_BASE`
 * @returns the three code-system URLs
 * @throws {PromkitError} `invalid-argument` for a malformed base
 *
 * @example
 * ```ts
 * promkitCodeSystems().score; //=> 'https://example.org/promkit/CodeSystem/promkit-score'
 * promkitCodeSystems('https://fhir.example-clinic.org').band; //=> 'https://fhir.example-clinic.org/CodeSystem/promkit-band'
 * ```
 */
export function promkitCodeSystems(base?: string): PromkitCodeSystems {
  const root = resolveBase(base);
  return {
    score: `${root}/CodeSystem/promkit-score`,
    answer: `${root}/CodeSystem/promkit-answer`,
    band: `${root}/CodeSystem/promkit-band`,
  };
}
