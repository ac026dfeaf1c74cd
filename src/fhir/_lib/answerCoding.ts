import type { Coding } from 'fhir/r4';
import type { Item, ResponseOption } from '../../model/schema.js';
import { LOINC } from './constants.js';

/**
 * The Coding of a response option: its LOINC answer code (LA…) where the definition has one,
 * else promkit's answer code `<instrument>.<item>=<value>` in `answerSystem`. `display` is the
 * option label.
 * @internal
 */
export function answerCoding(instrumentId: string, item: Item, option: ResponseOption, answerSystem: string): Coding {
  return option.loinc
    ? { system: LOINC, code: option.loinc, display: option.label }
    : { system: answerSystem, code: `${instrumentId}.${item.id}=${option.value}`, display: option.label };
}
