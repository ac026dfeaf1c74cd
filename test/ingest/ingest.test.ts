import { describe, expect, it } from 'vitest';
import { hasValidCheckDigit, itemsByLoinc, loincCodeIn } from '../../src/ingest/loincCodes/index.js';
import { indexOptionLabels, normalizeLabel, readOptionLabel } from '../../src/ingest/optionLabels/index.js';
import { phq9 } from '../../src/instruments/index.js';

describe('option labels', () => {
  const labels = indexOptionLabels(phq9.items[0]!);

  it.each([
    ['Several days', 1],
    ['several  days', 1],
    ['SEVERAL DAYS (1)', 1],
    ['Several days.', 1],
    [' More than half the days (2) ', 2],
    ['Nearly-every-day', 3],
  ])('%j is option %i', (text, value) => {
    expect(readOptionLabel(labels, text)).toMatchObject({ kind: 'option', value });
  });

  it('an unknown label lists the allowed ones', () => {
    expect(readOptionLabel(labels, 'Sometimes')).toEqual({
      kind: 'unknown',
      allowed: ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'],
    });
  });

  it('two options with one normalised label are ambiguous, never the first of them', () => {
    const item = { id: 'x', label: 'x', options: [{ value: 0, label: 'No' }, { value: 1, label: 'no.' }, { value: 2, label: 'Yes' }] };
    expect(readOptionLabel(indexOptionLabels(item), 'NO').kind).toBe('ambiguous');
    expect(readOptionLabel(indexOptionLabels(item), 'yes')).toMatchObject({ kind: 'option', value: 2 });
  });

  it('normalisation drops accents, case, punctuation and a trailing code only', () => {
    expect(normalizeLabel('Crème BRÛLÉE (3)')).toBe('creme brulee');
    expect(normalizeLabel('(3) first')).toBe('3 first');
  });
});

describe('LOINC codes in names', () => {
  // Check digits per the LOINC Users' Guide, mod-10 algorithm; codes from the LOINC PHQ-9 panel 44249-1.
  it.each(['44249-1', '44250-9', '44255-8', '44261-6', '69722-7', '8302-2', '2345-7'])('%s has a valid check digit', (code) => {
    expect(hasValidCheckDigit(code)).toBe(true);
  });
  it.each(['44261-5', '44250-0', '8302-3'])('%s does not', (code) => {
    expect(hasValidCheckDigit(code)).toBe(false);
  });
  it.each([
    ['/44250-9', '44250-9'],
    ['44250-9', '44250-9'],
    ['phq9/44250-9', '44250-9'],
    ['item_44250-9', '44250-9'],
    ['phq9_1', undefined],
    ['a12-3', undefined],
    ['/44250-0', undefined],
  ])('%s → %s', (name, code) => {
    expect(loincCodeIn(name)).toBe(code);
  });
  it('maps an instrument\'s item codes to item ids', () => {
    expect(itemsByLoinc(phq9).get('44260-8')).toBe('phq9_9');
  });
});
