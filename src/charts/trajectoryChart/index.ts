import { describeValue, fail } from '../../errors.js';
import type { Band } from '../../model/schema.js';
import { bandHolding } from '../../model/bands.js';
import { computeBaseline, type BaselineSpec, type SeriesBaselineResult } from '../../change/_lib/baseline.js';
import { readScore, requireDirection, sign, type Context } from '../../change/_lib/context.js';
import { parseOptionDate, readSeries, type Series } from '../../change/_lib/series.js';
import type { Direction, McidInput, Observation, SeriesOptions } from '../../change/_lib/types.js';
import { resolveFloor } from '../../change/change/index.js';
import { detectFlares, type DetectFlaresOptions, type DetectFlaresResult } from '../../change/detectFlares/index.js';
import {
  baseConfig,
  checkChartOptions,
  DAY_MS,
  dayText,
  formatNumber,
  optionalBoolean,
  readChartOptions,
  SCHEMA,
  type ChartOptions,
  type JsonObject,
  type VegaLiteSpec,
} from '../_lib/spec.js';

/**
 * Options of {@link trajectoryChart}: the series options of the change module
 * (`instrument`, `score`, `direction`, `metric`, `duplicates`), what to draw, and the chart's
 * title and size.
 *
 * @example
 * ```ts
 * import { phq9 } from 'promkit/instruments';
 *
 * const options: TrajectoryChartOptions = {
 *   instrument: phq9, score: 'total',       // bands, direction, range, stored MCIDs
 *   baseline: { method: 'first' },          // a rule at the first observation
 *   mcidLines: 'both',                      // baseline − MCID and baseline + MCID
 * };
 * ```
 */
export interface TrajectoryChartOptions extends SeriesOptions, ChartOptions {
  /**
   * The score's name on the y axis; default the score's `label` from the definition, else
   * `'Score'`. The direction is added: `PHQ-9 total score (higher is worse)`.
   */
  readonly scoreLabel?: string;
  /**
   * Shade the score's bands (severity categories). Default: `true` when `{ instrument, score }`
   * has bands on the plotted metric (the T-score for PROMIS short forms); `true` without such
   * bands is an error.
   */
  readonly bands?: boolean;
  /**
   * The baseline drawn as a horizontal rule: a number, a result of `seriesBaseline`, or a
   * baseline spec (`{ method: 'first' | 'window' | 'date', … }`, computed from these
   * observations as `seriesBaseline` does). Default: none.
   */
  readonly baseline?: number | SeriesBaselineResult | BaselineSpec;
  /**
   * The MCID to draw from the baseline: points, or `{ value, unit: 'points' | 'percent' }`.
   * Default: every MCID stored on the score (for the plotted metric), when there is a baseline;
   * `false` draws none.
   */
  readonly mcid?: number | McidInput | false;
  /**
   * `'improvement'` (default): one line per MCID at the baseline moved by the MCID in the
   * better direction; `'both'`: also the line in the worse direction.
   */
  readonly mcidLines?: 'improvement' | 'both';
  /**
   * Flares to mark: a `detectFlares` result, `true` to run `detectFlares` with its defaults,
   * or `detectFlares` options. Default: none.
   */
  readonly flares?: boolean | DetectFlaresOptions | DetectFlaresResult;
}

const KNOWN = [
  'instrument', 'score', 'direction', 'metric', 'duplicates',
  'title', 'width', 'height', 'scoreLabel', 'bands', 'baseline', 'mcid', 'mcidLines', 'flares',
] as const;

/** Light to dark: the better bands are lighter (ColorBrewer "Oranges"). */
const BAND_FILLS = ['#fff7ec', '#fee8c8', '#fdd49e', '#fdbb84', '#fc8d59'];
const LINE = '#1f4e79';
const FLARE = '#c0392b';

interface Line {
  readonly y: number;
  readonly label: string;
  readonly description: string;
}

/**
 * @summary A Vega-Lite chart of one patient's scores over time, with the score's bands, a
 * baseline, MCID lines and flares.
 *
 * @remarks
 * Layers, from back to front:
 * - **bands** — with `{ instrument, score }`, one shaded rectangle per band spanning its
 *   y-range, labelled just right of the plot. Bands are half-open as the engine reads them: a band
 *   runs from its `min` up to the next band's `min` (the last one to its `max`), so a mean of
 *   4.5 on a 0–10 scale falls in the band that starts at 4. For PROMIS short forms the bands and
 *   the plotted values are T-scores (the score's `psychometrics.metric`); pass `ScoreValue`s or
 *   T-scores, not raw sums;
 * - **flares** — a shaded column over each flare's days, labelled "flare", and a triangle at its
 *   peak;
 * - **baseline** — a solid rule at the baseline;
 * - **MCID** — a dashed rule at baseline − MCID (higher is worse) or baseline + MCID (higher is
 *   better), for each MCID; with `mcidLines: 'both'` also the rule in the worse direction.
 *   A percent MCID is measured from the scale floor as in `change` (baseline ∓ p % ×
 *   (baseline − floor)); it has no line on the T-score metric (no floor) or when the baseline
 *   is at the floor. A line beyond the score's range is not drawn (the description says so);
 * - **observations** — a line through the observations and a point on each, with a tooltip
 *   and an accessible description (date, value, band).
 *
 * Dates are read exactly as the series functions read them (see `seriesBaseline`): date-only
 * strings are calendar days, date-times need a zone, and the time axis is in UTC, so the chart
 * is the same on every machine. Calendar-day series are padded by half a day at each end.
 * The y axis spans the score's range when it is known (the bands' span on the T-score
 * metric), else it is fitted to the data. The chart has a title, axis titles naming the score
 * and its direction, and a `description` summarising the series for screen readers.
 *
 * The result is plain JSON; render it with `vega-embed`, or headless with `vega` and
 * `vega-lite` (see docs/charts.md). No input is modified.
 *
 * @param observations - `{ date, value }` objects (numbers or `ScoreValue`s), in any order
 * @param options - series context, what to draw, title and size
 * @returns a Vega-Lite v6 spec
 * @throws {PromkitError} for an invalid series (as `seriesBaseline`), an unknown option,
 *   `bands: true` without bands, an MCID without a baseline or a direction, or an invalid
 *   baseline, MCID or flare
 *
 * @example
 * ```ts
 * import { trajectoryChart } from 'promkit';
 * import { phq9 } from 'promkit/instruments';
 *
 * const spec = trajectoryChart(
 *   [{ date: '2024-01-08', value: 17 }, { date: '2024-02-05', value: 12 }, { date: '2024-03-04', value: 8 }],
 *   { instrument: phq9, baseline: { method: 'first' } },
 * );
 * spec.title;
 * //=> { text: 'PHQ-9 total score over time', subtitle: 'Bands: Kroenke K et al., 2001', limit: 600 }
 * (spec.layer as { name: string }[]).map((l) => l.name);
 * //=> ['bands', 'bandLabels', 'baseline', 'baselineLabel', 'mcid', 'mcidLabels', 'line', 'points']
 * spec.description;
 * //=> 'PHQ-9 total score: 3 observations from 2024-01-08 to 2024-03-04, first 17, last 8 (mild).
 * //    Baseline 17 (2024-01-08). MCID line (improvement) at 12: baseline − MCID 5.'
 * ```
 */
export function trajectoryChart(observations: readonly Observation[], options?: TrajectoryChartOptions): VegaLiteSpec {
  const opts = checkChartOptions(options, KNOWN);
  const series = readSeries(observations, options);
  const ctx = series.ctx;
  const points = series.points;
  const scoreText = scoreName(ctx, opts.scoreLabel);
  const instrumentName = ctx.instrument ? (ctx.instrument.shortTitle ?? ctx.instrument.title) : null;
  const named = !instrumentName || scoreText.includes(instrumentName);
  const { title, width, height } = readChartOptions(opts, named ? `${scoreText} over time` : `${instrumentName}: ${scoreText} over time`);

  const bands = readBands(ctx, optionalBoolean(opts, 'bands'));
  const baseline = readBaseline(opts.baseline, series);
  const mcidLines = readMcidLines(opts, ctx, baseline, observations);
  const flares = readFlares(opts.flares, observations, options, series);

  const direction = ctx.direction;
  const yTitle = direction ? `${scoreText} (${direction === 'higher-is-worse' ? 'higher is worse' : 'higher is better'})` : scoreText;
  const dateOf = (ms: number) => (series.kind === 'day' ? dayText(ms) : `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`);

  // The y scale: the score's range, or the bands' span on the T-score metric, widened to the data.
  const values = points.map((p) => p.value);
  let yDomain: [number, number] | null = null;
  if (ctx.score && ctx.metric === 'value') yDomain = [ctx.score.range[0], ctx.score.range[1]];
  else if (bands.length) {
    yDomain = [
      Math.min((bands[0] as Band).min, ...values, ...(baseline ? [baseline.value] : []), ...mcidLines.drawn.map((l) => l.y)),
      Math.max((bands[bands.length - 1] as Band).max, ...values, ...(baseline ? [baseline.value] : []), ...mcidLines.drawn.map((l) => l.y)),
    ];
  }
  const yScale: JsonObject = yDomain ? { domain: yDomain, nice: false, zero: false } : { zero: false, nice: true, padding: 12 };
  const y = (field: string): JsonObject => ({ field, type: 'quantitative', title: yTitle, scale: { ...yScale }, axis: { titleLimit: height + 80 } });

  const first = points[0] as (typeof points)[number];
  const last = points[points.length - 1] as (typeof points)[number];
  const pad = Math.max(series.kind === 'day' ? DAY_MS / 2 : 3_600_000, (last.ms - first.ms) * 0.02);
  const xDomain = [first.ms - pad, last.ms + pad];
  const xTitle = series.kind === 'day' ? 'Date' : 'Date and time (UTC)';
  // The x scale and axis are stated once, on the line layer; the other layers share them.
  const x = (field: string, main = false): JsonObject =>
    main
      ? {
          field,
          type: 'temporal',
          title: xTitle,
          scale: { type: 'utc', domain: [...xDomain] },
          axis: { format: timeFormat(series.kind, first.ms, last.ms), labelOverlap: true, description: `${xTitle}, from ${dateOf(first.ms)} to ${dateOf(last.ms)}` },
        }
      : { field, type: 'temporal', title: xTitle };

  const layer: JsonObject[] = [];
  if (bands.length) {
    const worse = direction === 'higher-is-better' ? -1 : 1;
    const rows = bands.map((band, i) => {
      const top = i + 1 < bands.length ? (bands[i + 1] as Band).min : band.max;
      const rank = worse === 1 ? i : bands.length - 1 - i;
      const fill = BAND_FILLS[Math.round((rank * (BAND_FILLS.length - 1)) / Math.max(1, bands.length - 1))] as string;
      return { label: band.label, min: band.min, max: top, mid: (band.min + top) / 2, fill, description: `band ${band.label}: ${band.min === band.max ? formatNumber(band.min) : `${formatNumber(band.min)} to ${formatNumber(band.max)}`}` };
    });
    layer.push({
      name: 'bands',
      data: { values: rows },
      mark: { type: 'rect', opacity: 0.55 },
      encoding: { y: y('min'), y2: { field: 'max' }, color: { field: 'fill', type: 'nominal', scale: null }, description: { field: 'description' } },
    });
    layer.push({
      name: 'bandLabels',
      data: { values: rows },
      mark: { type: 'text', align: 'left', baseline: 'middle', dx: 6, fontSize: 10, fill: '#7f3b08', aria: false },
      encoding: { y: y('mid'), x: { value: 'width' }, text: { field: 'label' } },
    });
  }
  const flareRows = flares.map((f) => ({
    start: f.start - DAY_MS / 2,
    end: f.end + DAY_MS / 2,
    mid: (f.start + f.end) / 2,
    peakDate: f.peakDate,
    peak: f.peak,
    label: 'flare',
    description: `flare from ${dayText(f.start)} to ${dayText(f.end)} (${f.days} day${f.days === 1 ? '' : 's'}), peak ${formatNumber(f.peak)} on ${dayText(f.peakDate)}`,
  }));
  if (flares.length) {
    layer.push({
      name: 'flares',
      data: { values: flareRows },
      mark: { type: 'rect', color: FLARE, opacity: 0.12 },
      encoding: { x: x('start'), x2: { field: 'end' }, description: { field: 'description' } },
    });
    layer.push({
      name: 'flareLabels',
      data: { values: flareRows },
      mark: { type: 'text', baseline: 'top', dy: 2, fontSize: 10, fontWeight: 'bold', color: FLARE, aria: false },
      encoding: { x: x('mid'), y: { value: 0 }, text: { field: 'label' } },
    });
  }
  if (baseline) {
    const rows = [{ y: baseline.value, label: `baseline ${formatNumber(baseline.value)}`, description: baseline.description }];
    layer.push({
      name: 'baseline',
      data: { values: rows },
      mark: { type: 'rule', color: '#333333', strokeWidth: 1.5 },
      encoding: { y: y('y'), description: { field: 'description' } },
    });
    layer.push({
      name: 'baselineLabel',
      data: { values: rows },
      mark: { type: 'text', align: 'left', baseline: 'bottom', dx: 4, dy: -3, fontSize: 10, color: '#333333', aria: false },
      encoding: { y: y('y'), x: { value: 0 }, text: { field: 'label' } },
    });
  }
  if (mcidLines.drawn.length) {
    // Labels spread along the line (the baseline's label is at the left), so that close lines
    // do not print their labels on top of each other.
    const n = mcidLines.drawn.length;
    const rows = mcidLines.drawn.map((l, i) => ({ y: l.y, labelX: Math.round(((i + 1) / (n + 1)) * width), label: l.label, description: l.description }));
    layer.push({
      name: 'mcid',
      data: { values: rows },
      mark: { type: 'rule', color: '#555555', strokeDash: [6, 4], strokeWidth: 1.2 },
      encoding: { y: y('y'), description: { field: 'description' } },
    });
    layer.push({
      name: 'mcidLabels',
      data: { values: rows },
      mark: { type: 'text', align: 'center', baseline: 'bottom', dy: -3, fontSize: 10, fontStyle: 'italic', color: '#555555', aria: false },
      encoding: { y: y('y'), x: { field: 'labelX', type: 'quantitative', scale: null }, text: { field: 'label' } },
    });
  }
  const band = (v: number) => (bands.length ? bandOf(bands, v) : null);
  const rows = points.map((p) => {
    const b = band(p.value);
    const valueText = formatNumber(p.value);
    return {
      date: p.ms,
      value: p.value,
      dateText: dateOf(p.ms),
      valueText: b ? `${valueText} (${b})` : valueText,
      description: `${dateOf(p.ms)}: ${scoreText} ${valueText}${b ? `, ${b}` : ''}`,
    };
  });
  layer.push({
    name: 'line',
    data: { values: rows },
    mark: { type: 'line', color: LINE, strokeWidth: 2 },
    encoding: { x: x('date', true), y: y('value'), description: { value: `line through the ${rows.length} observations` } },
  });
  layer.push({
    name: 'points',
    data: { values: rows },
    mark: { type: 'point', filled: true, size: 50, color: LINE, opacity: 1 },
    encoding: {
      x: x('date'),
      y: y('value'),
      tooltip: [
        { field: 'dateText', type: 'nominal', title: xTitle },
        { field: 'valueText', type: 'nominal', title: scoreText },
      ],
      description: { field: 'description' },
    },
  });

  // Drawn last, just above the peak's point, so that the point does not hide it.
  if (flares.length) {
    layer.push({
      name: 'flarePeaks',
      data: { values: flareRows },
      mark: { type: 'point', shape: 'triangle-down', filled: true, size: 90, color: FLARE, opacity: 1, yOffset: -11 },
      encoding: { x: x('peakDate'), y: y('peak'), description: { field: 'description' } },
    });
  }

  const summary = [
    `${scoreText}${instrumentName && !scoreText.includes(instrumentName) ? ` (${instrumentName})` : ''}: ${points.length} observation${points.length === 1 ? '' : 's'} from ${dateOf(first.ms)} to ${dateOf(last.ms)}, first ${formatNumber(first.value)}, last ${formatNumber(last.value)}${band(last.value) ? ` (${band(last.value)})` : ''}.`,
  ];
  if (baseline) summary.push(`${baseline.description}.`);
  for (const l of mcidLines.drawn) summary.push(`${l.description}.`);
  for (const note of mcidLines.notes) summary.push(`${note}.`);
  if (opts.flares !== undefined && opts.flares !== false) {
    summary.push(flares.length === 0 ? 'No flares.' : `${flares.length} flare${flares.length === 1 ? '' : 's'}: ${flares.map((f) => `${dayText(f.start)} to ${dayText(f.end)}`).join('; ')}.`);
  }
  const subtitle = bandSourceText(ctx, bands.length > 0);
  return {
    $schema: SCHEMA,
    title: subtitle ? { text: title, subtitle, limit: width } : { text: title, limit: width },
    description: summary.join(' '),
    width,
    height,
    layer,
    config: baseConfig(),
  };
}

/** Tick labels: day and month, with the year when the series spans years, with the time for short date-time series. */
function timeFormat(kind: 'day' | 'instant', from: number, to: number): string {
  if (kind === 'instant' && to - from < 3 * DAY_MS) return '%-d %b %H:%M';
  return new Date(from).getUTCFullYear() === new Date(to).getUTCFullYear() ? '%-d %b' : '%-d %b %Y';
}

/** The y-axis name of the score. */
function scoreName(ctx: Context, given: unknown): string {
  if (given !== undefined) {
    if (typeof given !== 'string' || given.trim() === '') {
      fail('invalid-argument', ['options', 'scoreLabel'], given, `options.scoreLabel: expected a non-empty string, got ${describeValue(given)}`);
    }
    return given;
  }
  if (!ctx.score) return 'Score';
  // A long trailing explanation such as "(mean of the three items)" is left to the docs.
  const label = ctx.score.label.replace(/\s*\([^()]{6,}\)$/, '');
  return ctx.metric === 'tScore' && !/t-score/i.test(label) ? `${label}, T-score` : label;
}

/** The bands on the plotted metric, or none. */
function readBands(ctx: Context, wanted: boolean | undefined): readonly Band[] {
  if (wanted === false) return [];
  const on = ctx.score?.bandsOn ?? 'value';
  const bands = ctx.score?.bands ?? [];
  if (bands.length && on === ctx.metric) return bands;
  if (wanted === true) {
    const why = !ctx.score
      ? 'no { instrument, score } was given'
      : bands.length === 0
        ? `${ctx.instrument?.id} '${ctx.scoreName}' has no bands`
        : `the bands of ${ctx.instrument?.id} '${ctx.scoreName}' are on the ${on === 'tScore' ? 'T-score' : 'raw value'}, but the chart plots the ${ctx.metric === 'tScore' ? 'T-score' : 'raw value'} (options.metric)`;
    fail('invalid-argument', ['options', 'bands'], true, `options.bands: cannot shade bands: ${why}`);
  }
  return [];
}

/** The label of the band holding v, as the engine reads bands. */
function bandOf(bands: readonly Band[], v: number): string | null {
  return bandHolding(bands, v)?.label ?? null;
}

function bandSourceText(ctx: Context, drawn: boolean): string | null {
  if (!drawn || !ctx.score?.bandSource || !ctx.instrument) return null;
  const ref = ctx.score.bandSource.ref;
  const citation = ctx.instrument.citations.find((c) => c.key === ref);
  if (!citation) return `Bands: ${ref}`;
  // "Kroenke K, Spitzer RL, … 2001 …" → "Kroenke K et al., 2001"
  const cut = citation.text.search(/[.,]/);
  const first = cut > 0 ? citation.text.slice(0, cut) : citation.text;
  const etAl = citation.text[cut] === ',' ? ' et al.' : '';
  const year = /\b(?:19|20)\d{2}\b/.exec(citation.text)?.[0];
  return `Bands: ${first}${etAl}${year ? `, ${year}` : ''}`;
}

function readBaseline(input: unknown, series: Series): { value: number; description: string } | null {
  if (input === undefined) return null;
  const path = ['options', 'baseline'];
  if (typeof input === 'number') {
    const value = readScore(input, series.ctx, path);
    return { value, description: `Baseline ${formatNumber(value)}` };
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return fail('invalid-argument', path, input, `options.baseline: expected a number, a result of seriesBaseline, or { method: 'first' | 'window' | 'date', … }, got ${describeValue(input)}`);
  }
  if ('value' in input) {
    const result = input as SeriesBaselineResult;
    const value = readScore(result.value, series.ctx, [...path, 'value']);
    return { value, description: `Baseline ${formatNumber(value)}${describeMethod(result)}` };
  }
  const result = computeBaseline(series, input as BaselineSpec, path).result;
  return { value: result.value, description: `Baseline ${formatNumber(result.value)}${describeMethod(result)}` };
}

function describeMethod(result: Partial<SeriesBaselineResult>): string {
  const dates = Array.isArray(result.dates) ? result.dates : [];
  if (result.method === 'window') return ` (mean of ${result.n} observation${result.n === 1 ? '' : 's'}, ${dates[0]} to ${dates[dates.length - 1]})`;
  if (result.method === 'first' || result.method === 'date') return dates[0] ? ` (${dates[0]})` : '';
  return '';
}

function readMcidLines(
  opts: Record<string, unknown>,
  ctx: Context,
  baseline: { value: number } | null,
  observations: readonly Observation[],
): { drawn: Line[]; notes: string[] } {
  const which = opts.mcidLines ?? 'improvement';
  if (which !== 'improvement' && which !== 'both') {
    fail('invalid-argument', ['options', 'mcidLines'], which, `options.mcidLines: expected 'improvement' or 'both', got ${describeValue(which)}`);
  }
  const given = opts.mcid;
  if (given === false) return { drawn: [], notes: [] };
  const mcids: { value: number; unit: 'points' | 'percent' }[] = [];
  if (given !== undefined) {
    const m = given as McidInput;
    if (typeof given === 'number' && Number.isFinite(given) && given > 0) mcids.push({ value: given, unit: 'points' });
    else if (given !== null && typeof given === 'object' && typeof m.value === 'number' && Number.isFinite(m.value) && m.value > 0 && (m.unit === 'points' || m.unit === 'percent')) {
      mcids.push({ value: m.value, unit: m.unit });
    } else {
      fail('invalid-argument', ['options', 'mcid'], given, `options.mcid: expected a number of points > 0, { value: > 0, unit: 'points' | 'percent' }, or false, got ${describeValue(given)}`);
    }
    if (!baseline) fail('invalid-argument', ['options', 'mcid'], given, 'options.mcid: MCID lines are drawn from a baseline; pass options.baseline as well');
  } else if (baseline && ctx.score?.psychometrics && (ctx.score.psychometrics.metric ?? 'value') === ctx.metric) {
    for (const m of ctx.score.psychometrics.mcid ?? []) {
      if (!mcids.some((k) => k.value === m.value && k.unit === m.unit)) mcids.push({ value: m.value, unit: m.unit });
    }
  }
  if (!baseline || mcids.length === 0) return { drawn: [], notes: [] };
  const direction: Direction = requireDirection(ctx);
  const s = sign(direction);
  const { floor } = resolveFloor(undefined, ctx, observations.map((o) => (o as { value?: unknown } | null)?.value));
  const range = ctx.score && ctx.metric === 'value' ? ctx.score.range : null;
  const drawn: Line[] = [];
  const notes: string[] = [];
  for (const m of mcids) {
    const size = m.unit === 'points' ? `${formatNumber(m.value)}` : `${formatNumber(m.value)} %`;
    let delta: number;
    if (m.unit === 'points') delta = m.value;
    else if (floor === null) {
      if (given !== undefined) fail('invalid-argument', ['options', 'mcid'], given, 'options.mcid: a percent MCID is measured from the scale floor, and the T-score metric has none; give the MCID in points');
      notes.push(`No line for the MCID of ${size}: the T-score metric has no floor to measure a percentage from`);
      continue;
    } else if (baseline.value - floor <= 0) {
      notes.push(`No line for the MCID of ${size}: the baseline is at the scale floor (${formatNumber(floor)})`);
      continue;
    } else delta = (m.value / 100) * (baseline.value - floor);
    const sides: [number, string][] = [[s, 'improvement']];
    if (which === 'both') sides.push([-s as 1 | -1, 'worsening']);
    for (const [k, meaning] of sides) {
      const yValue = Number((baseline.value + k * delta).toPrecision(12));
      const label = `baseline ${k > 0 ? '+' : '\u2212'} MCID ${size}`;
      if (range && (yValue < range[0] || yValue > range[1])) {
        notes.push(`No line for ${label} (${meaning}): ${formatNumber(yValue)} is outside the score's range ${formatNumber(range[0])}–${formatNumber(range[1])}`);
        continue;
      }
      drawn.push({ y: yValue, label, description: `MCID line (${meaning}) at ${formatNumber(yValue)}: ${label}` });
    }
  }
  return { drawn, notes };
}

interface ChartFlare {
  readonly start: number;
  readonly end: number;
  readonly days: number;
  readonly peak: number;
  readonly peakDate: number;
}

function readFlares(input: unknown, observations: readonly Observation[], options: TrajectoryChartOptions | undefined, series: Series): ChartFlare[] {
  if (input === undefined || input === false) return [];
  const path = ['options', 'flares'];
  let result: DetectFlaresResult;
  if (input === true || (input !== null && typeof input === 'object' && !Array.isArray(input) && !('flares' in input))) {
    const context: Record<string, unknown> = {};
    for (const key of ['instrument', 'score', 'direction', 'metric', 'duplicates'] as const) {
      if (options?.[key] !== undefined) context[key] = options[key];
    }
    result = detectFlares(observations, { ...(input === true ? {} : (input as DetectFlaresOptions)), ...context });
  } else if (input !== null && typeof input === 'object' && Array.isArray((input as DetectFlaresResult).flares)) {
    result = input as DetectFlaresResult;
  } else {
    return fail('invalid-argument', path, input, `options.flares: expected true, detectFlares options, or a result of detectFlares, got ${describeValue(input)}`);
  }
  return result.flares.map((f, i) => {
    const at = [...path, 'flares', i];
    if (f === null || typeof f !== 'object') fail('invalid-argument', at, f, `${at.join('.')}: expected a flare { start, end, peak, peakDate }, got ${describeValue(f)}`);
    const start = parseOptionDate(f.start, series, [...at, 'start']);
    const end = parseOptionDate(f.end, series, [...at, 'end']);
    const peakDate = parseOptionDate(f.peakDate, series, [...at, 'peakDate']);
    if (end.ms < start.ms || peakDate.ms < start.ms || peakDate.ms > end.ms) {
      fail('invalid-argument', at, f, `${at.join('.')}: expected start ≤ peakDate ≤ end, got ${start.label}, ${peakDate.label}, ${end.label}`);
    }
    const peak = readScore(f.peak, series.ctx, [...at, 'peak']);
    return { start: start.ms, end: end.ms, days: Math.round((end.ms - start.ms) / DAY_MS) + 1, peak, peakDate: peakDate.ms };
  });
}
