/**
 * `promkit` starts fast because each command loads its code when it runs (src/cli/index.ts):
 * `promkit --version` loads commander and promkit's small shared CLI chunk, nothing else.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distFile, root } from '../dist.js';

const cli = distFile('cli.js');
// Prints every module Node loads, on stderr. The hooks run on their own thread, whose
// process.stderr is relayed through the main thread and can be lost when `--version` exits at
// once on a busy machine; writeSync to fd 2 is written before the module is loaded.
const hooks = `data:text/javascript,${encodeURIComponent(
  "import { writeSync } from 'node:fs'; export async function load(url, context, next) { writeSync(2, 'LOADED ' + url + '\\n'); return next(url, context); }",
)}`;
const register = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(hooks)});`)}`;

function loadedBy(args: string[]): { stdout: string; loaded: string[] } {
  const run = spawnSync(process.execPath, ['--import', register, cli, ...args], { encoding: 'utf8', cwd: root });
  expect(run.status, run.stderr).toBe(0);
  const loaded = run.stderr.split('\n').filter((l) => l.startsWith('LOADED file:')).map((l) => l.slice('LOADED file://'.length));
  return { stdout: run.stdout, loaded };
}

describe('promkit start-up', () => {
  it('--version loads commander and no command, CSV, date, statistics or instrument code', () => {
    const { stdout, loaded } = loadedBy(['--version']);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const packages = loaded.filter((f) => f.includes('/node_modules/')).map((f) => f.split('/node_modules/').pop()!.split('/')[0]);
    expect([...new Set(packages)]).toEqual(['commander']);
    const own = loaded.filter((f) => !f.includes('/node_modules/') && f.startsWith(join(root, 'dist')));
    expect(own.map((f) => f.slice(join(root, 'dist').length + 1)).every((f) => f === 'cli.js' || /^cli-chunks\/chunk-/.test(f))).toBe(true);
    expect(own.length).toBeLessThanOrEqual(3);
  });

  it('list loads the catalogue only when it runs', () => {
    const { stdout, loaded } = loadedBy(['list']);
    expect(stdout).toContain('phq-9');
    expect(loaded.some((f) => /cli-chunks\/catalog-/.test(f))).toBe(true);
    expect(loaded.some((f) => /csv-(parse|stringify)/.test(f))).toBe(false);
  });

  it.each(['chart', 'sql', 'report'])('--help lists %s with the description %s --help gives (it is loaded only when named)', (name) => {
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    // `<name> --help`: the usage line, a blank line, then the description paragraph.
    const own = loadedBy([name, '--help']);
    const paragraphs = own.stdout.split(/\n\s*\n/);
    expect(paragraphs[0]).toMatch(new RegExp(`^Usage: promkit ${name}`));
    const description = squash(paragraphs[1]!);
    expect(description.length).toBeGreaterThan(20);
    const top = loadedBy(['--help']);
    const escaped = description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(squash(top.stdout)).toMatch(new RegExp(`${name}( <[^>]+>)* ${escaped}`));
    expect(top.loaded.some((f) => f.includes(`cli-chunks/${name}-`))).toBe(false);
    expect(own.loaded.some((f) => f.includes(`cli-chunks/${name}-`))).toBe(true);
  });
});
