/**
 * The checks Deno and Bun share: the smoke suite (ESM and CommonJS builds) gives Node's results,
 * which are the published and hand-worked values of expected.ts; every example prints what it
 * prints under Node; the `promkit` command answers.
 */
import { describe, expect, it } from 'vitest';
import { expectSmoke } from './expected.js';
import { EXAMPLES, exampleArgs, normalize, runIn, type Runtime } from './run.js';

export function runtimeSuite(runtime: Exclude<Runtime, 'node'>): void {
  describe('the smoke suite', () => {
    it('gives the expected values, and exactly what Node gives', () => {
      const here = runIn(runtime, 'test/runtimes/_lib/smoke-main.mjs');
      expect(here.stderr).toBe('');
      expect(here.status).toBe(0);
      const result = JSON.parse(here.stdout) as Record<string, unknown>;
      expectSmoke(result);
      expect(result.commonjs).toBe(11);
      const node = JSON.parse(runIn('node', 'test/runtimes/_lib/smoke-main.mjs').stdout) as unknown;
      expect(result).toEqual(node);
    });
  });

  describe('the examples print what they print under Node', () => {
    it.each(EXAMPLES)('%s', (script) => {
      const here = runIn(runtime, script, exampleArgs(script));
      expect(here.status, here.stderr).toBe(0);
      const node = runIn('node', script, exampleArgs(script));
      expect(node.status).toBe(0);
      expect(normalize(here.stdout)).toEqual(normalize(node.stdout));
      expect(here.stdout.length).toBeGreaterThan(200);
    });
  });

  it('runs every example there is', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(6);
  });

  it('the promkit command: --version and list', () => {
    expect(runIn(runtime, 'dist/cli.js', ['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const list = runIn(runtime, 'dist/cli.js', ['list', '--format', 'json']);
    expect(list.status, list.stderr).toBe(0);
    expect((JSON.parse(list.stdout) as { id: string }[]).map((i) => i.id)).toContain('phq-9');
  });
}
