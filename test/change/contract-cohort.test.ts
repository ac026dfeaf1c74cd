/**
 * Contract tests of pgicResponse, changeByPatient, cohortChange and the shared score context
 * (src/change/_lib/context.ts): argument errors pinned by code, path and message, rows that differ
 * per patient, and expected values from the published rule or a hand calculation (issue 18).
 */
import { describe, expect, it } from 'vitest';
import {
  change,
  changeByPatient,
  clinicalSignificance,
  cohortChange,
  immpactPainChange,
  mcidChange,
  pgicResponse,
  reliableChange,
} from '../../src/change/index.js';
import { defineInstrument } from '../../src/index.js';
import { score } from '../../src/engine/score.js';
import { nrs, peg, pgic, phq9, promisPi4a, vas } from '../../src/instruments/index.js';
import type { Visit } from '../../src/change/index.js';
import type { Instrument } from '../../src/model/schema.js';
import { issue } from '../promkitError.js';

/** Two dated visits of one patient. */
const twoVisits = (id: string, first: number, second: number) => [
  { id, date: '2026-01-05', value: first },
  { id, date: '2026-03-02', value: second },
];

describe('pgicResponse: the published responder rule', () => {
  // Coding 1 = very much improved … 7 = very much worse (Guy 1976 CGI-I; Farrar 2001; PhenX 860801).
  const labels = ['very much improved', 'much improved', 'minimally improved', 'no change', 'minimally worse', 'much worse', 'very much worse'];

  it('by default counts "much improved" or better (PGIC ≤ 2) as a responder, as Farrar 2001 did', () => {
    // Farrar 2001, abstract: "much improved" and "very much improved" were the determinants of a
    // clinically important difference; the pgic definition's muchImproved flag (atMost 2) cites it.
    const expected = [true, true, false, false, false, false, false];
    for (let rating = 1; rating <= 7; rating++) {
      const r = pgicResponse(rating);
      expect(r).toEqual({ kind: 'pgic-response', pgic: rating, label: labels[rating - 1], threshold: 2, responder: expected[rating - 1] });
      expect(r.responder).toBe(score(pgic, [rating]).flags.muchImproved);
    }
  });

  it('with threshold 3 counts "minimally improved" too, the IMMPACT minimally important level', () => {
    // Dworkin 2008 Table 1: minimally important = "minimally improved"; the pgic definition's
    // `improved` flag (atMost 3) cites it.
    for (let rating = 1; rating <= 7; rating++) {
      const r = pgicResponse(score(pgic, [rating]).scores.total!, { threshold: 3 });
      expect(r.pgic).toBe(rating);
      expect(r.responder).toBe(rating <= 3);
      expect(r.responder).toBe(score(pgic, [rating]).flags.improved);
    }
  });

  it('accepts the extreme thresholds 1 and 6 and applies them as ≤', () => {
    expect([1, 2].map((p) => pgicResponse(p, { threshold: 1 }).responder)).toEqual([true, false]);
    expect([6, 7].map((p) => pgicResponse(p, { threshold: 6 }).responder)).toEqual([true, false]);
    expect(pgicResponse(7, { threshold: 6 })).toMatchObject({ label: 'very much worse', threshold: 6 });
  });

  it('refuses a threshold that is not a whole number from 1 to 6, naming options.threshold', () => {
    for (const [bad, shown] of [[0, '0'], [7, '7'], [2.5, '2.5'], ['2', '"2"'], [null, 'null']] as const) {
      expect(issue(() => pgicResponse(2, { threshold: bad as never }))).toEqual({
        code: 'invalid-argument',
        path: ['options', 'threshold'],
        input: bad,
        message: `options.threshold: expected a whole number from 1 to 6, got ${shown}`,
      });
    }
  });

  it('refuses a rating outside 1–7 or not a number, naming pgic', () => {
    for (const bad of [0, 8, 2.5]) {
      expect(issue(() => pgicResponse(bad))).toEqual({
        code: 'out-of-range',
        path: ['pgic'],
        input: bad,
        message: `pgic: expected a whole number from 1 (very much improved) to 7 (very much worse), got ${bad}`,
      });
    }
    expect(issue(() => pgicResponse('2' as never))).toEqual({
      code: 'invalid-type',
      path: ['pgic'],
      input: '2',
      message: 'pgic: expected a number or a score from score(), got "2"',
    });
  });

  it("refuses another instrument's score as a rating: a PHQ-9 total of 3 is not PGIC 3", () => {
    const phqTotal = score(phq9, [1, 1, 1, 0, 0, 0, 0, 0, 0]).scores.total!;
    expect(phqTotal.value).toBe(3);
    expect(issue(() => pgicResponse(phqTotal))).toEqual({
      code: 'invalid-argument',
      path: ['pgic'],
      input: phqTotal,
      message: 'pgic: expected a PGIC rating (a score with range 1–7), got a score with range 0–27',
    });
    // Either end of the range differing is enough (a 0–7 or a 1–10 score is no PGIC either).
    for (const range of [[0, 7], [1, 10]] as const) {
      const other = { value: 3, range, status: 'scored', answered: 1, of: 1 } as const;
      expect(issue(() => pgicResponse(other)).message).toBe(`pgic: expected a PGIC rating (a score with range 1–7), got a score with range ${range[0]}–${range[1]}`);
    }
    // The PGIC's own score is read as before.
    expect(pgicResponse(score(pgic, [3]).scores.total!).pgic).toBe(3);
  });
});

describe('pgicResponse: reading a change result beside the rating', () => {
  it('takes a boolean as the caller\'s verdict', () => {
    expect(pgicResponse(2, { change: true })).toMatchObject({ change: { responder: true, rule: "the caller's verdict" }, agreement: 'both' });
    expect(pgicResponse(5, { change: true })).toMatchObject({ change: { responder: true, rule: "the caller's verdict" }, agreement: 'change-only' });
    expect(pgicResponse(1, { change: false })).toMatchObject({ change: { responder: false, rule: "the caller's verdict" }, agreement: 'pgic-only' });
  });

  it('counts only a reliable improvement from reliableChange', () => {
    // SE = 5·√(1 − 0.8) = 2.236, S_diff = √2·SE = 3.162 (Jacobson & Truax 1991); higher is worse.
    const rule = 'reliable improvement (classification improved)';
    const improved = reliableChange(20, 10, { direction: 'higher-is-worse', reliability: 0.8, sd: 5 }); // RCI −3.16
    const unchanged = reliableChange(20, 18, { direction: 'higher-is-worse', reliability: 0.8, sd: 5 }); // RCI −0.63
    const worse = reliableChange(10, 20, { direction: 'higher-is-worse', reliability: 0.8, sd: 5 }); // RCI +3.16
    expect(pgicResponse(2, { change: improved }).change).toEqual({ responder: true, rule });
    expect(pgicResponse(2, { change: unchanged })).toMatchObject({ change: { responder: false, rule }, agreement: 'pgic-only' });
    expect(pgicResponse(6, { change: worse })).toMatchObject({ change: { responder: false, rule }, agreement: 'neither' });
  });

  it('counts Jacobson–Truax recovered or improved from clinicalSignificance, not unchanged or deteriorated', () => {
    // higher is better, r 0.8, SD 5 → S_diff = 3.162, reliable when |Δ| > 1.96·3.162 = 6.2; cut-off 25.
    const opts = { direction: 'higher-is-better', reliability: 0.8, sd: 5, cutoff: 25 } as const;
    const rule = 'Jacobson–Truax category recovered or improved';
    const cases: [number, number, string, boolean][] = [
      [10, 30, 'recovered', true], // +20, reliable, crosses 25
      [10, 20, 'improved', true], // +10, reliable, still below 25
      [10, 13, 'unchanged', false], // +3, not reliable
      [30, 12, 'deteriorated', false], // −18, reliable worsening
    ];
    for (const [from, to, category, responder] of cases) {
      const cs = clinicalSignificance(from, to, opts);
      expect(cs.category).toBe(category);
      expect(pgicResponse(4, { change: cs })).toEqual({
        kind: 'pgic-response',
        pgic: 4,
        label: 'no change',
        threshold: 2,
        responder: false,
        change: { responder, rule },
        agreement: responder ? 'change-only' : 'neither',
      });
    }
  });

  it('counts IMMPACT moderate and substantial pain reductions (≥ 30 %) but not minimal ones', () => {
    const rule = 'pain reduced by ≥ 30 % (IMMPACT moderate or substantial; Farrar 2001)';
    // 8 → 4: 50 % substantial; 10 → 7: 30 % moderate; 10 → 8: 20 % minimal (Dworkin 2008).
    expect(pgicResponse(3, { change: immpactPainChange(8, 4) }).change).toEqual({ responder: true, rule });
    expect(pgicResponse(3, { change: immpactPainChange(10, 7) }).change).toEqual({ responder: true, rule });
    expect(pgicResponse(3, { change: immpactPainChange(10, 8) }).change).toEqual({ responder: false, rule });
  });

  it('refuses null, numbers and function look-alikes as options.change', () => {
    const fake = Object.assign(() => undefined, { kind: 'mcid-change', improved: true });
    const msg = (shown: string) =>
      `options.change: expected true/false or a result of reliableChange, clinicalSignificance, mcidChange or immpactPainChange, got ${shown}`;
    for (const [bad, shown] of [[null, 'null'], [1, '1'], [fake, 'a function']] as const) {
      expect(issue(() => pgicResponse(2, { change: bad as never }))).toEqual({ code: 'invalid-argument', path: ['options', 'change'], input: bad, message: msg(shown) });
    }
  });
});

describe('score context shared by the change calculators', () => {
  it('refuses an instrument that is not a definition, naming options.instrument', () => {
    const fnWithScores = Object.assign(() => undefined, { id: 'nrs', scores: nrs.scores });
    for (const [bad, shown] of [[null, 'null'], ['nrs', '"nrs"'], [{ id: 'nrs' }, 'an object'], [fnWithScores, 'a function']] as const) {
      expect(issue(() => change(8, 4, { instrument: bad as never }))).toEqual({
        code: 'invalid-argument',
        path: ['options', 'instrument'],
        input: bad,
        message: `options.instrument: expected an instrument definition (from promkit/instruments or defineInstrument), got ${shown}`,
      });
    }
  });

  it('refuses a score name without an instrument, and an unknown score name, naming options.score', () => {
    expect(issue(() => change(8, 4, { score: 'total' }))).toEqual({
      code: 'invalid-argument',
      path: ['options', 'score'],
      input: 'total',
      message: 'options.score: a score name needs options.instrument as well',
    });
    expect(issue(() => change(8, 4, { instrument: nrs, score: 'worst' }))).toEqual({
      code: 'invalid-argument',
      path: ['options', 'score'],
      input: 'worst',
      message: 'options.score: nrs has no score "worst"; its scores are "total"',
    });
  });

  it('refuses an unknown direction or metric, naming the option', () => {
    expect(issue(() => change(8, 4, { direction: 'down' as never }))).toEqual({
      code: 'invalid-argument',
      path: ['options', 'direction'],
      input: 'down',
      message: "options.direction: expected 'higher-is-worse' or 'higher-is-better', got \"down\"",
    });
    expect(issue(() => change(8, 4, { metric: 'T' as never }))).toEqual({
      code: 'invalid-argument',
      path: ['options', 'metric'],
      input: 'T',
      message: "options.metric: expected 'value' or 'tScore', got \"T\"",
    });
  });

  it('reads the metric a caller names: tScore or the raw value of a PROMIS ScoreValue', () => {
    const a = score(promisPi4a, [4, 3, 4, 4]).scores.total!;
    const b = score(promisPi4a, [2, 1, 2, 2]).scores.total!;
    expect(a.value).toBe(15);
    expect(b.value).toBe(7);
    expect(change(a, b, { metric: 'tScore' })).toMatchObject({ baseline: a.tScore, followUp: b.tScore });
    expect(change(a, b, { metric: 'value' })).toMatchObject({ baseline: 15, followUp: 7, difference: -8 });
  });

  it('refuses a null score with a typed error, not a crash', () => {
    expect(issue(() => change(null as never, 3))).toEqual({
      code: 'invalid-type',
      path: ['baseline'],
      input: null,
      message: 'baseline: expected a number or a score from score(), got null',
    });
  });

  it("checks values against the definition's range at both ends, inclusive", () => {
    expect(issue(() => change(-1, 3, { instrument: nrs }))).toEqual({
      code: 'out-of-range',
      path: ['baseline'],
      input: -1,
      message: 'baseline: -1 is outside the range of nrs total (0–10)',
    });
    expect(issue(() => change(3, 11, { instrument: nrs }))).toMatchObject({ code: 'out-of-range', path: ['followUp'] });
    // 10 and 0 are the NRS anchors, inside the scale: 100 % improvement (higher is worse).
    expect(change(10, 0, { instrument: nrs })).toMatchObject({ difference: -10, improvement: 10, percentImprovement: 100 });
  });

  it('uses a score without psychometrics (PGIC, range 1–7) with its own floor', () => {
    // percent change = 100·(2 − 4)/(4 − floor 1) = −66.67 %; PGIC is higher-is-worse.
    const r = change(4, 2, { instrument: pgic });
    expect(r).toMatchObject({ difference: -2, improvement: 2, floor: 1, direction: 'higher-is-worse' });
    expect(r.percentChange).toBeCloseTo(-200 / 3, 10);
  });

  it("takes the percentage floor from a ScoreValue's range when no instrument is given", () => {
    const from = score(pgic, [4]).scores.total!;
    const to = score(pgic, [2]).scores.total!;
    const r = change(from, to);
    expect(r.floor).toBe(1);
    expect(r.percentChange).toBeCloseTo(-200 / 3, 10);
  });

  it('falls back to the source key when a stored value cites no listed citation', () => {
    // A hand-made definition object (not validated) whose citations list is empty.
    const bare = { ...nrs, citations: [] } as unknown as Instrument;
    const m = mcidChange(8, 4, { instrument: bare });
    expect(m.verdicts[0]!.source).toEqual({
      from: 'definition',
      instrument: 'nrs',
      score: 'total',
      population: nrs.scores[0]!.psychometrics!.mcid![0]!.population,
      citation: 'farrar2001',
      locator: 'Abstract',
    });
  });
});

describe('changeByPatient: input checks', () => {
  it('refuses visits that are not an array, naming visits', () => {
    expect(issue(() => changeByPatient({} as never))).toEqual({
      code: 'invalid-type',
      path: ['visits'],
      input: {},
      message: 'visits: expected an array of { id, date, value }, got an object',
    });
  });

  it('refuses a hole in a sparse visits array like a visit without an id, instead of skipping it', () => {
    const sparse: Visit[] = [{ id: 'p1', date: '2026-01-05', value: 6 }];
    sparse[2] = { id: 'p1', date: '2026-02-05', value: 3 };
    expect(issue(() => changeByPatient(sparse))).toEqual({
      code: 'invalid-type',
      path: ['visits', 1, 'id'],
      input: undefined,
      message: 'visits.1.id: expected a non-empty string, got undefined',
    });
  });

  it('refuses a visit without a non-empty string id, naming its index', () => {
    const good = { id: 'p1', date: '2026-01-05', value: 6 };
    for (const [bad, id, shown] of [
      [null, undefined, 'undefined'],
      [{ id: 7, date: '2026-01-05', value: 6 }, 7, '7'],
      [{ id: '', date: '2026-01-05', value: 6 }, '', '""'],
    ] as const) {
      expect(issue(() => changeByPatient([good, bad as never]))).toEqual({
        code: 'invalid-type',
        path: ['visits', 1, 'id'],
        input: id,
        message: `visits.1.id: expected a non-empty string, got ${shown}`,
      });
    }
  });
});

describe('changeByPatient: per-patient summaries', () => {
  it('counts a ScoreValue that was not computed as unscored, not as an error', () => {
    const unscoredValue = score(nrs, [null]).scores.total!;
    expect(unscoredValue.value).toBeNull();
    const rows = changeByPatient([...twoVisits('a', 7, 3), { id: 'a', date: '2026-02-02', value: unscoredValue }], { instrument: nrs });
    expect(rows[0]).toMatchObject({ visits: 2, unscored: 1, baseline: { value: 7 }, latest: { value: 3 } });
    expect(rows[0]!.notes.some((n) => n.includes('not computed'))).toBe(false);
  });

  it('puts a visit without a value into that patient\'s notes and keeps the others', () => {
    const rows = changeByPatient([{ id: 'gap', date: '2026-01-05', value: undefined as never }, ...twoVisits('ok', 9, 4)], { instrument: nrs });
    expect(rows.map((r) => r.id)).toEqual(['gap', 'ok']);
    expect(rows[0]).toMatchObject({ visits: 0, change: null });
    expect(rows[0]!.notes).toEqual(['observations.0.value: expected a number or a score from score(), got undefined']);
    expect(rows[1]!.change).toMatchObject({ difference: -5 });
  });

  it('works with plain numbers and a direction only, without MCID or IMMPACT', () => {
    const rows = changeByPatient([...twoVisits('x', 12, 8), ...twoVisits('y', 5, 9)], { direction: 'higher-is-worse' });
    expect(rows.map((r) => [r.id, r.change?.improvement])).toEqual([
      ['x', 4],
      ['y', -4],
    ]);
    expect(rows[0]!.immpact).toBeNull();
    // no stored MCID and none given: mcid is null with a note (mcidChange needs a target)
    expect(rows[0]!.mcid).toBeNull();
    expect(rows[0]!.notes.filter((n) => n.startsWith('MCID: '))).toHaveLength(1);
  });

  it('tries no MCID without an instrument or a direction', () => {
    const [row] = changeByPatient(twoVisits('z', 12, 8));
    expect(row!.change).toMatchObject({ difference: -4, improvement: null });
    expect(row!.mcid).toBeNull();
    expect(row!.notes.filter((n) => n.startsWith('MCID'))).toEqual([]);
  });

  it('adds IMMPACT categories only for a 0–10 pain-intensity score', () => {
    // PEG is 0–10 but pain interference; VAS is pain intensity but 0–100.
    const [pegRow] = changeByPatient(twoVisits('p', 6, 3), { instrument: peg });
    expect(pegRow!.change).toMatchObject({ difference: -3 });
    expect(pegRow!.immpact).toBeNull();
    expect(pegRow!.notes.filter((n) => n.startsWith('IMMPACT'))).toEqual([]);
    const [vasRow] = changeByPatient(twoVisits('v', 80, 40), { instrument: vas });
    expect(vasRow!.immpact).toBeNull();
    expect(vasRow!.notes.filter((n) => n.startsWith('IMMPACT'))).toEqual([]);
    // NRS 0–10 pain intensity: 8 → 6 is a 25 % reduction, minimal (Dworkin 2008).
    const [nrsRow] = changeByPatient(twoVisits('n', 8, 6), { instrument: nrs });
    expect(nrsRow!.immpact).toMatchObject({ percentReduction: 25, category: 'minimal' });
  });

  it('judges IMMPACT eligibility on the score named in options.score', () => {
    // A custom pain-intensity form: 'total' is a 0–10 rating, 'oneToTen' a 1–10 rating.
    // (a JSON copy of the NRS definition: citations, licence and missing rule stay valid)
    const base = JSON.parse(JSON.stringify(nrs)) as Parameters<typeof defineInstrument>[0];
    const missing = base.scores[0]!.missing;
    const twoScales = defineInstrument({
      ...base,
      id: 'pain-two-scales',
      items: [
        { id: 'now', label: 'Pain now, 0–10', numeric: { min: 0, max: 10, integer: true } },
        { id: 'alt', label: 'Pain now, 1–10', numeric: { min: 1, max: 10, integer: true } },
      ],
      scores: [
        { name: 'total', label: 'Pain now (0–10)', items: ['now'], method: 'sum', range: [0, 10], missing, direction: 'higher-is-worse' },
        { name: 'oneToTen', label: 'Pain now (1–10)', items: ['alt'], method: 'sum', range: [1, 10], missing, direction: 'higher-is-worse' },
      ],
    });
    const [zeroBased] = changeByPatient(twoVisits('a', 8, 4), { instrument: twoScales });
    expect(zeroBased!.immpact).toMatchObject({ category: 'substantial' });
    const [oneBased] = changeByPatient(twoVisits('a', 8, 4), { instrument: twoScales, score: 'oneToTen' });
    expect(oneBased!.change).toMatchObject({ difference: -4, improvement: 4 });
    expect(oneBased!.immpact).toBeNull();
    expect(oneBased!.notes.filter((n) => n.startsWith('IMMPACT'))).toEqual([]);
  });

  it('puts an unknown score name into each patient\'s notes instead of failing', () => {
    const rows = changeByPatient([...twoVisits('a', 8, 4), ...twoVisits('b', 3, 5)], { instrument: nrs, score: 'worst' });
    expect(rows.map((r) => [r.id, r.notes])).toEqual([
      ['a', ['options.score: nrs has no score "worst"; its scores are "total"']],
      ['b', ['options.score: nrs has no score "worst"; its scores are "total"']],
    ]);
  });

  it('lets errors that are not PromkitErrors (a throwing getter) propagate instead of becoming notes', () => {
    const boom = new RangeError('getter failed');
    const badDuplicates = {
      instrument: nrs,
      get duplicates(): never {
        throw boom;
      },
    };
    expect(() => changeByPatient(twoVisits('a', 8, 4), badDuplicates)).toThrow(boom);
    const badSd = {
      instrument: nrs,
      get sd(): never {
        throw boom;
      },
    };
    expect(() => changeByPatient(twoVisits('a', 8, 4), badSd)).toThrow(boom);
  });
});

describe('cohortChange', () => {
  // Four patients, all different: baselines 10, 14, 9, 15; follow-ups 7, 12, 8, 10.
  // By hand (Python statistics.mean/stdev agree): changes −3, −2, −1, −5, mean −2.75,
  // SS = 0.0625 + 0.5625 + 3.0625 + 5.0625 = 8.75, SD = √(8.75/3) = 1.70782512765993;
  // baseline mean 12, SS 26, SD √(26/3) = 2.94392028877595; follow-up mean 9.25, SS 14.75,
  // SD √(14.75/3) = 2.21735578260835.
  const pairs = [
    { baseline: 10, followUp: 7 },
    { baseline: 14, followUp: 12 },
    { baseline: 9, followUp: 8 },
    { baseline: 15, followUp: 10 },
  ];

  it('gives the SRM (mean/SD of change) and Cohen\'s d (mean change/baseline SD) by hand', () => {
    const r = cohortChange(pairs, { direction: 'higher-is-worse' });
    expect(r.n).toBe(4);
    expect(r.meanChange).toBe(-2.75);
    expect(r.meanImprovement).toBe(2.75);
    expect(r.baseline.mean).toBe(12);
    expect(r.baseline.sd).toBeCloseTo(Math.sqrt(26 / 3), 12);
    expect(r.followUp.mean).toBe(9.25);
    expect(r.followUp.sd).toBeCloseTo(Math.sqrt(14.75 / 3), 12);
    expect(r.sdChange).toBeCloseTo(Math.sqrt(8.75 / 3), 12);
    expect(r.srm).toBeCloseTo(-2.75 / Math.sqrt(8.75 / 3), 12); // −1.61023512036508
    expect(r.cohensD).toBeCloseTo(-2.75 / Math.sqrt(26 / 3), 12); // −0.934128553169292
    expect('reasons' in r).toBe(false);
  });

  it('gives a reason only for the effect size whose SD is 0', () => {
    // every baseline 10, changes −1, −3, −2: cohensD undefined, SRM = −2/1
    const sameBaseline = cohortChange([{ baseline: 10, followUp: 9 }, { baseline: 10, followUp: 7 }, { baseline: 10, followUp: 8 }]);
    expect(sameBaseline.srm).toBe(-2);
    expect(sameBaseline.cohensD).toBeNull();
    expect(sameBaseline.reasons).toEqual(['cohensD is null: every baseline is the same (baseline SD 0)']);
    // every change −2, baselines 6, 9, 4: SRM undefined, d = −2 / SD(6, 9, 4)
    const sameChange = cohortChange([{ baseline: 6, followUp: 4 }, { baseline: 9, followUp: 7 }, { baseline: 4, followUp: 2 }]);
    expect(sameChange.srm).toBeNull();
    // baseline mean 19/3, SS = (6−19/3)² + (9−19/3)² + (4−19/3)² = 38/3, SD = √(19/3)
    expect(sameChange.cohensD).toBeCloseTo(-2 / Math.sqrt(19 / 3), 12);
    expect(sameChange.reasons).toEqual(['srm is null: every patient changed by the same amount (SD of change 0)']);
  });

  it('refuses pairs that are not an array, naming pairs', () => {
    expect(issue(() => cohortChange({} as never))).toEqual({
      code: 'invalid-type',
      path: ['pairs'],
      input: {},
      message: 'pairs: expected an array of { baseline, followUp }, got an object',
    });
  });

  it('refuses a pair that is not an object, naming its index', () => {
    for (const [bad, shown] of [[null, 'null'], [5, '5'], [undefined, 'undefined']] as const) {
      expect(issue(() => cohortChange([pairs[0]!, bad as never]))).toEqual({
        code: 'invalid-type',
        path: ['pairs', 1],
        input: bad,
        message: `pairs.1: expected { baseline, followUp }, got ${shown}`,
      });
    }
  });

  it('names the pair and the field of a bad score', () => {
    expect(issue(() => cohortChange([pairs[0]!, { baseline: '7' as never, followUp: 5 }]))).toEqual({
      code: 'invalid-type',
      path: ['pairs', 1, 'baseline'],
      input: '7',
      message: 'pairs.1.baseline: expected a number or a score from score(), got "7"',
    });
  });
});
