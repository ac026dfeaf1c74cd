/**
 * The `promkit score` command (the build in `dist/`) agrees with `score()` on the differential
 * tests' random responses (issue 17): one CSV holding every instrument's columns.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { defaultPrefix, outputFields } from '../../src/batch/_lib/fields.js';
import { score } from '../../src/index.js';
import { flatten, instruments, ROWS, samples } from '../differential.js';
import { distFile } from '../dist.js';

describe('promkit score (the command) agrees with score()', () => {
  it('one CSV with every instrument\'s columns', () => {
    const columns = [...new Set(instruments.flatMap((def) => def.items.map((item) => item.id)))];
    const lines = [['row', ...columns].join(',')];
    for (let r = 0; r < ROWS; r++) {
      const cells = new Map<string, number | null>();
      for (const def of instruments) for (const item of def.items) if (!cells.has(item.id)) cells.set(item.id, samples.get(def.id)![r]![item.id] ?? null);
      lines.push([r, ...columns.map((c) => cells.get(c) ?? '')].join(','));
    }
    const dir = mkdtempSync(join(tmpdir(), 'promkit-differential-'));
    const input = join(dir, 'all.csv');
    writeFileSync(input, `${lines.join('\n')}\n`);
    const cli = distFile('cli.js');
    const run = spawnSync(process.execPath, [cli, 'score', input, '--instrument', ...instruments.map((d) => d.id)], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(run.stderr).not.toMatch(/Error|at /);
    const [header, ...body] = parse(run.stdout) as string[][];
    const mismatches: string[] = [];
    for (const def of instruments) {
      const prefix = defaultPrefix(def);
      const fields = outputFields(def, prefix).filter((f) => !f.endsWith('_reason') && !f.endsWith('_error'));
      const index = fields.map((f) => header!.indexOf(f));
      body.forEach((cells, r) => {
        // Answers shared by two instruments (a PROMIS-29 item and its 4a form) come from the first instrument's sample.
        const row = Object.fromEntries(def.items.map((item) => [item.id, cellValue(cells[header!.indexOf(item.id)]!)]));
        const want = flatten(def, score(def, row)).map((v) => (v === null ? '' : String(v)));
        const got = index.map((i) => cells[i]);
        if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`${def.id} row ${r}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
      });
    }
    expect(mismatches).toEqual([]);
  });
});

function cellValue(cell: string): number | null {
  return cell === '' ? null : Number(cell);
}
