/**
 * Paths into the built package, for the tests of `dist/` (the `promkit` command, the packed
 * package). `npm test` builds before vitest; someone running `npx vitest` alone after editing
 * `src/` would test an old build and see old behaviour pass or new behaviour fail for no visible
 * reason. So `distFile` refuses a build older than the newest source file, with a message saying
 * what to run.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const root = join(import.meta.dirname, '..');

/** Files whose change makes `dist/` stale: the sources and the build configuration. */
function newestSource(): { path: string; mtime: number } {
  let newest = { path: '', mtime: 0 };
  const visit = (path: string): void => {
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else if (stat.mtimeMs > newest.mtime) newest = { path, mtime: stat.mtimeMs };
  };
  visit(join(root, 'src'));
  visit(join(root, 'tsup.config.ts'));
  return newest;
}

/** When the build was made: the oldest file `tsup` wrote (it empties `dist/` first). */
function buildStamp(): number {
  let oldest = Infinity;
  const visit = (path: string): void => {
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else if (stat.mtimeMs < oldest) oldest = stat.mtimeMs;
  };
  visit(join(root, 'dist'));
  return oldest;
}

let checked: string | null | undefined;

/** Why `dist/` cannot be tested, or null when it is at least as new as every source file. */
export function distProblem(): string | null {
  if (checked !== undefined) return checked;
  if (!existsSync(join(root, 'dist', 'index.js')) || !existsSync(join(root, 'dist', 'cli.js'))) {
    checked = 'dist/ is missing: run `npm run build` first (`npm test` does)';
  } else {
    const source = newestSource();
    const stamp = buildStamp();
    checked = source.mtime > stamp
      ? `dist/ is stale: ${relative(root, source.path)} changed after the last build (${new Date(stamp).toISOString()}); run \`npm run build\` first (\`npm test\` does)`
      : null;
  }
  return checked;
}

/**
 * The path of a file of the built package; throws when `dist/` is missing or older than `src/`.
 * @example distFile('cli.js') //=> '/…/promkit/dist/cli.js'
 */
export function distFile(...path: string[]): string {
  const problem = distProblem();
  if (problem) throw new Error(problem);
  return join(root, 'dist', ...path);
}
