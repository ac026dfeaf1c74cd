/**
 * promkit in a real browser: headless Chromium (Debian's package, driven by playwright-core) loads
 * the ESM build from a static server on 127.0.0.1 through an import map, runs the smoke suite
 * (scores, errors, defineInstrument, calculators, catalogue, FHIR, a chart spec) and renders the
 * chart spec to SVG with Vega-Lite and Vega. Every request must go to that server.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './_lib/chromium.js';
import { expectSmoke } from './_lib/expected.js';
import { runIn } from './_lib/run.js';
import { serve } from './_lib/server.js';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  server = await serve(
    (map) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>promkit smoke</title>
<script type="importmap">${JSON.stringify(map)}</script>
<script src="/node_modules/vega/build/vega.min.js"></script>
<script src="/node_modules/vega-lite/build/vega-lite.min.js"></script>
</head><body></body></html>`,
  );
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('headless Chromium', () => {
  it('loads the ESM build, runs the smoke suite with Node\'s results, and renders the chart spec', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    const elsewhere: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith(`${server.url}/`)) return route.continue();
      elsewhere.push(route.request().url());
      return route.abort();
    });
    await page.goto(`${server.url}/`);
    // A string, so that the test runner does not rewrite the page's import().
    const result = (await page.evaluate(`import('/test/runtimes/_lib/browser-run.mjs').then((m) => m.run())`)) as Record<string, unknown> & {
      svg: string;
      userAgent: string;
    };
    await page.close();

    expect(problems).toEqual([]);
    expect(elsewhere).toEqual([]);
    expect(result.userAgent).toMatch(/HeadlessChrome|Chrome/);
    // The ESM build itself was loaded, not a bundle.
    expect(server.requests).toEqual(expect.arrayContaining(['/dist/index.js', '/dist/instruments.js', '/dist/catalog.js', '/dist/fhir.js']));

    const { svg, userAgent: _, ...smoke } = result;
    expectSmoke(smoke);
    const node = JSON.parse(runIn('node', 'test/runtimes/_lib/smoke-main.mjs').stdout) as Record<string, unknown>;
    delete node.commonjs;
    expect(smoke).toEqual(node);

    // The rendered chart: an SVG with the spec's title and its eight layers' marks.
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('PHQ-9 total score over time');
    expect(svg).toContain('moderate');
  });
});
