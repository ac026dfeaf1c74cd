import { describeValue, PromkitError, type PromkitIssue } from '../../errors.js';
import { readEntries } from '../../goals/_lib/gas.js';
import { isIsoDate, isRecord, own } from '../../goals/_lib/util.js';
import { gasTScore, type GasTScoreOptions, type GasTScoreResult } from '../../goals/gasTScore/index.js';
import type { Goal } from '../../goals/goalSchema/index.js';
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
 * Options of {@link goalsChart}: the T-score options of `gasTScore` (`rho`, `weighting`,
 * `unrated`), whether to draw the T-score panel, and the chart's title and size.
 *
 * @example
 * ```ts
 * const options: GoalsChartOptions = { rho: 0.3, unrated: 'exclude', tScore: true, height: 260 };
 * ```
 */
export interface GoalsChartOptions extends ChartOptions, Pick<GasTScoreOptions, 'rho' | 'weighting' | 'unrated'> {
  /** Draw the GAS T-score per occasion as a second panel; default true. */
  readonly tScore?: boolean;
}

/** Room for the y-axis labels of both panels, so that their plots line up. */
const AXIS_EXTENT = 250;

const KNOWN = ['title', 'width', 'height', 'rho', 'weighting', 'unrated', 'tScore'] as const;

/** Kiresuk & Sherman (1968): the five levels of the GAS scale. */
const LEVEL_TEXT: Readonly<Record<string, string>> = {
  '-2': '\u22122 much less than expected',
  '-1': '\u22121 somewhat less than expected',
  '0': '0 expected outcome',
  '1': '+1 somewhat more than expected',
  '2': '+2 much more than expected',
};
/** The same, short enough for the axis. */
const AXIS_TEXT: Readonly<Record<string, string>> = {
  '-2': '\u22122 much less than expected',
  '-1': '\u22121 less than expected',
  '0': '0 expected outcome',
  '1': '+1 more than expected',
  '2': '+2 much more than expected',
};

interface LevelRow {
  goal: string;
  date: number;
  dateText: string;
  level: number;
  y: number;
  occasion: string;
  description: string;
}

/**
 * @summary A Vega-Lite chart of Goal Attainment Scaling goals over time: each goal's level
 * (−2…+2) at baseline and at every review, and the GAS T-score of each occasion.
 *
 * @remarks
 * Top panel: one line per goal through its baseline level (dated `dateSet`) and its review
 * levels, in date order; colour and point shape both identify the goal (the legend gives its id
 * and description). The y axis is labelled with the five levels of Kiresuk & Sherman (1968),
 * "−2 much less than expected" … "+2 much more than expected". When several goals share a level
 * on the same date their points would hide each other, so each goal is drawn a little above or
 * below the level (at most ±0.12); tooltips and descriptions give the exact level. A review
 * recorded as `null` (reviewed, not rated) is marked with a cross under the axis range; it is
 * not drawn as −2.
 *
 * Bottom panel (`tScore: true`, the default): the T-score of `gasTScore` at baseline (placed at
 * the earliest `dateSet`) and at each review date found in any goal, with `rho`, `weighting`
 * and `unrated` passed through, and a rule at T = 50 (every goal at its expected level). An
 * occasion whose T-score is null (no goal rated, or `unrated: 'null'` with a goal unrated) has
 * no point; the chart's description says why. Both panels share the time axis (UTC calendar
 * days).
 *
 * No input is modified.
 *
 * @param goals - goals from `defineGoal` (or plain objects of that shape), at least one
 * @param options - `rho`, `weighting`, `unrated`, `tScore`, title and size (`height` is the
 *   levels panel; the T-score panel is 60 % of it)
 * @returns a Vega-Lite v6 spec (a vertical concatenation of the two panels)
 * @throws {PromkitError} for an empty list, a rating without dates (`{ attainment }`), a goal
 *   without a valid `dateSet`, and everything `gasTScore` refuses (levels outside −2…+2,
 *   mixed weights, duplicate ids, baseline conventions that differ, …)
 * @see Kiresuk TJ, Sherman RE. Goal attainment scaling: a general method for evaluating
 *   comprehensive community mental health programs. Community Ment Health J. 1968;4(6):443-453.
 *
 * @example
 * ```ts
 * import { defineGoal, goalsChart } from 'promkit';
 *
 * const walk = defineGoal({
 *   id: 'walk', description: 'Walk to the corner shop', variant: 'gas-light',
 *   baseline: { level: -1 }, expectedOutcome: 'Walks 500 m with one rest',
 *   dateSet: '2024-01-10', reviews: { '2024-03-06': 0, '2024-05-01': 1 },
 * });
 * const spec = goalsChart([walk]);
 * (spec.vconcat as unknown[]).length; //=> 2 (levels, T-scores)
 * spec.description;
 * //=> 'Goal Attainment Scaling, 1 goal: walk (Walk to the corner shop). T-score at baseline 40.0, on 2024-03-06 50.0, on 2024-05-01 60.0 (ρ = 0.3, unweighted).'
 * ```
 */
export function goalsChart(goals: readonly Goal[], options?: GoalsChartOptions): VegaLiteSpec {
  const opts = checkChartOptions(options, KNOWN);
  const { title, width, height } = readChartOptions(opts, 'Goal attainment over time');
  const withTScore = optionalBoolean(opts, 'tScore') ?? true;
  const issues: PromkitIssue[] = [];
  if (Array.isArray(goals)) {
    Array.from(goals as readonly unknown[]).forEach((goal: unknown, i) => {
      if (isRecord(goal) && Object.prototype.hasOwnProperty.call(goal, 'attainment')) {
        issues.push({ code: 'invalid-argument', path: ['goals', i], input: goal, message: `goals[${i}]: a rating { attainment } has no dates to chart; pass goals with a baseline, dateSet and reviews (from defineGoal)` });
      }
    });
  }
  const entries = readEntries(goals, issues, true);
  const labels: string[] = [];
  const dateSets: number[] = [];
  entries.forEach((entry) => {
    const raw = goals[entry.index] as unknown as Record<string, unknown>;
    const dateSet = own(raw, 'dateSet');
    if (!isIsoDate(dateSet)) {
      issues.push({ code: 'invalid-argument', path: ['goals', entry.index, 'dateSet'], input: dateSet, message: `goals[${entry.index}].dateSet: expected the date the goal was set, written YYYY-MM-DD, got ${describeValue(dateSet)}` });
    } else dateSets.push(Date.parse(dateSet));
    const description = own(raw, 'description');
    labels.push(typeof description === 'string' && description.trim() ? `${entry.id}: ${description}` : entry.id);
  });
  if (issues.length) throw new PromkitError(issues);

  // Every review date of any goal, in order.
  const reviewDates = [...new Set(entries.flatMap((e) => Object.keys(e.reviews)))].sort();
  const n = entries.length;
  const levels: LevelRow[] = [];
  const unratedRows: JsonObject[] = [];
  entries.forEach((entry, i) => {
    const raw = goals[entry.index] as unknown as Record<string, unknown>;
    const dodge = n > 1 ? Number(((i / (n - 1) - 0.5) * 0.24).toFixed(4)) : 0;
    const goal = labels[i] as string;
    const dateSet = own(raw, 'dateSet') as string;
    const push = (date: string, level: number, occasion: string) =>
      levels.push({
        goal,
        date: Date.parse(date),
        dateText: date,
        level,
        y: level + dodge,
        occasion,
        description: `${entry.id}, ${occasion} ${date}: level ${level > 0 ? '+' : ''}${formatNumber(level)} (${(LEVEL_TEXT[String(level)] as string).replace(/^\S+ /, '')})`,
      });
    if (entry.baseline !== null) push(dateSet, entry.baseline, 'baseline');
    for (const date of Object.keys(entry.reviews).sort()) {
      const level = entry.reviews[date];
      if (typeof level === 'number') push(date, level, 'review');
      else unratedRows.push({ goal, date: Date.parse(date), dateText: date, y: Number((-2.38 + dodge / 2).toFixed(4)), description: `${entry.id}, review ${date}: reviewed but not rated` });
    }
  });

  const allDates = [...dateSets, ...reviewDates.map((d) => Date.parse(d))];
  const from = Math.min(...allDates);
  const to = Math.max(...allDates);
  const pad = Math.max(DAY_MS / 2, (to - from) * 0.03);
  const sameYear = new Date(from).getUTCFullYear() === new Date(to).getUTCFullYear();
  const x = (main: boolean): JsonObject =>
    main
      ? {
          field: 'date',
          type: 'temporal',
          title: 'Date',
          scale: { type: 'utc', domain: [from - pad, to + pad] },
          axis: { format: sameYear ? '%-d %b' : '%-d %b %Y', labelOverlap: true, description: `Date, from ${dayText(from)} to ${dayText(to)}` },
        }
      : { field: 'date', type: 'temporal', title: 'Date' };
  const goalScale = { domain: [...labels] };
  const levelY: JsonObject = {
    field: 'y',
    type: 'quantitative',
    title: 'Goal attainment (GAS level)',
    scale: { domain: [-2.5, 2.5], nice: false, zero: false },
    axis: {
      values: [-2, -1, 0, 1, 2],
      labelExpr: [2, 1, 0, -1, -2].map((v) => `datum.value == ${v} ? '${AXIS_TEXT[String(v)]}' : `).join('') + "''",
      labelLimit: AXIS_EXTENT,
      minExtent: AXIS_EXTENT,
      description: 'Goal attainment level, from −2 much less than expected to +2 much more than expected',
    },
  };
  const goalTooltip = [
    { field: 'goal', type: 'nominal', title: 'Goal' },
    { field: 'dateText', type: 'nominal', title: 'Date' },
    { field: 'description', type: 'nominal', title: 'Level' },
  ];
  const levelLayers: JsonObject[] = [
    {
      name: 'goalLines',
      data: { values: levels as unknown as JsonObject[] },
      mark: { type: 'line', strokeWidth: 2, opacity: 0.85 },
      encoding: {
        x: x(true),
        y: levelY,
        color: { field: 'goal', type: 'nominal', title: 'Goal', scale: goalScale, legend: { orient: 'top', direction: 'vertical', labelLimit: Math.max(200, width) } },
        description: { field: 'goal' },
      },
    },
    {
      name: 'goalPoints',
      data: { values: levels as unknown as JsonObject[] },
      mark: { type: 'point', filled: true, size: 70, opacity: 1 },
      encoding: {
        x: x(false),
        y: levelY,
        color: { field: 'goal', type: 'nominal', title: 'Goal', scale: { domain: [...labels] } },
        shape: { field: 'goal', type: 'nominal', title: 'Goal', scale: { domain: [...labels] } },
        tooltip: goalTooltip,
        description: { field: 'description' },
      },
    },
  ];
  if (unratedRows.length) {
    levelLayers.push({
      name: 'notRated',
      data: { values: unratedRows },
      mark: { type: 'point', shape: 'cross', filled: true, size: 60, opacity: 1 },
      encoding: { x: x(false), y: levelY, color: { field: 'goal', type: 'nominal', title: 'Goal', scale: { domain: [...labels] } }, tooltip: [{ field: 'description', type: 'nominal', title: 'Not rated' }], description: { field: 'description' } },
    });
    levelLayers.push({
      name: 'notRatedLabels',
      // one label per date
      data: { values: unratedRows.filter((r, i) => unratedRows.findIndex((q) => q.date === r.date) === i) },
      mark: { type: 'text', align: 'left', baseline: 'middle', dx: 7, fontSize: 9, color: '#555555', aria: false },
      encoding: { x: x(false), y: levelY, text: { value: 'not rated' } },
    });
  }
  const levelsPanel: JsonObject = { name: 'levelsPanel', width, height, layer: levelLayers };

  const settings: Record<string, unknown> = {};
  for (const key of ['rho', 'weighting', 'unrated'] as const) if (opts[key] !== undefined) settings[key] = opts[key];
  const summary = [`Goal Attainment Scaling, ${n} goal${n === 1 ? '' : 's'}: ${entries.map((e, i) => (labels[i] === e.id ? e.id : `${e.id} (${(labels[i] as string).slice(e.id.length + 2)})`)).join('; ')}.`];
  if (unratedRows.length) summary.push(`Reviewed but not rated: ${unratedRows.map((r) => `${String(r.description).split(',')[0]} on ${r.dateText}`).join('; ')}.`);
  const panels: JsonObject[] = [levelsPanel];
  if (withTScore) {
    const occasions: { at: string; date: number; result: GasTScoreResult }[] = [
      { at: 'baseline', date: from, result: gasTScore(goals, { ...settings, at: 'baseline' }) },
      ...reviewDates.map((at) => ({ at, date: Date.parse(at), result: gasTScore(goals, { ...settings, at }) })),
    ];
    const scored = occasions.filter((o) => o.result.tScore !== null);
    const rows = scored.map((o) => {
      const t = o.result.tScore as number;
      const when = o.at === 'baseline' ? `baseline (${dayText(o.date)})` : o.at;
      return {
        date: o.date,
        dateText: when,
        t: Number(t.toFixed(4)),
        tText: t.toFixed(1),
        description: `${when}: GAS T-score ${t.toFixed(1)} (${o.result.included} of ${o.result.of} goals)`,
      };
    });
    const first = occasions[0] as (typeof occasions)[number];
    const ts = rows.map((r) => r.t);
    const tY: JsonObject = {
      field: 't',
      type: 'quantitative',
      title: `GAS T-score (ρ = ${first.result.rho})`,
      scale: { domain: [Math.floor(Math.min(40, ...ts.map((t) => t - 3)) / 5) * 5, Math.ceil(Math.max(60, ...ts.map((t) => t + 3)) / 5) * 5], nice: false, zero: false },
      axis: { minExtent: AXIS_EXTENT },
    };
    const fifty = [{ t: 50, label: '50: goals met as expected', description: 'T = 50: every goal at its expected level' }];
    panels.push({
      name: 'tScorePanel',
      width,
      height: Math.round(height * 0.6),
      layer: [
        {
          name: 'expected',
          data: { values: fifty },
          mark: { type: 'rule', color: '#888888', strokeDash: [4, 3] },
          encoding: { y: tY, description: { field: 'description' } },
        },
        {
          name: 'expectedLabel',
          data: { values: fifty },
          mark: { type: 'text', align: 'left', baseline: 'bottom', dx: 4, dy: -3, fontSize: 10, color: '#666666', aria: false },
          encoding: { y: tY, x: { value: 0 }, text: { field: 'label' } },
        },
        {
          name: 'tScoreLine',
          data: { values: rows },
          mark: { type: 'line', color: '#333333', strokeWidth: 2 },
          encoding: { x: x(true), y: tY, description: { value: `GAS T-score at ${rows.length} occasion${rows.length === 1 ? '' : 's'}` } },
        },
        {
          name: 'tScorePoints',
          data: { values: rows },
          mark: { type: 'point', filled: true, size: 60, color: '#333333', opacity: 1 },
          encoding: {
            x: x(false),
            y: tY,
            tooltip: [
              { field: 'dateText', type: 'nominal', title: 'Occasion' },
              { field: 'tText', type: 'nominal', title: 'GAS T-score' },
            ],
            description: { field: 'description' },
          },
        },
        {
          name: 'tScoreLabels',
          data: { values: rows },
          mark: { type: 'text', dy: -10, fontSize: 10, color: '#333333', aria: false },
          encoding: { x: x(false), y: tY, text: { field: 'tText' } },
        },
      ],
    });
    summary.push(
      `T-score ${occasions.map((o) => `${o.at === 'baseline' ? 'at baseline' : `on ${o.at}`} ${o.result.tScore === null ? 'not computed' : (o.result.tScore as number).toFixed(1)}`).join(', ')} (ρ = ${first.result.rho}, ${first.result.weighting}).`,
    );
    for (const o of occasions) if (o.result.reason) summary.push(o.result.reason);
  }
  return {
    $schema: SCHEMA,
    title: { text: title, limit: width },
    description: summary.join(' '),
    vconcat: panels,
    spacing: 24,
    config: baseConfig(),
  };
}
