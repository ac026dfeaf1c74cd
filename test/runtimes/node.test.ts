/** The reference runtime: the smoke suite under Node 20 gives the expected values (Deno, Bun and
 * Chromium must then match Node's results exactly). */
import { expect, it } from 'vitest';
import { expectSmoke } from './_lib/expected.js';
import { runIn } from './_lib/run.js';

it('the smoke suite (ESM and CommonJS builds) gives the published and hand-worked values', () => {
  const node = runIn('node', 'test/runtimes/_lib/smoke-main.mjs');
  expect(node.stderr).toBe('');
  const result = JSON.parse(node.stdout) as Record<string, unknown>;
  expectSmoke(result);
  expect(result.commonjs).toBe(11);
});
