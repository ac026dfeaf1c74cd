/** Every example script runs (against the build `npm test` makes first), so none can rot. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
function run(script: string, args: string[] = []) {
  const result = spawnSync(process.execPath, [join(root, script), ...args], { encoding: 'utf8', cwd: root });
  return { status: result.status, out: result.stdout + result.stderr };
}

describe('examples', () => {
  it('npm run demo: the sample responses table, with a coding error explained', () => {
    const { status, out } = run('examples/demo.mjs');
    expect(status).toBe(0);
    expect(out).toMatch(/P001\s+PHQ-9 total\s+13\s+scored\s+moderate/);
    expect(out).toContain('every answer looks one higher');
    expect(out).toMatch(/STarT Back total\s+7\s+scored\s+risk: high/);
  });
  it('the clinic-app FHIR flow', () => {
    const { status, out } = run('examples/fhir/clinic-flow.mjs');
    expect(status).toBe(0);
    expect(out).toContain('Observation LOINC 44261-6 = 12');
  });
  it('FHIR responses written by other systems', () => {
    const { status, out } = run('examples/fhir/other-systems.mjs');
    expect(status).toBe(0);
    expect(out).toContain('ignored /69722-7: not an item of phq-9');
    expect(out).toContain('contained: phq-2 total 3');
    expect(out).toContain('PROMIS-29: promis-pi-4a total 11 (T 59.9)');
    expect(out).toContain('PEG with coded 0-10 answers: peg total 6');
  });
  it('the researcher CSV flow', () => {
    const { status, out } = run('examples/csv/score-export.mjs');
    expect(status).toBe(0);
    expect(out).toContain('phq-9: 10 scored, 0 prorated, 1 unscorable (too few items), 1 bad');
    expect(out).toContain('P002,4,0,2026-01-05,8,2026-04-06,5,-3,-37.5,3,37.5');
  });
  it('the progress review of the example patient', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'promkit-review-')), 'P017.html');
    const { status, out: printed } = run('examples/review/review.mjs', [out]);
    expect(status).toBe(0);
    expect(printed).toContain('- PCS total score fell from 34 to 20: a reliable improvement, more than the 8-point MCID and more than the 11-point MCID.');
    expect(printed).toContain('! PHQ-9 on 2026-04-06: Item 9 (thoughts of death or self-harm)');
    expect(readFileSync(out, 'utf8')).toContain('<h1>Progress review: P017</h1>');
  });
  it('the notebook progress-delta analysis', () => {
    const { status, out } = run('examples/notebook/progress-deltas.mjs');
    expect(status).toBe(0);
    expect(out).toContain('≥ 30 % improvement: 8/8');
    expect(out).toMatch(/'P007'\s+│\s+8\s+│\s+2\s+│\s+'75.0'\s+│\s+'substantial'/);
  });
});
