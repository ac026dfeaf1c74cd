/**
 * Contracts of the change module's numerical helpers (src/change/_lib): the Student's t and normal
 * quantiles at the points that tell one algorithm branch from its neighbours, and the argument
 * checks every calculator relies on.
 *
 * Expected quantiles are independent: mpmath 1.3.0 at 40 digits. The t quantile is the root in
 * u = ln|t| of ln(betainc(df/2, ½, 0, df/(df+t²), regularized)/2) = ln q (q the smaller tail), or,
 * where t² < df, of ln betainc(½, df/2, 0, t²/(df+t²), regularized) = ln(1 − 2q), which keeps
 * p near ½ exact (the method of scripts/t-quantile-mpmath.py). The normal quantile is
 * √2·erfinv(2p − 1), or for p < 1e-5 the root of ln Φ(x) = ln p. Tolerances are relative, a few
 * times promkit's own error at that point: for df < 1 the quantile's condition number in ln q is
 * 1/df, so rounding alone moves t by about 1e-16/df.
 */
import { describe, expect, it } from 'vitest';
import { PromkitError } from '../../src/errors.js';
import { normalQuantile } from '../../src/change/_lib/normalQuantile.js';
import { checkOptions, confidenceLevel, finite, optionalInteger, optionalNumber, tidy } from '../../src/change/_lib/numbers.js';
import { tQuantile } from '../../src/change/_lib/tQuantile.js';

type Row = [df: number, p: number, t: string, tolerance: number];

const relative = (got: number, expected: number) => Math.abs(got - expected) / Math.abs(expected);

/** Checks each row at p and at 1 − p (the upper quantile is the same magnitude, positive). */
function expectRows(rows: readonly Row[]) {
  const misses: string[] = [];
  for (const [df, p, t, tolerance] of rows) {
    const expected = Number(t);
    const lower = tQuantile(p, df);
    if (!(relative(lower, expected) <= tolerance)) misses.push(`df ${df}, p ${p}: ${lower}, mpmath ${t}`);
    const upper = tQuantile(1 - p, df);
    // 1 − p is rounded; promkit takes q = 1 − (1 − p), which for these p is p itself.
    if (1 - (1 - p) === p && !(relative(upper, -expected) <= tolerance)) misses.push(`df ${df}, p ${1 - p}: ${upper}, mpmath ${-expected}`);
  }
  expect(misses).toEqual([]);
}

// Generated from the mpmath computation described above (40 digits, printed to 25).
const BELOW_ONE: Row[] = [
  [0.001, 0.49, '-9398808.000176579558047923', 2e-12],
  [0.001, 0.4, '-1.28576464129212702344026e+95', 2e-12],
  [0.01, 0.49999999999999994, '-1.117899597056749212679734e-15', 1e-13],
  [0.01, 0.4999999, '-0.000002013828883692349800939511', 1e-13],
  [0.02, 0.49999999999999994, '-7.958760232105342103027767e-16', 1e-13],
  [0.02, 0.4999999, '-0.000001433722784691907679170269', 1e-13],
  [0.02, 0.49, '-0.1699298012500038652537909', 1e-13],
  [0.02, 0.45, '-13.83147834987703533078223', 1e-13],
  [0.02, 0.1, '-6.331487481607516186916026e+33', 1e-13],
  [0.05, 0.49, '-0.09530782263326589691060768', 1e-13],
  [0.05, 0.3, '-3119.219146032931373276568', 1e-13],
  [0.2, 0.45, '-0.2700630101042885301815304', 1e-13],
  [0.2, 0.4, '-0.6583629733076494995513249', 1e-13],
  [0.2, 1e-20, '-7.508285934582917549537185e+97', 1e-13],
  [0.5, 0.3, '-1.009525878607166115597031', 1e-13],
  [0.5, 1e-20, '-1.028491156316340124664191e+39', 1e-13],
  [0.9, 0.2, '-1.463896826753812323750567', 1e-13],
  [0.99, 0.45, '-0.1587050300876365113398013', 1e-13],
  [0.99, 1e-50, '-1.004723425618468159603121e+50', 1e-13],
];
const CLOSED_FORMS: Row[] = [
  [1, 1e-300, '-3.183098861837906635612109e+299', 5e-15],
  [1, 1e-100, '-3.183098861837906651741482e+99', 5e-15],
  [1, 1e-250, '-3.18309886183790654349181e+249', 5e-15],
  [2, 1e-250, '-7.071067811865475053091249e+124', 5e-15],
  [2, 1e-300, '-7.071067811865475155411175e+149', 5e-15],
  [2, 1e-200, '-7.071067811865475307293573e+99', 5e-15],
];
const LOG_BETA: Row[] = [
  [16, 0.07, '-1.552906590049462591055159', 2e-15],
  [16.01, 0.07, '-1.55285594194831943598599', 2e-15],
  [16, 0.01, '-2.583487185275991271703371', 2e-15],
  [16.01, 0.025, '-2.119797690059149790791678', 2e-15],
  [17, 0.07, '-1.548150799285995716270432', 5e-15],
  [30, 0.025, '-2.042272456301238283575352', 2e-15],
  [100, 1e-20, '-11.69468467317700211387739', 2e-15],
];
/** Standard normal quantiles: the central rational (|p − ½| ≤ 0.425), the near tail (r ≤ 5) and the far tail. */
const NORMAL: [p: number, z: string][] = [
  [0.49999999999999994, '-1.391458212335883461116962e-16'],
  [0.4999999, '-0.0000002506628274703106513497816'],
  [0.49, '-0.02506890825871105803269163'],
  [0.3, '-0.5244005127080408159694544'],
  [0.0750001, '-1.439530764501729686493336'],
  [0.075, '-1.439531470938455934949801'],
  [0.0749999, '-1.439532177375900586417472'],
  [0.07, '-1.475791028179170685608678'],
  [0.025, '-1.959963984540054211779584'],
  [0.001, '-3.090232306167813535358005'],
  [1e-05, '-4.264890793922824610233749'],
  [1.3887943864964021e-11, '-6.657904643501103583720578'],
  [1e-11, '-6.706023155495136296102194'],
  [1e-12, '-7.034483825301131932614176'],
  [1e-20, '-9.262340089798407579572095'],
  [1e-100, '-21.27345356096532429417952'],
  [1e-300, '-37.04709629936119923654704'],
  [5e-324, '-38.46740561714434625078436'],
  [0.5000000000000001, '2.782916424671766922233923e-16'],
  [0.5000001, '0.0000002506628273311648301161888'],
  [0.7, '0.5244005127080406563136292'],
  [0.925, '1.43953147093845622906332'],
  [0.9250001, '1.439532177375900488379533'],
  [0.975, '1.959963984540053855604431'],
  [0.99995, '3.890591886413120689445368'],
  [0.999999, '4.753424308817087765688097'],
  [0.999999999999, '7.034486910047835205692401'],
  [0.9999999999999999, '8.209536151601386855630769'],
];

describe("Student's t quantile (tQuantile)", () => {
  it('df below 1: heavy tails and p near ½ to 1e-13 (2e-12 at df 0.001)', () => {
    expectRows(BELOW_ONE);
  });

  it('df 1 and 2 use the exact closed forms, to 5e-15 even at p = 1e-300', () => {
    // df 1: t = −cot(πp); df 2: t = (2p − 1)/√(2p(1 − p)). Newton on the tail would be 10× worse here.
    expectRows(CLOSED_FORMS);
  });

  it('df 1 next to the median: −cot(π(½ − ε)) = −tan(πε)', () => {
    // p = ½ − 2⁻⁵⁴ (the largest double below ½): t = −tan(π·2⁻⁵⁴) = −π·2⁻⁵⁴ to 1e-32.
    expect(relative(tQuantile(0.49999999999999994, 1), -Math.PI * 2 ** -54)).toBeLessThan(1e-15);
    expect(relative(tQuantile(0.5000000000000001, 1), Math.PI * 2 ** -53)).toBeLessThan(1e-15);
  });

  it('df 1 quartiles are ±1 (tan π/4) to the last bit', () => {
    expect(Math.abs(tQuantile(0.75, 1) - 1)).toBeLessThanOrEqual(Number.EPSILON / 2);
    expect(Math.abs(tQuantile(0.25, 1) + 1)).toBeLessThanOrEqual(Number.EPSILON / 2);
  });

  it('ln B(df/2, ½) on both sides of its Stirling switch at df 16, to 2e-15', () => {
    expectRows(LOG_BETA);
  });

  it('df Infinity is the normal quantile', () => {
    for (const [p, z] of NORMAL) {
      if (p <= 0 || p >= 1) continue;
      expect(relative(tQuantile(p, Infinity), Number(z))).toBeLessThan(1e-15);
    }
  });
});

describe('standard normal quantile (normalQuantile, AS 241)', () => {
  it('matches mpmath to 1e-15 in all three branches and both halves', () => {
    const misses: string[] = [];
    for (const [p, z] of NORMAL) {
      const got = normalQuantile(p);
      if (!(relative(got, Number(z)) <= 1e-15)) misses.push(`p ${p}: ${got}, mpmath ${z}`);
    }
    expect(misses).toEqual([]);
  });
});

/** The single issue of the PromkitError that `f` throws. */
function issueOf(f: () => unknown) {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(PromkitError);
    const { issues } = error as PromkitError;
    expect(issues).toHaveLength(1);
    return issues[0];
  }
  throw new Error('expected a PromkitError');
}

describe('tidy', () => {
  it('rounds to 15 significant digits and turns -0 into 0', () => {
    expect(tidy(0.1 + 0.2)).toBe(0.3);
    expect(Object.is(tidy(-0), 0)).toBe(true);
  });

  it('refuses a result that is not finite, naming `result`', () => {
    for (const x of [Infinity, -Infinity, Number.NaN]) {
      expect(issueOf(() => tidy(x))).toEqual({
        code: 'not-finite',
        path: ['result'],
        input: x,
        message: 'the result is not a finite number: the inputs are too large (or too close to each other) for double-precision arithmetic',
      });
    }
  });
});

describe('checkOptions', () => {
  it('accepts undefined and plain objects', () => {
    expect(() => checkOptions(undefined)).not.toThrow();
    expect(() => checkOptions({})).not.toThrow();
    expect(() => checkOptions({ level: 0.9 }, ['x'])).not.toThrow();
  });

  it('refuses null, arrays, numbers, strings and functions, at `options` unless told another path', () => {
    const cases: [unknown, string][] = [
      [null, 'null'],
      [[], 'an array'],
      [5, '5'],
      ['fast', '"fast"'],
      [() => 1, 'a function'],
    ];
    for (const [value, shown] of cases) {
      expect(issueOf(() => checkOptions(value))).toEqual({ code: 'invalid-argument', path: ['options'], input: value, message: `options: expected an object, got ${shown}` });
    }
    expect(issueOf(() => checkOptions(7, ['baseline', 'window']))).toEqual({ code: 'invalid-argument', path: ['baseline', 'window'], input: 7, message: 'baseline.window: expected an object, got 7' });
  });
});

describe('finite', () => {
  it('returns a finite number unchanged', () => {
    expect(finite(2.5, ['x'])).toBe(2.5);
    expect(finite(-0.25, ['x'])).toBe(-0.25);
  });

  it('refuses a non-number as invalid-type and ±Infinity or NaN as not-finite', () => {
    expect(issueOf(() => finite('3', ['scores', 2]))).toEqual({ code: 'invalid-type', path: ['scores', 2], input: '3', message: 'scores.2: expected a finite number, got "3"' });
    expect(issueOf(() => finite(undefined, ['a'], 'a score'))).toEqual({ code: 'invalid-type', path: ['a'], input: undefined, message: 'a: expected a score, got undefined' });
    for (const x of [Infinity, -Infinity, Number.NaN]) {
      expect(issueOf(() => finite(x, ['a']))).toEqual({ code: 'not-finite', path: ['a'], input: x, message: `a: expected a finite number, got ${x}` });
    }
  });
});

describe('optionalNumber and optionalInteger', () => {
  const positive = (x: number) => x > 0;

  it('passes undefined through and returns accepted values', () => {
    expect(optionalNumber(undefined, ['o'], positive, 'a number > 0')).toBeUndefined();
    expect(optionalNumber(2.5, ['o'], positive, 'a number > 0')).toBe(2.5);
    expect(optionalInteger(1, ['o'], 1)).toBe(1);
    expect(optionalInteger(3, ['o'], 1)).toBe(3);
  });

  it('refuses non-numbers, ±Infinity and NaN even where the rule would accept them', () => {
    for (const [value, shown] of [['3', '"3"'], [Infinity, 'Infinity'], [Number.NaN, 'NaN']] as const) {
      expect(issueOf(() => optionalNumber(value, ['options', 'rise'], positive, 'a number > 0'))).toEqual({
        code: 'invalid-argument',
        path: ['options', 'rise'],
        input: value,
        message: `options.rise: expected a number > 0, got ${shown}`,
      });
    }
  });

  it('refuses what the rule refuses', () => {
    expect(issueOf(() => optionalNumber(0, ['o'], positive, 'a number > 0'))?.message).toBe('o: expected a number > 0, got 0');
  });

  it('optionalInteger refuses fractions and whole numbers below the minimum', () => {
    for (const [value, min] of [[2.5, 1], [1.5, 0], [0, 1], [-3, -2]] as const) {
      expect(issueOf(() => optionalInteger(value, ['options', 'minDays'], min))).toEqual({
        code: 'invalid-argument',
        path: ['options', 'minDays'],
        input: value,
        message: `options.minDays: expected a whole number ≥ ${min}, got ${value}`,
      });
    }
  });
});

describe('confidenceLevel', () => {
  it('defaults to 0.95 and accepts 0 < level ≤ 0.9999', () => {
    expect(confidenceLevel(undefined, ['options', 'level'])).toBe(0.95);
    expect(confidenceLevel(0.9999, ['options', 'level'])).toBe(0.9999);
    expect(confidenceLevel(1e-9, ['options', 'level'])).toBe(1e-9);
  });

  it('refuses 0, negatives and anything above 0.9999', () => {
    for (const level of [0, -0.5, 0.99991, 1]) {
      expect(issueOf(() => confidenceLevel(level, ['options', 'level']))).toEqual({
        code: 'invalid-argument',
        path: ['options', 'level'],
        input: level,
        message: `options.level: expected a confidence level with 0 < level ≤ 0.9999 (e.g. 0.95), got ${level}`,
      });
    }
  });
});

describe('tQuantile at the extremes of df', () => {
  // mpmath, 50 digits: the root of betainc(df/2, ½, 0, df/(df+t²))/2 = q, checked by evaluating the
  // tail at the root (relative 1e-40); at df 1e20 and 1e300, z + (z³ + z)/(4·df) (A&S 26.7.5, the
  // next term is below 1e-40).
  const LARGE: Row[] = [
    [1e6, 0.025, '-1.959966356814107011513876', 1e-15],
    [1e6, 1e-300, '-37.05982087277439130489201', 1e-15],
    [1e6, 0.4, '-0.2533471705378416220033414', 1e-15],
    [1e9, 0.025, '-1.959963986912325444900646', 1e-15],
    [1e9, 1e-100, '-21.27345597316152889387515', 1e-15],
    [1e12, 0.025, '-1.959963984542426483009886', 1e-15],
    [1e12, 1e-300, '-37.04709631208212871695402', 1e-15],
    [1e20, 0.025, '-1.959963984540054211803307', 1e-15],
    [1e20, 1e-300, '-37.04709629936119936375634', 1e-15],
    [1e300, 1e-15, '-7.941345326170996771330131', 1e-15],
  ];

  it('from df 1e6 on, is exact to rounding (the continued fraction was off by 5e-12 at 1e6, 1e-5 at 1e12, NaN at 1e300)', () => {
    expectRows(LARGE);
  });

  it('a quantile beyond the largest double is ±Infinity, not a truncated Newton iterate', () => {
    // mpmath: at df 0.97 the tail at t = 1.797e308 is 3.1e-300 > 1e-300, so that quantile overflows;
    // at df 0.99 it is 2.1e-306 and the quantile is 3.367433696763229978383189e302.
    expect(tQuantile(1e-300, 0.97)).toBe(-Infinity);
    expect(tQuantile(1e-150, 0.05)).toBe(-Infinity);
    expect(tQuantile(0.3, 0.0005)).toBe(-Infinity);
    expect(tQuantile(0.7, 0.0005)).toBe(Infinity);
    expect(relative(tQuantile(1e-300, 0.99), -3.367433696763229978383189e302)).toBeLessThan(1e-13);
  });
});
