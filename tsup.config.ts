import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

// Each instrument is an entry of its own, so that `promkit/instruments` re-exports separate
// modules and a bundler drops every instrument the application does not import.
const instrumentEntries = Object.fromEntries(
  readdirSync('src/instruments', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map((entry) => [`instruments/${entry.name}`, `src/instruments/${entry.name}/index.ts`]),
);

export default defineConfig([{
  entry: {
    index: 'src/index.ts',
    instruments: 'src/instruments/index.ts',
    catalog: 'src/catalog/index.ts',
    fhir: 'src/fhir/index.ts',
    sql: 'src/sql/index.ts',
    // The calculators get a file of their own, so that an application importing only `score`
    // never reaches them or their dependencies (the package is side-effect free); one file, not
    // one per area, so that Node loads few modules at `import 'promkit'`.
    'internal/calculators': 'src/_lib/calculators.ts',
    ...instrumentEntries,
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: false,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  // zod's, date-fns's and simple-statistics' code is bundled in, tree-shaken to the functions
  // promkit uses (zod/mini's for the two schemas, date-fns's parseISO and isValid,
  // simple-statistics' sum, mean, sample SD and least-squares line): Node loads promkit's own
  // files instead of zod's ~100 modules and date-fns's 6, and installs no date-fns (27 MB). The package still
  // depends on zod for the types of InstrumentSchema and GoalSchema. Licences:
  // THIRD_PARTY_NOTICES.md.
  noExternal: [/^zod(\/|$)/, /^date-fns(\/|$)/, /^simple-statistics$/],
},
// The `promkit` command: an ESM file with a shebang, the library bundled in. Commands load their
// code on demand (src/cli/index.ts), each from a chunk in dist/cli-chunks/, so that
// `promkit --version` loads commander and nothing else.
{
  entry: { cli: 'src/cli/index.ts' },
  format: ['esm'],
  dts: false,
  sourcemap: false,
  clean: false,
  splitting: true,
  target: 'es2022',
  platform: 'node',
  esbuildOptions(options) {
    options.chunkNames = 'cli-chunks/[name]-[hash]';
  },
  noExternal: [/^zod(\/|$)/, /^date-fns(\/|$)/, /^simple-statistics$/],
  banner: { js: '#!/usr/bin/env node' },
}]);
