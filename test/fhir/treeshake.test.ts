/**
 * Bundle hygiene: an application that imports promkit/fhir and one instrument carries no other
 * instrument (the adapters never import the catalogue) and none of the test-only FHIR packages.
 * Bundled from source with esbuild, so it needs no build first.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleSource as bundle } from '../bundle.js';

describe('promkit/fhir tree shaking', () => {
  it('the whole FHIR API with phq9 carries no other instrument and no fhirpath or validator', async () => {
    const code = await bundle(`
      import { toQuestionnaire, scoreQuestionnaireResponse, scoreContainedInstruments, identifyInstrument, toObservations, gasToObservation, promkitCodeSystems } from './src/fhir/index.ts';
      import { phq9 } from './src/instruments/index.ts';
      const q = toQuestionnaire(phq9);
      console.log(q, scoreQuestionnaireResponse, scoreContainedInstruments, identifyInstrument, toObservations, gasToObservation, promkitCodeSystems);
    `);
    expect(code).toContain('phq9_1');
    expect(code).toContain('sdc-questionnaire-calculatedExpression');
    // Other instruments' item ids and titles (the short message keeps a failure readable).
    expect(code.match(/gad7_|odi_1|tsk17_|pcs_1|Generalized Anxiety Disorder 7-item/)?.[0]).toBeUndefined();
    // The fhirpath engine (FP_Decimal, antlr4) and the schema validator (ajv) are test-only.
    expect(code.match(/FP_Decimal|antlr|ajv|\$schema/i)?.[0]).toBeUndefined();
    expect(code.match(/_zod|ZodError/)?.[0]).toBeUndefined();
    // 19.7 KB gzipped once the ingest of other systems' responses (weights, ValueSets, CodeSystems) landed.
    expect(gzipSync(code).length).toBeLessThan(24 * 1024);
  });

  it('lookup over the catalogue pulls it in only when the caller imports it', async () => {
    const code = await bundle(`
      import { scoreQuestionnaireResponse } from './src/fhir/index.ts';
      import { listInstruments } from './src/catalog/index.ts';
      console.log((qr) => scoreQuestionnaireResponse(qr, { instruments: listInstruments() }));
    `);
    expect(code).toContain('gad7_1');
    expect(code).toContain('phq9_1');
  });
});
