/** PSFS and COPM scoring: the psychometrics and licence notes the change calculators rely on. */
import { describe, expect, it } from 'vitest';
import { getInstrument } from '../../src/catalog/index.js';
import { score } from '../../src/index.js';
import { copm, psfs } from '../../src/instruments/index.js';

describe('patient-specific measures', () => {
  it('are in the catalogue', () => {
    expect(getInstrument('psfs')).toBe(psfs);
    expect(getInstrument('copm')).toBe(copm);
  });

  it('PSFS: mean over the named activities; MIDs of Abbott & Schmitt 2014', () => {
    // form rule: sum of activity scores / number of activities = (2 + 4 + 9) / 3
    expect(score(psfs, { psfs_1: 2, psfs_2: 4, psfs_3: 9 }).scores.total?.value).toBe(5);
    const mcid = psfs.scores[0]!.psychometrics!.mcid!;
    expect(mcid.map((m) => m.value)).toEqual([1.3, 2.3, 2.7]);
    expect(mcid.every((m) => m.source.ref === 'abbott2014')).toBe(true);
    expect(psfs.notes?.join(' ')).toMatch(/detectable change .*2 points .*3 points/);
  });

  it('COPM: scoring only, proprietary licence note, 2-point clinically important change', () => {
    expect(copm.licence.status).toBe('proprietary');
    expect(copm.licence.verbatimText).toBe(false);
    expect(copm.items.every((item) => item.text === undefined)).toBe(true);
    for (const s of copm.scores) expect(s.psychometrics?.mcid?.[0]).toMatchObject({ value: 2, unit: 'points', source: { ref: 'carswell2004' } });
    const before = score(copm, { copm_p1: 4, copm_p2: 6, copm_p3: 5, copm_s1: 2, copm_s2: 5, copm_s3: 5 });
    const after = score(copm, { copm_p1: 7, copm_p2: 8, copm_p3: 6, copm_s1: 6, copm_s2: 7, copm_s3: 7 });
    // by hand: performance 5 → 7, satisfaction 4 → 6.67
    expect(after.scores.performance!.value! - before.scores.performance!.value!).toBe(2);
    expect(after.scores.satisfaction!.value! - before.scores.satisfaction!.value!).toBeCloseTo(8 / 3, 12);
  });
});
