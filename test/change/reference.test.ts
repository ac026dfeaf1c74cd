/**
 * One generic runner for the change module's published reference cases (`cases/*.json`).
 * Each case names the source of its expected values. `expect` holds exact values (numbers
 * compared to 10 decimals); `expectClose` maps a dotted path to [value, decimals] for values
 * published rounded.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as change from '../../src/change/index.js';

interface ReferenceCase {
  name: string;
  source: string;
  fn: string;
  args: unknown[];
  expect?: Record<string, unknown>;
  expectClose?: Record<string, [number, number]>;
}
interface CaseFile {
  description: string;
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
  it('every case names its source', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const [file, data] of files) {
      expect(data.cases.length, file).toBeGreaterThan(0);
      for (const c of data.cases) {
        expect(c.source.length, `${file}: ${c.name}`).toBeGreaterThan(20);
        expect(c.expect ?? c.expectClose, `${file}: ${c.name} has expectations`).toBeDefined();
      }
    }
  });

  describe.each(files)('%s', (_file, data) => {
    it.each(data.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const fn = (change as unknown as Record<string, (...args: unknown[]) => unknown>)[c.fn];
      expect(fn, `unknown function ${c.fn}`).toBeTypeOf('function');
      const result = fn!(...c.args);
      if (c.expect) matchPartial(result, c.expect, c.fn);
      for (const [path, [value, digits]] of Object.entries(c.expectClose ?? {})) {
        const actual = at(result, path);
        expect(actual, path).toBeTypeOf('number');
        expect(actual as number, path).toBeCloseTo(value, digits);
      }
    });
  });
});
