/**
 * REDCap exports: read a project's data dictionary (the "Data Dictionary" CSV every REDCap
 * project downloads), and use it to find an instrument's items among the export's columns, raw
 * (field names) or labelled (field labels), and to turn the project's choice codes into the
 * instrument's option values by their labels. Pure: rows of strings in.
 * @module
 */
import { PromkitError, type PromkitIssue } from '../../errors.js';
import type { Instrument } from '../../model/schema.js';
import { columnKey } from '../../batch/matchColumns/index.js';
import { indexOptionLabels, normalizeLabel, readOptionLabel } from '../optionLabels/index.js';

/** One field of a REDCap data dictionary. */
export interface RedcapField {
  /** "Variable / Field Name": the column name in a raw export. */
  readonly name: string;
  /** "Form Name": the instrument the field belongs to. */
  readonly form: string;
  /** "Field Type": `radio`, `dropdown`, `text`, `calc`, `yesno`, … */
  readonly type: string;
  /** "Field Label": the column name in a label export (HTML tags removed). */
  readonly label: string;
  /** "Choices, Calculations, OR Slider Labels" read as choices, for radio/dropdown/yesno/truefalse fields. */
  readonly choices: readonly { readonly code: string; readonly label: string }[];
}

/** The dictionary columns promkit needs, as REDCap names them (first two words are enough). */
const COLUMNS = {
  name: 'variable / field name',
  form: 'form name',
  type: 'field type',
  label: 'field label',
  choices: 'choices, calculations, or slider labels',
} as const;

const CHOICE_TYPES = new Set(['radio', 'dropdown', 'yesno', 'truefalse', 'checkbox']);

/** Field labels may hold HTML and REDCap's piping; keep the text. */
function plainLabel(label: string): string {
  return label.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Reads the choices of a REDCap field: `0, Not at all | 1, Several days | …` (the code is what a
 * raw export holds, the label what a label export holds). yesno and truefalse fields have fixed
 * choices (REDCap codes `1, Yes | 0, No` and `1, True | 0, False`).
 *
 * @example
 * ```ts
 * readRedcapChoices('0, Not at all | 1, Several days');
 * //=> [{ code: '0', label: 'Not at all' }, { code: '1', label: 'Several days' }]
 * ```
 */
export function readRedcapChoices(text: string, type = 'radio'): { code: string; label: string }[] {
  if (type === 'yesno') return [{ code: '1', label: 'Yes' }, { code: '0', label: 'No' }];
  if (type === 'truefalse') return [{ code: '1', label: 'True' }, { code: '0', label: 'False' }];
  if (text.trim() === '') return [];
  return text.split('|').map((part) => {
    const comma = part.indexOf(',');
    return comma < 0 ? { code: part.trim(), label: part.trim() } : { code: part.slice(0, comma).trim(), label: plainLabel(part.slice(comma + 1)) };
  });
}

/**
 * Reads a REDCap data dictionary (its CSV rows, header first).
 *
 * @throws {PromkitError} when the header lacks the columns a REDCap dictionary has
 * @example
 * ```ts
 * readRedcapDictionary([
 *   ['Variable / Field Name', 'Form Name', 'Section Header', 'Field Type', 'Field Label', 'Choices, Calculations, OR Slider Labels'],
 *   ['phq9_1', 'phq9', '', 'radio', 'Little interest', '0, Not at all | 1, Several days'],
 * ])[0].choices[1]; //=> { code: '1', label: 'Several days' }
 * ```
 */
export function readRedcapDictionary(rows: readonly (readonly string[])[]): RedcapField[] {
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const at = (name: string) => header.indexOf(name);
  const index = { name: at(COLUMNS.name), form: at(COLUMNS.form), type: at(COLUMNS.type), label: at(COLUMNS.label), choices: at(COLUMNS.choices) };
  const missing = Object.entries(index).filter(([, i]) => i < 0).map(([k]) => `"${COLUMNS[k as keyof typeof COLUMNS]}"`);
  if (missing.length > 0) {
    throw new PromkitError([{ code: 'invalid-argument', path: ['dictionary'], input: rows[0], message: `this is not a REDCap data dictionary: its header lacks ${missing.join(', ')} (download it from the project's Dictionary page as CSV)` }]);
  }
  const fields: RedcapField[] = [];
  for (const row of rows.slice(1)) {
    const name = (row[index.name] ?? '').trim();
    if (name === '') continue;
    const type = (row[index.type] ?? '').trim().toLowerCase();
    fields.push({
      name,
      form: (row[index.form] ?? '').trim(),
      type,
      label: plainLabel(row[index.label] ?? ''),
      choices: CHOICE_TYPES.has(type) ? readRedcapChoices(row[index.choices] ?? '', type) : [],
    });
  }
  return fields;
}

/** How an instrument's items were found in a REDCap export. */
export interface RedcapMapping {
  /** Item id → the export's column (field name in a raw export, field label in a label export). */
  readonly columns: Record<string, string>;
  /** Item id → code → option value, for fields whose codes differ from the option values. */
  readonly codes: Record<string, ReadonlyMap<string, number | null>>;
  /** What was matched how, in sentences, for the run summary. */
  readonly notes: string[];
}

/**
 * Maps an instrument onto a REDCap export with the project's dictionary. Each item is found by
 * (1) an explicit `map` entry (a field name), (2) a field whose name matches the item id as
 * column names match (`phq9_q1`, `PHQ9_1`, …), or (3) a field whose label is the item's text or
 * label; its column is the field name when the export's header has it (raw export) or the field
 * label (label export). The field's choices are matched to the item's options by label, so a
 * project that codes `1, Not at all | 2, Several days | …` is recoded to 0, 1, … — by the labels
 * the dictionary states, never by guessing.
 *
 * @throws {PromkitError} naming each item that has no field, a field in neither form in the
 *   header, or a choice whose label matches no option (with the allowed labels)
 * @example
 * ```ts
 * const { columns, codes } = mapRedcapFields(phq9, readRedcapDictionary(dictionaryRows), header);
 * codes.phq9_1?.get('2'); //=> 1 when the project codes "Several days" as 2
 * ```
 */
export function mapRedcapFields(
  instrument: Instrument,
  fields: readonly RedcapField[],
  header: readonly string[],
  options: { readonly map?: Readonly<Record<string, string>> } = {},
): RedcapMapping {
  const issues: PromkitIssue[] = [];
  const columns: Record<string, string> = {};
  const codes: Record<string, ReadonlyMap<string, number | null>> = {};
  const notes: string[] = [];
  const inHeader = new Set(header);
  const byName = new Map(fields.map((f) => [f.name, f] as const));
  const byKey = new Map<string, RedcapField[]>();
  for (const f of fields) byKey.set(columnKey(f.name), [...(byKey.get(columnKey(f.name)) ?? []), f]);
  const byLabel = new Map<string, RedcapField[]>();
  for (const f of fields) {
    const key = normalizeLabel(f.label);
    if (key) byLabel.set(key, [...(byLabel.get(key) ?? []), f]);
  }
  const fail = (itemId: string, message: string, input: unknown = undefined) => issues.push({ code: 'invalid-argument', path: ['dictionary', itemId], input, message });

  for (const item of instrument.items) {
    let field: RedcapField | undefined;
    let how = '';
    const explicit = options.map?.[item.id];
    if (explicit !== undefined) {
      field = byName.get(explicit);
      how = 'column map';
      if (!field) {
        // A map may name a column that is not a dictionary field (e.g. a renamed export): take it as it is.
        if (inHeader.has(explicit)) columns[item.id] = explicit;
        else fail(item.id, `map: ${explicit} for ${item.id} is neither a field in the dictionary nor a column in the header`, explicit);
        continue;
      }
    } else {
      const named = (byKey.get(columnKey(item.id)) ?? []).filter((f) => inHeader.has(f.name) || inHeader.has(f.label));
      const labelled = [item.text, item.label].flatMap((t) => (t ? (byLabel.get(normalizeLabel(t)) ?? []) : []));
      const candidates = named.length > 0 ? named : [...new Set(labelled)].filter((f) => inHeader.has(f.name) || inHeader.has(f.label));
      how = named.length > 0 ? 'field name' : 'field label';
      if (candidates.length === 1) field = candidates[0];
      else if (candidates.length === 0) {
        fail(item.id, `the REDCap dictionary has no field for ${instrument.id} item ${item.id} (${item.label}) among the export's columns; name one in a column map`);
        continue;
      } else {
        fail(item.id, `REDCap fields ${candidates.map((f) => f.name).join(' and ')} could each be ${instrument.id} item ${item.id}; name one in a column map`, candidates.map((f) => f.name));
        continue;
      }
    }
    if (!field) continue;
    const column = inHeader.has(field.name) ? field.name : inHeader.has(field.label) ? field.label : undefined;
    if (column === undefined) {
      fail(item.id, `REDCap field ${field.name} (${instrument.id} item ${item.id}) is in the dictionary but not in the export, by name or by label`);
      continue;
    }
    columns[item.id] = column;
    if (how !== 'field name' || field.name !== item.id) notes.push(`${item.id} ← ${field.name}${column !== field.name ? ` (label "${column}")` : ''} by ${how}`);
    const recoded = choiceCodes(instrument, item.id, field, fail);
    if (recoded) {
      codes[item.id] = recoded;
      if ([...recoded].some(([code, value]) => value !== Number(code))) {
        notes.push(`${field.name}: codes ${[...recoded].map(([c, v]) => `${c}→${v}`).join(', ')} by the dictionary's choice labels`);
      }
    }
  }
  if (issues.length > 0) throw new PromkitError(issues);
  return { columns, codes, notes };
}

/** Code → option value for a field's choices, matched by label; undefined when the field has none. */
function choiceCodes(
  instrument: Instrument,
  itemId: string,
  field: RedcapField,
  fail: (itemId: string, message: string, input?: unknown) => void,
): Map<string, number | null> | undefined {
  const item = instrument.items.find((i) => i.id === itemId);
  if (!item?.options || field.choices.length === 0) return undefined;
  const labels = indexOptionLabels(item);
  const values = new Set(item.options.map((o) => o.value));
  const out = new Map<string, number | null>();
  const unmatched: { code: string; label: string }[] = [];
  for (const choice of field.choices) {
    const match = readOptionLabel(labels, choice.label);
    if (match.kind === 'option') out.set(choice.code, match.value);
    else unmatched.push(choice);
  }
  // A choice whose label differs from the manual's wording (a typo) is taken by its code only when
  // most choices match by label, every matched choice's code already equals its value, and the
  // code is an option value not taken by another choice: the project then codes as the manual does.
  const identity = out.size * 2 >= field.choices.length && [...out].every(([code, value]) => Number(code) === value);
  const taken = new Set(out.values());
  for (const choice of unmatched) {
    const code = Number(choice.code);
    if (identity && choice.code.trim() !== '' && values.has(code) && !taken.has(code)) {
      out.set(choice.code, code);
      taken.add(code);
    } else {
      fail(
        itemId,
        `REDCap field ${field.name}: choice "${choice.code}, ${choice.label}" matches no ${instrument.id} option; the options are ${item.options.map((o) => `${o.value} "${o.label}"`).join(', ')} (give --values to say what it stands for)`,
        choice,
      );
    }
  }
  return out;
}

/** The columns REDCap adds to exports of longitudinal and repeating projects (kept as they are). */
export const REDCAP_SYSTEM_COLUMNS = ['record_id', 'redcap_event_name', 'redcap_repeat_instrument', 'redcap_repeat_instance', 'redcap_data_access_group', 'redcap_survey_identifier'] as const;
