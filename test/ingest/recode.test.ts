import { describe, expect, it } from 'vitest';
import { scoreRecords } from '../../src/batch/scoreRecords/index.js';
import { PromkitError } from '../../src/errors.js';
import { hasQualtricsHeaderRows, isQualtricsImportIdRow } from '../../src/ingest/qualtrics/index.js';
import { createCellReaders, describeRecodes, isCellProblem, Recode } from '../../src/ingest/readCell/index.js';
import { mapRedcapFields, readRedcapChoices, readRedcapDictionary } from '../../src/ingest/redcap/index.js';
import { compileValueMap } from '../../src/ingest/valueMaps/index.js';
import { gad7, phq9, vas } from '../../src/instruments/index.js';

describe('reading a cell', () => {
  it('missing tokens first, then value maps, numbers (+ shift), decimal commas, labels', () => {
    const [item] = createCellReaders(phq9, { missingTokens: ['', '9'], values: compileValueMap(phq9, { 'Prefer not to say': null, Sometimes: 1 }) });
    expect(item!.read('9')).toBeNull();
    expect(item!.read(' 2 ')).toBe(2);
    expect(item!.read('Several days')).toBe(1);
    expect(item!.read('SEVERAL DAYS (1)')).toBe(1);
    expect(item!.read('Nearly everyday')).toBe(3); // spacing only (seen in public PHQ-9 forms)
    expect(isCellProblem(item!.read('Over half the days'))).toBe(true); // other wording: never guessed
    expect(item!.read('sometimes')).toBe(1);
    expect(item!.read('Prefer not to say')).toBeNull();
    const problem = item!.read('Often');
    expect(isCellProblem(problem) && problem.problem).toBe(
      'phq9_1: "Often" is neither a number nor an option label; the labels are "Not at all", "Several days", "More than half the days", "Nearly every day" (or their codes)',
    );
  });

  it('a shift moves numeric codes, not labels; each recode is recorded with counts', () => {
    const [item] = createCellReaders(phq9, { shift: -1 });
    expect(item!.read('1')).toBe(0);
    expect(item!.read('4')).toBe(3);
    expect(item!.read('4')).toBe(3);
    expect(item!.read('Several days')).toBe(1);
    expect(item!.mask).toBe(Recode.shift | Recode.label);
    expect(item!.recodes()).toEqual([
      { item: 'phq9_1', kind: 'shift', from: '1', to: 0, count: 1 },
      { item: 'phq9_1', kind: 'shift', from: '4', to: 3, count: 2 },
      { item: 'phq9_1', kind: 'labels', from: 'Several days', to: 1, count: 1 },
    ]);
    expect(describeRecodes(item!.mask, -1)).toBe('labels; shift -1');
  });

  it('reads a decimal comma only where the item allows decimals', () => {
    expect(createCellReaders(vas, { decimalComma: true })[0]!.read('45,5')).toBe(45.5);
    expect(createCellReaders(vas)[0]!.read('45,5')).toBe('45,5');
    expect(createCellReaders(phq9, { decimalComma: true, labels: false })[0]!.read('2,0')).toBe('2,0');
  });

  it('a value map must name items of the instrument and give numbers or null', () => {
    expect(() => compileValueMap(phq9, { phq9_10: { a: 1 } })).toThrow(/"phq9_10" is not an item of phq-9/);
    expect(() => compileValueMap(phq9, { a: 'one' as never })).toThrow(/must be a number, or null/);
  });

  it('scoreRecords takes the same options and records what it applied', () => {
    const row = Object.fromEntries(phq9.items.map((item, i) => [item.id, i < 8 ? 'Several days' : '1']));
    const [out] = scoreRecords([row], phq9, { labels: true });
    expect(out!.phq9_total).toBe(9);
    expect(out!.phq9_recode).toBe('labels');
    const shifted = scoreRecords([Object.fromEntries(phq9.items.map((item) => [item.id, 2]))], phq9, { shift: -1 });
    expect(shifted[0]!.phq9_total).toBe(9);
    expect(shifted[0]!.phq9_recode).toBe('shift -1');
    // Without recode options the record shape is unchanged.
    expect('phq9_recode' in scoreRecords([row], phq9, { strings: 'numbers' })[0]!).toBe(false);
  });
});

describe('REDCap', () => {
  const header = ['Variable / Field Name', 'Form Name', 'Section Header', 'Field Type', 'Field Label', 'Choices, Calculations, OR Slider Labels'];
  const choices1 = '1, Not at all | 2, Several days | 3, More than half the days | 4, Nearly every day';
  it('reads choices, yes/no fields and HTML labels', () => {
    expect(readRedcapChoices('0, Not at all | 1, Several days, or more')).toEqual([
      { code: '0', label: 'Not at all' },
      { code: '1', label: 'Several days, or more' },
    ]);
    expect(readRedcapChoices('', 'yesno')).toEqual([{ code: '1', label: 'Yes' }, { code: '0', label: 'No' }]);
    const [field] = readRedcapDictionary([header, ['q1', 'f', '', 'radio', '<b>Feeling</b> nervous', choices1]]);
    expect(field!.label).toBe('Feeling nervous');
  });
  it('refuses a file that is not a dictionary', () => {
    expect(() => readRedcapDictionary([['record_id', 'phq9_1']])).toThrow(/not a REDCap data dictionary/);
  });
  it('recodes choice codes by their labels, and refuses a choice it cannot place', () => {
    const rows = [header, ...gad7.items.map((item, i) => [`anx_${i + 1}`, 'gad', '', 'radio', item.text ?? item.label, choices1])];
    const fields = readRedcapDictionary(rows);
    const mapping = mapRedcapFields(gad7, fields, fields.map((f) => f.name));
    expect(mapping.columns.gad7_1).toBe('anx_1');
    expect([...mapping.codes.gad7_1!]).toEqual([['1', 0], ['2', 1], ['3', 2], ['4', 3]]);
    const odd = readRedcapDictionary([header, ...gad7.items.map((item, i) => [`gad7_${i + 1}`, 'gad', '', 'radio', 'x', '1, Never | 2, Sometimes'])]);
    let caught: unknown;
    try {
      mapRedcapFields(gad7, odd, odd.map((f) => f.name));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PromkitError);
    expect((caught as PromkitError).issues[0]!.message).toContain('choice "1, Never" matches no gad-7 option; the options are 0 "Not at all"');
  });
  it('takes a mis-worded choice by its code only when every other choice codes as the manual does', () => {
    const typo = '0, Not at all | 1, Several Days | 2, Over than half the days | 3, Nearly every day';
    const fields = readRedcapDictionary([header, ...phq9.items.map((item, i) => [`phq9_q${i + 1}`, 'phq', '', 'radio', item.label, typo])]);
    expect([...mapRedcapFields(phq9, fields, fields.map((f) => f.name)).codes.phq9_1!]).toEqual([['0', 0], ['1', 1], ['3', 3], ['2', 2]]);
  });
});

describe('Qualtrics', () => {
  it('recognises the ImportId row, and only that', () => {
    expect(isQualtricsImportIdRow(['{"ImportId":"startDate","timeZone":"America/Denver"}', '{"ImportId":"QID1_1"}', ''])).toBe(true);
    expect(isQualtricsImportIdRow(['1', '{"ImportId":"x"}', '3'])).toBe(false);
    expect(hasQualtricsHeaderRows([['Start Date', 'Q1'], ['{"ImportId":"startDate"}', '{"ImportId":"QID1"}']])).toBe(true);
    expect(hasQualtricsHeaderRows([['1', '2']])).toBe(false);
  });
});
