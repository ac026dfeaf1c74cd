import { change, type ChangeResult } from '../../change/change/index.js';
import { immpactPainChange, type ImmpactPainChangeResult } from '../../change/immpactPainChange/index.js';
import { mcidChange, type McidChangeResult } from '../../change/mcidChange/index.js';
import { reliableChange, type RciMethod, type ReliableChangeResult } from '../../change/reliableChange/index.js';
import { tidy } from '../../change/_lib/numbers.js';
import type { DuplicatePolicy } from '../../change/_lib/types.js';
import { trajectoryChart } from '../../charts/trajectoryChart/index.js';
import type { ScoreResult, ScoreValue } from '../../engine/score.js';
import { PromkitError } from '../../errors.js';
import { bandHolding } from '../../model/bands.js';
import type { Instrument, ScoreDefinition } from '../../model/schema.js';
import type {
  AttentionItem,
  InstrumentReview,
  NotComputed,
  ReviewChart,
  ReviewPsychometrics,
  ScorePoint,
  ScoreReview,
} from '../progressReview/index.js';
import { changeSentence, fmt } from './sentences.js';
import type { Sources } from './sources.js';

/** @internal A result with its visit's day and its position in the input. */
export interface DatedResult {
  readonly date: string;
  readonly order: number;
  readonly result: ScoreResult;
}

/** @internal */
export interface InstrumentSettings {
  readonly psychometrics: Readonly<Record<string, ReviewPsychometrics>>;
  readonly method: RciMethod | undefined;
  readonly duplicates: DuplicatePolicy;
  readonly charts: boolean;
  readonly sources: Sources;
}

/** @internal What reviewing one instrument adds to the review. */
export interface InstrumentOutcome {
  readonly review: InstrumentReview;
  readonly attention: AttentionItem[];
  readonly checked: string[];
  readonly notComputed: NotComputed[];
  readonly notes: string[];
  readonly charts: ReviewChart[];
}

/** Plot size: with axes and band labels the chart stays within an A4 or Letter page's 180 mm. */
export const CHART_WIDTH = 470;
/** @internal */
export const CHART_HEIGHT = 190;

function attempt<T>(fn: () => T): { value: T | null; reason?: string } {
  try {
    return { value: fn() };
  } catch (error) {
    if (!(error instanceof PromkitError)) throw error;
    return { value: null, reason: error.message };
  }
}

function pointOf(date: string, sv: ScoreValue, metric: 'value' | 'tScore'): ScorePoint {
  let value = metric === 'tScore' ? (sv.tScore ?? null) : sv.value;
  let reason = sv.reason;
  if (metric === 'tScore' && sv.value !== null && sv.tScore === undefined) {
    value = null;
    reason = 'the result has no T-score';
  }
  return {
    date,
    value,
    raw: sv.value,
    ...(sv.tScore !== undefined ? { tScore: sv.tScore } : {}),
    ...(sv.se !== undefined ? { se: sv.se } : {}),
    band: sv.band?.label ?? null,
    status: sv.status,
    answered: sv.answered,
    of: sv.of,
    ...(reason ? { reason } : {}),
  };
}

/** Same-day scored points merged by the duplicate policy; or why they cannot be. */
function mergeSameDay(points: readonly ScorePoint[], policy: DuplicatePolicy, score: ScoreDefinition, metric: 'value' | 'tScore'): { merged: ScorePoint[]; conflict?: string; note?: string } {
  const merged: ScorePoint[] = [];
  const notes: string[] = [];
  for (let i = 0; i < points.length; ) {
    let j = i + 1;
    while (j < points.length && (points[j] as ScorePoint).date === (points[i] as ScorePoint).date) j++;
    const group = points.slice(i, j);
    const first = group[0] as ScorePoint;
    i = j;
    if (group.length === 1) {
      merged.push(first);
      continue;
    }
    const values = group.map((p) => p.value as number);
    if (new Set(values).size === 1) {
      merged.push(first);
      notes.push(`${group.length} identical results on ${first.date} counted once`);
      continue;
    }
    if (policy === 'error') {
      return { merged: [], conflict: `${group.length} results on ${first.date} disagree (${values.map((v) => fmt(v)).join(' and ')}); the review does not choose between them (pass duplicates: 'mean', 'first' or 'last' to say how)` };
    }
    if (policy === 'first' || policy === 'last') {
      merged.push(policy === 'first' ? first : (group[group.length - 1] as ScorePoint));
      notes.push(`${group.length} results on ${first.date}: the ${policy} one is used`);
      continue;
    }
    const value = tidy(values.reduce((s, v) => s + v, 0) / values.length);
    const bandsApply = score.bands && (score.bandsOn ?? 'value') === metric;
    merged.push({
      date: first.date,
      value,
      raw: metric === 'value' ? value : null,
      band: bandsApply ? (bandHolding(score.bands ?? [], value)?.label ?? null) : null,
      status: 'scored',
      answered: first.answered,
      of: first.of,
      reason: `the mean of ${group.length} results on this day`,
    });
    notes.push(`${group.length} results on ${first.date} averaged`);
  }
  return { merged, ...(notes.length ? { note: notes.join('; ') } : {}) };
}

function overrideFor(settings: InstrumentSettings, definition: Instrument, score: string): ReviewPsychometrics {
  const p = settings.psychometrics;
  return { ...(score === 'total' ? (p[definition.id] ?? {}) : {}), ...(p[`${definition.id}.${score}`] ?? {}) };
}

interface ScoreOutcome {
  readonly review: ScoreReview;
  readonly attention: AttentionItem[];
  readonly checked: string[];
  readonly notes: string[];
  readonly merged: ScorePoint[] | null;
}

function reviewScore(definition: Instrument, score: ScoreDefinition, results: readonly DatedResult[], settings: InstrumentSettings): ScoreOutcome {
  const sources = settings.sources;
  const label = score.label;
  const metric = score.psychometrics?.metric ?? 'value';
  const series: ScorePoint[] = [];
  for (const r of results) {
    const sv = r.result.scores[score.name];
    if (sv) series.push(pointOf(r.date, sv, metric));
  }
  const notComputed: NotComputed[] = [];
  const attention: AttentionItem[] = [];
  const checked: string[] = [];
  const notes: string[] = [];
  const keys: string[] = [];
  const cite = (key: string | null | undefined) => {
    if (key && !keys.includes(key)) keys.push(key);
  };
  for (const p of series) {
    if (p.value === null) notComputed.push({ topic: `${label}, ${p.date}`, reason: p.reason ?? 'not scored' });
  }
  if (series.some((p) => p.status !== 'scored')) cite(sources.instrument(definition, score.missing.source.ref));
  if (score.bands && score.bandSource) cite(sources.instrument(definition, score.bandSource.ref));

  const scored = series.filter((p) => p.value !== null);
  const { merged, conflict, note } = mergeSameDay(scored, settings.duplicates, score, metric);
  if (note) notes.push(`${label}: ${note}.`);
  const context = { instrument: definition, score: score.name };
  const over = overrideFor(settings, definition, score.name);

  let changeResult: ChangeResult | null = null;
  let rci: ReliableChangeResult | null = null;
  let sincePrevious: ReliableChangeResult | null = null;
  let mcid: McidChangeResult | null = null;
  let immpact: ImmpactPainChangeResult | null = null;
  let rciReason: string | undefined;
  let mcidReason: string | undefined;
  const baseline = merged[0] ?? null;
  const latest = merged.length ? (merged[merged.length - 1] as ScorePoint) : null;
  const previous = merged.length >= 2 ? (merged[merged.length - 2] as ScorePoint) : null;
  let statement: string;
  let bandMovement: ScoreReview['bandMovement'] = null;

  if (conflict) {
    notComputed.push({ topic: `${label}: change`, reason: conflict });
    statement = `${label}: change not computed, because ${conflict.replace(/ \(pass duplicates.*\)$/, '')}.`;
  } else if (baseline === null || latest === null) {
    const last = series[series.length - 1];
    statement = `${label}: not scored at any visit${last?.reason ? ` (${last.date}: ${last.reason})` : ''}.`;
  } else if (previous === null) {
    statement = `${label} was ${fmt(latest.value as number)}${latest.band ? ` (${latest.band})` : ''} on ${latest.date}; with one scored visit there is no change to judge yet.`;
  } else {
    const b = baseline.value as number;
    const l = latest.value as number;
    const c = attempt(() => change(b, l, context));
    changeResult = c.value;
    if (c.reason) notComputed.push({ topic: `${label}: change`, reason: c.reason });

    // Reliable change needs a reliability and a pre-treatment SD.
    const stored = score.psychometrics;
    const reliability = over.reliability ?? stored?.reliability?.value;
    const sd = over.sd ?? stored?.reference?.sd ?? stored?.dysfunctional?.sd;
    if (reliability === undefined || sd === undefined) {
      const missing = [reliability === undefined ? 'reliability' : null, sd === undefined ? 'reference SD' : null].filter(Boolean).join(' or ');
      rciReason = `no ${missing} is stored for it and none was given`;
    } else {
      const rc = { ...context, method: settings.method, reliability: over.reliability, sd: over.sd };
      const r = attempt(() => reliableChange(b, l, rc));
      rci = r.value;
      rciReason = r.reason;
      if (rci) {
        cite(sources.method(rci.method === 'jacobson-truax' ? 'jacobson1991' : 'bauer2004'));
        if (rci.inputs.reliability.source.from === 'definition' && stored?.reliability) cite(sources.instrument(definition, stored.reliability.source.ref));
        const norm = stored?.reference ?? stored?.dysfunctional;
        if (rci.inputs.sd.source.from === 'definition' && norm) cite(sources.instrument(definition, norm.source.ref));
        if (merged.length >= 3) {
          sincePrevious = attempt(() => reliableChange(previous.value as number, l, rc)).value;
          const before = attempt(() => reliableChange(b, previous.value as number, rc)).value;
          const isNew = rci.classification === 'deteriorated' && before?.classification !== 'deteriorated';
          if (isNew || sincePrevious?.classification === 'deteriorated') {
            const since = sincePrevious?.classification === 'deteriorated' ? `since the previous visit (${fmt(previous.value as number)} on ${previous.date})` : `since baseline (${fmt(b)} on ${baseline.date})`;
            attention.push({ kind: 'reliable-deterioration', date: latest.date, instrument: definition.id, name: score.name, text: `${label} worsened reliably ${since} to ${fmt(l)} on ${latest.date}.`, sources: [...keys] });
          }
        } else if (rci.classification === 'deteriorated') {
          attention.push({ kind: 'reliable-deterioration', date: latest.date, instrument: definition.id, name: score.name, text: `${label} worsened reliably since baseline (${fmt(b)} on ${baseline.date}) to ${fmt(l)} on ${latest.date}.`, sources: [...keys] });
        }
        checked.push(`${label}: reliable deterioration`);
      }
    }
    if (rci === null) notComputed.push({ topic: `${label}: reliable change`, reason: rciReason ?? 'not computed' });

    if (over.mcid === undefined && !stored?.mcid?.length) {
      mcidReason = 'none is stored for it and none was given';
    } else {
      const m = attempt(() => mcidChange(b, l, { ...context, ...(over.mcid !== undefined ? { mcid: over.mcid } : {}) }));
      mcid = m.value;
      mcidReason = m.reason;
      if (mcid) {
        cite(sources.method('jaeschke1989'));
        if (over.mcid === undefined) for (const stored_ of stored?.mcid ?? []) cite(sources.instrument(definition, stored_.source.ref));
      } else notComputed.push({ topic: `${label}: MCID`, reason: mcidReason ?? 'not computed' });
    }
    if (definition.domain === 'pain-intensity' && score.range[0] === 0 && score.range[1] === 10) {
      const im = attempt(() => immpactPainChange(b, l));
      immpact = im.value;
      if (immpact) cite(sources.method('dworkin2008'));
    }
    if (baseline.band && latest.band && score.bands) {
      const labels = score.bands.map((band) => band.label);
      const from = labels.indexOf(baseline.band);
      const to = labels.indexOf(latest.band);
      const worse = score.direction === 'higher-is-worse' ? 1 : -1;
      bandMovement = { from: baseline.band, to: latest.band, moved: from === to ? 'same' : worse * (to - from) > 0 ? 'worse' : 'better' };
    }
    statement = changeResult
      ? changeSentence({ name: label, change: changeResult, bandFrom: baseline.band, bandTo: latest.band, rci, ...(rciReason ? { rciReason } : {}), mcid, ...(mcidReason ? { mcidReason } : {}) })
      : `${label}: change not computed (${c.reason}).`;
  }
  const last = series[series.length - 1];
  if (last && last.value === null && (latest === null || last.date > latest.date) && baseline !== null) {
    statement += ` The result of ${last.date} could not be scored${last.reason ? `: ${last.reason}` : ''}`;
    if (!/[.!?]$/.test(statement)) statement += '.';
  }
  return {
    review: {
      instrument: definition.id,
      score: score.name,
      label,
      metric,
      direction: score.direction,
      range: score.range,
      series,
      baseline,
      latest,
      previous,
      change: changeResult,
      reliableChange: rci,
      sincePrevious,
      mcid,
      immpact,
      bandMovement,
      statement,
      sources: keys,
      notComputed,
    },
    attention,
    checked,
    notes,
    merged: conflict ? null : merged,
  };
}

/** @internal Reviews one instrument's results (already limited to the review date). */
export function reviewInstrument(
  definition: Instrument,
  results: readonly DatedResult[],
  problems: readonly { date: string; message: string }[],
  settings: InstrumentSettings,
): InstrumentOutcome {
  const sorted = [...results].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  const name = definition.shortTitle ?? definition.title;
  const attention: AttentionItem[] = [];
  const checked: string[] = [];
  const notComputed: NotComputed[] = [];
  const notes: string[] = [];
  const charts: ReviewChart[] = [];
  const scores: ScoreReview[] = [];
  const hasTotal = definition.scores.some((s) => s.name === 'total');
  for (const score of definition.scores) {
    const outcome = reviewScore(definition, score, sorted, settings);
    scores.push(outcome.review);
    attention.push(...outcome.attention);
    checked.push(...outcome.checked);
    notComputed.push(...outcome.review.notComputed);
    notes.push(...outcome.notes);
    if (!settings.charts || (hasTotal && score.name !== 'total')) continue;
    const points = outcome.merged;
    if (points === null) {
      notComputed.push({ topic: `${score.label}: chart`, reason: 'results on one day disagree (see above)' });
      continue;
    }
    if (points.length === 0) continue;
    const spec = attempt(() =>
      trajectoryChart(
        points.map((p) => ({ date: p.date, value: p.value as number })),
        { instrument: definition, score: score.name, baseline: points[0]?.value as number, width: CHART_WIDTH, height: CHART_HEIGHT },
      ),
    );
    if (spec.value === null) {
      notComputed.push({ topic: `${score.label}: chart`, reason: spec.reason ?? 'not drawn' });
      continue;
    }
    const title = spec.value.title as { text?: string } | string;
    charts.push({
      id: `chart-${definition.id}-${score.name}`,
      section: 'instrument',
      instrument: definition.id,
      title: typeof title === 'string' ? title : (title.text ?? score.label),
      description: String(spec.value.description ?? ''),
      spec: spec.value,
    });
  }
  for (const p of problems) notComputed.push({ topic: `${name}, ${p.date}`, reason: `could not be scored: ${p.message}` });

  // Flags and classifications at each visit; attention for those at the latest visit.
  const flags = (definition.flags ?? []).map((f) => ({
    name: f.name,
    label: f.label,
    values: sorted.map((r) => ({ date: r.date, value: r.result.flags[f.name] ?? null })),
  }));
  const classifications = (definition.classifications ?? []).map((c) => ({
    name: c.name,
    label: c.label,
    values: sorted.map((r) => ({ date: r.date, value: r.result.classifications[c.name] ?? null })),
  }));
  const latest = sorted[sorted.length - 1];
  if (latest && definition.domain !== 'global-change') {
    for (const flag of definition.flags ?? []) {
      const value = latest.result.flags[flag.name];
      const key = settings.sources.instrument(definition, flag.source.ref);
      checked.push(`${name}: ${flag.label} (latest visit, ${latest.date})`);
      if (value === true) {
        attention.push({ kind: 'flag', date: latest.date, instrument: definition.id, name: flag.name, text: `${name} on ${latest.date}: ${flag.label}.`, sources: key ? [key] : [] });
      } else if (value !== false) {
        attention.push({ kind: 'flag-unchecked', date: latest.date, instrument: definition.id, name: flag.name, text: `${name} on ${latest.date}: could not check "${flag.label}", because an item it needs was not answered.`, sources: key ? [key] : [] });
      }
    }
  }
  return {
    review: {
      id: definition.id,
      title: definition.title,
      shortTitle: name,
      version: definition.version,
      recallPeriod: definition.recallPeriod,
      scores,
      flags,
      classifications,
      problems: problems.map((p) => ({ date: p.date, message: p.message })),
    },
    attention,
    checked,
    notComputed,
    notes,
    charts,
  };
}
