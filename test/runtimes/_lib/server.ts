/**
 * A static file server on 127.0.0.1 for the browser tests: the repository's built ESM files and
 * the npm packages they import, plus a page whose import map resolves `promkit`, its subpaths and
 * each bare specifier in the build to files under /node_modules/ (resolved by Node, with the
 * `import` condition, as a bundler would). Only paths under the allowed prefixes are served.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distFile } from '../../dist.js';

const root = join(import.meta.dirname, '..', '..', '..');
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html',
  '.json': 'application/json',
  '.css': 'text/css',
};
const ALLOWED = ['dist/', 'node_modules/', 'test/runtimes/'];

/** Bare specifiers imported by the ESM build (dist/*.js and the chunks they load). */
function bareImports(): string[] {
  const files = readdirSync(distFile(), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js') && !f.startsWith('cli'));
  const found = new Set<string>();
  for (const file of files) {
    const source = readFileSync(join(root, 'dist', file), 'utf8');
    for (const [, spec] of source.matchAll(/^(?:import|export)\b[^;"']*?["']([^./"'][^"']*)["'];?$/gm)) found.add(spec!);
  }
  return [...found].sort();
}

/** The import map: promkit's entries, and each bare specifier resolved by Node's ESM resolver. */
export function importMap(): { imports: Record<string, string> } {
  const specs = bareImports();
  const resolved = specs.length
    ? (JSON.parse(
        execFileSync(process.execPath, ['--input-type=module', '-e', `console.log(JSON.stringify(${JSON.stringify(specs)}.map((s) => import.meta.resolve(s))))`], {
          cwd: root,
          encoding: 'utf8',
        }),
      ) as string[])
    : [];
  const imports: Record<string, string> = {
    promkit: '/dist/index.js',
    'promkit/instruments': '/dist/instruments.js',
    'promkit/catalog': '/dist/catalog.js',
    'promkit/fhir': '/dist/fhir.js',
  };
  specs.forEach((spec, i) => {
    imports[spec] = `/${relative(root, fileURLToPath(resolved[i]!)).split(sep).join('/')}`;
  });
  return { imports };
}

/** Starts the server; `close()` stops it. `requests` lists every path asked for. */
export async function serve(page: (map: { imports: Record<string, string> }) => string): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const map = importMap();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(path);
    if (path === '/' || path === '/index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(map));
      return;
    }
    const rel = normalize(path.slice(1));
    const file = join(root, rel);
    if (!ALLOWED.some((prefix) => rel.split(sep).join('/').startsWith(prefix)) || rel.startsWith('..')) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` }).end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
