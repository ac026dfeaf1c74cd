import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { defineGoal, PromkitError, progressReview, renderProgressReview, score, type ProgressReview } from '../../src/index.js';
import { phq9 } from '../../src/instruments/index.js';
import { inlineSvg, unsafeMarkup } from '../../src/review/_lib/vega.js';
import { exampleDiary, exampleGoals, exampleVisits, instruments } from './fixtures.js';

let review: ProgressReview;
let html: string;
beforeAll(async () => {
  review = progressReview({ patient: { id: 'P017' }, visits: exampleVisits(), goals: exampleGoals(), diary: exampleDiary(), instruments });
  html = await renderProgressReview(review);
});

const text = (page: string) => page.replace(/<svg[\s\S]*?<\/svg>/g, '').replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('renderProgressReview', () => {
  it('is one self-contained document: no script, no external resource, a policy that forbids both', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\((?!#)/i);
    expect(html).not.toMatch(/\s(src|srcset)=/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`);
    // Links only within the page.
    for (const m of html.matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(/^#src-\d+$/);
  });

  it('has one h1 and the sections in order', () => {
    expect(html.match(/<h1>/g)).toHaveLength(1);
    const h2 = [...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(h2).toEqual(['Needs attention now', 'At a glance', 'Questionnaires', 'Goals', 'Diary: 2026-03-30 to 2026-04-05', 'What could not be computed', 'Sources', 'Licences of the instruments shown', 'About this page']);
    const h3 = [...html.matchAll(/<h3[^>]*>([^<]*)<\/h3>/g)].map((m) => m[1]);
    expect(h3.slice(0, 4)).toEqual(['NRS: Numeric Rating Scale for pain intensity (0–10)', 'PHQ-9: Patient Health Questionnaire-9', 'GAD-7: Generalized Anxiety Disorder 7-item scale', 'PCS: Pain Catastrophizing Scale']);
  });

  it('draws every chart inline, hidden from assistive technology, with its text alternative as the caption', () => {
    const figures = [...html.matchAll(/<figure id="([^"]+)" aria-labelledby="\1-caption"><svg aria-hidden="true" focusable="false"[\s\S]*?<\/svg><figcaption id="\1-caption">([\s\S]*?)<\/figcaption><\/figure>/g)];
    expect(figures.map((f) => f[1])).toEqual(review.charts.map((c) => c.id));
    for (const [i, f] of figures.entries()) expect(f[2]).toContain(review.charts[i]!.description.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  });

  it('puts plain language beside the numbers, unscored values with their reason', () => {
    const t = text(html);
    expect(t).toContain('PHQ-9 total score fell from 16 to 9 (moderately severe to mild)');
    expect(t).toContain('not scored: 5 of 7 items answered; not scored.');
    expect(t).toContain('GAD-7 total score: reliable change : no reference SD is stored for it and none was given');
  });

  it('cites sources in the footer, numbered as referenced, and prints each licence note', () => {
    for (const [i, s] of review.sources.entries()) expect(html).toContain(`<li id="src-${i + 1}">`);
    for (const m of html.matchAll(/href="#src-(\d+)"/g)) expect(Number(m[1])).toBeLessThanOrEqual(review.sources.length);
    expect(text(html)).toContain('The PCS is licensed and distributed by Mapi Research Trust');
  });

  it("charts: 'none' needs no Vega and says the page has no charts", async () => {
    const page = await renderProgressReview(review, { charts: 'none' });
    expect(page).not.toContain('<svg');
    expect(page).toContain('It was made without charts; every number a chart would show is in the tables.');
  });

  it('renders with Vega modules passed in, the same as with the ones it imports', async () => {
    expect(await renderProgressReview(review, { vega: { vega, vegaLite } })).toBe(html);
  });

  it('says how to get charts when the modules given are not Vega', async () => {
    await expect(renderProgressReview(review, { vega: { vega: {}, vegaLite: {} } })).rejects.toThrow(/npm i vega vega-lite/);
  });

  it('checks its arguments when called, not later: a mistake throws instead of rejecting', () => {
    expect(() => renderProgressReview({} as ProgressReview)).toThrow(PromkitError);
    expect(() => renderProgressReview({ ...review, instruments: undefined } as unknown as ProgressReview)).toThrow('review.instruments: expected the result of progressReview()');
    expect(() => renderProgressReview(review, { charts: 'png' as 'svg' })).toThrow("options.charts: expected 'svg' or 'none'");
    expect(() => renderProgressReview(review, { chart: 'none' } as never)).toThrow('options.chart: unknown option');
  });

  it('escapes every text from the data: name, goal, diary note, problems', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const goal = defineGoal({ id: 'g', description: '<script>alert("goal")</script>', variant: 'gas-light', baseline: { level: -1 }, expectedOutcome: '</td><b>', dateSet: '2026-01-05', reviews: { '2026-02-05': 0 } });
    const r = progressReview({
      patient: { id: 'P"1', name: evil },
      visits: [{ date: '2026-02-05', results: [score(phq9, [1, 1, 1, 1, 1, 1, 1, 1, 0])], problems: [{ instrument: 'gad-7', message: '<b>bad</b>' }] }],
      goals: [goal],
      diary: [{ date: '2026-02-05', painNow: 4, note: '</td></tr></table><script>alert(2)</script>' }],
      instruments: [phq9],
    });
    const page = await renderProgressReview(r);
    expect(page).not.toMatch(/<script|<img|<b>|onerror=alert\(1\)>/);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('&lt;script&gt;alert(&quot;goal&quot;)&lt;/script&gt;');
    expect(page).toContain('P&quot;1');
  });

  it('is the same for the same review (no clock, no randomness)', async () => {
    expect(await renderProgressReview(review)).toBe(html);
  });
});

describe('inlineSvg', () => {
  it('prefixes ids and their references, so two charts never share one', () => {
    const svg = '<svg width="10" height="10"><defs><clipPath id="clip1"><rect width="5" height="5"/></clipPath></defs><g clip-path="url(#clip1)"><path d="M0,0"/></g></svg>';
    const out = inlineSvg(svg, 'chart-a');
    expect(out).toContain('id="chart-a-clip1"');
    expect(out).toContain('url(#chart-a-clip1)');
    expect(out.startsWith('<svg aria-hidden="true" focusable="false" width="10"')).toBe(true);
  });
  it('refuses anything that could run or fetch', () => {
    expect(unsafeMarkup('<svg><script>alert(1)</script></svg>')).toBe('element <script>');
    expect(unsafeMarkup('<svg><g onload="x()"></g></svg>')).toBe('event attribute onload');
    expect(unsafeMarkup('<svg><image href="http://x/y.png"/></svg>')).toBe('element <image>');
    expect(unsafeMarkup('<svg><rect fill="url(http://x/#a)"/></svg>')).toBe('external reference in fill');
    expect(unsafeMarkup('<svg><text>a &lt;script&gt; in text is fine</text></svg>')).toBeNull();
    expect(() => inlineSvg('<svg><foreignObject/></svg>', 'c')).toThrow(/refusing to inline/);
  });
});
