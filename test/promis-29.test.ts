/**
 * PROMIS-29 v2.1 is one instrument, but each of its seven domains must score exactly as the
 * standalone 4a form: same item ids, codes and LOINC codes, and the same value, status, T-score, SE
 * and band for any response (complete or not).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getInstrument } from '../src/catalog/index.js';
import { score } from '../src/index.js';
import { partialArb } from './arbitraries.js';
import { fcRuns } from './fcRuns.js';

const profile = getInstrument('promis-29');
const domains: Record<string, string> = {
  physicalFunction: 'promis-pf-4a',
  anxiety: 'promis-anx-4a',
  depression: 'promis-dep-4a',
  fatigue: 'promis-fat-4a',
  sleepDisturbance: 'promis-sd-4a',
  socialRoles: 'promis-sra-4a',
  painInterference: 'promis-pi-4a',
};

describe('promis-29', () => {
  it('has 29 items: the seven 4a forms\' items, identical in id, label, codes and LOINC, and Global07', () => {
    expect(profile.items).toHaveLength(29);
    const fromForms = Object.values(domains).flatMap((id) => getInstrument(id).items);
    expect(profile.items.slice(0, 28)).toEqual(fromForms);
    expect(profile.items[28]).toMatchObject({ id: 'Global07', numeric: { min: 0, max: 10, integer: true } });
  });

  it('each domain scores as its standalone 4a form, for any response', () => {
    fc.assert(
      fc.property(partialArb(profile), (responses) => {
        const whole = score(profile, responses).scores;
        for (const [name, id] of Object.entries(domains)) {
          const form = getInstrument(id);
          const own = Object.fromEntries(form.items.map((item) => [item.id, responses[item.id]]));
          expect(whole[name], name).toEqual(score(form, own).scores.total);
        }
        const pain = responses.Global07;
        expect(whole.painIntensity!.value).toBe(pain === null || pain === undefined ? null : pain);
      }),
      fcRuns(200),
    );
  });

  it('a caller\'s missing-item policy applies to every domain alike', () => {
    const responses = { PFA11: 4, PFA21: 3, PFA23: null, PFA53: 5, PAININ9: 2, PAININ22: null, PAININ31: 3, PAININ34: 3 };
    const result = score(profile, responses, { missing: { minAnswered: 2 } }).scores;
    // 4 + 3 + 5 = 12, x 4/3 = 16 -> T 41.9; 2 + 3 + 3 = 8, x 4/3 = 10.67 -> 11 -> T 59.9 (published PROMIS-29 rows).
    expect(result.physicalFunction).toMatchObject({ value: 16, status: 'prorated', tScore: 41.9 });
    expect(result.painInterference).toMatchObject({ value: 11, status: 'prorated', tScore: 59.9 });
    expect(result.anxiety).toMatchObject({ value: null, status: 'insufficient-items', answered: 0 });
  });
});
