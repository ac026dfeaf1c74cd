import { describeInstrument, getInstrument, listInstruments } from '../../catalog/index.js';

/** `promkit list`: the shipped instruments, as a table or JSON. */
export function listCommand(format: 'text' | 'json'): string {
  const instruments = listInstruments();
  if (format === 'json') {
    return `${JSON.stringify(
      instruments.map((i) => ({ id: i.id, title: i.title, version: i.version, domain: i.domain, licence: i.licence.status, scores: i.scores.map((s) => s.name) })),
      null,
      2,
    )}\n`;
  }
  const rows = instruments.map((i) => [i.id, i.domain, i.licence.status, i.title]);
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => (r[c] as string).length), ['id', 'domain', 'licence'][c]!.length));
  const line = (r: string[]) => r.map((cell, c) => (c < 3 ? cell.padEnd(widths[c]!) : cell)).join('  ');
  return `${[line(['id', 'domain', 'licence', 'title']), ...rows.map(line)].join('\n')}\n`;
}

/** `promkit describe <id>`: items, scoring, missing rule, bands, licence and citations. */
export function describeCommand(id: string, format: 'text' | 'json'): string {
  const instrument = getInstrument(id);
  return format === 'json' ? `${JSON.stringify(instrument, null, 2)}\n` : describeInstrument(instrument);
}
