/**
 * Exact contracts of the FHIR terminology side of src/ingest (issue 18): what
 * `indexQuestionnaireItems` keeps of a Questionnaire (linkIds, LOINC codes, answer options and
 * their weights, answerValueSet, contained resources, shape problems) and which weights
 * `indexTerminologyWeights` finds in ValueSets and CodeSystems. The resources are built as the
 * FHIR R4 specification and the SDC IG shape them (each fixture names its spec location); the
 * malformed variants are the ones a form engine or a hand-written export produces, and must be
 * skipped (never thrown on, never read as a weight).
 */
import type { Questionnaire, QuestionnaireResponse } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { PromkitError } from '../../src/errors.js';
import { scoreQuestionnaireResponse } from '../../src/fhir/scoreQuestionnaireResponse/index.js';
import { codeRef, indexQuestionnaireItems, isRecord, weightExtensions } from '../../src/ingest/fhirQuestionnaireItems/index.js';
import { indexTerminologyWeights } from '../../src/ingest/fhirTerminologyWeights/index.js';
import { phq9 } from '../../src/instruments/index.js';
import { caught } from '../promkitError.js';

const LOINC = 'http://loinc.org';
const SNOMED = 'http://snomed.info/sct';
// R4 core extension ordinalValue (https://hl7.org/fhir/R4/extension-ordinalvalue.html): valueDecimal,
// on a Coding or a Questionnaire.item.answerOption.
const ORDINAL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
// itemWeight (https://hl7.org/fhir/extensions/StructureDefinition-itemWeight.html), the successor
// of ordinalValue that the SDC IG uses for scoring (https://hl7.org/fhir/uv/sdc/behavior.html#scoring).
const ITEM_WEIGHT = 'http://hl7.org/fhir/StructureDefinition/itemWeight';
// R5 ValueSet.expansion.contains.property as an R4 cross-version extension
// (https://hl7.org/fhir/R5/valueset-definitions.html#ValueSet.expansion.contains.property), as the
// SDC IG's contained ValueSet VSPHQ9 writes it: sub-extensions `code` (valueCode) and `value`.
const EXPANSION_PROPERTY = 'http://hl7.org/fhir/5.0/StructureDefinition/extension-ValueSet.expansion.contains.property';
// The SDC IG's PHQ-9 answer CodeSystem (input/fsh/codesystems/CodeSystemCSPHQ9.fsh).
const CSPHQ9 = 'http://hl7.org/fhir/uv/sdc/CodeSystem/CSPHQ9';


/** JSON decimals beyond the double range parse as Infinity: never a weight or an option value. */
const overflow = (key: string): Record<string, unknown> => JSON.parse(`{"${key}": 1e400}`) as Record<string, unknown>;

describe('indexQuestionnaireItems: what a Questionnaire says about its items', () => {
  // FHIR R4 Questionnaire (https://hl7.org/fhir/R4/questionnaire.html): Questionnaire.code and
  // item.code are Coding[] (here the LOINC PHQ-2 panel 55757-9 and PHQ-9 questions 44250-9 /
  // 44255-8); item.answerOption.valueCoding carries the LOINC answer (LA6568-5 … LA6571-9, answer
  // list LL358-3) with its ordinalValue on the option or on the Coding; item.answerValueSet points
  // at a contained ValueSet by '#id' (Questionnaire.contained, https://hl7.org/fhir/R4/references.html#contained).
  const frequency = {
    resourceType: 'ValueSet',
    id: 'frequency',
    status: 'active',
    compose: { include: [{ system: LOINC, concept: [{ code: 'LA6568-5', display: 'Not at all' }] }] },
  };
  const phq2 = {
    resourceType: 'Questionnaire',
    id: 'phq-2-example',
    url: 'http://example.org/fhir/Questionnaire/phq-2',
    status: 'active',
    code: [{ system: SNOMED, code: '715252007' }, null, { system: LOINC, display: 'a LOINC Coding without a code' }, { system: LOINC, code: '55757-9', display: 'PHQ-2' }],
    contained: ['not a resource', null, frequency],
    item: [
      {
        linkId: 'phq2',
        type: 'group',
        item: [
          {
            linkId: 'phq2-1',
            type: 'choice',
            code: [{ system: LOINC, code: '44250-9' }, { system: SNOMED, code: '44250-9' }, null, { system: LOINC, code: 44250 }],
            answerOption: [
              { valueCoding: { system: LOINC, code: 'LA6568-5', display: 'Not at all' }, extension: [{ url: ORDINAL, valueDecimal: 0 }] },
              { valueCoding: { system: LOINC, code: 'LA6569-3', display: 'Several days', extension: [{ url: ORDINAL, valueDecimal: 1 }] } },
              null,
              'an option that is not an object',
              { valueCoding: { system: LOINC, code: 'LA6570-1', display: 'More than half the days', extension: [{ url: ITEM_WEIGHT, valueDecimal: 2 }] }, extension: [{ url: ORDINAL, valueInteger: 2 }] },
            ],
          },
          { linkId: 'phq2-2', type: 'choice', code: [{ system: LOINC, code: '44255-8' }], answerValueSet: '#frequency' },
          { linkId: 'phq2-3', type: 'choice', answerValueSet: 42 },
        ],
      },
    ],
  };

  it('keeps each item\'s LOINC codes (only system http://loinc.org with a string code), its options with their weights, and its answerValueSet', () => {
    const index = indexQuestionnaireItems(phq2);
    expect(index.problems).toEqual([]);
    expect([...index.items.keys()].sort()).toEqual(['phq2', 'phq2-1', 'phq2-2', 'phq2-3']);
    expect(index.items.get('phq2')).toStrictEqual({ linkId: 'phq2', loinc: [], options: [] });
    expect(index.items.get('phq2-1')).toStrictEqual({
      linkId: 'phq2-1',
      loinc: ['44250-9'],
      options: [
        { coding: { system: LOINC, code: 'LA6568-5', display: 'Not at all' }, weights: [0] },
        { coding: { system: LOINC, code: 'LA6569-3', display: 'Several days' }, weights: [1] },
        // The option's own extension first, then its Coding's.
        { coding: { system: LOINC, code: 'LA6570-1', display: 'More than half the days' }, weights: [2, 2] },
      ],
    });
    expect(index.items.get('phq2-2')).toStrictEqual({ linkId: 'phq2-2', loinc: ['44255-8'], options: [], answerValueSet: '#frequency' });
    // answerValueSet is a canonical (a string): a number is not one, and no key is written.
    expect(index.items.get('phq2-3')).toStrictEqual({ linkId: 'phq2-3', loinc: [], options: [] });
  });

  it('gives the panel codes of Questionnaire.code and the contained resources that are objects', () => {
    const index = indexQuestionnaireItems(phq2);
    expect(index.panel).toEqual(['55757-9']);
    expect(index.contained).toStrictEqual([frequency]);
  });

  it('gives no panel, no contained resources and no items for a Questionnaire without them', () => {
    const index = indexQuestionnaireItems({ resourceType: 'Questionnaire', status: 'draft' });
    expect(index.panel).toEqual([]);
    expect(index.contained).toEqual([]);
    expect(index.items.size).toBe(0);
    expect(index.problems).toEqual([]);
    expect(indexQuestionnaireItems(null).contained).toEqual([]);
  });

  it('reads integer (and decimal) answer options as numbers, and no other value as one', () => {
    // R4 answerOption.value[x] allows integer (a 0–10 rating); valueDecimal is not an R4 type but
    // form engines write it and the index keeps it. valueInteger wins where both are (wrongly) given.
    const nrs = {
      resourceType: 'Questionnaire',
      status: 'active',
      item: [
        {
          linkId: 'pain',
          type: 'choice',
          answerOption: [{ valueInteger: 3 }, { valueDecimal: 1.5 }, { valueInteger: 7, valueDecimal: 9 }, { valueString: '4' }, { valueDecimal: '2.5' }, overflow('valueDecimal'), overflow('valueInteger'), { valueDate: '2024-01-01' }],
        },
      ],
    };
    expect(indexQuestionnaireItems(nrs).items.get('pain')?.options).toStrictEqual([
      { number: 3, weights: [] },
      { number: 1.5, weights: [] },
      { number: 7, weights: [] },
      { weights: [] },
      { weights: [] },
      { weights: [] },
      { weights: [] },
      { weights: [] },
    ]);
  });

  it('reports an item list that is not an array at the path of its `item`, under options.questionnaire by default', () => {
    expect(indexQuestionnaireItems({ resourceType: 'Questionnaire', item: { linkId: 'q1' } }).problems).toEqual([
      { path: ['options', 'questionnaire', 'item'], message: 'options.questionnaire.item: expected an array of items' },
    ]);
    const nested = indexQuestionnaireItems({ item: [{ linkId: 'g', type: 'group', item: 'q1' }] }, ['questionnaireResponse', 'contained', '#phq']);
    expect(nested.problems).toEqual([
      { path: ['questionnaireResponse', 'contained', '#phq', 'item', 0, 'item'], message: 'questionnaireResponse.contained.#phq.item.0.item: expected an array of items' },
    ]);
    expect([...nested.items.keys()]).toEqual(['g']);
  });

  it('reports an item that is not an object or has no string linkId at its own path, and keeps the others', () => {
    const index = indexQuestionnaireItems({ item: [{ linkId: 'q0' }, { linkId: 7, type: 'choice' }] });
    expect(index.problems).toEqual([{ path: ['options', 'questionnaire', 'item', 1], message: 'options.questionnaire.item.1: expected an item with a string linkId' }]);
    expect([...index.items.keys()]).toEqual(['q0']);
    const inGroup = indexQuestionnaireItems({ item: [{ linkId: 'g', item: [null] }] }, ['q']);
    expect(inGroup.problems).toEqual([{ path: ['q', 'item', 0, 'item', 0], message: 'q.item.0.item.0: expected an item with a string linkId' }]);
  });
});

describe('indexQuestionnaireItems: repeated linkIds and document order', () => {
  // FHIR R4 Questionnaire constraint que-2 (https://hl7.org/fhir/R4/questionnaire.html#invs): "The
  // link ids for groups and questions must be unique within the questionnaire". A repeat is a
  // malformed Questionnaire: reported, and the first item (in document order) is kept.
  const repeated = {
    resourceType: 'Questionnaire',
    status: 'active',
    item: [
      { linkId: 'a', type: 'choice', code: [{ system: LOINC, code: '44250-9' }] },
      { linkId: 'g', type: 'group', item: [{ linkId: 'a', type: 'choice', code: [{ system: LOINC, code: '44255-8' }] }] },
      { linkId: 'a', type: 'choice', code: [{ system: LOINC, code: '44259-0' }] },
    ],
  };

  it('keeps the first item of a repeated linkId and reports each repeat at its linkId, naming the first', () => {
    const index = indexQuestionnaireItems(repeated);
    expect(index.items.get('a')?.loinc).toEqual(['44250-9']);
    expect(index.problems).toEqual([
      {
        path: ['options', 'questionnaire', 'item', 1, 'item', 0, 'linkId'],
        message: 'options.questionnaire.item.1.item.0.linkId: "a" is already the linkId of options.questionnaire.item.0; linkIds are unique within a Questionnaire (FHIR que-2)',
      },
      {
        path: ['options', 'questionnaire', 'item', 2, 'linkId'],
        message: 'options.questionnaire.item.2.linkId: "a" is already the linkId of options.questionnaire.item.0; linkIds are unique within a Questionnaire (FHIR que-2)',
      },
    ]);
  });

  it('lists problems in document order (a group\'s items before its next sibling)', () => {
    const index = indexQuestionnaireItems({ item: [null, { linkId: 'g', item: [7, { linkId: 'q', item: {} }] }, 'x'] }, ['q']);
    expect(index.problems.map((p) => p.path.join('.'))).toEqual(['q.item.0', 'q.item.1.item.0', 'q.item.1.item.1.item', 'q.item.2']);
  });

  it('makes scoreQuestionnaireResponse refuse a passed Questionnaire that repeats a linkId, rather than pick one of its items', () => {
    // Before, the later sibling silently won: linkId "a" was read as PHQ-9 item 3 (44259-0).
    const qr = { resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'a', answer: [{ valueCoding: { system: LOINC, code: 'LA6570-1' } }] }] } as const;
    const error = caught(() => scoreQuestionnaireResponse(qr as unknown as QuestionnaireResponse, { instrument: phq9, questionnaire: repeated as unknown as Questionnaire }));
    expect(error).toBeInstanceOf(PromkitError);
    expect((error as PromkitError).issues).toEqual([
      {
        code: 'invalid-argument',
        path: ['options', 'questionnaire', 'item', 1, 'item', 0, 'linkId'],
        input: undefined,
        message: 'options.questionnaire.item.1.item.0.linkId: "a" is already the linkId of options.questionnaire.item.0; linkIds are unique within a Questionnaire (FHIR que-2) (and 1 more problems)',
      },
    ]);
  });
});

describe('weightExtensions, codeRef and isRecord', () => {
  it('takes the numbers of ordinalValue and itemWeight extensions only, skipping anything else', () => {
    const extensions = [
      null,
      'an extension that is not an object',
      { url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-optionPrefix', valueString: 'a)' },
      { url: 'http://example.org/fhir/StructureDefinition/display-order', valueInteger: 9 },
      { url: 5, valueDecimal: 8 },
      { url: ORDINAL, valueString: '6' },
      { url: ORDINAL, valueCoding: { code: '6' } },
      { url: ITEM_WEIGHT, ...overflow('valueDecimal') },
      { url: ORDINAL, valueDecimal: 2.5 },
      { url: ITEM_WEIGHT, valueInteger: 3 },
    ];
    expect(weightExtensions(extensions)).toEqual([2.5, 3]);
    expect(weightExtensions({ url: ORDINAL, valueDecimal: 1 })).toEqual([]);
  });

  it('keeps a Coding\'s string fields only, and no Coding without a string code', () => {
    expect(codeRef({ system: 5, code: 'LA6568-5', display: ['Not at all'] })).toStrictEqual({ code: 'LA6568-5' });
    expect(codeRef({ system: LOINC, code: 'LA6568-5', display: 'Not at all', version: '2.77' })).toStrictEqual({ system: LOINC, code: 'LA6568-5', display: 'Not at all' });
    expect(codeRef({ system: LOINC, code: 1 })).toBeUndefined();
    expect(codeRef(null)).toBeUndefined();
  });

  it('counts plain objects only as records (not null, not arrays)', () => {
    expect(isRecord(null)).toBe(false);
    expect(isRecord([])).toBe(false);
    expect(isRecord('x')).toBe(false);
    expect(isRecord({})).toBe(true);
  });
});

describe('indexTerminologyWeights: weights that ValueSets and CodeSystems give codes', () => {
  // FHIR R4 ValueSet (https://hl7.org/fhir/R4/valueset.html): compose.include.concept with the
  // ordinalValue extension, as the MII PRO module's LL358-3 ValueSet writes it
  // (test/fhir/wild/mii-phq9-ll358-3.valueset.json); an include of a whole system (no concept) and
  // one by valueSet; a canonical url with a |version reference.
  const ll3583 = {
    resourceType: 'ValueSet',
    id: 'phq-frequency',
    url: 'http://example.org/fhir/ValueSet/phq-frequency',
    version: '1.0.0',
    status: 'active',
    compose: {
      include: [
        null,
        {
          system: LOINC,
          concept: [
            { code: 'LA6568-5', display: 'Not at all', extension: [{ url: ORDINAL, valueDecimal: 0 }] },
            null,
            { display: 'a concept without a code', extension: [{ url: ORDINAL, valueDecimal: 9 }] },
            { code: 'LA6569-3', display: 'Several days', extension: [{ url: ORDINAL, valueDecimal: 1 }] },
          ],
        },
        { system: CSPHQ9 },
        { valueSet: ['http://example.org/fhir/ValueSet/other'] },
      ],
    },
  };

  it('finds a compose concept\'s ordinalValue through the ValueSet\'s canonical, with or without |version', () => {
    const weights = indexTerminologyWeights([{ resource: ll3583 }]);
    const source = 'ValueSet http://example.org/fhir/ValueSet/phq-frequency';
    expect(weights.fromValueSet('http://example.org/fhir/ValueSet/phq-frequency|1.0.0', { system: LOINC, code: 'LA6569-3' })).toEqual([{ weight: 1, source }]);
    expect(weights.fromValueSet('http://example.org/fhir/ValueSet/phq-frequency', { system: LOINC, code: 'LA6568-5' })).toEqual([{ weight: 0, source }]);
    expect(weights.hasValueSet('http://example.org/fhir/ValueSet/phq-frequency|2.0.0')).toBe(true);
    expect(weights.hasValueSet('http://example.org/fhir/ValueSet/other')).toBe(false);
    expect(weights.empty).toBe(false);
  });

  it('matches a code only within its system, and a Coding without a system on the code alone', () => {
    const weights = indexTerminologyWeights([{ resource: ll3583 }]);
    const ref = 'http://example.org/fhir/ValueSet/phq-frequency';
    expect(weights.fromValueSet(ref, { system: SNOMED, code: 'LA6569-3' })).toEqual([]);
    expect(weights.fromValueSet(ref, { code: 'LA6569-3' })).toEqual([{ weight: 1, source: `ValueSet ${ref}` }]);
    expect(weights.fromAnyResource({ system: LOINC, code: 'LA6569-3' })).toEqual([{ weight: 1, source: `ValueSet ${ref}` }]);
    expect(weights.fromAnyResource({ system: SNOMED, code: 'LA6569-3' })).toEqual([]);
    // Reached without the item's answerValueSet, a ValueSet counts only where the Coding names the system.
    expect(weights.fromAnyResource({ code: 'LA6569-3' })).toEqual([]);
  });

  it('lets a concept without a system (vsd-2 / vsd-10 broken, as hand-written forms do) match its code in any system through the ValueSet, never through fromAnyResource', () => {
    const handWritten = {
      resourceType: 'ValueSet',
      url: 'http://example.org/fhir/ValueSet/hand-written',
      status: 'draft',
      compose: { include: [{ system: 42, concept: [{ code: 'often', extension: [{ url: ORDINAL, valueDecimal: 2 }] }] }] },
      expansion: { timestamp: '2024-01-01T00:00:00Z', contains: [{ code: 'rarely', display: 'Rarely', extension: [{ url: ORDINAL, valueDecimal: 1 }] }] },
    };
    const weights = indexTerminologyWeights([{ resource: handWritten }]);
    const ref = 'http://example.org/fhir/ValueSet/hand-written';
    const source = `ValueSet ${ref}`;
    expect(weights.fromValueSet(ref, { system: 'http://example.org/answers', code: 'often' })).toEqual([{ weight: 2, source }]);
    expect(weights.fromValueSet(ref, { system: 'http://example.org/answers', code: 'rarely' })).toEqual([{ weight: 1, source }]);
    expect(weights.fromValueSet(ref, { code: 'rarely' })).toEqual([{ weight: 1, source }]);
    expect(weights.fromAnyResource({ code: 'rarely' })).toEqual([]);
    expect(weights.fromAnyResource({ system: 'http://example.org/answers', code: 'rarely' })).toEqual([]);
  });

  it('reaches a ValueSet by #id only when it is contained, and names it by url, else by #id', () => {
    const vs = (extra: Record<string, unknown>) => ({
      resourceType: 'ValueSet',
      status: 'active',
      expansion: { timestamp: '2024-01-01T00:00:00Z', contains: [{ system: LOINC, code: 'LA6570-1', extension: [{ url: ORDINAL, valueDecimal: 2 }] }] },
      ...extra,
    });
    const coding = { system: LOINC, code: 'LA6570-1' };
    const passed = indexTerminologyWeights([{ resource: vs({ id: 'freq' }) }, { resource: vs({ id: 'named', url: 'http://example.org/vs' }), contained: true }]);
    expect(passed.hasValueSet('#freq')).toBe(false);
    expect(passed.fromValueSet('#freq', coding)).toEqual([]);
    expect(passed.hasValueSet('#named')).toBe(true);
    expect(passed.fromValueSet('#named', coding)).toEqual([{ weight: 2, source: 'ValueSet http://example.org/vs' }]);
    // Both are listed by fromAnyResource, the one without url by its id.
    expect(passed.fromAnyResource(coding)).toEqual([
      { weight: 2, source: 'ValueSet #freq' },
      { weight: 2, source: 'ValueSet http://example.org/vs' },
    ]);
    const contained = indexTerminologyWeights([{ resource: vs({ id: 'freq' }), contained: true }]);
    expect(contained.fromValueSet('#freq', coding)).toEqual([{ weight: 2, source: 'ValueSet #freq' }]);
    // An id must be a string (R4 id datatype): 7 is no id, so '#7' reaches nothing and the source says '#?'.
    const numericId = indexTerminologyWeights([{ resource: vs({ id: 7 }), contained: true }]);
    expect(numericId.hasValueSet('#7')).toBe(false);
    expect(numericId.fromAnyResource(coding)).toEqual([{ weight: 2, source: 'ValueSet #?' }]);
    // An empty url is no canonical.
    expect(indexTerminologyWeights([{ resource: vs({ url: '' }) }]).hasValueSet('')).toBe(false);
  });

  it('indexes only ValueSets and CodeSystems with a url, and skips what is not a resource', () => {
    expect(indexTerminologyWeights([]).empty).toBe(true);
    const questionnaire = { resourceType: 'Questionnaire', url: 'http://example.org/q', status: 'active', concept: [{ code: 'a', property: [{ code: 'itemWeight', valueDecimal: 1 }] }] };
    const noUrl = { resourceType: 'CodeSystem', status: 'active', content: 'complete', concept: [{ code: 'a', property: [{ code: 'itemWeight', valueDecimal: 1 }] }] };
    const ignored = indexTerminologyWeights([{ resource: null }, { resource: 'ValueSet' }, { resource: questionnaire }, { resource: noUrl }]);
    expect(ignored.empty).toBe(true);
    expect(ignored.fromAnyResource({ system: 'http://example.org/q', code: 'a' })).toEqual([]);
    expect(indexTerminologyWeights([{ resource: { resourceType: 'ValueSet', status: 'draft' } }]).empty).toBe(false);
  });

  describe('ValueSet.expansion.contains', () => {
    // SDC's VSPHQ9 shape (test/fhir/wild/sdc-phq9.questionnaire.json): the weight as an R5
    // contains.property back-port; here nested under an abstract grouping entry
    // (ValueSet.expansion.contains.contains, abstract entries have no code).
    const backport = (parts: unknown[]) => ({ url: EXPANSION_PROPERTY, extension: parts });
    const expansion = {
      resourceType: 'ValueSet',
      url: 'http://example.org/fhir/ValueSet/expanded',
      status: 'active',
      expansion: {
        timestamp: '2024-01-01T00:00:00Z',
        contains: [
          null,
          {
            abstract: true,
            display: 'Frequency',
            extension: [{ url: ORDINAL, valueDecimal: 99 }],
            contains: [
              // value before code: the parts are found by their url, not by position
              { system: CSPHQ9, code: 'Not-at-all', extension: [backport([{ url: 'value', valueDecimal: 0 }, { url: 'code', valueCode: 'itemWeight' }])] },
              { system: CSPHQ9, code: 'Several-days', extension: [null, backport([null, { url: 'code', valueCode: 'itemWeight' }, { url: 'value', valueDecimal: 1 }])] },
              { system: CSPHQ9, code: 'More than half the days', extension: [backport([{ url: 'code', valueCode: 'ordinalValue' }, { url: 'value', valueInteger: 2 }]), { url: ORDINAL, valueDecimal: 2 }] },
              { system: CSPHQ9, code: 'Nearly every day' },
              // a property that is not a weight, a weight without a value, with a text or an overflowing value
              { system: CSPHQ9, code: 'not-a-weight', extension: [backport([{ url: 'code', valueCode: 'status' }, { url: 'value', valueInteger: 5 }])] },
              { system: CSPHQ9, code: 'no-value', extension: [backport([{ url: 'code', valueCode: 'itemWeight' }])] },
              { system: CSPHQ9, code: 'text-value', extension: [backport([{ url: 'code', valueCode: 'itemWeight' }, { url: 'value', valueString: '3' }])] },
              { system: CSPHQ9, code: 'overflow', extension: [backport([{ url: 'code', valueCode: 'itemWeight' }, { url: 'value', ...overflow('valueDecimal') }])] },
              // another complex extension with the same part names is not the back-port
              { system: CSPHQ9, code: 'other-extension', extension: [{ url: 'http://example.org/fhir/StructureDefinition/score', extension: [{ url: 'code', valueCode: 'itemWeight' }, { url: 'value', valueDecimal: 4 }] }] },
            ],
          },
        ],
      },
    };
    const ref = 'http://example.org/fhir/ValueSet/expanded';
    // Indexed inside each test, never at collection time: Stryker runs only the tests that reached
    // a mutant, and activates the mutant per test, so an index built in the describe body kills nothing.
    const index = () => indexTerminologyWeights([{ resource: expansion }]);
    const at = (code: string) => index().fromValueSet(ref, { system: CSPHQ9, code }).map((w) => w.weight);

    it('finds the back-ported itemWeight / ordinalValue property of nested entries, and ordinalValue extensions', () => {
      expect(at('Not-at-all')).toEqual([0]);
      expect(at('Several-days')).toEqual([1]);
      // the extension first, then the property
      expect(at('More than half the days')).toEqual([2, 2]);
      expect(index().fromValueSet(ref, { system: CSPHQ9, code: 'Several-days' })).toEqual([{ weight: 1, source: `ValueSet ${ref}` }]);
    });

    it('finds no weight for an entry without one, a property that is not a weight, or a value that is missing, text or not finite', () => {
      expect(at('Nearly every day')).toEqual([]);
      expect(at('not-a-weight')).toEqual([]);
      expect(at('no-value')).toEqual([]);
      expect(at('text-value')).toEqual([]);
      expect(at('overflow')).toEqual([]);
      expect(at('other-extension')).toEqual([]);
    });
  });

  describe('CodeSystem.concept properties', () => {
    // FHIR R4 CodeSystem (https://hl7.org/fhir/R4/codesystem.html): CodeSystem.property declares
    // a property (code, uri, type); concept.property gives it a value (valueInteger/valueDecimal…);
    // concept.concept nests concepts (a hierarchy). The weight property is the one whose uri is
    // http://hl7.org/fhir/concept-properties#itemWeight (as SDC's CSPHQ9) or #ordinalValue,
    // whatever its local code, plus the codes itemWeight, weight and ordinalValue.
    const codeSystem = {
      resourceType: 'CodeSystem',
      url: 'http://example.org/fhir/CodeSystem/frequency',
      status: 'active',
      content: 'complete',
      property: [
        null,
        { code: 'score', uri: 'http://hl7.org/fhir/concept-properties#itemWeight', type: 'decimal' },
        { code: 'rank', uri: 'http://example.org/fhir/concept-properties#ordinalValueNote', type: 'integer' },
        { code: 'level', uri: 'http://example.org/fhir/concept-properties#level', type: 'integer' },
        { code: 'listed', uri: ['http://hl7.org/fhir/concept-properties#itemWeight'], type: 'decimal' },
      ],
      concept: [
        null,
        {
          code: 'never',
          display: 'Never',
          property: [null, { code: 'score', valueDecimal: 0 }, { code: 'level', valueInteger: 7 }, { code: 'rank', valueInteger: 8 }, { code: 'listed', valueInteger: 9 }, { code: 'parent', valueInteger: 6 }],
          concept: [
            { code: 'sometimes', property: [{ code: 'weight', valueInteger: 1 }, { code: 'itemWeight', valueString: '1' }] },
            { code: 'often', property: [{ code: 'ordinalValue', ...overflow('valueDecimal') }, { code: 'itemWeight', valueDecimal: 2 }] },
          ],
        },
      ],
    };
    // Indexed inside each test (see ValueSet.expansion.contains above).
    const at = (code: string) => indexTerminologyWeights([{ resource: codeSystem }]).fromAnyResource({ system: 'http://example.org/fhir/CodeSystem/frequency', code });

    it('finds the declared weight property, and the standard weight codes, through the whole hierarchy', () => {
      expect(at('never')).toEqual([{ weight: 0, source: 'CodeSystem http://example.org/fhir/CodeSystem/frequency' }]);
      expect(at('sometimes').map((w) => w.weight)).toEqual([1]);
      expect(at('often').map((w) => w.weight)).toEqual([2]);
    });

    it('reads the SDC IG\'s CSPHQ9 property itemWeight', () => {
      const csphq9 = {
        resourceType: 'CodeSystem',
        url: CSPHQ9,
        status: 'active',
        content: 'complete',
        property: [{ code: 'itemWeight', uri: 'http://hl7.org/fhir/concept-properties#itemWeight', type: 'decimal' }],
        concept: [{ code: 'Nearly every day', display: 'Nearly every day', property: [{ code: 'itemWeight', valueDecimal: 3.0 }] }],
      };
      expect(indexTerminologyWeights([{ resource: csphq9 }]).fromAnyResource({ system: CSPHQ9, code: 'Nearly every day' })).toEqual([{ weight: 3, source: `CodeSystem ${CSPHQ9}` }]);
    });
  });
});
