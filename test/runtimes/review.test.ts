/**
 * The example patient's progress review in headless Chromium, offline: no console errors, no
 * request but the page itself, headings and chart text alternatives a screen reader finds, a
 * layout that fits A4 and Letter, no serious axe-core violations, and the README's screenshot.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distFile } from '../dist.js';
import { launchChromium } from './_lib/chromium.js';

const root = join(import.meta.dirname, '..', '..');
const examples = join(root, 'examples', 'review');
const page = join(mkdtempSync(join(tmpdir(), 'promkit-review-browser-')), 'P017.html');
const url = pathToFileURL(page).href;
let browser: Browser;

beforeAll(async () => {
  const made = spawnSync(
    process.execPath,
    [distFile('cli.js'), 'report', join(examples, 'visits.csv'), '--patient', 'P017', '--goals', join(examples, 'goals.json'), '--diary', join(examples, 'diary.csv'), '--out', page],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`promkit report failed: ${made.stderr}`);
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

async function open(options: { bypassCSP?: boolean; width?: number } = {}): Promise<{ view: Page; errors: string[]; requests: string[] }> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 900, height: 1400 }, bypassCSP: options.bypassCSP ?? false, javaScriptEnabled: true });
  const view = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  view.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  view.on('pageerror', (e) => errors.push(e.message));
  view.on('request', (r) => requests.push(r.url()));
  await view.goto(url, { waitUntil: 'load' });
  return { view, errors, requests };
}

describe('the progress review page in Chromium', () => {
  it('loads offline with no console error, no request but itself, and no script', async () => {
    const { view, errors, requests } = await open();
    expect(errors).toEqual([]);
    expect(requests.filter((r) => r !== url)).toEqual([]);
    expect(await view.evaluate('document.scripts.length')).toBe(0);
    await view.context().close();
  });

  it('has the headings a screen reader navigates by', async () => {
    const { view } = await open();
    expect(await view.getByRole('heading', { level: 1 }).allInnerTexts()).toEqual(['Progress review: P017']);
    const h2 = await view.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(h2).toEqual(['Needs attention now', 'At a glance', 'Questionnaires', 'Goals', 'Diary: 2026-03-30 to 2026-04-05', 'What could not be computed', 'Sources', 'Licences of the instruments shown', 'About this page']);
    const h3 = await view.getByRole('heading', { level: 3 }).allInnerTexts();
    expect(h3.slice(0, 4)).toEqual(['NRS: Numeric Rating Scale for pain intensity (0–10)', 'PHQ-9: Patient Health Questionnaire-9', 'GAD-7: Generalized Anxiety Disorder 7-item scale', 'PCS: Pain Catastrophizing Scale']);
    await view.context().close();
  });

  it('gives every chart a text alternative, and hides the drawing itself', async () => {
    const { view } = await open();
    const figures = view.getByRole('figure');
    expect(await figures.count()).toBe(6);
    for (const name of [/^PHQ-9 total score over time\. PHQ-9 total score: 3 observations from 2026-01-12 to 2026-04-06, first 16, last 9 \(mild\)/, /^Goal attainment over time\. Goal Attainment Scaling, 3 goals/, /^Diary: pain now, 2026-03-27 to 2026-04-05\. Pain now \(0–10\): 9 observations/]) {
      await expect(view.getByRole('figure', { name }).count()).resolves.toBe(1);
    }
    const svgs = await view.locator('figure svg').evaluateAll((nodes) => nodes.map((n) => [n.getAttribute('aria-hidden'), n.getBoundingClientRect().width] as const));
    expect(svgs).toHaveLength(6);
    for (const [hidden, width] of svgs) {
      expect(hidden).toBe('true');
      expect(width).toBeGreaterThan(300);
    }
    await view.context().close();
  });

  it('tables have captions and header cells', async () => {
    const { view } = await open();
    const tables = await view.locator('table').evaluateAll((nodes) => nodes.map((t) => [t.querySelector('caption')?.textContent ?? '', t.querySelectorAll('th[scope]').length]));
    expect(tables.length).toBeGreaterThanOrEqual(12);
    for (const [caption, headers] of tables) {
      expect(caption).not.toBe('');
      expect(headers).toBeGreaterThan(1);
    }
    await view.context().close();
  });

  it('fits the printable width of A4 and Letter (180 mm) and prints on both', async () => {
    const { view } = await open({ width: 680 });
    await view.emulateMedia({ media: 'print' });
    const overflow = await view.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    for (const format of ['A4', 'Letter']) {
      const pdf = await view.pdf({ format, printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages, format).toBeGreaterThan(2);
      expect(pages, format).toBeLessThan(16);
    }
    await view.context().close();
  });

  it('axe-core finds no serious or critical violation (WCAG 2.2 AA and best practice)', async () => {
    const axe = createRequire(import.meta.url)('axe-core') as { source: string };
    // The page's own policy forbids scripts; the test's context lifts it to inject axe.
    const { view } = await open({ bypassCSP: true });
    await view.addScriptTag({ content: axe.source });
    const result = (await view.evaluate("axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'], resultTypes: ['violations'] })")) as {
      violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
    };
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    await view.context().close();
  });

  it('saves the screenshot the README shows', async () => {
    const { view } = await open();
    const path = join(root, 'docs', 'review-example.png');
    await view.screenshot({ path, clip: { x: 0, y: 0, width: 900, height: 1400 } });
    expect(readFileSync(path).subarray(1, 4).toString()).toBe('PNG');
    await view.context().close();
  });
});
