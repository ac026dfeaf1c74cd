import { change } from '../../change/change/index.js';
import { detectFlares, type DetectFlaresResult, type Flare } from '../../change/detectFlares/index.js';
import { trajectoryChart } from '../../charts/trajectoryChart/index.js';
import { PromkitError, type PromkitIssue } from '../../errors.js';
import {
  diarySnapshot,
  mergeDiary,
  type DiaryEntry,
  type DiaryMeasure,
  type DiaryMeasureSummary,
  type DiarySnapshot,
  type DiarySnapshotOptions,
} from '../diarySnapshot/index.js';
import type { AttentionItem, DiaryComparison, DiaryReview, NotComputed, ReviewChart } from '../progressReview/index.js';
import { addDays } from './dates.js';
import { DIARY_MEASURES, digitsOf, MEASURE_KEYS } from './diaryMeasures.js';
import { CHART_HEIGHT, CHART_WIDTH } from './instrumentReview.js';
import { fmt, joinAnd, plural } from './sentences.js';
import type { Sources } from './sources.js';

type DiarySettings = Pick<DiarySnapshotOptions, 'days' | 'minDays' | 'duplicates' | 'thresholds' | 'flares'>;

const PAIN: readonly DiaryMeasure[] = ['painNow', 'painWorst', 'painLeast'];

/** Runs `diarySnapshot`, restating its problems as problems of `diary` and `options.diary`. */
function snapshot(entries: readonly DiaryEntry[], options: DiarySnapshotOptions): DiarySnapshot {
  try {
    return diarySnapshot(entries, options);
  } catch (error) {
    if (!(error instanceof PromkitError)) throw error;
    throw new PromkitError(
      error.issues.map((issue) => {
        const [head, ...rest] = issue.path;
        if (head === 'entries') return { ...issue, path: ['diary', ...rest], message: issue.message.replace(/^entries/, 'diary') };
        if (head === 'options') return { ...issue, path: ['options', 'diary', ...rest], message: issue.message.replace(/^options\./, 'options.diary.') };
        return issue;
      }),
    );
  }
}

function unitText(m: DiaryMeasureSummary): string {
  return m.unit.startsWith('/') ? m.unit : ` ${m.unit}`;
}

function measureSentence(m: DiaryMeasureSummary, snap: DiarySnapshot): string {
  const u = unitText(m);
  const d = digitsOf(m.measure);
  const parts = [`${m.label}: mean ${fmt(m.mean as number, d)}${u} over ${m.daysWithData} of ${m.of} days${m.sufficient ? '' : ' (too few days for a reliable weekly mean)'}`];
  if (m.worst && m.best && m.daysWithData > 1) parts.push(`worst day ${m.worst.date} (${fmt(m.worst.value, d)}), best day ${m.best.date} (${fmt(m.best.value, d)})`);
  if (m.threshold && m.daysPastThreshold !== null) {
    parts.push(`${plural(m.daysPastThreshold, 'day')} at ${m.threshold.rule === 'at-least' ? 'or above' : 'or below'} ${fmt(m.threshold.value)}`);
  }
  if (m.flares) {
    parts.push(
      m.flares.days.length
        ? `flare on ${joinAnd(m.flares.days)}`
        : m.flares.evaluatedDays === 0
          ? 'flares could not be checked (no day had 4 diary days in the week before it)'
          : `no flare (${m.flares.evaluatedDays} of ${snap.days} days could be checked)`,
    );
  }
  return `${parts.join('; ')}.`;
}

/** @internal The diary part of a review, its chart, and what it adds to "needs attention". */
export function reviewDiary(
  entries: readonly DiaryEntry[],
  asOf: string,
  settings: DiarySettings | undefined,
  withCharts: boolean,
  sources: Sources,
  notes: string[],
  notComputed: NotComputed[],
): { review: DiaryReview; chart: ReviewChart | null; attention: AttentionItem[]; checked: string[] } {
  const opts: DiarySettings = { ...(settings ?? {}) };
  const issues: PromkitIssue[] = [];
  const merged = mergeDiary(entries, opts.duplicates ?? 'error', issues, 'diary');
  if (issues.length) throw new PromkitError(issues);
  const upTo = merged.filter((d) => d.date <= asOf);
  const after = merged.length - upTo.length;
  if (after) notes.push(`${plural(after, 'diary day')} after the review date ${asOf} left out.`);
  const attention: AttentionItem[] = [];
  const checked: string[] = [];
  const empty = { snapshot: null, firstWeek: null, comparisons: [], flares: [], sources: [] };
  if (upTo.length === 0) {
    return { review: { ...empty, statements: [`No diary entries on or before the review date ${asOf}.`] }, chart: null, attention, checked };
  }
  const days = opts.days ?? 7;
  const last = (upTo[upTo.length - 1] as (typeof upTo)[number]).date;
  const first = (upTo[0] as (typeof upTo)[number]).date;
  const rules = { ...opts, days };
  const latest = snapshot(entries, { ...rules, to: last });
  const firstWeek = addDays(first, days - 1) < latest.from ? snapshot(entries, { ...rules, from: first }) : null;

  const keys = [sources.method('diaryMean'), sources.method('heapy2014')];
  const statements: string[] = [];
  const withData = MEASURE_KEYS.map((k) => latest.measures[k]).filter((m) => m.daysWithData > 0);
  const recorded = `Diary ${latest.from} to ${latest.to}: ${latest.daysRecorded} of ${latest.days} days recorded`;
  const headline = withData.filter((m) => PAIN.includes(m.measure));
  statements.push(
    headline.length
      ? `${recorded}; ${joinAnd(headline.map((m) => `${m.label.toLowerCase()} averaged ${fmt(m.mean as number)}/10`))}${addDays(latest.to, 7) < asOf ? ` (the diary ends more than a week before the review date ${asOf})` : ''}.`
      : `${recorded}.`,
  );
  for (const m of withData) {
    statements.push(measureSentence(m, latest));
    if (!m.sufficient) notComputed.push({ topic: `Diary: ${m.label.toLowerCase()}, weekly mean`, reason: m.reason ?? 'too few days' });
    if (m.threshold && m.threshold.source !== 'given by the caller') keys.push(sources.method('serlin1995'));
    if (m.flares) keys.push(sources.method('costa2019'), sources.method('costa2021'));
  }

  const comparisons: DiaryComparison[] = [];
  if (firstWeek) {
    for (const k of MEASURE_KEYS) {
      const a = firstWeek.measures[k];
      const b = latest.measures[k];
      if (!a.sufficient || !b.sufficient || a.mean === null || b.mean === null) continue;
      const c = change(a.mean, b.mean, { direction: DIARY_MEASURES[k].direction, floor: DIARY_MEASURES[k].range[0] });
      comparisons.push({ measure: k, label: a.label, from: a.mean, to: b.mean, difference: c.difference, improvement: c.improvement as number });
      const way = c.difference === 0 ? 'no change' : (c.improvement as number) > 0 ? 'better' : 'worse';
      const d = digitsOf(k);
      statements.push(`${a.label}: weekly mean ${fmt(a.mean, d)}${unitText(a)} in the first diary week (${firstWeek.from} to ${firstWeek.to}), ${fmt(b.mean, d)}${unitText(b)} in the latest (${way}).`);
    }
  }

  // Flares over the whole diary up to the review date; those in the last 7 days need attention.
  const flares: DiaryReview['flares'][number][] = [];
  const results = new Map<DiaryMeasure, DetectFlaresResult>();
  const flareSettings = opts.flares;
  const recent: { label: string; flare: Flare }[] = [];
  if (flareSettings !== false) {
    for (const k of PAIN) {
      const series = upTo.filter((d) => d.values[k] !== undefined).map((d) => ({ date: d.date, value: d.values[k] as number }));
      if (series.length === 0) continue;
      const result = detectFlares(series, { ...(flareSettings ?? {}), direction: 'higher-is-worse' });
      results.set(k, result);
      const label = DIARY_MEASURES[k].label;
      flares.push({ measure: k, label, flares: result.flares });
      checked.push(`Diary: flares in ${label.toLowerCase()} up to ${asOf}`);
      const weekStart = addDays(asOf, -6);
      for (const f of result.flares) if (f.end >= weekStart) recent.push({ label, flare: f });
    }
    // One attention item per flare period, naming every pain measure that flared then.
    const periods = new Map<string, typeof recent>();
    for (const r of recent) {
      const key = `${r.flare.start}/${r.flare.end}`;
      periods.set(key, [...(periods.get(key) ?? []), r]);
    }
    for (const group of periods.values()) {
      const f = (group[0] as (typeof group)[number]).flare;
      attention.push({
        kind: 'flare',
        date: f.end,
        text: `Diary flare ${f.start === f.end ? `on ${f.start}` : `from ${f.start} to ${f.end}`}: ${joinAnd(group.map((g) => `${g.label.toLowerCase()} peaked at ${fmt(g.flare.peak)} on ${g.flare.peakDate} against a usual ${fmt(g.flare.baseline)}`))}.`,
        sources: [sources.method('costa2019'), sources.method('costa2021')],
      });
    }
  }

  // The chart shows the four weeks up to the snapshot's last day: the recent pattern, without a
  // line drawn across months without entries (the first week is in the comparison table).
  let chart: ReviewChart | null = null;
  const chartFrom = addDays(latest.to, -27);
  const recentDays = upTo.filter((d) => d.date >= chartFrom);
  const charted = PAIN.find((k) => recentDays.some((d) => d.values[k] !== undefined));
  if (withCharts && charted) {
    const label = DIARY_MEASURES[charted].label;
    try {
      const flareResult = results.get(charted);
      const spec = trajectoryChart(
        recentDays.filter((d) => d.values[charted] !== undefined).map((d) => ({ date: d.date, value: d.values[charted] as number })),
        {
          direction: 'higher-is-worse',
          scoreLabel: `${label} (0–10)`,
          title: `Diary: ${label.toLowerCase()}, ${recentDays.find((d) => d.values[charted] !== undefined)?.date} to ${latest.to}`,
          ...(flareResult ? { flares: { ...flareResult, flares: flareResult.flares.filter((f) => f.start >= chartFrom) } } : {}),
          width: CHART_WIDTH,
          height: CHART_HEIGHT,
        },
      );
      const title = spec.title as { text?: string } | string;
      chart = { id: 'chart-diary', section: 'diary', title: typeof title === 'string' ? title : (title.text ?? `Diary: ${label.toLowerCase()}`), description: String(spec.description ?? ''), spec };
    } catch (error) {
      if (!(error instanceof PromkitError)) throw error;
      notComputed.push({ topic: 'Diary chart', reason: error.message });
    }
  }
  return {
    review: { snapshot: latest, firstWeek, comparisons, flares, statements, sources: [...new Set(keys)] },
    chart,
    attention,
    checked,
  };
}
