/** Runs a script of this repository under Node, Deno or Bun, from the repository root. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bun, deno, quietEnv } from './binaries.js';

export const root = join(import.meta.dirname, '..', '..', '..');
export type Runtime = 'node' | 'deno' | 'bun';

/**
 * Deno permissions per script: reading files for all; the CSV example also writes its output to a
 * temporary directory and runs `promkit` (the CLI, under Deno too) as a child process.
 */
const denoPermissions: Record<string, string[]> = {
  'examples/csv/score-export.mjs': ['--allow-read', '--allow-write', '--allow-env', '--allow-run'],
  'examples/review/review.mjs': ['--allow-read', '--allow-write', '--allow-env'],
};

export function runIn(runtime: Runtime, script: string, args: string[] = []): { status: number | null; stdout: string; stderr: string } {
  const file = join(root, script);
  const [command, argv] =
    runtime === 'node'
      ? [process.execPath, [file, ...args]]
      : runtime === 'deno'
        ? [deno().path, ['run', '--no-remote', ...(denoPermissions[script] ?? ['--allow-read']), file, ...args]]
        : [bun().path, [file, ...args]];
  const result = spawnSync(command, argv, { cwd: root, encoding: 'utf8', env: quietEnv(), timeout: 60_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every example script (the .mjs files under examples/); test/examples.test.ts checks their output under Node. */
export const EXAMPLES = readdirSync(join(root, 'examples'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mjs'))
  .map((f) => `examples/${f.split('\\').join('/')}`)
  .sort();

/** Arguments an example takes: where to write what it writes. */
export function exampleArgs(script: string): string[] {
  return script === 'examples/review/review.mjs' ? [join(mkdtempSync(join(tmpdir(), 'promkit-example-')), 'P017.html')] : [];
}

/**
 * An example's output as its words and numbers in order, to compare runtimes: temporary paths
 * replaced, and console.table's drawing (borders, alignment, quotes around strings, the index
 * column's title), which every runtime styles its own way, left out.
 */
export function normalize(output: string): string[] {
  return output
    .replace(/\S*promkit-example-[^/\s]+/g, '<tmp>')
    .split(/[\s│┌┬┐├┼┤└┴┘─'"]+/)
    .filter((token) => token !== '' && token !== '(index)' && token !== '(idx)');
}
