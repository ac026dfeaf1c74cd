/**
 * Checks the built package (`dist/`, made by `npm run build`, which `npm test` runs first) the way
 * an application sees it: through the `exports` map, bundled with esbuild.
 */
import { build, type Platform } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
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

async function bundle(source: string, platform: Platform = 'browser'): Promise<string> {
  const entry = join(app, `entry-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    logLevel: 'silent',
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

});

// An import or require of a Node built-in, with or without the node: prefix, as esbuild leaves it.
const builtins = builtinModules.filter((m) => !m.startsWith('_')).map((m) => m.replace(/[/]/g, '\\/'));
const NODE_BUILTIN = new RegExp(`(?:from|import|require\\()\\s*\\(?\\s*["'](?:node:)?(?:${builtins.join('|')})(?:\\/[^"']*)?["']`);
const PLATFORMS: readonly Platform[] = ['neutral', 'browser', 'node'];
// Every instrument promkit ships, by its export name, as an application imports it.
const shipped = Object.entries((await import(join(root, 'dist', 'instruments.js'))) as Record<string, import('../src/index.js').Instrument>);

describe('score + one instrument, for edge runtimes (neutral), browsers and Node', () => {
  it('the built-in check has teeth', () => {
    expect(NODE_BUILTIN.test('import{readFileSync as a}from"node:fs";')).toBe(true);
    expect(NODE_BUILTIN.test('var t=require("tty");')).toBe(true);
    expect(NODE_BUILTIN.test('import("node:stream/promises")')).toBe(true);
    expect(NODE_BUILTIN.test('var fs="filesystem";')).toBe(false);
  });

  it('the other-instrument check has teeth: a second import shows up by its id and title', async () => {
    const code = await bundle(`import { phq9, promisPi4a } from 'promkit/instruments'; console.log(phq9, promisPi4a);`, 'neutral');
    const pi = shipped.find(([n]) => n === 'promisPi4a')![1];
    expect(code.includes(JSON.stringify(pi.id)) && code.includes(JSON.stringify(pi.title))).toBe(true);
  });

  it('score alone carries the engine only: no calculator, chart, goal or batch code, no dependency', async () => {
    for (const platform of PLATFORMS) {
      const code = await bundle(`import { score } from 'promkit'; console.log(score);`, platform);
      const markers = {
        'goals (GAS_LOINC)': 'LA34479-8',
        'charts (Vega-Lite schema)': 'vega.github.io/schema',
        'change (RCI methods)': 'jacobson-truax',
        'batch (ColumnStatus)': 'insufficientItems',
        'date-fns': 'dateTimeDelimiter',
        'simple-statistics': 'totalCount',
        zod: '_zod',
      };
      for (const [what, marker] of Object.entries(markers)) expect(code.includes(marker), `${platform}: ${what}`).toBe(false);
      expect(gzipSync(code).length, platform).toBeLessThan(5 * 1024);
    }
  });

  it('score + phq9 is under 10 KB minified and gzipped on every platform (the figure the README gives)', async () => {
    for (const platform of PLATFORMS) {
      const code = await bundle(`import { score } from 'promkit'; import { phq9 } from 'promkit/instruments'; console.log(score(phq9, {}));`, platform);
      expect(gzipSync(code).length, platform).toBeLessThan(10 * 1024);
    }
  });

  // Every instrument: score adds under 5 KB to the definition's own size (the definitions range
  // from about 1 KB to about 12 KB for PROMIS-29, with its seven conversion tables).
  it.each(shipped.map(([name, def]) => [def.id, name] as const))(
    '%s (%s): builds for every platform; no Node built-ins, no zod, no other instrument; score adds < 5 KB',
    async (_, name) => {
      const own = shipped.find(([n]) => n === name)![1];
      // An instrument built from others (PROMIS-29 from the seven 4a forms) imports them by design.
      const source = readFileSync(join(root, 'src', 'instruments', own.id, 'index.ts'), 'utf8');
      const parts = new Set([...source.matchAll(/from '\.\.\/([a-z0-9-]+)\/index\.js'/g)].map((m) => m[1]));
      const alone = gzipSync(await bundle(`import { ${name} } from 'promkit/instruments'; console.log(${name});`)).length;
      for (const platform of PLATFORMS) {
        const code = await bundle(`import { score } from 'promkit'; import { ${name} } from 'promkit/instruments'; console.log(score(${name}, {}));`, platform);
        const where = `${name}, platform ${platform}`;
        expect(code, where).toContain(JSON.stringify(own.id));
        expect(code.match(NODE_BUILTIN)?.[0], where).toBeUndefined();
        expect(code.match(/ZodError|_zod/)?.[0], where).toBeUndefined();
        const gzipped = gzipSync(code).length;
        expect(gzipped - alone, where).toBeLessThan(5 * 1024);
        // Another instrument's definition would bring its id and its title as string literals.
        // (Items shared by the forms of one PROMIS domain live in one item-bank constant, so a
        // 4-item form carries the labels of its domain's other items; that is not an instrument.)
        for (const [other, def] of shipped) {
          if (other === name || parts.has(def.id)) continue;
          for (const marker of [def.id, def.title]) expect(code.includes(JSON.stringify(marker)), `${where} carries ${other} (${marker})`).toBe(false);
        }
      }
    },
  );
});

describe('every library entry builds without Node built-ins (the CLI may use them)', () => {
  it.each(['promkit', 'promkit/instruments', 'promkit/catalog', 'promkit/fhir'])('%s', async (entry) => {
    for (const platform of PLATFORMS) {
      const code = await bundle(`import * as m from '${entry}'; console.log(Object.keys(m).length);`, platform);
      expect(code.match(NODE_BUILTIN)?.[0], `${entry}, platform ${platform}`).toBeUndefined();
    }
  });
});

describe('third-party code in the build', () => {
  it('every bundled package has its licence in THIRD_PARTY_NOTICES.md, which the package ships', async () => {
    const notices = readFileSync(join(root, 'THIRD_PARTY_NOTICES.md'), 'utf8');
    const config = readFileSync(join(root, 'tsup.config.ts'), 'utf8');
    const lists = [...config.matchAll(/noExternal: \[([^\]]*)\]/g)].map((m) => m[1]!);
    const bundled = [...new Set(lists.flatMap((list) => [...list.matchAll(/\/\^([\w-]+)/g)].map((m) => m[1]!)))];
    expect(bundled).toEqual(['zod', 'date-fns', 'simple-statistics']);
    for (const name of bundled) {
      expect(notices).toContain(`## ${name}`);
      const licence = ['LICENSE', 'LICENSE.md'].map((f) => join(root, 'node_modules', name, f)).find((f) => existsSync(f))!;
      expect(notices).toContain(readFileSync(licence, 'utf8').trim());
    }
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('THIRD_PARTY_NOTICES.md');
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
