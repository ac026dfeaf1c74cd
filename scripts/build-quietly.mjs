// `npm run build`, without its log: prints nothing when the build succeeds; when it fails, what
// tsup, esbuild and TypeScript said went wrong (the log without its progress and file-size lines)
// and tsup's exit status. Used by `npm run demo`, `npm run bench` and `npm run test:runtimes`,
// whose own output is what matters.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const pkg = require.resolve('tsup/package.json');
const bin = require(pkg).bin;
const tsup = join(dirname(pkg), typeof bin === 'string' ? bin : bin.tsup);
const build = spawnSync(process.execPath, [tsup], { cwd: join(import.meta.dirname, '..'), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
if (build.error) throw build.error;
if (build.status !== 0) {
  const log = `${build.stdout}${build.stderr}`.split('\n');
  const progress = /^(CLI |(ESM|CJS|DTS) (Build start|⚡️ Build success)|(ESM|CJS) dist\/|Generated an empty chunk)/;
  const problems = log.filter((line) => line.trim() !== '' && !progress.test(line));
  process.stderr.write(`${(problems.length ? problems : log).join('\n')}\nthe build failed (tsup exited with ${build.status}): see above\n`);
  process.exit(build.status ?? 1);
}
