/**
 * Checks the built package (`dist/`, made by `npm run build`, which `npm test` runs first) the way
 * an application sees it: through the `exports` map, bundled with esbuild.
 */
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distFile } from './dist.js';

const root = join(import.meta.dirname, '..');
let app: string;

beforeAll(() => {
  distFile('index.js'); // throws when dist/ is missing or older than src/
  app = mkdtempSync(join(tmpdir(), 'promkit-app-'));
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(root, join(app, 'node_modules', 'promkit'), 'dir');
});
afterAll(() => rmSync(app, { recursive: true, force: true }));

async function bundle(source: string): Promise<string> {
  const entry = join(app, `entry-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    absWorkingDir: app,
    nodePaths: [join(root, 'node_modules')],
  });
  return result.outputFiles[0]!.text;
}

describe('tree shaking', () => {
  it('importing phq9 alone carries no other instrument', async () => {
    const code = await bundle(`import { phq9 } from 'promkit/instruments'; console.log(phq9.id);`);
    expect(code).toContain('phq-9');
    // GAD-7's item ids, title and item text must be absent (the PHQ manual's title may mention GAD-7).
    expect(code).not.toMatch(/gad7_|Generalized Anxiety Disorder 7-item|Worrying too much about different things/);
    expect(code).not.toContain('zod');
  });

  it('score + phq9 stays small and carries no zod', async () => {
    const code = await bundle(`import { score } from 'promkit'; import { phq9 } from 'promkit/instruments'; console.log(score(phq9, [0,0,0,0,0,0,0,0,0]));`);
    const gzipped = gzipSync(code).length;
    expect(code).not.toMatch(/ZodError|_zod/);
    expect(gzipped).toBeLessThan(10 * 1024);
  });
});

describe('runs in the browser and Deno', () => {
  it.each(['promkit', 'promkit/instruments', 'promkit/catalog', 'promkit/fhir'])('%s bundles for the browser with no Node built-ins', async (entry) => {
    const code = await bundle(`import * as m from '${entry}'; console.log(Object.keys(m).length);`);
    expect(code).not.toMatch(/require\(["']node:|from ?["']node:/);
  });
});

describe('both module systems', () => {
  it('require() and import give the same working API', async () => {
    const require = createRequire(join(app, 'index.cjs'));
    const cjs = require('promkit') as typeof import('../src/index.js');
    const cjsInstruments = require('promkit/instruments') as typeof import('../src/instruments/index.js');
    const esm = (await import(join(root, 'dist', 'index.js'))) as typeof import('../src/index.js');
    const responses = [1, 2, 1, 2, 1, 1, 2, 1, 0];
    expect(cjs.score(cjsInstruments.phq9, responses).scores.total?.value).toBe(11);
    expect(esm.score(cjsInstruments.phq9, responses).scores.total?.value).toBe(11);
    expect(typeof require('promkit/catalog').getInstrument).toBe('function');
  });
});
