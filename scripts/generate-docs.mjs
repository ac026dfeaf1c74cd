// Writes docs/instruments/<id>.md (and an index) from the built catalogue, so a researcher can
// cite exactly what promkit applies. `npm run generate` runs it after a build;
// test/generated.test.ts fails when a page is stale.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeInstrument, listInstruments } from '../dist/catalog.js';
import { referenceCaseCounts } from './reference-counts.mjs';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'instruments');

export function renderDocsIndex(instruments) {
  const rows = instruments.map((i) => `| [\`${i.id}\`](${i.id}.md) | ${i.title} | ${i.domain} | ${i.licence.status} |`);
  return `# Instruments\n\nGenerated from the definitions by \`npm run generate\`; do not edit.\n\n| id | title | domain | licence |\n|---|---|---|---|\n${rows.join('\n')}\n`;
}

mkdirSync(dir, { recursive: true });
for (const file of readdirSync(dir)) rmSync(join(dir, file));
const instruments = listInstruments();
for (const instrument of instruments) writeFileSync(join(dir, `${instrument.id}.md`), describeInstrument(instrument, { referenceCases: referenceCaseCounts(instrument.id) }));
writeFileSync(join(dir, 'README.md'), renderDocsIndex(instruments));
console.log(`generated ${instruments.length} instrument pages in docs/instruments/`);
