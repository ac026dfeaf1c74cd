import type { Coding } from 'fhir/r4';
import type { Item, ResponseOption } from '../../model/schema.js';
import { LOINC, PROMKIT_CODE_SYSTEMS } from './constants.js';

/**
 * The Coding of a response option: its LOINC answer code (LA…) where the definition has one,
 * else promkit's `answer` code `<instrument>.<item>=<value>`. `display` is the option label.
 * @internal
 */
export function answerCoding(instrumentId: string, item: Item, option: ResponseOption): Coding {
  return option.loinc
    ? { system: LOINC, code: option.loinc, display: option.label }
    : { system: PROMKIT_CODE_SYSTEMS.answer, code: `${instrumentId}.${item.id}=${option.value}`, display: option.label };
}
