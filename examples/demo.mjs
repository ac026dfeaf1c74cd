// `npm run demo`: scores the bundled sample responses (examples/data/sample-responses.json)
// with promkit and prints one readable row per score. Bad input is shown, not hidden.
import { readFileSync } from 'node:fs';
import { safeScore } from 'promkit';
import { getInstrument } from 'promkit/catalog';

const { responses } = JSON.parse(readFileSync(new URL('./data/sample-responses.json', import.meta.url), 'utf8'));

const rows = [];
for (const { patient, instrument: id, answers } of responses) {
  const instrument = getInstrument(id);
  const outcome = safeScore(instrument, answers);
  if (!outcome.success) {
    rows.push([patient, instrument.shortTitle ?? id, '—', 'error', '', shorten(outcome.error.issues[0].message, 160)]);
    continue;
  }
  const { scores, flags, classifications } = outcome.data;
  const raised = Object.entries(flags).filter(([, v]) => v).map(([k]) => `flag ${k}`);
  const classes = Object.entries(classifications).map(([k, v]) => `${k}: ${v ?? 'undetermined'}`);
  Object.entries(scores).forEach(([name, s], i) => {
    const value = s.value === null ? '—' : String(Math.round(s.value * 100) / 100);
    const t = s.tScore !== undefined ? ` (T ${s.tScore}${s.se !== undefined ? `, SE ${s.se}` : ''})` : '';
    const note = [...(i === 0 ? [...classes, ...raised] : []), s.reason].filter(Boolean).join('; ');
    rows.push([patient, `${instrument.shortTitle ?? id} ${name}`, value + t, s.status, s.band?.label ?? '', shorten(note)]);
  });
}

function shorten(text, max = 100) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const header = ['patient', 'score', 'value', 'status', 'band', 'notes'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));
