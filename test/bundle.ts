/** Tree-shaking checks: bundle a snippet that imports promkit's source the way an app would. */
import { build } from 'esbuild';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/**
 * The minified browser ESM bundle of `source` (resolved from the repository root), as text.
 * @example await bundleSource("import { score } from './src/index.ts'; console.log(score);")
 */
export async function bundleSource(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/**
 * The bundle of an app that imports `names` (comma-separated) from `from` and uses them.
 * @example await bundleImports('score, phq9', './src/index.ts')
 */
export function bundleImports(names: string, from: string): Promise<string> {
  return bundleSource(`import { ${names} } from '${from}'; console.log(${names});`);
}
