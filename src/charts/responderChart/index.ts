import { describeValue, fail } from '../../errors.js';
import type { ResponderProportionsResult } from '../../change/responderProportions/index.js';
import { baseConfig, checkChartOptions, formatNumber, readChartOptions, SCHEMA, type ChartOptions, type JsonObject, type VegaLiteSpec } from '../_lib/spec.js';

/**
 * Options of {@link responderChart}.
 *
 * @example
 * ```ts
 * const options: ResponderChartOptions = { scoreLabel: 'PEG', width: 500 };
 * ```
 */
export interface ResponderChartOptions extends ChartOptions {
  /** What was measured, for the default title: `Responders on PEG (n = 40)`. */
  readonly scoreLabel?: string;
}

const KNOWN = ['title', 'width', 'height', 'scoreLabel'] as const;
const FILLS = { percent: '#4c78a8', mcid: '#f58518', reliable: '#54a24b' } as const;

interface Bar {
  readonly definition: string;
  readonly kind: keyof typeof FILLS;
  readonly successes: number;
  readonly n: number;
  readonly excluded: number;
  readonly proportion: number;
  readonly lower: number;
  readonly upper: number;
}

const percentText = (p: number) => `${formatNumber(p * 100, 1)} %`;

/**
 * @summary A Vega-Lite bar chart of a cohort's responder proportions with their Wilson
 * confidence intervals.
 *
 * @remarks
 * One horizontal bar per responder definition of a `responderProportions` result, in its
 * order: each percent-improvement threshold (`≥ 30 % improvement`), each MCID (`≥ MCID 2
 * points`), and reliable improvement (Jacobson–Truax RCI) when it was computed. The bar is the
 * proportion of responders; the error bar is its Wilson score interval (as computed, at the
 * result's `level`); the label gives the percentage and `successes/n`. MCIDs of the same value
 * and unit (stored for different populations) give the same proportion and are drawn once.
 * A definition with no patient to judge (`n = 0`, everyone excluded) has no bar, and the
 * chart's description says so. The x axis runs from 0 % to 100 %.
 *
 * No input is modified.
 *
 * @param result - a result of `responderProportions`
 * @param options - `scoreLabel`, title and size (default height: 48 px per bar)
 * @returns a Vega-Lite v6 spec
 * @throws {PromkitError} when `result` is not a `responderProportions` result (proportions and
 *   bounds outside 0–1, successes above n, intervals of different levels, …) or no definition
 *   has a patient to judge
 *
 * @example
 * ```ts
 * import { responderChart, responderProportions } from 'promkit';
 *
 * const pairs = [{ baseline: 8, followUp: 4 }, { baseline: 6, followUp: 5 }, { baseline: 7, followUp: 3 }, { baseline: 5, followUp: 5 }];
 * const spec = responderChart(responderProportions(pairs, { direction: 'higher-is-worse', mcid: 2 }));
 * (spec.layer as { data: { values: { definition: string }[] } }[])[0].data.values.map((v) => v.definition);
 * //=> ['≥ 30 % improvement', '≥ 50 % improvement', '≥ MCID 2 points']
 * ```
 */
export function responderChart(result: ResponderProportionsResult, options?: ResponderChartOptions): VegaLiteSpec {
  const opts = checkChartOptions(options, KNOWN);
  const scoreLabel = opts.scoreLabel;
  if (scoreLabel !== undefined && (typeof scoreLabel !== 'string' || scoreLabel.trim() === '')) {
    fail('invalid-argument', ['options', 'scoreLabel'], scoreLabel, `options.scoreLabel: expected a non-empty string, got ${describeValue(scoreLabel)}`);
  }
  const { bars, n, level } = readResult(result);
  const drawn = bars.filter((b) => b.n > 0);
  const empty = bars.filter((b) => b.n === 0);
  if (drawn.length === 0) {
    fail('invalid-argument', ['result'], result, 'result: no responder definition has a patient to judge (every n is 0), so there is nothing to chart');
  }
  const { title, width, height } = readChartOptions(opts, `Responders${scoreLabel ? ` on ${scoreLabel as string}` : ''} (n = ${n})`);
  const chartHeight = opts.height === undefined ? Math.max(96, 48 * drawn.length) : height;
  const levelText = `${formatNumber(level * 100, 2)} %`;
  const rows = drawn.map((b) => ({
    ...b,
    fill: FILLS[b.kind],
    label: `${percentText(b.proportion)} (${b.successes}/${b.n})`,
    ciText: `${percentText(b.lower)} to ${percentText(b.upper)}`,
    ciDescription: `${b.definition}: ${levelText} Wilson interval ${percentText(b.lower)} to ${percentText(b.upper)}`,
    description: `${b.definition}: ${percentText(b.proportion)} of patients (${b.successes} of ${b.n}), ${levelText} CI ${percentText(b.lower)} to ${percentText(b.upper)}${b.excluded ? `; ${b.excluded} excluded (no percentage defined)` : ''}`,
  }));
  const y = { field: 'definition', type: 'nominal', title: null, sort: null, axis: { labelLimit: 260, description: 'Responder definitions' } };
  const xTitle = `Patients responding (bars: proportion; lines: ${levelText} Wilson CI)`;
  const x = (field: string): JsonObject => ({
    field,
    type: 'quantitative',
    title: xTitle,
    scale: { domain: [0, 1], nice: false },
    axis: { labelExpr: "format(datum.value * 100, 'd') + ' %'", description: `${xTitle}, 0 % to 100 %` },
  });
  const summary = [`Responders among ${n} patient${n === 1 ? '' : 's'} (${levelText} Wilson score intervals): ${rows.map((r) => r.description).join('; ')}.`];
  if (empty.length) summary.push(`No patient to judge for: ${empty.map((b) => b.definition).join('; ')}.`);
  return {
    $schema: SCHEMA,
    title: { text: title, limit: width },
    description: summary.join(' '),
    width,
    height: chartHeight,
    layer: [
      {
        name: 'bars',
        data: { values: rows },
        mark: { type: 'bar', opacity: 0.85 },
        encoding: {
          y,
          x: x('proportion'),
          color: { field: 'fill', type: 'nominal', scale: null },
          tooltip: [
            { field: 'definition', type: 'nominal', title: 'Responder' },
            { field: 'label', type: 'nominal', title: 'Proportion' },
            { field: 'ciText', type: 'nominal', title: `${levelText} CI` },
          ],
          description: { field: 'description' },
        },
      },
      {
        name: 'intervals',
        data: { values: rows },
        mark: { type: 'rule', color: '#222222', strokeWidth: 1.5 },
        encoding: { y, x: x('lower'), x2: { field: 'upper' }, description: { field: 'ciDescription' } },
      },
      {
        name: 'intervalEnds',
        data: { values: rows.flatMap((r) => [{ definition: r.definition, end: r.lower }, { definition: r.definition, end: r.upper }]) },
        mark: { type: 'tick', orient: 'vertical', color: '#222222', thickness: 1.5, size: 14, aria: false },
        encoding: { y, x: x('end') },
      },
      {
        name: 'labels',
        data: { values: rows },
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 6, fontSize: 11, color: '#222222', aria: false },
        encoding: { y, x: x('upper'), text: { field: 'label' } },
      },
    ],
    config: baseConfig(),
  };
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0;
}

function isUnit(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1;
}

/** Checks the result of responderProportions and lists its bars. */
function readResult(result: unknown): { bars: Bar[]; n: number; level: number } {
  const bad = (path: (string | number)[], input: unknown, what: string): never =>
    fail('invalid-argument', path, input, `${path.join('.')}: expected ${what} (a result of responderProportions), got ${describeValue(input)}`);
  if (result === null || typeof result !== 'object' || Array.isArray(result)) bad(['result'], result, 'an object');
  const r = result as Record<string, unknown>;
  if (!isCount(r.n) || r.n === 0) bad(['result', 'n'], r.n, 'the number of patients, a whole number ≥ 1');
  if (!Array.isArray(r.percent)) bad(['result', 'percent'], r.percent, 'an array');
  if (!Array.isArray(r.mcid)) bad(['result', 'mcid'], r.mcid, 'an array');
  if (r.reliableImprovement !== null && (typeof r.reliableImprovement !== 'object' || Array.isArray(r.reliableImprovement))) {
    bad(['result', 'reliableImprovement'], r.reliableImprovement, 'null or a proportion');
  }
  const levels = new Set<number>();
  const bars: Bar[] = [];
  const read = (entry: unknown, path: (string | number)[], definition: string, kind: Bar['kind']) => {
    if (entry === null || typeof entry !== 'object') bad(path, entry, 'a proportion { successes, n, proportion, lower, upper, level }');
    const e = entry as Record<string, unknown>;
    if (!isCount(e.n)) bad([...path, 'n'], e.n, 'a whole number ≥ 0');
    if (!isCount(e.successes) || (e.successes as number) > (e.n as number)) bad([...path, 'successes'], e.successes, `a whole number from 0 to n (${e.n})`);
    for (const key of ['proportion', 'lower', 'upper'] as const) if (!isUnit(e[key])) bad([...path, key], e[key], 'a number from 0 to 1');
    const [p, lo, hi] = [e.proportion as number, e.lower as number, e.upper as number];
    if (lo > p + 1e-12 || hi < p - 1e-12) bad([...path, 'lower'], e.lower, `an interval around the proportion ${p}, lower ≤ proportion ≤ upper`);
    if (typeof e.level !== 'number' || !(e.level > 0 && e.level < 1)) bad([...path, 'level'], e.level, 'a confidence level between 0 and 1');
    const excluded = e.excluded === undefined ? 0 : e.excluded;
    if (!isCount(excluded)) bad([...path, 'excluded'], e.excluded, 'a whole number ≥ 0');
    levels.add(e.level as number);
    if (bars.some((b) => b.definition === definition)) return; // the same threshold twice gives the same proportion
    bars.push({ definition, kind, successes: e.successes as number, n: e.n as number, excluded: excluded as number, proportion: p, lower: lo, upper: hi });
  };
  (r.percent as unknown[]).forEach((entry, i) => {
    const threshold = (entry as { threshold?: unknown } | null)?.threshold;
    if (typeof threshold !== 'number' || !Number.isFinite(threshold) || threshold <= 0) bad(['result', 'percent', i, 'threshold'], threshold, 'a percent threshold > 0');
    read(entry, ['result', 'percent', i], `≥ ${formatNumber(threshold as number)} % improvement`, 'percent');
  });
  (r.mcid as unknown[]).forEach((entry, i) => {
    const m = entry as { mcid?: unknown; unit?: unknown } | null;
    if (typeof m?.mcid !== 'number' || !Number.isFinite(m.mcid) || m.mcid <= 0) bad(['result', 'mcid', i, 'mcid'], m?.mcid, 'an MCID > 0');
    if (m?.unit !== 'points' && m?.unit !== 'percent') bad(['result', 'mcid', i, 'unit'], m?.unit, "'points' or 'percent'");
    const mcid = m as { mcid: number; unit: 'points' | 'percent' };
    read(entry, ['result', 'mcid', i], `≥ MCID ${formatNumber(mcid.mcid)} ${mcid.unit === 'points' ? (mcid.mcid === 1 ? 'point' : 'points') : '%'}`, 'mcid');
  });
  if (r.reliableImprovement) read(r.reliableImprovement, ['result', 'reliableImprovement'], 'reliable improvement (RCI)', 'reliable');
  if (levels.size > 1) bad(['result'], result, 'intervals of one confidence level');
  return { bars, n: r.n as number, level: [...levels][0] ?? 0.95 };
}
