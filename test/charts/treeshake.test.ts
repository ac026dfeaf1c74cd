/** The chart builders stay small: plain objects, no Vega, no Node built-ins, and each pulls in only what it uses. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleImports } from '../bundle.js';

const root = join(import.meta.dirname, '..', '..');

const bundle = (name: string) => bundleImports(name, './src/charts/index.ts');

describe('chart builders', () => {
  it('never import vega or vega-lite (type-only imports aside)', () => {
    const files = readdirSync(join(root, 'src', 'charts'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) {
      const source = readFileSync(join(root, 'src', 'charts', f), 'utf8');
      expect(source, f).not.toMatch(/^import (?!type)[^;]*from 'vega/m);
    }
  });

  it.each([
    ['responderChart', 4],
    ['trajectoryChart', 12],
    ['goalsChart', 8],
  ])('%s bundles for the browser, without Vega or Node built-ins, under %i KB gzipped', async (name, kb) => {
    const code = await bundle(name);
    // (the $schema URL names vega-lite; no Vega module may be bundled)
    expect(/vega-(util|dataflow|scenegraph|parser|encode|runtime)|vega-lite\/build/.test(code)).toBe(false);
    expect(/require\(["']node:|from ?["']node:/.test(code)).toBe(false);
    expect(gzipSync(code).length).toBeLessThan(kb * 1024);
  });

  it('responderChart and trajectoryChart carry no zod; responderChart no date library', async () => {
    const responder = await bundle('responderChart');
    const trajectory = await bundle('trajectoryChart');
    for (const code of [responder, trajectory]) expect(/ZodError|_zod/.test(code)).toBe(false);
    expect(/constructDateFrom|dateTimeDelimiter/.test(responder)).toBe(false);
    expect(/constructDateFrom|dateTimeDelimiter/.test(trajectory)).toBe(true); // the check has teeth
  });
});
