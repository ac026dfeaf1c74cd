/**
 * What a Questionnaire says about each of its items, for reading responses to it: the item's
 * LOINC codes, its answer options (with their weights) and the ValueSet its answers come from.
 * Walks the item tree iteratively, so no nesting depth overflows the stack.
 */

/** A Coding-like value as found in a resource: only strings are kept. */
export interface CodeRef {
  readonly system?: string;
  readonly code: string;
  readonly display?: string;
}

/** One `answerOption` of a Questionnaire item. */
export interface QuestionnaireOption {
  /** `valueCoding`, when the option is a Coding. */
  readonly coding?: CodeRef;
  /** `valueInteger` / `valueDecimal`, when the option is a number. */
  readonly number?: number;
  /** `itemWeight` / `ordinalValue` on the option or on its Coding. */
  readonly weights: readonly number[];
}

/** What a Questionnaire says about one linkId. */
export interface QuestionnaireItemInfo {
  readonly linkId: string;
  /** `item.code` LOINC codes (system `http://loinc.org`), in order. */
  readonly loinc: readonly string[];
  readonly options: readonly QuestionnaireOption[];
  /** `answerValueSet`, as written (`#contained-id` or a canonical, possibly `|version`). */
  readonly answerValueSet?: string;
}

/** A Questionnaire's items by linkId, and the resources it contains. */
export interface QuestionnaireIndex {
  readonly items: ReadonlyMap<string, QuestionnaireItemInfo>;
  /** `Questionnaire.code` LOINC codes (the panel). */
  readonly panel: readonly string[];
  /** `Questionnaire.contained`, objects only. */
  readonly contained: readonly Record<string, unknown>[];
  /** Problems with the Questionnaire's shape, as sentences with a path. */
  readonly problems: readonly { readonly path: readonly (string | number)[]; readonly message: string }[];
}

const LOINC = 'http://loinc.org';
const WEIGHT_URLS: readonly string[] = ['http://hl7.org/fhir/StructureDefinition/itemWeight', 'http://hl7.org/fhir/StructureDefinition/ordinalValue'];

/**
 * Indexes a Questionnaire (R4 JSON) by linkId, walking its items in document order. Malformed
 * parts (an `item` that is not an array, an item without a string linkId, a linkId used again:
 * linkIds are unique within a Questionnaire, FHIR R4 constraint que-2) are reported in `problems`
 * and skipped (a repeated linkId keeps its first item), never thrown.
 *
 * @example
 * ```ts
 * const index = indexQuestionnaireItems(lhcPhq9Questionnaire);
 * index.items.get('/44250-9')?.loinc; //=> ['44250-9']
 * index.panel; //=> ['44249-1']
 * ```
 */
export function indexQuestionnaireItems(questionnaire: unknown, root: readonly (string | number)[] = ['options', 'questionnaire']): QuestionnaireIndex {
  const items = new Map<string, QuestionnaireItemInfo>();
  const firstAt = new Map<string, readonly (string | number)[]>();
  const problems: { path: readonly (string | number)[]; message: string }[] = [];
  const q = isRecord(questionnaire) ? questionnaire : {};
  const panel = loincCodes(q.code);
  const contained = Array.isArray(q.contained) ? q.contained.filter(isRecord) : [];
  // The item lists being read, innermost last; `next` is the index of the next item to read.
  const stack: { list: readonly unknown[]; path: readonly (string | number)[]; next: number }[] = [];
  const open = (list: unknown, path: readonly (string | number)[]): void => {
    if (list === undefined) return;
    if (!Array.isArray(list)) {
      problems.push({ path: [...path, 'item'], message: `${[...path, 'item'].join('.')}: expected an array of items` });
      return;
    }
    stack.push({ list, path, next: 0 });
  };
  open(q.item, root);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as (typeof stack)[number];
    if (frame.next >= frame.list.length) {
      stack.pop();
      continue;
    }
    const i = frame.next++;
    const entry: unknown = frame.list[i];
    const at = [...frame.path, 'item', i];
    if (!isRecord(entry) || typeof entry.linkId !== 'string') {
      problems.push({ path: at, message: `${at.join('.')}: expected an item with a string linkId` });
      continue;
    }
    const first = firstAt.get(entry.linkId);
    if (first === undefined) {
      firstAt.set(entry.linkId, at);
      items.set(entry.linkId, {
        linkId: entry.linkId,
        loinc: loincCodes(entry.code),
        options: Array.isArray(entry.answerOption) ? entry.answerOption.filter(isRecord).map(readOption) : [],
        ...(typeof entry.answerValueSet === 'string' ? { answerValueSet: entry.answerValueSet } : {}),
      });
    } else {
      problems.push({
        path: [...at, 'linkId'],
        message: `${at.join('.')}.linkId: ${JSON.stringify(entry.linkId)} is already the linkId of ${first.join('.')}; linkIds are unique within a Questionnaire (FHIR que-2)`,
      });
    }
    open(entry.item, at);
  }
  return { items, panel, contained, problems };
}

/** The numbers of `itemWeight` / `ordinalValue` extensions in a list (anything else ignored). */
export function weightExtensions(extensions: unknown): number[] {
  if (!Array.isArray(extensions)) return [];
  const weights: number[] = [];
  for (const extension of extensions) {
    if (!isRecord(extension) || typeof extension.url !== 'string' || !WEIGHT_URLS.includes(extension.url)) continue;
    const value = extension.valueDecimal ?? extension.valueInteger;
    if (typeof value === 'number' && Number.isFinite(value)) weights.push(value);
  }
  return weights;
}

/** A Coding-like object's string fields, or undefined without a string code. */
export function codeRef(value: unknown): CodeRef | undefined {
  if (!isRecord(value) || typeof value.code !== 'string') return undefined;
  return {
    code: value.code,
    ...(typeof value.system === 'string' ? { system: value.system } : {}),
    ...(typeof value.display === 'string' ? { display: value.display } : {}),
  };
}

function readOption(option: Record<string, unknown>): QuestionnaireOption {
  const coding = codeRef(option.valueCoding);
  const number = typeof option.valueInteger === 'number' ? option.valueInteger : typeof option.valueDecimal === 'number' ? option.valueDecimal : undefined;
  const weights = [...weightExtensions(option.extension), ...(isRecord(option.valueCoding) ? weightExtensions(option.valueCoding.extension) : [])];
  return { ...(coding ? { coding } : {}), ...(number !== undefined && Number.isFinite(number) ? { number } : {}), weights };
}

function loincCodes(code: unknown): string[] {
  if (!Array.isArray(code)) return [];
  const codes: string[] = [];
  for (const coding of code) {
    if (isRecord(coding) && coding.system === LOINC && typeof coding.code === 'string') codes.push(coding.code);
  }
  return codes;
}

/** @internal */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
