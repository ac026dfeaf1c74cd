// @ts-check
/**
 * StrykerJS mutation testing (`npm run mutate`; docs/testing.md). Not part of `npm test` or CI: a
 * run takes minutes per module, far longer than the suite.
 *
 * With PROMKIT_MUTATE_MODULE=<module> (what `scripts/mutate.mjs` sets), one module is mutated
 * against its own tests, with its own incremental file and reports in reports/mutation/. Without
 * it, every module is mutated against every test that imports the mutated file.
 */

/** Mutated files and the test files meant to kill their mutants, per module. */
export const modules = {
  engine: {
    mutate: ['src/engine/**/*.ts'],
    testFiles: ['test/engine.test.ts', 'test/engine-contract.test.ts', 'test/properties.test.ts', 'test/reference.test.ts', 'test/weights.test.ts', 'test/robustness.test.ts', 'test/define.test.ts', 'test/promis-29.test.ts', 'test/batch.test.ts', 'test/differential.test.ts', 'test/fuzz/garbage.test.ts'],
  },
  model: {
    mutate: ['src/model/**/*.ts'],
    testFiles: ['test/define.test.ts', 'test/model-contract.test.ts', 'test/catalog.test.ts', 'test/engine.test.ts', 'test/weights.test.ts', 'test/promis-derivation.test.ts', 'test/reference.test.ts', 'test/properties.test.ts'],
  },
  batch: {
    mutate: ['src/batch/**/*.ts'],
    testFiles: ['test/batch.test.ts', 'test/batch-contract.test.ts', 'test/engine.test.ts', 'test/differential.test.ts', 'test/weights.test.ts', 'test/robustness.test.ts', 'test/ingest/recode.test.ts'],
  },
  change: {
    mutate: ['src/change/**/*.ts'],
    testFiles: ['test/change/**/*.test.ts'],
  },
  goals: {
    mutate: ['src/goals/**/*.ts'],
    testFiles: ['test/goals/**/*.test.ts', 'test/fhir/gasRatings.test.ts'],
  },
  // The reading side of promkit/fhir (QuestionnaireResponse in, scores out); the ingest module
  // holds its item matching and answer weights.
  fhir: {
    mutate: [
      'src/fhir/{scoreQuestionnaireResponse,scoreContainedInstruments,identifyInstrument}/**/*.ts',
      'src/fhir/_lib/{readResponse,answerCoding,checkResponse,checkDateTime,collectLinkIds,questionnaireVersion}.ts',
    ],
    // The reading tests: not the LHC-Forms round trip (13 s a run under jsdom), the promkit
    // Questionnaire round trip, the hostile-input fuzz or the properties, which run the same
    // reading paths as the wild fixtures at a multiple of the cost per mutant.
    testFiles: ['test/fhir/contract.test.ts', 'test/fhir/matching.test.ts', 'test/fhir/errors.test.ts', 'test/fhir/examples.test.ts', 'test/fhir/wild.test.ts', 'test/ingest/fhir.test.ts'],
  },
  ingest: {
    mutate: ['src/ingest/**/*.ts'],
    // The CSV and FHIR reading tests; not the FHIR round trip, hostile-input and property files
    // (their ingest paths are the ones the wild fixtures and matching tests already run).
    testFiles: ['test/ingest/**/*.test.ts', 'test/batch.test.ts', 'test/batch-contract.test.ts', 'test/fhir/matching.test.ts', 'test/fhir/errors.test.ts', 'test/fhir/examples.test.ts', 'test/fhir/wild.test.ts'],
  },
};

const name = process.env.PROMKIT_MUTATE_MODULE;
if (name !== undefined && !Object.hasOwn(modules, name)) {
  throw new Error(`PROMKIT_MUTATE_MODULE=${name}: expected one of ${Object.keys(modules).join(', ')}`);
}
const module = name === undefined ? undefined : modules[/** @type {keyof typeof modules} */ (name)];
const out = `reports/mutation/${name ?? 'all'}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // The in-process suite: no tests of the built package (Stryker never rebuilds dist/ from a
  // mutant, so those would compare an unmutated build with mutated source and "kill" mutants
  // they never ran), and none of the slow SQL, runtime and bundle-size tests.
  vitest: { configFile: 'vitest.mutate.config.ts', related: true },
  mutate: module?.mutate ?? Object.values(modules).flatMap((m) => m.mutate),
  ...(module ? { testFiles: module.testFiles } : {}),
  // Each mutant runs only the tests that execute it.
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants) run the whole suite each; they are reported as
  // ignored and left out of the score (docs/testing.md).
  ignoreStatic: true,
  // Message wording: each error's text is pinned by its own test, and a mutant per string
  // literal would add a quarter to the run time (docs/testing.md).
  mutator: { excludedMutations: ['StringLiteral'] },
  // The machine is shared and has two cores: one worker by default (`-c 2` is faster when idle).
  concurrency: 1,
  // Nothing the in-process tests read: keeps the sandbox copy small.
  ignorePatterns: ['.stryker-tmp*', 'dist', 'docs', 'bench', 'examples', 'reports', 'coverage', '.ci', 'test/runtimes'],
  incremental: true,
  incrementalFile: `${out}.incremental.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `${out}.html` },
  jsonReporter: { fileName: `${out}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 85, low: 75, break: null },
  // A mutant that loops forever times out (counted as detected); leave room on a busy machine.
  timeoutMS: 10_000,
  // One sandbox folder per module, so two modules can run side by side.
  tempDirName: name === undefined ? '.stryker-tmp' : `.stryker-tmp-${name}`,
  cleanTempDir: 'always',
};
