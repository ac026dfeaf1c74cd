/**
 * The Deno and Bun executables, from their npm packages (devDependencies `deno` and `bun`, pinned
 * with integrity hashes in package-lock.json). Each package ships its binary in a per-platform
 * optional dependency (`@deno/linux-x64-glibc`, `@oven/bun-linux-x64`, …) fetched from the npm
 * registry like any package; its postinstall script, when npm runs it, moves or links that file
 * into the main package and downloads nothing when the optional dependency is present. Nothing
 * here downloads either: a missing binary is an error that says how to install it.
 */
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');
const modules = join(root, 'node_modules');

const platformPackages: Record<string, { deno?: string; bun: string }> = {
  'linux-x64': { deno: '@deno/linux-x64-glibc/deno', bun: '@oven/bun-linux-x64/bin/bun' },
  'linux-arm64': { deno: '@deno/linux-arm64-glibc/deno', bun: '@oven/bun-linux-aarch64/bin/bun' },
  'darwin-x64': { deno: '@deno/darwin-x64/deno', bun: '@oven/bun-darwin-x64/bin/bun' },
  'darwin-arm64': { deno: '@deno/darwin-arm64/deno', bun: '@oven/bun-darwin-aarch64/bin/bun' },
};

/** The first candidate that is a real executable (the packages' placeholders are a few KB). */
function find(name: 'deno' | 'bun', candidates: string[]): { path: string; version: string } {
  const version = (JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')) as { version: string }).version;
  for (const candidate of candidates) {
    const path = join(modules, candidate);
    if (existsSync(path) && statSync(path).size > 1_000_000) return { path, version };
  }
  throw new Error(`no ${name} binary in node_modules (looked in ${candidates.join(', ')}): run \`npm ci\` (devDependency ${name})`);
}

const platform = platformPackages[`${process.platform}-${process.arch}`];

/** The Deno binary and the npm package version it came with. */
export function deno(): { path: string; version: string } {
  return find('deno', ['deno/deno', ...(platform?.deno ? [platform.deno] : [])]);
}

/** The Bun binary and the npm package version it came with. */
export function bun(): { path: string; version: string } {
  return find('bun', ['bun/bin/bun.exe', ...(platform ? [platform.bun] : [])]);
}

/**
 * Deno's own cache folder for this test run. Deno's global cache (~/.cache/deno) keeps its analysis
 * of a CommonJS file by path and served a rebuilt `dist/index.cjs` as the old one (requiring a
 * chunk the new build no longer has); a fresh folder per run tests the build on disk.
 */
let denoDir: string | undefined;

/** Environment for a child runtime: no update checks, no telemetry, no prompts, a fresh Deno cache. */
export function quietEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  denoDir ??= mkdtempSync(join(tmpdir(), 'promkit-deno-'));
  return { ...process.env, DENO_DIR: denoDir, DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1', DO_NOT_TRACK: '1', NO_COLOR: '1', ...extra };
}
