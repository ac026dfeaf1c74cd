/** Generated files must match their sources: run `npm run generate` after changing a definition. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — plain ESM script without types
import { instrumentIds, renderAll, renderIndex } from '../scripts/generate-index.mjs';
// @ts-expect-error — plain ESM script without types
import { referenceCaseCounts } from '../scripts/reference-counts.mjs';
import { describeInstrument, listInstruments } from '../src/catalog/index.js';

const root = join(import.meta.dirname, '..');
const stale = 'is stale: run `npm run generate`';

describe('generated files', () => {
  it('src/instruments/index.ts and src/catalog/all.ts list every instrument folder', () => {
    const ids = instrumentIds();
    expect(readFileSync(join(root, 'src/instruments/index.ts'), 'utf8'), `src/instruments/index.ts ${stale}`).toBe(renderIndex(ids));
    expect(readFileSync(join(root, 'src/catalog/all.ts'), 'utf8'), `src/catalog/all.ts ${stale}`).toBe(renderAll(ids));
  });

  it.each(listInstruments().map((i) => [i.id, i] as const))('docs/instruments/%s.md matches the definition', (id, def) => {
    const file = join(root, 'docs', 'instruments', `${id}.md`);
    expect(existsSync(file), `docs/instruments/${id}.md is missing: run \`npm run generate\``).toBe(true);
    expect(readFileSync(file, 'utf8'), `docs/instruments/${id}.md ${stale}`).toBe(describeInstrument(def, { referenceCases: referenceCaseCounts(id) }));
  });

  it('docs/instruments holds no page for an instrument that no longer exists', () => {
    const pages = readdirSync(join(root, 'docs', 'instruments')).filter((f) => f !== 'README.md');
    expect(pages.sort()).toEqual(listInstruments().map((i) => `${i.id}.md`).sort());
  });
});
