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
import { defineInstrument, PromkitError, score, type Instrument, type ScoreOptions } from '../src/index.js';
import { originProblem } from './origins.js';

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

/**
 * A prorated score of `of` items can tell round-up from round-to-nearest only when some number
 * of answered items k gives a fraction other than .0 or .5 (sum × of/k): never for 2 or 3 items.
 */
function roundingCanDiscriminate(of: number): boolean {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  for (let k = 1; k < of; k++) if (k / gcd(of, k) > 2) return true;
  return false;
}

/** The definition with each score's rounding rule swapped ('up' ⇄ 'nearest'). */
function swapRounding(def: Instrument): Instrument {
  const raw = JSON.parse(JSON.stringify(def));
  for (const s of raw.scores) s.missing.rounding = ({ up: 'nearest', nearest: 'up' } as Record<string, string>)[s.missing.rounding] ?? s.missing.rounding;
  return defineInstrument(raw);
}

describe('reference cases test each rounding rule where it matters', () => {
  it.each(files.filter((file) => getInstrument(file.instrument).scores.some((s) => s.missing.rounding !== 'none')).map((file) => [file.instrument, file] as const))(
    '%s: a case prorates every rounded score to a value where round-up and round-to-nearest differ',
    (id, file) => {
      const def = getInstrument(id);
      const swapped = swapRounding(def);
      const untested = def.scores
        .filter((s) => s.missing.rounding !== 'none' && roundingCanDiscriminate(s.items.length))
        .filter((s) => !file.cases.some((c) => !c.expectError && score(def, c.responses, c.options).scores[s.name]?.value !== score(swapped, c.responses, c.options).scores[s.name]?.value))
        .map((s) => `${s.name} (${s.missing.rounding})`);
      expect(untested, 'scores whose rounding rule no case can tell from the other rule').toEqual([]);
    },
  );

  it('knows which item counts can tell the rules apart', () => {
    expect([2, 3, 4, 5, 6, 8].map(roundingCanDiscriminate)).toEqual([false, false, true, true, true, true]);
  });
});
