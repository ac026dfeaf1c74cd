import { readFileSync } from 'node:fs';
import type { Instrument } from '../../model/schema.js';
import { compileValueMap, type ValueMap, type ValueMapInput } from '../../ingest/valueMaps/index.js';
import { mapRedcapFields, readRedcapDictionary, type RedcapField, type RedcapMapping } from '../../ingest/redcap/index.js';
import { fileError, UsageError } from './io.js';
import { readSmallCsv } from './csvInput.js';

/**
 * Reads `--values values.json`: `{ "<label or code>": value, … }` for one instrument, or
 * `{ "<instrument id>": { … } }` for several (see `compileValueMap`).
 */
export function readValueMaps(path: string | undefined, instruments: readonly Instrument[]): Record<string, ValueMap> {
  if (!path) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException)?.code) throw fileError(error, 'read', `the value map ${path}`);
    throw new UsageError(`the value map ${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new UsageError(`the value map ${path} must be a JSON object`);
  const ids = instruments.map((i) => i.id);
  const keys = Object.keys(parsed);
  const byInstrument = keys.length > 0 && keys.every((k) => ids.includes(k));
  const out: Record<string, ValueMap> = {};
  if (byInstrument) {
    for (const instrument of instruments) {
      const entry = (parsed as Record<string, unknown>)[instrument.id];
      if (entry !== undefined) out[instrument.id] = compileValueMap(instrument, entry as ValueMapInput, [path, instrument.id]);
    }
  } else {
    if (instruments.length !== 1) throw new UsageError(`with several instruments, the value map ${path} must be keyed by instrument id (${ids.join(', ')})`);
    const instrument = instruments[0] as Instrument;
    out[instrument.id] = compileValueMap(instrument, parsed as ValueMapInput, [path]);
  }
  return out;
}

/**
 * Reads `--shift`: `-1` for every instrument, or `phq-9=-1` for one (repeatable). Whole numbers
 * only: a shift moves codes by whole steps.
 */
export function readShifts(values: readonly string[] | undefined, instruments: readonly Instrument[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const value of values ?? []) {
    const match = /^(?:([a-z0-9-]+)=)?([+-]?\d+)$/.exec(value.trim());
    if (!match) throw new UsageError(`--shift ${JSON.stringify(value)}: give a whole number (e.g. -1) or <instrument>=<number> (e.g. phq-9=-1)`);
    const [, id, n] = match;
    if (id !== undefined && !instruments.some((i) => i.id === id)) throw new UsageError(`--shift ${value}: ${id} is not among --instrument ${instruments.map((i) => i.id).join(', ')}`);
    for (const instrument of instruments) if (id === undefined || instrument.id === id) out[instrument.id] = Number(n);
  }
  return out;
}

/** Reads `--redcap-dictionary dict.csv`. */
export function readDictionary(path: string | undefined): RedcapField[] | undefined {
  if (!path) return undefined;
  return readRedcapDictionary(readSmallCsv(path, 'the REDCap dictionary'));
}

/** Maps an instrument onto a REDCap export's header with its dictionary. */
export function redcapMapping(instrument: Instrument, fields: readonly RedcapField[], header: readonly string[], map: Record<string, string> | undefined): RedcapMapping {
  return mapRedcapFields(instrument, fields, header, map ? { map } : {});
}
