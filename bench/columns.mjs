// scoreColumns over 1,000,000 PHQ-9 rows held as one Uint8Array per item, beside a hand-written
// typed-array loop (validate, sum, write value + status) over the same columns, in one run.
// Target: within 2× of the hand loop.
import { scoreColumns } from '../dist/index.js';
import { phq9 } from '../dist/instruments.js';

const N = Number(process.env.BENCH_ROWS ?? 1_000_000);
let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const ids = phq9.items.map((item) => item.id);
const columns = Object.fromEntries(ids.map((id) => [id, Float64Array.from({ length: N }, () => Math.floor(random() * 4))]));

function handLoop() {
  const cols = ids.map((id) => columns[id]);
  const values = new Float64Array(N);
  const status = new Uint8Array(N);
  for (let r = 0; r < N; r++) {
    let sum = 0;
    let bad = false;
    for (let k = 0; k < 9; k++) {
      const v = cols[k][r];
      if (!(v >= 0 && v <= 3) || !Number.isInteger(v)) bad = true;
      sum += v;
    }
    values[r] = bad ? NaN : sum;
    status[r] = bad ? 3 : 0;
  }
  return values;
}

const best = (fn) => {
  let min = Infinity;
  let out;
  for (let i = 0; i < 3; i++) {
    const t = process.hrtime.bigint();
    out = fn();
    min = Math.min(min, Number(process.hrtime.bigint() - t) / 1e9);
  }
  return { seconds: min, out };
};
handLoop();
scoreColumns(columns, phq9);
const hand = best(handLoop);
const lib = best(() => scoreColumns(columns, phq9).scores.total.values);
for (let r = 0; r < N; r++) if (hand.out[r] !== lib.out[r]) throw new Error(`row ${r} differs`);
console.log(`scoreColumns, PHQ-9, ${N.toLocaleString('en')} rows (best of 3)`);
console.log(`  hand-written typed-array loop  ${Math.round(N / hand.seconds).toLocaleString('en').padStart(12)} rows/s`);
console.log(`  scoreColumns(columns, phq9)    ${Math.round(N / lib.seconds).toLocaleString('en').padStart(12)} rows/s  (${(lib.seconds / hand.seconds).toFixed(2)}× the hand loop's time)`);
