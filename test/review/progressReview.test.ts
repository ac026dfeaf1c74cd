import { describe, expect, it } from 'vitest';
import { defineGoal, progressReview, score, type ProgressReview, type ReviewVisit } from '../../src/index.js';
import { gad7, nrs, pcs, pgic, phq9, promisPi4a } from '../../src/instruments/index.js';
import { issue } from '../promkitError.js';
import { exampleDiary, exampleGoals, exampleVisits, frozen, instruments, numbersIn } from './fixtures.js';

const phqOf = (total: number, item9 = 0): number[] => {
  // Eight items carry total − item9, spread as evenly as the 0–3 range allows.
  const rest = total - item9;
  return [...Array.from({ length: 8 }, (_, i) => Math.floor(rest / 8) + (i < rest % 8 ? 1 : 0)), item9];
};
const visit = (date: string, ...results: ReturnType<typeof score>[]): ReviewVisit => ({ date, results });

describe('progressReview: the example patient', () => {
  const review = progressReview({ patient: { id: 'P017' }, visits: exampleVisits(), goals: exampleGoals(), diary: exampleDiary(), instruments });

  it('reviews every instrument, in the order given, with a plain-language headline each', () => {
    expect(review.instruments.map((i) => i.id)).toEqual(['nrs', 'phq-9', 'gad-7', 'pcs']);
    expect(review.summary).toHaveLength(6);
    expect(review.asOf).toBe('2026-04-06');
    expect(review.period).toEqual({ from: '2026-01-05', to: '2026-04-06' });
  });

  it('PHQ-9: baseline, latest, change, bands, MCID; reliable change not computed and says why', () => {
    const s = review.instruments[1]!.scores[0]!;
    expect(s.baseline).toMatchObject({ date: '2026-01-12', value: 16, band: 'moderately severe' });
    expect(s.latest).toMatchObject({ date: '2026-04-06', value: 9, band: 'mild' });
    expect(s.previous?.value).toBe(12);
    expect(s.change).toMatchObject({ difference: -7, improvement: 7, percentChange: -43.75 });
    expect(s.bandMovement).toEqual({ from: 'moderately severe', to: 'mild', moved: 'better' });
    expect(s.reliableChange).toBeNull();
    expect(s.notComputed).toContainEqual({ topic: 'PHQ-9 total score: reliable change', reason: 'no reference SD is stored for it and none was given' });
    expect(s.mcid?.verdicts.map((v) => v.classification)).toEqual(['improved']);
    expect(s.statement).toBe('PHQ-9 total score fell from 16 to 9 (moderately severe to mild): reliable change not judged (no reference SD is stored for it and none was given) and more than the 5-point MCID.');
  });

  it('PCS: a reliable improvement from the stored reliability and SD, with both sources cited', () => {
    const s = review.instruments[3]!.scores.find((x) => x.score === 'total')!;
    expect(s.reliableChange?.classification).toBe('improved');
    // Jacobson–Truax: (20 − 34) / (√2 · 9.2 · √(1 − 0.9)) = −14 / 4.1144 = −3.40
    expect(s.reliableChange?.rci).toBeCloseTo(-3.4027, 3);
    expect(s.statement).toBe('PCS total score fell from 34 to 20: a reliable improvement, more than the 8-point MCID and more than the 11-point MCID.');
    expect(s.sources).toContain('jacobson1991');
    for (const key of s.sources) expect(review.sources.map((x) => x.key)).toContain(key);
  });

  it('GAD-7: the unscored visit stays in the series with its reason and is listed as not computed', () => {
    const s = review.instruments[2]!.scores[0]!;
    expect(s.series.map((p) => p.value)).toEqual([12, null, 7]);
    expect(s.series[1]?.reason).toMatch(/^5 of 7 items answered; not scored/);
    expect(review.notComputed.map((n) => n.topic)).toContain('GAD-7 total score, 2026-02-23');
    expect(review.instruments[2]!.flags[0]!.values.map((v) => v.value)).toEqual([true, null, false]);
  });

  it('NRS: IMMPACT categories for 0–10 pain intensity', () => {
    expect(review.instruments[0]!.scores[0]!.immpact).toMatchObject({ category: 'moderate', atLeastTwoPoints: true });
  });

  it('needs attention: PHQ-9 item 9 at the latest visit and the diary flare of the last week', () => {
    expect(review.attention.map((a) => a.kind)).toEqual(['flag', 'flare']);
    expect(review.attention[0]?.text).toBe('PHQ-9 on 2026-04-06: Item 9 (thoughts of death or self-harm) answered above "Not at all": needs clinical follow-up.');
    expect(review.attention[1]?.text).toBe('Diary flare from 2026-04-03 to 2026-04-04: pain now peaked at 6 on 2026-04-03 against a usual 4 and worst pain peaked at 8 on 2026-04-03 against a usual 5.5.');
    expect(review.checked).toContain('PCS total score: reliable deterioration');
  });

  it('goals: levels by review, the GAS T-score at each occasion and the change', () => {
    const g = review.goals!;
    // By hand (Kiresuk & Sherman, ρ = 0.3; weights importance × difficulty = 6, 4, 6):
    // baseline (−1, −1, −2): 50 + 10·(−22)/√(0.7·88 + 0.3·256) = 50 − 220/√138.4 = 31.30;
    // 2026-02-23, garden not rated (−1, −1): 50 − 100/√(0.7·52 + 0.3·100) = 50 − 100/√66.4 = 37.73;
    // 2026-04-06 (0, +1, −1): 50 + 10·(−2)/√138.4 = 48.30.
    expect(g.occasions.map((o) => [o.at, o.tScore === null ? null : Number(o.tScore.toFixed(2))])).toEqual([
      ['baseline', 31.3],
      ['2026-02-23', 37.73],
      ['2026-04-06', 48.3],
    ]);
    expect(g.goals.map((x) => x.latest?.level)).toEqual([0, 1, -1]);
    expect(g.goals.map((x) => x.reachedExpected)).toEqual([true, true, false]);
    expect(g.goals[2]!.levels[1]).toEqual({ at: '2026-02-23', date: '2026-02-23', level: null });
    expect(g.change?.change).toBeCloseTo(200 / Math.sqrt(138.4), 10);
    expect(g.weighting).toBe('weighted');
  });

  it('diary: the week before the review, the first week, and the comparison', () => {
    const d = review.diary!;
    expect(d.snapshot).toMatchObject({ from: '2026-03-30', to: '2026-04-05', daysRecorded: 6 });
    expect(d.firstWeek).toMatchObject({ from: '2026-01-05', to: '2026-01-11' });
    expect(d.comparisons.find((c) => c.measure === 'painWorst')).toMatchObject({ from: 8.28571428571429, to: 6.33333333333333, improvement: 1.95238095238096 });
  });

  it('charts: one per instrument total, the goals and the diary, each with a text alternative', () => {
    expect(review.charts.map((c) => c.id)).toEqual(['chart-nrs-total', 'chart-phq-9-total', 'chart-gad-7-total', 'chart-pcs-total', 'chart-goals', 'chart-diary']);
    for (const c of review.charts) {
      expect(c.description.length).toBeGreaterThan(40);
      expect(c.spec.$schema).toContain('vega-lite');
    }
    expect(progressReview({ patient: { id: 'P017' }, visits: exampleVisits(), instruments }, { charts: false }).charts).toEqual([]);
  });

  it('cites each paper once, and the licence of every instrument shown', () => {
    const dois = review.sources.map((s) => s.doi).filter(Boolean);
    expect(new Set(dois).size).toBe(dois.length);
    expect(review.licences.map((l) => [l.instrument, l.status])).toEqual([
      ['nrs', 'public-domain'],
      ['phq-9', 'public-domain'],
      ['gad-7', 'public-domain'],
      ['pcs', 'permission-required'],
    ]);
  });

  it('never holds NaN or Infinity', () => {
    expect(numbersIn(review).every(Number.isFinite)).toBe(true);
  });
});

describe('progressReview: edge cases', () => {
  it('a patient with one visit: the score, no change, and nothing claimed about change', () => {
    const r = progressReview({ patient: { id: 'A' }, visits: [visit('2026-01-05', score(phq9, phqOf(11)))], instruments: [phq9] });
    const s = r.instruments[0]!.scores[0]!;
    expect(s.statement).toBe('PHQ-9 total score was 11 (moderate) on 2026-01-05; with one scored visit there is no change to judge yet.');
    expect([s.change, s.reliableChange, s.mcid, s.previous]).toEqual([null, null, null, null]);
    expect(r.notComputed).toEqual([]);
    expect(r.attention).toEqual([]);
    expect(r.checked).toEqual(['PHQ-9: Item 9 (thoughts of death or self-harm) answered above "Not at all": needs clinical follow-up (latest visit, 2026-01-05)']);
  });

  it('missing scores: the latest result unscored is said, the change uses the scored visits', () => {
    const r = progressReview({
      patient: { id: 'A' },
      visits: [visit('2026-01-05', score(gad7, [3, 3, 2, 2, 2, 2, 1])), visit('2026-02-05', score(gad7, [1, 1, 1, 1, 1, 1, 1])), visit('2026-03-05', score(gad7, [1, null, 1, 1, 1, 1, 1]))],
      instruments: [gad7],
    });
    const s = r.instruments[0]!.scores[0]!;
    expect(s.latest?.date).toBe('2026-02-05');
    expect(s.change?.difference).toBe(-8);
    expect(s.statement).toMatch(/^GAD-7 total score fell from 15 to 7 \(severe to mild\): .* The result of 2026-03-05 could not be scored: 6 of 7 items answered; not scored\./);
    // The screen flag at the latest visit could not be checked: that needs attention too.
    expect(r.attention.map((a) => a.kind)).toEqual(['flag-unchecked']);
  });

  it('no scored visit at all', () => {
    const r = progressReview({ patient: { id: 'A' }, visits: [visit('2026-01-05', score(gad7, [1, null, null, 1, 1, 1, 1]))], instruments: [gad7] });
    expect(r.instruments[0]!.scores[0]!.statement).toMatch(/^GAD-7 total score: not scored at any visit \(2026-01-05: 5 of 7 items answered/);
  });

  it('only a diary: the review date is its last day and the diary is the whole review', () => {
    const r = progressReview({ patient: { id: 'A' }, diary: exampleDiary() });
    expect(r.asOf).toBe('2026-04-05');
    expect(r.instruments).toEqual([]);
    expect(r.goals).toBeNull();
    expect(r.diary?.snapshot?.to).toBe('2026-04-05');
    expect(r.summary).toHaveLength(1);
    expect(r.charts.map((c) => c.id)).toEqual(['chart-diary']);
    expect(r.attention.map((a) => a.kind)).toEqual(['flare']);
  });

  it('nothing to review is an error, not an empty page', () => {
    expect(issue(() => progressReview({ patient: { id: 'A' } })).message).toBe('nothing to review: give visits, goals or diary entries');
    expect(issue(() => progressReview({ patient: { id: '' }, visits: [] })).path).toEqual(['patient', 'id']);
  });

  describe('conflicting dates', () => {
    const twoOnOneDay = [visit('2026-01-05', score(phq9, phqOf(16))), visit('2026-02-05', score(phq9, phqOf(12))), visit('2026-02-05', score(phq9, phqOf(10)))];

    it('two results of one day that disagree: no change, and the reason; other instruments unaffected', () => {
      const r = progressReview({ patient: { id: 'A' }, visits: [...twoOnOneDay, visit('2026-01-05', score(nrs, [7])), visit('2026-02-05', score(nrs, [5]))], instruments: [phq9, nrs] });
      const s = r.instruments[0]!.scores[0]!;
      expect(s.change).toBeNull();
      expect(s.statement).toBe('PHQ-9 total score: change not computed, because 2 results on 2026-02-05 disagree (12 and 10); the review does not choose between them.');
      expect(r.notComputed.map((n) => n.topic)).toEqual(expect.arrayContaining(['PHQ-9 total score: change', 'PHQ-9 total score: chart']));
      expect(r.charts.map((c) => c.id)).toEqual(['chart-nrs-total']);
      expect(r.instruments[1]!.scores[0]!.change?.difference).toBe(-2);
    });

    it('… combined on request', () => {
      const mean = progressReview({ patient: { id: 'A' }, visits: twoOnOneDay, instruments: [phq9] }, { duplicates: 'mean' });
      expect(mean.instruments[0]!.scores[0]!.latest).toMatchObject({ value: 11, band: 'moderate' });
      expect(mean.notes).toEqual(['PHQ-9 total score: 2 results on 2026-02-05 averaged.']);
      const last = progressReview({ patient: { id: 'A' }, visits: twoOnOneDay, instruments: [phq9] }, { duplicates: 'last' });
      expect(last.instruments[0]!.scores[0]!.latest?.value).toBe(10);
    });

    it('the same result entered twice counts once', () => {
      const r = progressReview({ patient: { id: 'A' }, visits: [twoOnOneDay[0]!, twoOnOneDay[1]!, twoOnOneDay[1]!], instruments: [phq9] });
      expect(r.instruments[0]!.scores[0]!.change?.difference).toBe(-4);
      expect(r.notes).toEqual(['PHQ-9 total score: 2 identical results on 2026-02-05 counted once.']);
    });

    it('data after the review date is left out, and the review says so', () => {
      const goal = defineGoal({ id: 'walk', description: 'Walk', variant: 'gas-light', baseline: { level: -1 }, expectedOutcome: 'Walks 500 m', dateSet: '2026-01-05', reviews: { '2026-02-01': 0, '2026-05-01': 1 } });
      const late = defineGoal({ id: 'late', description: 'Later goal', variant: 'gas-light', baseline: { level: -1 }, expectedOutcome: 'x', dateSet: '2026-04-01' });
      const r = progressReview({
        patient: { id: 'A' },
        visits: twoOnOneDay.slice(0, 2).concat(visit('2026-06-01', score(phq9, phqOf(3)))),
        goals: [goal, late],
        diary: [{ date: '2026-02-01', painNow: 5 }, { date: '2026-03-20', painNow: 9 }],
        instruments: [phq9],
        asOf: '2026-02-10',
      });
      expect(r.instruments[0]!.scores[0]!.latest?.date).toBe('2026-02-05');
      expect(r.goals?.goals.map((g) => g.id)).toEqual(['walk']);
      expect(r.goals?.occasions.map((o) => o.at)).toEqual(['baseline', '2026-02-01']);
      expect(r.diary?.snapshot?.measures.painNow.values).toEqual([{ date: '2026-02-01', value: 5 }]);
      expect(r.notes).toEqual([
        '1 visit after the review date 2026-02-10 left out.',
        'Goal "late" was set on 2026-04-01, after the review date 2026-02-10, and is left out.',
        '1 goal review after the review date 2026-02-10 left out.',
        '1 diary day after the review date 2026-02-10 left out.',
      ]);
    });

    it('a visit dated with a time and offset is the day written; a zone-less time is refused with its path', () => {
      const r = progressReview({ patient: { id: 'A' }, visits: [visit('2026-01-05T23:30:00-08:00', score(phq9, phqOf(9)))], instruments: [phq9] });
      expect(r.instruments[0]!.scores[0]!.latest?.date).toBe('2026-01-05');
      const problem = issue(() => progressReview({ patient: { id: 'A' }, visits: [visit('2026-01-05', score(phq9, phqOf(9))), visit('2026-01-06 09:00', score(phq9, phqOf(9)))], instruments: [phq9] }));
      expect(problem.path).toEqual(['visits', 1, 'date']);
      expect(problem.message).toContain('has a time but no time zone');
    });

    it('results are ordered by date, not by input order', () => {
      const visits = [visit('2026-03-05', score(phq9, phqOf(5))), visit('2026-01-05', score(phq9, phqOf(15))), visit('2026-02-05', score(phq9, phqOf(10)))];
      const s = progressReview({ patient: { id: 'A' }, visits, instruments: [phq9] }).instruments[0]!.scores[0]!;
      expect([s.baseline?.value, s.previous?.value, s.latest?.value]).toEqual([15, 10, 5]);
    });
  });

  describe('needs attention', () => {
    it('a flag raised earlier but not at the latest visit is history, not attention', () => {
      const r = progressReview({ patient: { id: 'A' }, visits: [visit('2026-01-05', score(phq9, phqOf(16, 2))), visit('2026-02-05', score(phq9, phqOf(10, 0)))], instruments: [phq9] });
      expect(r.attention).toEqual([]);
    });

    it('the PGIC\'s improvement flags are results, not concerns', () => {
      const r = progressReview({ patient: { id: 'A' }, visits: [visit('2026-01-05', score(pgic, [1]))], instruments: [pgic] });
      expect(r.instruments[0]!.flags.map((f) => f.values[0]?.value)).toEqual([true, true]);
      expect(r.attention).toEqual([]);
    });

    it('a new reliable deterioration since baseline, and one since the previous visit', () => {
      const sd = { psychometrics: { 'phq-9': { sd: 4 } } };
      // S_diff = √2 · 4 · √0.16 = 2.263; reliable beyond 1.96 · 2.263 = 4.43 points.
      const fromBaseline = progressReview({ patient: { id: 'A' }, visits: [visit('2026-01-05', score(phq9, phqOf(8))), visit('2026-02-05', score(phq9, phqOf(10))), visit('2026-03-05', score(phq9, phqOf(14)))], instruments: [phq9] }, sd);
      expect(fromBaseline.attention.map((a) => a.text)).toEqual(['PHQ-9 total score worsened reliably since baseline (8 on 2026-01-05) to 14 on 2026-03-05.']);
      const fromPrevious = progressReview({ patient: { id: 'A' }, visits: [visit('2026-01-05', score(phq9, phqOf(16))), visit('2026-02-05', score(phq9, phqOf(6))), visit('2026-03-05', score(phq9, phqOf(12)))], instruments: [phq9] }, sd);
      expect(fromPrevious.attention.map((a) => a.text)).toEqual(['PHQ-9 total score worsened reliably since the previous visit (6 on 2026-02-05) to 12 on 2026-03-05.']);
      // Already reliably worse at the previous visit, and no further reliable change: not new.
      const old = progressReview({ patient: { id: 'A' }, visits: [visit('2026-01-05', score(phq9, phqOf(6))), visit('2026-02-05', score(phq9, phqOf(12))), visit('2026-03-05', score(phq9, phqOf(13)))], instruments: [phq9] }, sd);
      expect(old.attention).toEqual([]);
      expect(old.instruments[0]!.scores[0]!.reliableChange?.classification).toBe('deteriorated');
    });

    it('a diary flare older than a week before the review date is not "now"', () => {
      const r = progressReview({ patient: { id: 'A' }, diary: exampleDiary(), asOf: '2026-04-20' });
      expect(r.attention).toEqual([]);
      expect(r.diary?.flares.find((f) => f.measure === 'painNow')?.flares).toHaveLength(1);
    });
  });

  it('psychometric inputs given by the caller are used and shown as such', () => {
    const r = progressReview(
      { patient: { id: 'A' }, visits: [visit('2026-01-12', score(phq9, phqOf(16, 1))), visit('2026-04-06', score(phq9, phqOf(9, 1)))], instruments: [phq9] },
      { psychometrics: { 'phq-9': { sd: 5 } } },
    );
    const s = r.instruments[0]!.scores[0]!;
    expect(s.reliableChange?.inputs.sd.source).toEqual({ from: 'caller' });
    expect(s.reliableChange?.inputs.reliability.source).toMatchObject({ from: 'definition', instrument: 'phq-9' });
    expect(s.statement).toBe('PHQ-9 total score fell from 16 to 9 (moderately severe to mild): a reliable improvement and more than the 5-point MCID.');
  });

  it('PROMIS: change on the T-score the definition names', () => {
    const r = progressReview({ patient: { id: 'A' }, visits: [visit('2026-01-05', score(promisPi4a, [4, 4, 4, 3])), visit('2026-03-05', score(promisPi4a, [2, 2, 2, 2]))], instruments: [promisPi4a] });
    const s = r.instruments[0]!.scores[0]!;
    expect(s.metric).toBe('tScore');
    expect(s.baseline?.raw).toBe(15);
    expect(s.baseline?.value).toBe(s.series[0]?.tScore);
    expect(s.change?.baseline).toBe(s.baseline?.value);
    expect(s.notComputed.map((n) => n.reason)).toContain('no reliability is stored for it and none was given');
  });

  it('refuses results whose definition was not given, and unknown fields', () => {
    expect(issue(() => progressReview({ patient: { id: 'A' }, visits: [visit('2026-01-05', score(pcs, Array(13).fill(1)))], instruments: [phq9] })).message).toBe(
      'visits.0.results.0: the definition of "pcs" is not in instruments; pass it (e.g. from promkit/instruments)',
    );
    expect(issue(() => progressReview({ patient: { id: 'A' }, visit: [] } as never)).message).toContain('input.visit: unknown field');
    expect(issue(() => progressReview({ patient: { id: 'A' }, visits: [] }, { psychometric: {} } as never)).message).toContain('options.psychometric: unknown field');
  });

  it('does not modify its input, and gives the same review for the same input', () => {
    const input = frozen({ patient: { id: 'P017', name: 'Test Patient' }, visits: exampleVisits(), goals: exampleGoals(), diary: exampleDiary(), instruments });
    const a: ProgressReview = progressReview(input);
    expect(progressReview(input)).toEqual(a);
    expect(a.patient).toEqual({ id: 'P017', name: 'Test Patient' });
  });
});
