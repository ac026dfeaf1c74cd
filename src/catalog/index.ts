/**
 * The registry of every instrument promkit ships. This is the only module that imports them
 * all; import single definitions from `promkit/instruments` when bundle size matters.
 *
 * @packageDocumentation
 */
import { describeValue, PromkitError } from '../errors.js';
import type { Instrument } from '../model/schema.js';
import { allInstruments } from './all.js';

const all = allInstruments;
const byId: ReadonlyMap<string, Instrument> = new Map(all.map((instrument) => [instrument.id, instrument]));

/**
 * Every shipped instrument, sorted by id.
 *
 * @example
 * ```ts
 * listInstruments().map((i) => i.id); //=> ['bpi-sf', 'dass-21', …]
 * ```
 */
export function listInstruments(): readonly Instrument[] {
  return all;
}

/**
 * The shipped instrument with this id (e.g. `'phq-9'`).
 *
 * @throws {PromkitError} `invalid-argument` naming the known ids when there is none
 * @example
 * ```ts
 * getInstrument('phq-9').title; //=> 'Patient Health Questionnaire-9'
 * ```
 */
export function getInstrument(id: string): Instrument {
  const instrument = byId.get(id);
  if (instrument) return instrument;
  throw new PromkitError([
    {
      code: 'invalid-argument',
      path: ['id'],
      input: id,
      message: `${describeValue(id)} is not a promkit instrument; known ids: ${[...byId.keys()].join(', ')}`,
    },
  ]);
}

/**
 * Whether promkit ships an instrument with this id.
 *
 * @example
 * ```ts
 * hasInstrument('gad-7'); //=> true
 * ```
 */
export function hasInstrument(id: string): boolean {
  return byId.has(id);
}

export { describeInstrument, type DescribeOptions } from './describe.js';
