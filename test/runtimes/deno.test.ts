/** promkit under Deno, from the npm package `deno` (a devDependency): `npm run test:runtimes`. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { deno, quietEnv } from './_lib/binaries.js';
import { runtimeSuite } from './_lib/suite.js';

const { path, version } = deno();

describe(`Deno ${version}`, () => {
  it('is the binary of the npm package', () => {
    const out = spawnSync(path, ['--version'], { encoding: 'utf8', env: quietEnv() });
    expect(out.stdout).toContain(`deno ${version}`);
  });
  runtimeSuite('deno');
});
