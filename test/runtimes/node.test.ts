// Placeholder so `npm run test:runtimes` has a test before the Deno, Bun and Chromium suites land:
// the built ESM entry scores in plain Node.
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('the built ESM entry scores a PHQ-9', async () => {
  const root = join(import.meta.dirname, '..', '..');
  const { score } = (await import(join(root, 'dist', 'index.js'))) as typeof import('../../src/index.js');
  const { phq9 } = (await import(join(root, 'dist', 'instruments.js'))) as typeof import('../../src/instruments/index.js');
  expect(score(phq9, [1, 2, 1, 2, 1, 1, 2, 1, 0]).scores.total?.value).toBe(11);
});
