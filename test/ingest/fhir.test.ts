/** The `@example`s of the FHIR ingest modules (src/ingest/fhir*), run against the wild fixtures. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFhirAnswer } from '../../src/ingest/fhirAnswerValue/index.js';
import { fhirLinkIdMatcher } from '../../src/ingest/fhirLinkIds/index.js';
import { indexQuestionnaireItems } from '../../src/ingest/fhirQuestionnaireItems/index.js';
import { indexTerminologyWeights } from '../../src/ingest/fhirTerminologyWeights/index.js';
import { phq9 } from '../../src/instruments/index.js';

const wild = (file: string): unknown => JSON.parse(readFileSync(new URL(`../fhir/wild/${file}`, import.meta.url), 'utf8'));

describe('FHIR ingest doc examples', () => {
  it('indexQuestionnaireItems', () => {
    const index = indexQuestionnaireItems(wild('lhc-phq9.questionnaire.json'));
    expect(index.items.get('/44250-9')?.loinc).toEqual(['44250-9']);
    expect(index.panel).toEqual(['44249-1']);
    expect(index.items.get('/44250-9')?.options.map((o) => o.weights[0])).toEqual([0, 1, 2, 3]);
    expect(indexQuestionnaireItems({ item: [{ linkId: 1 }, 'x'] }).problems).toHaveLength(2);
  });

  it('indexTerminologyWeights', () => {
    const csPhq9 = wild('sdc-CSPHQ9.codesystem.json');
    const weights = indexTerminologyWeights([{ resource: csPhq9 }]);
    expect(weights.fromAnyResource({ system: 'http://hl7.org/fhir/uv/sdc/CodeSystem/CSPHQ9', code: 'Several-days' })).toEqual([
      { weight: 1, source: 'CodeSystem http://hl7.org/fhir/uv/sdc/CodeSystem/CSPHQ9' },
    ]);
    const contained = (wild('sdc-phq9.questionnaire.json') as { contained: unknown[] }).contained[0];
    const fromVs = indexTerminologyWeights([{ resource: contained, contained: true }]);
    expect(fromVs.fromValueSet('#VSPHQ9', { system: 'http://hl7.org/fhir/uv/sdc/CodeSystem/CSPHQ9', code: 'Nearly every day' })).toEqual([
      { weight: 4, source: 'ValueSet #VSPHQ9' },
    ]);
  });

  it('fhirLinkIdMatcher', () => {
    const matcher = fhirLinkIdMatcher(phq9, new Map(), {});
    expect(matcher.match('/44250-9')).toEqual({ itemId: 'phq9_1', by: 'loinc-in-linkid' });
    expect(matcher.match('phq9_2')).toEqual({ itemId: 'phq9_2', by: 'item-id' });
    expect(matcher.match('/44250-8')).toBeUndefined(); // wrong check digit
  });

  it('readFhirAnswer', () => {
    const sources = { instrumentId: 'phq-9', terminology: indexTerminologyWeights([]) };
    expect(readFhirAnswer({ valueCoding: { system: 'http://loinc.org', code: 'LA6570-1' } }, phq9.items[0]!, sources)).toEqual({ ok: true, value: 2, by: 'option-code' });
  });
});
