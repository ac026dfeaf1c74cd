import { describe, expect, it } from 'vitest';
import { responderProportions } from '../../src/change/index.js';
import { responderChart } from '../../src/charts/index.js';
import { nrs } from '../../src/instruments/index.js';
import { ariaLabels, frozen, issue, items, labels, rect, renderClean } from './render.js';

// Ten patients on a 0–10 pain scale (higher is worse). Improvement ≥ 30 %: patients 1–6 (6/10);
// ≥ 50 %: 1–3 (3/10); ≥ 2 points: 1–5 (5/10).
const PAIRS = [
  [8, 2], [8, 4], [6, 3], [10, 7], [5, 3], [5, 3.5], [6, 5], [7, 7], [4, 5], [9, 8],
].map(([baseline, followUp]) => ({ baseline: baseline!, followUp: followUp! }));

// Wilson score intervals, 95 %, without continuity correction (Newcombe 1998, method 3;
// binom::binom.wilson in R): 6/10 0.3127–0.8318, 3/10 0.1078–0.6032, 5/10 0.2366–0.7634.
const EXPECTED = [
  { label: '≥ 30 % improvement', p: 0.6, lower: 0.3127, upper: 0.8318, text: '60 % (6/10)' },
  { label: '≥ 50 % improvement', p: 0.3, lower: 0.1078, upper: 0.6032, text: '30 % (3/10)' },
  { label: '≥ MCID 2 points', p: 0.5, lower: 0.2366, upper: 0.7634, text: '50 % (5/10)' },
];

describe('responderChart', () => {
  it('draws one bar per responder definition with its Wilson interval', async () => {
    const result = responderProportions(PAIRS, { direction: 'higher-is-worse', mcid: 2 });
    const spec = responderChart(result, { scoreLabel: 'worst pain' });
    const svg = await renderClean(spec);
    // x: 0–100 % over 600 px; bars start at 0.
    const bars = items(svg, 'bars').map(rect);
    expect(bars).toHaveLength(3);
    bars.forEach((bar, i) => {
      expect(bar.x).toBe(0);
      expect(bar.width).toBeCloseTo(600 * EXPECTED[i]!.p, 6);
    });
    // Bars top to bottom in the result's order.
    expect(bars[0]!.y).toBeLessThan(bars[1]!.y);
    expect(bars[1]!.y).toBeLessThan(bars[2]!.y);
    // Each interval is a rule from lower to upper with a tick at each end.
    const rules = items(svg, 'intervals');
    expect(rules).toHaveLength(3);
    rules.forEach((rule, i) => {
      const [x1, x2] = [rule.x!, rule.x! + Number(rule.attrs.x2)].sort((a, b) => a - b);
      expect(x1).toBeCloseTo(600 * EXPECTED[i]!.lower, 1);
      expect(x2).toBeCloseTo(600 * EXPECTED[i]!.upper, 1);
      expect(rule.y).toBeCloseTo(bars[i]!.y + bars[i]!.height / 2, 6);
    });
    expect(labels(svg, 'intervals')[0]).toBe('≥ 30 % improvement: 95 % Wilson interval 31.3 % to 83.2 %');
    const ends = items(svg, 'intervalEnds').map((t) => rect(t)).map((r) => r.x + r.width / 2);
    expect(ends).toEqual(EXPECTED.flatMap((e) => [e.lower, e.upper]).map((v) => expect.closeTo(600 * v, 1)));
    expect(labels(svg, 'labels')).toEqual(EXPECTED.map((e) => e.text));
    expect(labels(svg, 'bars')[0]).toBe('≥ 30 % improvement: 60 % of patients (6 of 10), 95 % CI 31.3 % to 83.2 %');
    for (const e of EXPECTED) expect(svg).toContain(`>${e.label}</text>`);
    const aria = ariaLabels(svg);
    expect(aria).toContain("Title text 'Responders on worst pain (n = 10)'");
    expect(aria.some((a) => a.startsWith("X-axis titled 'Patients responding (bars: proportion; lines: 95 % Wilson CI)'") || a === 'Patients responding (bars: proportion; lines: 95 % Wilson CI), 0 % to 100 %')).toBe(true);
    expect(svg).toContain('>50 %</text>');
  });

  it('draws identical stored MCIDs once, the reliable-improvement bar, and leaves out empty definitions', async () => {
    // NRS stores 2 points and, twice, 30 % (two populations): the same proportion, one bar.
    const result = responderProportions(PAIRS, { instrument: nrs, reliability: 0.9, sd: 2 });
    expect(result.mcid).toHaveLength(3);
    const svg = await renderClean(responderChart(result));
    expect(items(svg, 'bars')).toHaveLength(5);
    expect(labels(svg, 'bars').map((l) => l.split(':')[0])).toEqual([
      '≥ 30 % improvement', '≥ 50 % improvement', '≥ MCID 2 points', '≥ MCID 30 %', 'reliable improvement (RCI)',
    ]);
    // A definition nobody could be judged on is described, not drawn.
    const floor = responderProportions([{ baseline: 0, followUp: 2 }, { baseline: 5, followUp: 2 }], { direction: 'higher-is-worse', percents: [30] });
    const empty = { ...floor, percent: [{ ...floor.percent[0]!, successes: 0, n: 0, proportion: 0, lower: 0, upper: 1, excluded: 2 }] };
    const spec = responderChart({ ...empty, mcid: [{ ...floor.percent[0]!, mcid: 2, unit: 'points', source: { from: 'caller' } }] });
    const svg2 = await renderClean(spec);
    expect(items(svg2, 'bars')).toHaveLength(1);
    expect(spec.description).toContain('No patient to judge for: ≥ 30 % improvement.');
  });

  it('modifies no input and returns plain JSON', () => {
    const result = frozen(responderProportions(PAIRS, { direction: 'higher-is-worse', mcid: 2 }));
    const copy = structuredClone(result);
    const spec = responderChart(result, frozen({ title: 'Responders', width: 400 }));
    expect(result).toEqual(copy);
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
    expect(spec.width).toBe(400);
  });

  it('refuses what is not a responderProportions result', () => {
    const result = responderProportions(PAIRS, { direction: 'higher-is-worse', mcid: 2 });
    const p0 = result.percent[0]!;
    expect(issue(() => responderChart(null as never)).path).toEqual(['result']);
    expect(issue(() => responderChart({ ...result, n: 0 })).path).toEqual(['result', 'n']);
    expect(issue(() => responderChart({ ...result, percent: [{ ...p0, proportion: 1.2 }] })).path).toEqual(['result', 'percent', 0, 'proportion']);
    expect(issue(() => responderChart({ ...result, percent: [{ ...p0, successes: 11 }] })).path).toEqual(['result', 'percent', 0, 'successes']);
    expect(issue(() => responderChart({ ...result, percent: [{ ...p0, lower: 0.9 }] })).path).toEqual(['result', 'percent', 0, 'lower']);
    expect(issue(() => responderChart({ ...result, percent: [{ ...p0, level: 0.9 }] })).path).toEqual(['result']);
    expect(issue(() => responderChart({ ...result, mcid: [{ ...result.mcid[0]!, unit: 'cm' as never }] })).path).toEqual(['result', 'mcid', 0, 'unit']);
    const none = { ...result, percent: [], mcid: [], reliableImprovement: null };
    expect(issue(() => responderChart(none)).message).toContain('nothing to chart');
    expect(issue(() => responderChart(result, { scoreLabel: '' })).path).toEqual(['options', 'scoreLabel']);
    expect(issue(() => responderChart(result, { height: 0 })).path).toEqual(['options', 'height']);
  });
});
