/** The review stays out of what does not use it, and never carries Vega itself. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleImports } from '../bundle.js';

const root = join(import.meta.dirname, '..', '..');

const bundle = (names: string) => bundleImports(names, './src/index.ts');

describe('review bundles', () => {
  it('no module of src/review imports vega or vega-lite statically', () => {
    const files = readdirSync(join(root, 'src', 'review'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const f of files) expect(readFileSync(join(root, 'src', 'review', f), 'utf8'), f).not.toMatch(/^import (?!type)[^;]*from 'vega/m);
  });

  it('score alone carries none of the review', async () => {
    const code = await bundle('score');
    expect(code).not.toMatch(/progress-review|Needs attention now|diary-snapshot/);
  });

  it.each([
    ['diarySnapshot', 10],
    ['renderProgressReview', 10],
    ['progressReview', 36],
  ])('%s bundles for the browser without Vega, zod or Node built-ins, under %i KB gzipped', async (name, kb) => {
    const code = await bundle(name);
    expect(/vega-(util|dataflow|scenegraph|parser|runtime)|vega-lite\/build/.test(code)).toBe(false);
    expect(/ZodError|_zod/.test(code)).toBe(false);
    expect(/require\(["']node:|from ?["']node:/.test(code)).toBe(false);
    expect(gzipSync(code).length).toBeLessThan(kb * 1024);
  });
});
