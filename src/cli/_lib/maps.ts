import { readFileSync } from 'node:fs';
import { UsageError } from './io.js';

/**
 * Reads a column-map file: `{ "<item id>": "<column>" }` for one instrument, or
 * `{ "<instrument id>": { "<item id>": "<column>" } }` for several.
 */
export function readColumnMap(path: string | undefined, instrumentIds: readonly string[]): Record<string, Record<string, string>> {
  if (!path) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read the column map ${path}: ${(error as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new UsageError(`the column map ${path} must be a JSON object`);
  }
  const entries = Object.entries(parsed as Record<string, unknown>);
  const nested = entries.length > 0 && entries.every(([, v]) => v !== null && typeof v === 'object');
  const byInstrument: Record<string, Record<string, string>> = {};
  if (nested) {
    for (const [id, map] of entries) {
      if (!instrumentIds.includes(id)) throw new UsageError(`the column map names ${JSON.stringify(id)}, which is not among --instrument ${instrumentIds.join(', ')}`);
      byInstrument[id] = stringRecord(map, path);
    }
  } else {
    if (instrumentIds.length !== 1) throw new UsageError(`with several instruments, the column map must be keyed by instrument id`);
    byInstrument[instrumentIds[0] as string] = stringRecord(parsed, path);
  }
  return byInstrument;
}

function stringRecord(value: unknown, path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v !== 'string') throw new UsageError(`the column map ${path}: ${k} must name a column (a string)`);
    out[k] = v;
  }
  return out;
}
