import { describe, expect, it } from 'vitest';
import { detectFlares, seriesBaseline } from '../../src/change/index.js';
import { trajectoryChart } from '../../src/charts/index.js';
import { score } from '../../src/engine/score.js';
import { nrs, phq9, promisPf4a, promisPi4a } from '../../src/instruments/index.js';
import { ariaLabels, frozen, issue, items, labels, rect, renderClean } from './render.js';

const day = (n: number) => `2024-03-${String(n).padStart(2, '0')}`;
const diary = (values: readonly number[]) => values.map((value, i) => ({ date: day(i + 1), value }));
// The diary of the detectFlares example: one flare, 03-08 to 03-09 (a rise of ≥ 2 over the
// 7-day baseline of 4.14).
const FLARE_DIARY = [4, 4, 5, 4, 4, 4, 4, 7, 7, 4, 4];

// Default plot: 600 × 300 px. NRS 0–10: y = 300 − 30·value. Eleven calendar days padded by half
// a day at each end: day i (0-based) is at x = (i + 0.5) · 600/11.
const nrsY = (v: number) => 300 - 30 * v;
const dayX = (i: number) => ((i + 0.5) * 600) / 11;

describe('trajectoryChart', () => {
  it("draws an NRS diary with the score's bands, a baseline, MCID lines both ways and a flare", async () => {
    const spec = trajectoryChart(diary(FLARE_DIARY), { instrument: nrs, baseline: { method: 'first' }, flares: true, mcidLines: 'both' });
    const svg = await renderClean(spec);

    // One point per observation, where its date and value put it.
    const points = items(svg, 'points');
    expect(points).toHaveLength(11);
    points.forEach((p, i) => {
      expect(p.x).toBeCloseTo(dayX(i), 6);
      expect(p.y).toBeCloseTo(nrsY(FLARE_DIARY[i]!), 6);
    });
    expect(points[2]!.attrs['aria-label']).toBe('2024-03-03: NRS pain intensity 5, moderate');
    expect(items(svg, 'line')).toHaveLength(1);

    // Bands of the NRS definition (Serlin 1995: 1–4 mild, 5–6 moderate, 7–10 severe; 0 no pain),
    // half-open as the engine reads them: [0, 1), [1, 5), [5, 7), [7, 10].
    const bands = items(svg, 'bands').map(rect);
    expect(bands.map((b) => [b.y, b.height].map((v) => Math.round(v * 1e6) / 1e6))).toEqual([[270, 30], [150, 120], [90, 60], [0, 90]]);
    expect(bands.every((b) => b.x === 0 && b.width === 600)).toBe(true);
    expect(labels(svg, 'bandLabels')).toEqual(['no pain', 'mild', 'moderate', 'severe']);
    expect(labels(svg, 'bands')).toEqual(['band no pain: 0', 'band mild: 1 to 4', 'band moderate: 5 to 6', 'band severe: 7 to 10']);

    // Baseline 4 (first observation); stored NRS MCIDs: 2 points and 30 % (Farrar 2001; IMMPACT),
    // so lines at 4 ∓ 2 and 4 ∓ 1.2 (30 % of the distance 4 − 0 from the floor).
    expect(items(svg, 'baseline').map((l) => l.y)).toEqual([nrsY(4)]);
    expect(labels(svg, 'baselineLabel')).toEqual(['baseline 4']);
    const mcid = items(svg, 'mcid');
    expect(mcid.map((l) => l.y!)).toEqual([nrsY(2), nrsY(6), nrsY(2.8), nrsY(5.2)].map((v) => expect.closeTo(v, 6)));
    expect(labels(svg, 'mcidLabels')).toEqual(['baseline − MCID 2', 'baseline + MCID 2', 'baseline − MCID 30 %', 'baseline + MCID 30 %']);
    expect(mcid[0]!.attrs['stroke-dasharray']).toBe('6,4');

    // The flare: a column over 03-08 and 03-09, labelled, and a marker just above the peak.
    const [column] = items(svg, 'flares').map(rect);
    expect(column!.x).toBeCloseTo(dayX(7) - 600 / 22, 6);
    expect(column!.width).toBeCloseTo((2 * 600) / 11, 6);
    expect(column!.height).toBe(300);
    expect(labels(svg, 'flareLabels')).toEqual(['flare']);
    const peaks = items(svg, 'flarePeaks');
    expect(peaks).toHaveLength(1);
    expect(peaks[0]!.x).toBeCloseTo(dayX(7), 6);
    expect(peaks[0]!.y).toBeCloseTo(nrsY(7) - 11, 6);
    expect(peaks[0]!.attrs['aria-label']).toBe('flare from 2024-03-08 to 2024-03-09 (2 days), peak 7 on 2024-03-08');

    // Accessible names: title, axis titles with the score and its direction.
    const aria = ariaLabels(svg);
    expect(aria).toContain("Title text 'NRS pain intensity over time'");
    expect(aria.some((a) => a.startsWith("Y-axis titled 'NRS pain intensity (higher is worse)'"))).toBe(true);
    expect(aria).toContain('Date, from 2024-03-01 to 2024-03-11');
    expect(svg).toContain('>Date</text>');
    expect(spec.description).toBe(
      'NRS pain intensity: 11 observations from 2024-03-01 to 2024-03-11, first 4, last 4 (mild). Baseline 4 (2024-03-01). ' +
        'MCID line (improvement) at 2: baseline − MCID 2. MCID line (worsening) at 6: baseline + MCID 2. ' +
        'MCID line (improvement) at 2.8: baseline − MCID 30 %. MCID line (worsening) at 5.2: baseline + MCID 30 %. ' +
        '1 flare: 2024-03-08 to 2024-03-09.',
    );
  });

  it('takes a detectFlares result or options, and a seriesBaseline result', async () => {
    const observations = diary(FLARE_DIARY);
    const strict = detectFlares(observations, { rise: 3 }); // 7 − 4.14 < 3: no flare
    const none = trajectoryChart(observations, { instrument: nrs, flares: strict, baseline: seriesBaseline(observations, { method: 'window', before: day(8), days: 7 }) });
    const svg = await renderClean(none);
    expect(items(svg, 'flares')).toEqual([]);
    expect(items(svg, 'flarePeaks')).toEqual([]);
    expect(none.description).toContain('No flares.');
    // The window mean of 03-01 … 03-07 is 29/7 = 4.142857…
    expect(labels(svg, 'baselineLabel')).toEqual(['baseline 4.14']);
    expect(items(svg, 'baseline')[0]!.y).toBeCloseTo(nrsY(29 / 7), 6);
    expect(labels(svg, 'baseline')[0]).toBe('Baseline 4.14 (mean of 7 observations, 2024-03-01 to 2024-03-07)');

    const viaOptions = await renderClean(trajectoryChart(observations, { instrument: nrs, flares: { minDays: 2 } }));
    expect(items(viaOptions, 'flarePeaks')).toHaveLength(1);
    const tooLong = await renderClean(trajectoryChart(observations, { instrument: nrs, flares: { minDays: 3 } }));
    expect(items(tooLong, 'flarePeaks')).toHaveLength(0);
  });

  it('plots PROMIS short forms on the T-score, with the T-score bands and the T-score MCID', async () => {
    const visit = (date: string, answer: number[]) => ({
      date,
      value: score(promisPi4a, { PAININ9: answer[0], PAININ22: answer[1], PAININ31: answer[2], PAININ34: answer[3] }).scores.total!,
    });
    // Raw sums 16, 12 and 7: T 66.6, 61.2 and 53.9 in the HealthMeasures PI 4a table.
    const observations = [
      visit('2024-01-08T09:00:00Z', [4, 4, 4, 4]),
      visit('2024-02-05T10:30:00+01:00', [3, 3, 3, 3]),
      visit('2024-04-01T08:00:00Z', [2, 2, 2, 1]),
    ];
    const spec = trajectoryChart(observations, { instrument: promisPi4a, baseline: { method: 'first' } });
    const svg = await renderClean(spec);
    // y spans the bands, 41.6 to 75.6 (the table's T range).
    const y = (t: number) => 300 - ((t - 41.6) / 34) * 300;
    expect(items(svg, 'points').map((p) => p.y!)).toEqual([66.6, 61.2, 53.9].map((t) => expect.closeTo(y(t), 6)));
    expect(labels(svg, 'points')).toEqual([
      '2024-01-08 09:00 UTC: PROMIS PI 4a T-score 66.6, moderate',
      '2024-02-05 09:30 UTC: PROMIS PI 4a T-score 61.2, moderate',
      '2024-04-01 08:00 UTC: PROMIS PI 4a T-score 53.9, within normal limits',
    ]);
    expect(labels(svg, 'bandLabels')).toEqual(['within normal limits', 'mild', 'moderate', 'severe']);
    // Bands on the T-score (HealthMeasures cut points): < 55, 55–59.9, 60–69.9, ≥ 70.
    expect(items(svg, 'bands').map(rect).map((b) => Math.round(b.y * 1000) / 1000)).toEqual([y(55), y(60), y(70), y(75.6)].map((v) => Math.round(v * 1000) / 1000));
    // MCID 2 T-score points (Chen 2018), below the baseline since higher is worse.
    expect(items(svg, 'mcid').map((l) => l.y!)).toEqual([expect.closeTo(y(64.6), 6)]);
    expect(ariaLabels(svg).some((a) => a.startsWith("Y-axis titled 'PROMIS PI 4a T-score (higher is worse)'"))).toBe(true);
    expect(svg).toContain('>Date and time (UTC)</text>');
    expect(spec.title).toEqual({ text: 'PROMIS PI 4a T-score over time', subtitle: 'Bands: HealthMeasures, 2023', limit: 600 });
  });

  it('draws the MCID line above the baseline when higher is better, and shades the worst band darkest', async () => {
    const spec = trajectoryChart(
      [{ date: '2024-01-08', value: 35.6 }, { date: '2024-03-04', value: 40.5 }],
      { instrument: promisPf4a, baseline: 35.6 },
    );
    const svg = await renderClean(spec);
    // Domain: bands 22.5 to 57 (PF 4a table), so y(t) = 300 − (t − 22.5)/34.5·300.
    const y = (t: number) => 300 - ((t - 22.5) / 34.5) * 300;
    expect(items(svg, 'mcid').map((l) => l.y!)).toEqual([expect.closeTo(y(37.6), 6)]);
    expect(labels(svg, 'mcidLabels')).toEqual(['baseline + MCID 2']);
    const fills = Object.fromEntries(items(svg, 'bands').map((b) => [b.attrs['aria-label']!.split(':')[0], b.attrs.fill]));
    expect(fills).toEqual({ 'band severe': '#fc8d59', 'band moderate': '#fdbb84', 'band mild': '#fee8c8', 'band within normal limits': '#fff7ec' });
    expect(ariaLabels(svg).some((a) => a.includes('(higher is better)'))).toBe(true);
  });

  it('leaves out an MCID line beyond the range, and says so', async () => {
    const spec = trajectoryChart([{ date: '2024-01-08', value: 3 }, { date: '2024-02-05', value: 2 }], { instrument: phq9, baseline: 3 });
    const svg = await renderClean(spec);
    expect(items(svg, 'mcid')).toEqual([]);
    expect(spec.description).toContain("No line for baseline − MCID 5 (improvement): −2 is outside the score's range 0–27.");
    // The y axis is the PHQ-9 range, 0–27.
    expect(items(svg, 'points').map((p) => p.y!)).toEqual([300 - (3 / 27) * 300, 300 - (2 / 27) * 300].map((v) => expect.closeTo(v, 6)));
  });

  it('works without an instrument: a fitted axis, and a percent MCID measured from 0', async () => {
    const spec = trajectoryChart([{ date: '2024-01-08', value: 8 }, { date: '2024-02-05', value: 4 }], {
      direction: 'higher-is-worse',
      baseline: 8,
      mcid: { value: 30, unit: 'percent' },
      scoreLabel: 'Worst pain',
    });
    const svg = await renderClean(spec);
    const [p8, p4] = items(svg, 'points').map((p) => p.y!) as [number, number];
    // 30 % of 8 below 8: 5.6, on the same scale as the points.
    expect(items(svg, 'mcid')[0]!.y).toBeCloseTo(p4 + ((5.6 - 4) / (8 - 4)) * (p8 - p4), 6);
    expect(items(svg, 'bands')).toEqual([]);
    expect(ariaLabels(svg).some((a) => a.startsWith("Y-axis titled 'Worst pain (higher is worse)'"))).toBe(true);
    expect(spec.title).toEqual({ text: 'Worst pain over time', limit: 600 });
  });

  it('is the same SVG in every time zone', async () => {
    const spec = () => trajectoryChart(diary(FLARE_DIARY), { instrument: nrs, baseline: { method: 'first' }, flares: true });
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const utc = await renderClean(spec());
      for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
        process.env.TZ = zone;
        expect(new Date(2024, 2, 1).getTimezoneOffset()).not.toBe(0); // the zone took effect
        expect(await renderClean(spec())).toBe(utc);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('returns plain JSON, a new object each call, and modifies no input', () => {
    const observations = frozen(diary(FLARE_DIARY));
    const options = frozen({ instrument: nrs, baseline: { method: 'first' as const }, flares: { rise: 2 }, mcid: { value: 2, unit: 'points' as const } });
    const copy = structuredClone({ observations, options: { ...options, instrument: undefined } });
    const a = trajectoryChart(observations, options);
    const b = trajectoryChart(observations, options);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(a).toEqual(b);
    (a.layer as { data: { values: unknown[] } }[])[0]!.data.values.length = 0;
    (a.config as Record<string, unknown>).background = 'black';
    expect(b).toEqual(trajectoryChart(observations, options));
    expect({ observations, options: { ...options, instrument: undefined } }).toEqual(copy);
    expect(a.$schema).toBe('https://vega.github.io/schema/vega-lite/v6.json');
  });

  it('refuses invalid input with a PromkitError that says where', () => {
    const ok = diary([4, 5]);
    expect(issue(() => trajectoryChart('x' as never)).path).toEqual(['observations']);
    expect(issue(() => trajectoryChart([{ date: '2024-03-01T08:00', value: 1 }])).path).toEqual(['observations', 0, 'date']);
    expect(issue(() => trajectoryChart([{ date: '2024-03-01', value: Number.NaN }])).code).toBe('not-finite');
    expect(issue(() => trajectoryChart([...ok, { date: day(1), value: 6 }])).path).toEqual(['observations', 2, 'date']);
    expect(issue(() => trajectoryChart(ok, { colour: 'red' } as never)).path).toEqual(['options', 'colour']);
    expect(issue(() => trajectoryChart(ok, { bands: true })).message).toBe('options.bands: cannot shade bands: no { instrument, score } was given');
    expect(issue(() => trajectoryChart(ok, { direction: 'higher-is-worse', mcid: 2 })).message).toBe('options.mcid: MCID lines are drawn from a baseline; pass options.baseline as well');
    expect(issue(() => trajectoryChart(ok, { baseline: 5, mcid: 2 })).path).toEqual(['options', 'direction']);
    expect(issue(() => trajectoryChart(ok, { baseline: 5, direction: 'higher-is-worse', mcid: -1 })).path).toEqual(['options', 'mcid']);
    expect(issue(() => trajectoryChart(ok, { instrument: phq9, baseline: 40 })).code).toBe('out-of-range');
    expect(issue(() => trajectoryChart(ok, { baseline: { method: 'date', date: day(9) } })).message).toBe('options.baseline.date: there is no observation on 2024-03-09');
    expect(issue(() => trajectoryChart(ok, { width: -1 })).path).toEqual(['options', 'width']);
    expect(issue(() => trajectoryChart(ok, { mcidLines: 'all' as never })).path).toEqual(['options', 'mcidLines']);
    expect(issue(() => trajectoryChart([{ date: '2024-03-01T08:00:00Z', value: 1 }], { flares: true })).path).toEqual(['observations']);
    const backwards = { flares: [{ start: day(2), end: day(1), days: 0, baseline: 4, peak: 5, peakDate: day(2) }], evaluatedDays: 1, rule: {} } as never;
    expect(issue(() => trajectoryChart(ok, { flares: backwards })).path).toEqual(['options', 'flares', 'flares', 0]);
    expect(issue(() => trajectoryChart(ok, { instrument: promisPi4a, metric: 'value', bands: true })).message).toContain('the bands of promis-pi-4a \'total\' are on the T-score');
  });
});
