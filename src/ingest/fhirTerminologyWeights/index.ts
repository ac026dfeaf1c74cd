/**
 * Answer weights that ValueSets and CodeSystems give codes: the `itemWeight` / `ordinalValue`
 * extensions of `ValueSet.expansion.contains` and `ValueSet.compose.include.concept`, the R5
 * `expansion.contains.property` back-port (as the SDC IG writes `itemWeight`), and `itemWeight`
 * properties of `CodeSystem.concept`. Trees are walked iteratively.
 */
import { codeRef, isRecord, weightExtensions, type CodeRef } from '../fhirQuestionnaireItems/index.js';

/** A weight and where it was found, for messages (`ValueSet #VSPHQ9`, `CodeSystem http://…`). */
export interface WeightFound {
  readonly weight: number;
  readonly source: string;
}

/** Weights by ValueSet and by code system. */
export interface TerminologyWeights {
  /** Weights the ValueSet `ref` (`#id` of a contained one, or its canonical, `|version` ignored) gives the coding. */
  fromValueSet(ref: string, coding: CodeRef): readonly WeightFound[];
  /** Weights every known CodeSystem whose `url` is the coding's system gives its code, and every ValueSet that lists the coding. */
  fromAnyResource(coding: CodeRef): readonly WeightFound[];
  /** Whether the ValueSet `ref` is known. */
  hasValueSet(ref: string): boolean;
  /** True when no ValueSet or CodeSystem was indexed (nothing can be found). */
  readonly empty: boolean;
}

/** A resource to index, with `contained: true` when `#id` references reach it. */
export interface TerminologyResource {
  readonly resource: unknown;
  readonly contained?: boolean;
}

const PROPERTY_CODES: readonly string[] = ['itemWeight', 'weight', 'ordinalValue'];
const EXPANSION_PROPERTY = 'http://hl7.org/fhir/5.0/StructureDefinition/extension-ValueSet.expansion.contains.property';

interface Entry {
  readonly system?: string;
  readonly code: string;
  readonly weight: number;
}

/**
 * Indexes the weights of ValueSets and CodeSystems (other resources are ignored).
 *
 * @example
 * ```ts
 * const weights = indexTerminologyWeights([{ resource: csPhq9 }]);
 * weights.fromAnyResource({ system: 'http://hl7.org/fhir/uv/sdc/CodeSystem/CSPHQ9', code: 'Several-days' });
 * //=> [{ weight: 1, source: 'CodeSystem http://hl7.org/fhir/uv/sdc/CodeSystem/CSPHQ9' }]
 * ```
 */
export function indexTerminologyWeights(resources: readonly TerminologyResource[]): TerminologyWeights {
  const valueSets = new Map<string, { name: string; entries: Entry[] }>();
  const everyValueSet: { name: string; entries: Entry[] }[] = [];
  const codeSystems = new Map<string, { name: string; entries: Entry[] }>();
  for (const { resource, contained } of resources) {
    if (!isRecord(resource)) continue;
    const url = typeof resource.url === 'string' ? (resource.url.split('|')[0] as string) : undefined;
    const id = typeof resource.id === 'string' ? resource.id : undefined;
    if (resource.resourceType === 'ValueSet') {
      const entry = { name: `ValueSet ${url ?? `#${id ?? '?'}`}`, entries: valueSetEntries(resource) };
      everyValueSet.push(entry);
      if (url) valueSets.set(url, entry);
      if (contained && id) valueSets.set(`#${id}`, entry);
    } else if (resource.resourceType === 'CodeSystem' && url) {
      codeSystems.set(url, { name: `CodeSystem ${url}`, entries: codeSystemEntries(resource, url) });
    }
  }
  const find = (set: { name: string; entries: Entry[] } | undefined, coding: CodeRef): WeightFound[] =>
    set
      ? set.entries
          .filter((e) => e.code === coding.code && (e.system === undefined || coding.system === undefined || e.system === coding.system))
          .map((e) => ({ weight: e.weight, source: set.name }))
      : [];
  return {
    empty: everyValueSet.length === 0 && codeSystems.size === 0,
    fromValueSet: (ref, coding) => find(valueSets.get(ref.split('|')[0] as string), coding),
    hasValueSet: (ref) => valueSets.has(ref.split('|')[0] as string),
    fromAnyResource: (coding) => {
      if (coding.system === undefined) return [];
      const found: WeightFound[] = find(codeSystems.get(coding.system), coding);
      // A ValueSet reached without the item's answerValueSet counts only where it names the system.
      for (const set of everyValueSet) {
        for (const e of set.entries) if (e.code === coding.code && e.system === coding.system) found.push({ weight: e.weight, source: set.name });
      }
      return found;
    },
  };
}

function valueSetEntries(vs: Record<string, unknown>): Entry[] {
  const entries: Entry[] = [];
  const expansion = isRecord(vs.expansion) ? vs.expansion : undefined;
  const stack: unknown[] = Array.isArray(expansion?.contains) ? [...expansion.contains] : [];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!isRecord(item)) continue;
    const ref = codeRef(item);
    if (ref) for (const weight of [...weightExtensions(item.extension), ...propertyWeights(item.extension)]) entries.push(entry(ref.system, ref.code, weight));
    if (Array.isArray(item.contains)) stack.push(...item.contains);
  }
  const compose = isRecord(vs.compose) ? vs.compose : undefined;
  for (const include of Array.isArray(compose?.include) ? compose.include : []) {
    if (!isRecord(include) || !Array.isArray(include.concept)) continue;
    const system = typeof include.system === 'string' ? include.system : undefined;
    for (const concept of include.concept) {
      if (!isRecord(concept) || typeof concept.code !== 'string') continue;
      for (const weight of weightExtensions(concept.extension)) entries.push(entry(system, concept.code, weight));
    }
  }
  return entries;
}

function codeSystemEntries(cs: Record<string, unknown>, url: string): Entry[] {
  const declared = new Set(PROPERTY_CODES);
  for (const property of Array.isArray(cs.property) ? cs.property : []) {
    if (isRecord(property) && typeof property.code === 'string' && typeof property.uri === 'string' && /#(itemWeight|ordinalValue)$/.test(property.uri)) declared.add(property.code);
  }
  const entries: Entry[] = [];
  const stack: unknown[] = Array.isArray(cs.concept) ? [...cs.concept] : [];
  while (stack.length > 0) {
    const concept = stack.pop();
    if (!isRecord(concept)) continue;
    if (typeof concept.code === 'string') {
      for (const weight of weightExtensions(concept.extension)) entries.push(entry(url, concept.code, weight));
      for (const property of Array.isArray(concept.property) ? concept.property : []) {
        if (!isRecord(property) || typeof property.code !== 'string' || !declared.has(property.code)) continue;
        const value = property.valueDecimal ?? property.valueInteger;
        if (typeof value === 'number' && Number.isFinite(value)) entries.push(entry(url, concept.code, value));
      }
    }
    if (Array.isArray(concept.concept)) stack.push(...concept.concept);
  }
  return entries;
}

/** `itemWeight` given as an R5 `expansion.contains.property` back-port extension. */
function propertyWeights(extensions: unknown): number[] {
  if (!Array.isArray(extensions)) return [];
  const weights: number[] = [];
  for (const extension of extensions) {
    if (!isRecord(extension) || extension.url !== EXPANSION_PROPERTY || !Array.isArray(extension.extension)) continue;
    const parts = extension.extension.filter(isRecord);
    const code = parts.find((part) => part.url === 'code');
    const value = parts.find((part) => part.url === 'value');
    const number = value?.valueDecimal ?? value?.valueInteger;
    if (code && PROPERTY_CODES.includes(code.valueCode as string) && typeof number === 'number' && Number.isFinite(number)) weights.push(number);
  }
  return weights;
}

function entry(system: string | undefined, code: string, weight: number): Entry {
  return system === undefined ? { code, weight } : { system, code, weight };
}
