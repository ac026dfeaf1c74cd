// Counts each instrument's reference cases by origin (`src/instruments/<id>/cases.json`):
// "published" (the expected value is printed by an outside source) or "hand" (worked by hand from
// the published rule). scripts/generate-docs.mjs prints the counts on each instrument page and
// test/generated.test.ts checks the pages with the same counts.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'instruments');

/** `{ published, hand, unclassified }` for one instrument id, or undefined when it has no cases.json. */
export function referenceCaseCounts(id) {
  const file = join(root, id, 'cases.json');
  if (!existsSync(file)) return undefined;
  const counts = { published: 0, hand: 0, unclassified: 0 };
  for (const c of JSON.parse(readFileSync(file, 'utf8')).cases) {
    if (c.origin === 'published') counts.published++;
    else if (c.origin === 'hand') counts.hand++;
    else counts.unclassified++;
  }
  return counts;
}
