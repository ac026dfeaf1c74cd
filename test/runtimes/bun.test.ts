/** promkit under Bun, from the npm package `bun` (a devDependency): `npm run test:runtimes`. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { bun, quietEnv } from './_lib/binaries.js';
import { runtimeSuite } from './_lib/suite.js';

const { path, version } = bun();

describe(`Bun ${version}`, () => {
  it('is the binary of the npm package', () => {
    const out = spawnSync(path, ['--version'], { encoding: 'utf8', env: quietEnv() });
    expect(out.stdout.trim()).toBe(version);
  });
  runtimeSuite('bun');
});
