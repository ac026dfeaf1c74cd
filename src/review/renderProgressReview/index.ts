import { describeValue, PromkitError } from '../../errors.js';
import type { DiaryMeasure, DiaryMeasureSummary, DiarySnapshot } from '../diarySnapshot/index.js';
import type {
  DiaryReview,
  GoalsReview,
  InstrumentReview,
  ProgressReview,
  ReviewChart,
  ScorePoint,
  ScoreReview,
} from '../progressReview/index.js';
import { DIARY_MEASURES, digitsOf, MEASURE_KEYS } from '../_lib/diaryMeasures.js';
import { esc, slug } from '../_lib/html.js';
import { fmt, gasLevelText, joinAnd, plural } from '../_lib/sentences.js';
import { PAGE_CSS } from '../_lib/styles.js';
import { inlineSvg, loadVega, specToSvg, type VegaModules } from '../_lib/vega.js';

export type { VegaModules } from '../_lib/vega.js';

/** Options of {@link renderProgressReview}. */
export interface RenderProgressReviewOptions {
  /**
   * `'svg'` (default): each chart inline as SVG, rendered with the optional peers `vega` and
   * `vega-lite` (a `PromkitError` says how to install them when they are missing). `'none'`:
   * no charts; the page says so, and every charted number is in its tables anyway.
   */
  readonly charts?: 'svg' | 'none';
  /**
   * The `vega` and `vega-lite` modules to render with. Default: imported at run time. Pass them
   * where a dynamic import cannot find them (browser bundles, CommonJS):
   * `{ vega: await import('vega'), vegaLite: await import('vega-lite') }`.
   */
  readonly vega?: VegaModules;
  /** The document's language (`lang`); default `'en'`, the language promkit writes. */
  readonly lang?: string;
}

type Refs = (keys: readonly string[]) => string;

const STATUS_TEXT: Record<string, string> = { improved: 'reliable improvement', deteriorated: 'reliable worsening', unchanged: 'not a reliable change' };

function signed(x: number, digits = 1): string {
  return x > 0 ? `+${fmt(x, digits)}` : fmt(x, digits);
}

function pointText(p: ScorePoint | undefined, metric: 'value' | 'tScore'): string {
  if (!p) return '<td>—</td>';
  if (p.value === null) return `<td><span class="why">not scored: ${esc(p.reason ?? 'no reason given')}</span></td>`;
  const parts = [metric === 'tScore' ? `T ${fmt(p.value)}${p.raw !== null ? ` (raw ${fmt(p.raw)})` : ''}` : fmt(p.value, 2)];
  if (p.band) parts.push(esc(p.band));
  if (p.status === 'prorated') parts.push(`prorated, ${p.answered} of ${p.of} items`);
  if (p.reason && p.status !== 'prorated' && p.value !== null) parts.push(`<span class="why">${esc(p.reason)}</span>`);
  return `<td>${parts.join(', ')}</td>`;
}

function flagText(value: boolean | null): string {
  return value === true ? '<strong>Yes</strong>' : value === false ? 'No' : '<span class="why">not checked (an item it needs was unanswered)</span>';
}

function shortLabel(label: string): string {
  const at = label.indexOf(': ');
  return at > 0 ? label.slice(0, at) : label;
}

function figure(chart: ReviewChart | undefined, svgs: ReadonlyMap<string, string>): string {
  if (!chart) return '';
  const svg = svgs.get(chart.id);
  if (svg === undefined) return '';
  return `<figure id="${esc(chart.id)}" aria-labelledby="${esc(chart.id)}-caption">${svg}<figcaption id="${esc(chart.id)}-caption"><strong>${esc(chart.title)}.</strong> ${esc(chart.description)}</figcaption></figure>`;
}

function visitsTable(instrument: InstrumentReview): string {
  const scores = instrument.scores;
  const first = scores[0];
  if (!first || first.series.length === 0) return '';
  const head = [
    '<th scope="col">Visit</th>',
    ...scores.map((s) => `<th scope="col">${esc(s.label)}${s.metric === 'tScore' ? ' (T-score)' : ''}</th>`),
    ...instrument.flags.map((f) => `<th scope="col">${esc(shortLabel(f.label))}</th>`),
    ...instrument.classifications.map((c) => `<th scope="col">${esc(c.label)}</th>`),
  ];
  const rows = first.series.map((p, i) => {
    const cells = [
      `<th scope="row" class="date">${esc(p.date)}</th>`,
      ...scores.map((s) => pointText(s.series[i], s.metric)),
      ...instrument.flags.map((f) => `<td>${flagText(f.values[i]?.value ?? null)}</td>`),
      ...instrument.classifications.map((c) => `<td>${c.values[i]?.value === null || c.values[i] === undefined ? '<span class="why">undetermined</span>' : esc(c.values[i]?.value as string)}</td>`),
    ];
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table><caption>${esc(instrument.shortTitle)}: scores at each visit</caption><thead><tr>${head.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function rciCell(s: ScoreReview): string {
  const r = s.reliableChange;
  if (!r) {
    const why = s.notComputed.find((n) => n.topic.endsWith(': reliable change'))?.reason ?? (s.previous ? 'not computed' : 'needs two scored visits');
    return `<td><span class="why">not computed: ${esc(why)}</span></td>`;
  }
  const source = (v: { source: { from: string } }) => (v.source.from === 'caller' ? ' (given by the caller)' : v.source.from === 'default' ? ' (default)' : '');
  const inputs = `reliability ${fmt(r.inputs.reliability.value, 2)}${source(r.inputs.reliability)}, SD ${fmt(r.inputs.sd.value, 2)}${source(r.inputs.sd)}`;
  const threshold = r.reliableChangeThreshold !== null ? `; reliable beyond ±${fmt(r.reliableChangeThreshold)} points` : '';
  return `<td>${esc(STATUS_TEXT[r.classification] ?? r.classification)} (RCI ${esc(fmt(r.rci, 2))}${esc(threshold)}; ${esc(inputs)})</td>`;
}

function mcidCell(s: ScoreReview): string {
  const m = s.mcid;
  if (!m) {
    const why = s.notComputed.find((n) => n.topic.endsWith(': MCID'))?.reason ?? (s.previous ? 'no MCID is stored for this score' : 'needs two scored visits');
    return `<td><span class="why">${esc(why)}</span></td>`;
  }
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const v of m.verdicts) {
    const key = `${v.value}${v.unit}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const what = v.classification === null ? `not judged (${v.reason ?? 'undefined percentage'})` : v.classification === 'unchanged' ? 'not reached' : v.classification;
    parts.push(`${fmt(v.value, 2)}${v.unit === 'percent' ? ' %' : ' points'}: ${what}${v.source.from === 'caller' ? ' (given by the caller)' : ''}`);
  }
  return `<td>${esc(parts.join('; '))}</td>`;
}

function changeTable(instrument: InstrumentReview, refs: Refs): string {
  const scores = instrument.scores.filter((s) => s.baseline !== null);
  if (scores.length === 0) return '';
  const rows = scores.map((s) => {
    const b = s.baseline as ScorePoint;
    const l = s.latest as ScorePoint;
    const c = s.change;
    const t = (p: ScorePoint) => `${s.metric === 'tScore' ? 'T ' : ''}${fmt(p.value as number, 2)} <span class="date">(${esc(p.date)})</span>`;
    return `<tr><th scope="row">${esc(s.label)}</th><td>${t(b)}</td><td>${s.previous ? t(l) : '—'}</td><td class="num">${c ? esc(signed(c.difference)) : '—'}</td><td class="num">${c?.percentChange !== null && c?.percentChange !== undefined ? `${esc(signed(c.percentChange))} %` : '—'}</td>${s.previous ? rciCell(s) + mcidCell(s) : '<td colspan="2"><span class="why">one scored visit: no change yet</span></td>'}<td>${refs(s.sources)}</td></tr>`;
  });
  return `<table><caption>${esc(instrument.shortTitle)}: change from baseline (first scored visit) to latest</caption><thead><tr><th scope="col">Score</th><th scope="col">Baseline</th><th scope="col">Latest</th><th scope="col">Change</th><th scope="col">% change</th><th scope="col">Reliable change</th><th scope="col">MCID</th><th scope="col">Sources</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function instrumentSection(instrument: InstrumentReview, charts: readonly ReviewChart[], svgs: ReadonlyMap<string, string>, refs: Refs): string {
  const id = `instrument-${slug(instrument.id)}`;
  const statements = instrument.scores.map((s) => `<li>${esc(s.statement)}${s.immpact ? ` ${esc(`IMMPACT: ${s.immpact.category} change${s.immpact.percentReduction !== null ? ` (${fmt(s.immpact.percentReduction)} % less pain)` : ''}.`)}` : ''}</li>`);
  const problems = instrument.problems.map((p) => `<li>${esc(p.date)}: could not be scored: ${esc(p.message)}</li>`);
  const meta = [`Version: ${instrument.version}`, instrument.recallPeriod ? `recall period: ${instrument.recallPeriod}` : null].filter(Boolean).join('; ');
  return `<section aria-labelledby="${id}"><h3 id="${id}">${esc(instrument.shortTitle)}${instrument.shortTitle !== instrument.title ? `: ${esc(instrument.title)}` : ''}</h3>
<p class="meta">${esc(meta)}</p>
<ul class="lead">${statements.join('')}</ul>
${problems.length ? `<ul class="why">${problems.join('')}</ul>` : ''}
${visitsTable(instrument)}
${changeTable(instrument, refs)}
${charts.filter((c) => c.section === 'instrument' && c.instrument === instrument.id).map((c) => figure(c, svgs)).join('\n')}
</section>`;
}

function goalsSection(goals: GoalsReview, chart: ReviewChart | undefined, svgs: ReadonlyMap<string, string>, refs: Refs): string {
  const occasions = goals.occasions;
  const head = ['<th scope="col">Goal</th>', ...occasions.map((o) => `<th scope="col">${o.at === 'baseline' ? 'Baseline' : esc(o.at)}</th>`)];
  const rows = goals.goals.map((g) => {
    const cells = occasions.map((o) => {
      const level = o.at === 'baseline' ? g.levels[0] : g.levels.find((l) => l.at === o.at);
      if (!level) return '<td>—</td>';
      return `<td>${level.level === null ? '<span class="why">reviewed, not rated</span>' : esc(gasLevelText(level.level))}</td>`;
    });
    return `<tr><th scope="row">${esc(g.description)}<br><span class="why">Expected outcome: ${esc(g.expectedOutcome)}</span></th>${cells.join('')}</tr>`;
  });
  const tRow = `<tr><th scope="row">GAS T-score (50 = every goal met as expected)</th>${occasions.map((o) => `<td class="num">${o.tScore === null ? `<span class="why">not computed: ${esc(o.reason ?? 'no goal rated')}</span>` : `${esc(fmt(o.tScore))} <span class="why">(${o.included} of ${o.of} goals)</span>`}</td>`).join('')}</tr>`;
  return `<section aria-labelledby="goals-h"><h2 id="goals-h">Goals</h2>
<p class="lead">${esc(goals.statement)} ${refs(goals.sources)}</p>
<ul>${goals.goals.map((g) => `<li>${esc(g.statement)}</li>`).join('')}</ul>
<table><caption>Goal Attainment Scaling: level of each goal at baseline and at each review (ρ = ${esc(fmt(goals.rho, 2))}, ${esc(goals.weighting)})</caption><thead><tr>${head.join('')}</tr></thead><tbody>${rows.join('')}${tRow}</tbody></table>
${figure(chart, svgs)}
</section>`;
}

function measureRow(m: DiaryMeasureSummary): string {
  const u = m.unit.startsWith('/') ? m.unit : ` ${m.unit}`;
  const d = digitsOf(m.measure);
  const day = (v: { date: string; value: number } | null) => (v ? `${esc(fmt(v.value, d))} (${esc(v.date)})` : '—');
  const threshold = m.threshold && m.daysPastThreshold !== null ? `${m.daysPastThreshold} (${m.threshold.rule === 'at-least' ? '≥' : '≤'} ${esc(fmt(m.threshold.value))})` : '—';
  const flares = m.flares ? (m.flares.days.length ? esc(joinAnd(m.flares.days)) : `none <span class="why">(${m.flares.evaluatedDays} of ${m.of} days could be checked)</span>`) : '—';
  const unit = u.trim() === m.label.toLowerCase() ? '' : ` <span class="why">(${esc(u.trim())})</span>`;
  return `<tr><th scope="row">${esc(m.label)}${unit}</th><td class="num">${m.daysWithData} of ${m.of}</td><td class="num">${m.mean === null ? '—' : esc(fmt(m.mean, d))}${m.sufficient ? '' : ' <span class="why">(too few days)</span>'}</td><td class="num">${m.median === null ? '—' : esc(fmt(m.median, d))}</td><td>${day(m.worst)}</td><td>${day(m.best)}</td><td>${threshold}</td><td>${flares}</td></tr>`;
}

function dailyTable(snapshot: DiarySnapshot): string {
  const shown = MEASURE_KEYS.filter((k) => snapshot.measures[k].daysWithData > 0);
  const withNotes = snapshot.daily.some((d) => d.note !== null);
  const head = ['<th scope="col">Day</th>', ...shown.map((k) => `<th scope="col">${esc(DIARY_MEASURES[k].label)}</th>`), withNotes ? '<th scope="col">Note (patient\'s words)</th>' : ''];
  const rows = snapshot.daily.map((d) => {
    if (!d.recorded) return `<tr><th scope="row" class="date">${esc(d.date)}</th><td colspan="${shown.length + (withNotes ? 1 : 0)}"><span class="why">no entry</span></td></tr>`;
    const cells = shown.map((k: DiaryMeasure) => {
      const v = d.values[k];
      const flare = snapshot.measures[k].flares?.days.includes(d.date);
      return `<td class="num">${v === undefined ? '—' : esc(fmt(v, digitsOf(k)))}${flare ? ' <strong>flare</strong>' : ''}</td>`;
    });
    return `<tr><th scope="row" class="date">${esc(d.date)}</th>${cells.join('')}${withNotes ? `<td>${d.note === null ? '' : esc(d.note)}</td>` : ''}</tr>`;
  });
  return `<table><caption>Diary, day by day (${esc(snapshot.from)} to ${esc(snapshot.to)})</caption><thead><tr>${head.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function diarySection(diary: DiaryReview, chart: ReviewChart | undefined, svgs: ReadonlyMap<string, string>, refs: Refs): string {
  const s = diary.snapshot;
  if (!s) return `<section aria-labelledby="diary-h"><h2 id="diary-h">Diary</h2><p>${esc(diary.statements.join(' '))}</p></section>`;
  const measures = MEASURE_KEYS.map((k) => s.measures[k]).filter((m) => m.daysWithData > 0);
  const summary = measures.length
    ? `<table><caption>Diary week summary: ${esc(s.from)} to ${esc(s.to)} (a weekly mean needs ${s.rule.minDays} days with data)</caption><thead><tr><th scope="col">Measure</th><th scope="col">Days with data</th><th scope="col">Mean</th><th scope="col">Median</th><th scope="col">Worst day</th><th scope="col">Best day</th><th scope="col">Days past threshold</th><th scope="col">Flare days</th></tr></thead><tbody>${measures.map(measureRow).join('')}</tbody></table>`
    : '';
  const comparison = diary.comparisons.length && diary.firstWeek
    ? `<table><caption>Weekly means: first diary week (${esc(diary.firstWeek.from)} to ${esc(diary.firstWeek.to)}) and latest week</caption><thead><tr><th scope="col">Measure</th><th scope="col">First week</th><th scope="col">Latest week</th><th scope="col">Change</th></tr></thead><tbody>${diary.comparisons.map((c) => `<tr><th scope="row">${esc(c.label)}</th><td class="num">${esc(fmt(c.from, digitsOf(c.measure)))}</td><td class="num">${esc(fmt(c.to, digitsOf(c.measure)))}</td><td class="num">${esc(signed(c.difference, digitsOf(c.measure)))} (${c.improvement > 0 ? 'better' : c.improvement < 0 ? 'worse' : 'no change'})</td></tr>`).join('')}</tbody></table>`
    : '';
  return `<section aria-labelledby="diary-h"><h2 id="diary-h">Diary: ${esc(s.from)} to ${esc(s.to)}</h2>
<p class="lead">${esc(diary.statements[0] ?? '')}</p>
<p class="why">Weekly values are means of the days with data; missing days are left out, never filled in. ${refs(diary.sources)}</p>
${summary}
${comparison}
${dailyTable(s)}
${figure(chart, svgs)}
</section>`;
}

/**
 * @summary One self-contained HTML page of a progress review: no scripts, no network requests,
 * printable on A4 and Letter, readable by a screen reader.
 *
 * @remarks
 * The page holds, in order: the patient and review date; **Needs attention now** (or what was
 * checked when nothing was flagged); **At a glance**, one plain-language sentence per
 * instrument, the goals and the diary; each instrument's plain-language findings, its scores at
 * every visit (unscored ones say why), its change from baseline to latest with reliable change
 * and MCID verdicts, and its chart; the goals; the diary week; what could not be computed; and
 * a footer with every source cited and the licence notes of the instruments shown.
 *
 * - **Self-contained**: one HTML string with inline CSS and inline SVG charts; system fonts; a
 *   Content-Security-Policy that forbids scripts and every fetch, so the page reads the same
 *   offline, from a file, or attached to a record.
 * - **Charts** are the review's Vega-Lite specs rendered to SVG with the optional peers `vega`
 *   and `vega-lite` (loaded only here, or given as `options.vega`). Each is a `<figure>` whose
 *   caption is its text alternative; the SVG itself is hidden from assistive technology, and
 *   every charted number is also in a table. `charts: 'none'` leaves them out.
 * - **Accessible**: a heading outline (h1 patient, h2 sections, h3 instruments), tables with
 *   captions and header cells, text that never relies on colour.
 * - **Safe**: every text that comes from data (names, ids, goal text, diary notes, messages) is
 *   HTML-escaped; a rendered SVG holding anything but drawing elements is refused.
 *
 * @param review - the result of `progressReview`
 * @param options - `charts` (`'svg'` or `'none'`), `vega` modules, `lang`
 * @returns the HTML document, as a string (write it with a `.html` name)
 * @throws {PromkitError} at the call, when `review` is not a progress review or an option is
 *   invalid; the returned promise rejects with a `PromkitError` when charts are asked for and
 *   `vega`/`vega-lite` cannot be loaded
 *
 * @example
 * ```ts
 * import { progressReview, renderProgressReview } from 'promkit';
 *
 * const html = await renderProgressReview(progressReview({ patient: { id: 'P017' }, visits, instruments }));
 * html.startsWith('<!DOCTYPE html>'); //=> true
 * html.includes('<script'); //=> false
 * const tablesOnly = await renderProgressReview(review, { charts: 'none' }); // needs no Vega
 * ```
 */
export function renderProgressReview(review: ProgressReview, options: RenderProgressReviewOptions = {}): Promise<string> {
  // Everything about the arguments is checked now, so that a mistake throws at the call rather
  // than rejecting later; only loading and running Vega is asynchronous.
  checkReview(review);
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new PromkitError([{ code: 'invalid-argument', path: ['options'], input: options, message: `options: expected { charts?, vega?, lang? }, got ${describeValue(options)}` }]);
  }
  for (const key of Object.keys(options)) {
    if (!['charts', 'vega', 'lang'].includes(key)) throw new PromkitError([{ code: 'invalid-argument', path: ['options', key], input: (options as Record<string, unknown>)[key], message: `options.${key}: unknown option; allowed are charts, vega, lang` }]);
  }
  const mode = options.charts ?? 'svg';
  if (mode !== 'svg' && mode !== 'none') {
    throw new PromkitError([{ code: 'invalid-argument', path: ['options', 'charts'], input: mode, message: `options.charts: expected 'svg' or 'none', got ${describeValue(mode)}` }]);
  }
  const lang = options.lang ?? 'en';
  if (typeof lang !== 'string' || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) {
    throw new PromkitError([{ code: 'invalid-argument', path: ['options', 'lang'], input: lang, message: `options.lang: expected a language tag such as 'en' or 'en-GB', got ${describeValue(lang)}` }]);
  }
  return render(review, mode, lang, options.vega);
}

/** The parts of a review the page reads, checked so that a malformed one is a PromkitError. */
function checkReview(review: unknown): asserts review is ProgressReview {
  const r = review as Record<string, unknown> | null;
  const bad = (what: string) => {
    throw new PromkitError([{ code: 'invalid-argument', path: ['review', ...what.split('.').filter(Boolean)], input: review, message: `review${what ? `.${what}` : ''}: expected the result of progressReview(), got ${describeValue(what && r ? r[what.split('.')[0] as string] : review)}` }]);
  };
  if (r === null || typeof r !== 'object' || Array.isArray(r) || r.kind !== 'progress-review') return bad('');
  const patient = r.patient as Record<string, unknown> | null;
  if (patient === null || typeof patient !== 'object' || typeof patient.id !== 'string') return bad('patient');
  if (typeof r.asOf !== 'string') return bad('asOf');
  const period = r.period as Record<string, unknown> | null;
  if (period === null || typeof period !== 'object' || typeof period.from !== 'string' || typeof period.to !== 'string') return bad('period');
  for (const key of ['summary', 'attention', 'checked', 'instruments', 'notComputed', 'notes', 'charts', 'sources', 'licences']) {
    if (!Array.isArray(r[key])) return bad(key);
  }
}

async function render(review: ProgressReview, mode: 'svg' | 'none', lang: string, vegaModules: VegaModules | undefined): Promise<string> {
  const svgs = new Map<string, string>();
  if (mode === 'svg' && review.charts.length) {
    const api = await loadVega(vegaModules);
    for (const chart of review.charts) svgs.set(chart.id, inlineSvg(await specToSvg(chart.spec, api), chart.id));
  }

  const numbers = new Map(review.sources.map((s, i) => [s.key, i + 1]));
  const refs: Refs = (keys) =>
    keys
      .map((k) => numbers.get(k))
      .filter((n): n is number => n !== undefined)
      .map((n) => `<a class="src" href="#src-${n}" aria-label="source ${n}">[${n}]</a>`)
      .join('');

  const who = review.patient.name ? `${review.patient.name} (${review.patient.id})` : review.patient.id;
  const attention = review.attention.length
    ? `<section class="attention" aria-labelledby="attention-h"><h2 id="attention-h">Needs attention now</h2><ul>${review.attention.map((a) => `<li>${esc(a.text)} ${refs(a.sources)}</li>`).join('')}</ul></section>`
    : `<section class="ok" aria-labelledby="attention-h"><h2 id="attention-h">Needs attention now</h2><p>Nothing was flagged. ${review.checked.length ? `Checked: ${esc(joinAnd(review.checked))}.` : 'There was nothing to check: no flags, reliable change or diary flares could be assessed.'}</p></section>`;
  const glance = review.summary.length ? `<section aria-labelledby="summary-h"><h2 id="summary-h">At a glance</h2><ul class="lead">${review.summary.map((s) => `<li>${esc(s)}</li>`).join('')}</ul></section>` : '';
  const instruments = review.instruments.length
    ? `<section aria-labelledby="questionnaires-h"><h2 id="questionnaires-h">Questionnaires</h2>${review.instruments.map((i) => instrumentSection(i, review.charts, svgs, refs)).join('\n')}</section>`
    : '';
  const goals = review.goals ? goalsSection(review.goals, review.charts.find((c) => c.section === 'goals'), svgs, refs) : '';
  const diary = review.diary ? diarySection(review.diary, review.charts.find((c) => c.section === 'diary'), svgs, refs) : '';
  const missing = review.notComputed.length || review.notes.length
    ? `<section aria-labelledby="missing-h"><h2 id="missing-h">What could not be computed</h2>${review.notComputed.length ? `<ul>${review.notComputed.map((n) => `<li><strong>${esc(n.topic)}</strong>: ${esc(n.reason)}</li>`).join('')}</ul>` : '<p>Everything shown could be computed.</p>'}${review.notes.length ? `<h3>How the data was handled</h3><ul>${review.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : ''}</section>`
    : '';
  const sources = review.sources.length
    ? `<h2 id="sources-h">Sources</h2><ol class="sources">${review.sources.map((s, i) => `<li id="src-${i + 1}">${esc(s.text)}${s.doi ? ` doi:${esc(s.doi)}` : ''}${s.url && !s.doi ? ` ${esc(s.url)}` : ''}</li>`).join('')}</ol>`
    : '';
  const licences = review.licences.length
    ? `<h2 id="licences-h">Licences of the instruments shown</h2><ul>${review.licences.map((l) => `<li><strong>${esc(l.title)}</strong> (${esc(l.status.replace(/-/g, ' '))}${l.holder ? `; ${esc(l.holder)}` : ''}): ${esc(l.note)}${l.url ? ` ${esc(l.url)}` : ''}</li>`).join('')}</ul>`
    : '';
  const charts = mode === 'none' && review.charts.length ? ' It was made without charts; every number a chart would show is in the tables.' : '';
  return `<!DOCTYPE html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<title>${esc(`Progress review: ${who}, ${review.asOf}`)}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<header>
<h1>Progress review: ${esc(who)}</h1>
<p class="meta">Patient ${esc(review.patient.id)} · review date ${esc(review.asOf)} · data from ${esc(review.period.from)} to ${esc(review.period.to)}</p>
</header>
<main>
${attention}
${glance}
${instruments}
${goals}
${diary}
${missing}
</main>
<footer>
${sources}
${licences}
<h2 id="about-h">About this page</h2>
<p>Made by promkit from the data given, as of the review date ${esc(review.asOf)}; it reads no clock and fetches nothing. Scores, bands, reliable change, MCIDs, goal attainment and diary summaries follow the published rules cited above; a number the data could not support is shown as not computed, with the reason. It supports clinical judgement and does not replace it.${charts}</p>
</footer>
</body>
</html>
`;
}
