// A notebook-style progress-delta analysis (Node, Deno or a Jupyter JavaScript kernel):
// score a long-format clinic export, summarise each patient's change, then the cohort's.
// Run: node examples/notebook/progress-deltas.mjs   (after `npm run build`)
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { changeByPatient, cohortChange, responderProportions, scoreRecords } from 'promkit';
import { nrs, phq9 } from 'promkit/instruments';

// 1. The export: one row per patient per visit, answers as text (as every CSV reader gives them).
const rows = parse(readFileSync(new URL('../data/visits.csv', import.meta.url)), { columns: true });

// 2. Score every visit. Strings are read as numbers only because we ask for it explicitly.
const scored = scoreRecords(rows, phq9, { strings: 'numbers' });
const painScored = scoreRecords(rows, nrs, { strings: 'numbers', columns: { nrs_1: 'pain_now' } });

// 3. One row per patient: first to latest visit, with change, reliable change and MCIDs.
//    promkit stores no reference SD for the PHQ-9, so reliable change uses this cohort's own
//    baseline SD (Jacobson & Truax's pre-treatment SD), computed in step 4's first pass.
const visits = scored.map((r) => ({ id: r.patient_id, date: r.visit_date, value: r.phq9_total }));
const firstPass = changeByPatient(visits, { instrument: phq9 });
const baselineSd = cohortChange(
  firstPass.filter((p) => p.change).map((p) => ({ baseline: p.baseline.value, followUp: p.latest.value })),
  { instrument: phq9 },
).baseline.sd;
const depression = changeByPatient(visits, { instrument: phq9, sd: baselineSd });
const pain = changeByPatient(painScored.map((r) => ({ id: r.patient_id, date: r.visit_date, value: r.nrs_total })), { instrument: nrs });

console.table(
  depression.map((p) => ({
    patient: p.id,
    baseline: p.baseline?.value,
    latest: p.latest?.value,
    change: p.change?.difference,
    'RCI (JT)': p.reliableChange?.rci.toFixed(2),
    reliable: p.reliableChange?.classification,
    'MCID 5 pts': p.mcid?.verdicts[0]?.classification,
  })),
);
console.table(pain.map((p) => ({ patient: p.id, baseline: p.baseline?.value, latest: p.latest?.value, '% improvement': p.change?.percentImprovement?.toFixed(1), IMMPACT: p.immpact?.category })));

// 4. The cohort: mean change with a 95 % t-interval, SRM, Cohen's d, responder rates with Wilson intervals.
const pairs = depression.filter((p) => p.change).map((p) => ({ baseline: p.baseline.value, followUp: p.latest.value }));
const cohort = cohortChange(pairs, { instrument: phq9 });
console.log(`PHQ-9 baseline SD ${baselineSd.toFixed(2)}; mean change ${cohort.meanChange.toFixed(2)} (95 % CI ${cohort.ci.lower.toFixed(2)} to ${cohort.ci.upper.toFixed(2)}), n = ${cohort.n}; SRM ${cohort.srm?.toFixed(2)}, Cohen's d ${cohort.cohensD?.toFixed(2)}`);
const responders = responderProportions(pairs, { instrument: phq9, sd: baselineSd });
const line = (label, r) => console.log(`  ${label}: ${r.successes}/${r.n} (${(r.proportion * 100).toFixed(0)} %, Wilson 95 % CI ${(r.lower * 100).toFixed(0)}–${(r.upper * 100).toFixed(0)} %)`);
for (const r of responders.percent) line(`≥ ${r.threshold} % improvement`, r);
for (const r of responders.mcid) line(`MCID ${r.mcid} ${r.unit}`, r);
if (responders.reliableImprovement) line('reliable improvement (JT)', responders.reliableImprovement);
