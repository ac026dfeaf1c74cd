/**
 * One generic runner for the change module's reference cases (`cases/*.json`). Each case says
 * where its expected values come from, as instrument cases do: `origin: "published"` (printed by
 * a paper or another tool; `source` gives the locator) or `origin: "hand"` (worked by hand from
 * the published rule; `source` gives the working). `expect` holds exact values (numbers compared
 * to 10 decimals); `expectClose` maps a dotted path to [value, decimals] for values published
 * rounded. A file with `"exhaustive": true` must name every field of every result in `expect`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as change from '../../src/change/index.js';
import { originProblem } from '../origins.js';

interface ReferenceCase {
  name: string;
  origin: string;
  source: string;
  fn: string;
  args: unknown[];
  expect?: Record<string, unknown>;
  expectClose?: Record<string, [number, number]>;
}
interface CaseFile {
  description: string;
  exhaustive?: boolean;
  cases: ReferenceCase[];
}

const dir = join(import.meta.dirname, 'cases');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as CaseFile] as const);

function matchPartial(actual: unknown, expected: unknown, where: string): void {
  if (typeof expected === 'number') {
    expect(typeof actual, where).toBe('number');
    expect(actual as number, where).toBeCloseTo(expected, 10);
  } else if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    expect(actual, where).toBeTypeOf('object');
    for (const [key, value] of Object.entries(expected)) matchPartial((actual as Record<string, unknown>)[key], value, `${where}.${key}`);
  } else {
    expect(actual, where).toEqual(expected);
  }
}

function at(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], value);
}

describe('change reference cases', () => {
  it('every case has an origin its source supports, and expectations', () => {
    expect(files.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const [file, data] of files) {
      if (data.cases.length === 0) problems.push(`${file}: no cases`);
      for (const c of data.cases) {
        const problem = originProblem(c);
        if (problem) problems.push(`${file}: "${c.name}" ${problem}`);
        if (!c.expect && !c.expectClose) problems.push(`${file}: "${c.name}" has no expectations`);
      }
    }
    expect(problems).toEqual([]);
  });

  describe.each(files)('%s', (_file, data) => {
    const published = data.cases.filter((c) => c.origin === 'published').length;
    it(`origins: ${published} published, ${data.cases.length - published} worked by hand`, () => {
      expect(data.cases.every((c) => c.origin === 'published' || c.origin === 'hand')).toBe(true);
    });
    it.each(data.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const fn = (change as unknown as Record<string, (...args: unknown[]) => unknown>)[c.fn];
      expect(fn, `unknown function ${c.fn}`).toBeTypeOf('function');
      const result = fn!(...c.args);
      if (c.expect) matchPartial(result, c.expect, c.fn);
      if (data.exhaustive) expect(Object.keys(result as object).sort(), 'every field of the result is checked').toEqual(Object.keys(c.expect ?? {}).sort());
      for (const [path, [value, digits]] of Object.entries(c.expectClose ?? {})) {
        const actual = at(result, path);
        expect(actual, path).toBeTypeOf('number');
        expect(actual as number, path).toBeCloseTo(value, digits);
      }
    });
  });
});
