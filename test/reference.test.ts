/**
 * One generic runner for every instrument's published reference cases
 * (`src/instruments/<id>/cases.json`). Each case names the source of its expected values.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getInstrument, listInstruments } from '../src/catalog/index.js';
import { PromkitError, score, type ScoreOptions } from '../src/index.js';

interface ExpectedScore {
  value?: number | null;
  status?: string;
  band?: string | null;
  tScore?: number;
  se?: number;
  answered?: number;
}
interface ReferenceCase {
  name: string;
  source: string;
  responses: Record<string, number | null> | (number | null)[];
  options?: ScoreOptions;
  expect?: {
    scores?: Record<string, ExpectedScore>;
    flags?: Record<string, boolean | null>;
    classifications?: Record<string, string | null>;
  };
  expectError?: { code: string; path?: (string | number)[]; message?: string };
}
interface CaseFile {
  instrument: string;
  cases: ReferenceCase[];
}

const root = join(import.meta.dirname, '..', 'src', 'instruments');
const files = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'cases.json')))
  .map((entry) => JSON.parse(readFileSync(join(root, entry.name, 'cases.json'), 'utf8')) as CaseFile);

describe('reference cases', () => {
  it('every shipped instrument has published reference cases, each with a source', () => {
    const covered = new Set(files.map((f) => f.instrument));
    expect(listInstruments().map((i) => i.id).filter((id) => !covered.has(id))).toEqual([]);
    for (const file of files) {
      expect(file.cases.length, file.instrument).toBeGreaterThan(0);
      for (const c of file.cases) expect(c.source.length, `${file.instrument}: ${c.name}`).toBeGreaterThan(10);
    }
  });
});

describe.each(files.map((file) => [file.instrument, file] as const))('%s reference cases', (id, file) => {
  const def = getInstrument(id);
  it.each(file.cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    if (c.expectError) {
      let caught: unknown;
      try {
        score(def, c.responses, c.options);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(PromkitError);
      const issue = (caught as PromkitError).issues[0];
      expect(issue?.code).toBe(c.expectError.code);
      if (c.expectError.path) expect(issue?.path).toEqual(c.expectError.path);
      if (c.expectError.message) expect(issue?.message).toContain(c.expectError.message);
      return;
    }
    const result = score(def, c.responses, c.options);
    for (const [name, want] of Object.entries(c.expect?.scores ?? {})) {
      const got = result.scores[name];
      expect(got, `score ${name}`).toBeDefined();
      if (want.value === null) expect(got?.value).toBeNull();
      else if (want.value !== undefined) expect(got?.value).toBeCloseTo(want.value, 6);
      if (want.status !== undefined) expect(got?.status).toBe(want.status);
      if (want.answered !== undefined) expect(got?.answered).toBe(want.answered);
      if (want.band !== undefined) expect(got?.band?.label ?? null).toBe(want.band);
      if (want.tScore !== undefined) expect(got?.tScore).toBe(want.tScore);
      if (want.se !== undefined) expect(got?.se).toBe(want.se);
    }
    for (const [name, want] of Object.entries(c.expect?.flags ?? {})) expect(result.flags[name], `flag ${name}`).toBe(want);
    for (const [name, want] of Object.entries(c.expect?.classifications ?? {})) {
      expect(result.classifications[name], `classification ${name}`).toBe(want);
    }
  });
});
