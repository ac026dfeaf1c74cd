/**
 * One generic runner for every instrument's reference cases (`src/instruments/<id>/cases.json`).
 * Each case says where its expected values come from: `origin: "published"` (printed by an
 * outside source: manual, paper, form, another tool's test vectors; `source` gives the locator)
 * or `origin: "hand"` (worked by hand from the published rule; `source` gives the working).
 * A computed PROMIS table row is never `published`.
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
  origin?: string;
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

/** A locator: a commit, a URL or domain, a page, or a table/figure/appendix/section/example/abstract. */
const LOCATOR =
  /@\s*[0-9a-f]{7,40}\b|\b[0-9a-f]{40}\b|https?:\/\/|\b[\w-]+\.(?:org|net|com|edu|gov)\b|\bpp?\.\s*\d|\b(?:page|table|figure|fig\.|appendix|section|example|instructions|abstract)\b/i;
/** A working: an equation, a comparison, an arrow, arithmetic between numbers or "k of n". */
const WORKING = /[=<>≥≤→]|\d\s*[+×*/÷−]\s*\d|\b\d+\s+of\s+\d+\b/;

/** What is wrong with a case's origin and source, or undefined when nothing is. */
function originProblem(c: Pick<ReferenceCase, 'source' | 'origin'>): string | undefined {
  if (c.origin === 'published') {
    if (/^\s*(?:worked|computed) by hand/i.test(c.source)) return 'is "published" but its source says it was worked by hand';
    if (!LOCATOR.test(c.source)) return 'is "published" but its source has no locator (repository@commit + path, URL, or page/table/example)';
    return undefined;
  }
  if (c.origin === 'hand') return WORKING.test(c.source) ? undefined : 'is "hand" but its source shows no working (e.g. "3 + 4 = 7", "9 of 10 answered < 10")';
  return `has origin ${JSON.stringify(c.origin)}; expected "published" or "hand"`;
}

const countOrigins = (file: CaseFile) => ({
  published: file.cases.filter((c) => c.origin === 'published').length,
  hand: file.cases.filter((c) => c.origin === 'hand').length,
});

describe('reference cases', () => {
  it('every shipped instrument has reference cases, each with an origin its source supports', () => {
    const covered = new Set(files.map((f) => f.instrument));
    expect(listInstruments().map((i) => i.id).filter((id) => !covered.has(id))).toEqual([]);
    const problems: string[] = [];
    for (const file of files) {
      if (file.cases.length === 0) problems.push(`${file.instrument}: no cases`);
      for (const c of file.cases) {
        const problem = originProblem(c);
        if (problem) problems.push(`${file.instrument}: "${c.name}" ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the origin check rejects what it should', () => {
    expect(originProblem({ origin: 'published', source: 'awell-health/awell-score @ c37843e505763f1767d22d0250ee1920eccddb21, src/scores/isi/isi.test.ts' })).toBeUndefined();
    expect(originProblem({ origin: 'published', source: 'Kroenke 2001, Table 2' })).toBeUndefined();
    expect(originProblem({ origin: 'hand', source: 'Worked by hand: 3 + 4 = 7.' })).toBeUndefined();
    expect(originProblem({ origin: 'hand', source: 'Worked by hand: 9 of 10 answered < 10 required.' })).toBeUndefined();
    expect(originProblem({ source: 'Kroenke 2001, Table 2' })).toMatch(/expected "published" or "hand"/);
    expect(originProblem({ origin: 'Published', source: 'Kroenke 2001, Table 2' })).toMatch(/expected/);
    expect(originProblem({ origin: 'published', source: 'awell-score test vectors' })).toMatch(/no locator/);
    expect(originProblem({ origin: 'published', source: 'Worked by hand from Kroenke 2001, Table 2' })).toMatch(/worked by hand/);
    expect(originProblem({ origin: 'hand', source: 'computed by hand from the PHQ-9 scoring rule' })).toMatch(/no working/);
  });
});

describe.each(files.map((file) => [file.instrument, file] as const))('%s reference cases', (id, file) => {
  const def = getInstrument(id);
  const { published, hand } = countOrigins(file);
  it(`origins: ${published} published, ${hand} worked by hand`, () => {
    const problems = file.cases
      .map((c) => [c.name, originProblem(c)] as const)
      .filter(([, problem]) => problem !== undefined);
    expect(problems).toEqual([]);
  });
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
