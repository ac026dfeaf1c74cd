import { deepFreeze } from '../_lib/deepFreeze.js';
import type { Instrument } from './schema.js';

/**
 * The definitions the engine may score: those `defineInstrument` validated and those promkit
 * ships (each parsed with the full schema by test/catalog.test.ts). Anything else — a definition
 * loaded from JSON, or a copy of a shipped one — is refused until it is validated, so a
 * misspelt method or a string where a number belongs can never reach the engine.
 *
 * One registry per JavaScript realm (held under a `Symbol.for` key, created on first use), so
 * that the ESM and CommonJS builds of promkit, when both are loaded, accept each other's
 * definitions. It holds weak references only: it never keeps a definition alive.
 */
const KEY = Symbol.for('promkit.validatedDefinitions');

function registry(): WeakSet<object> {
  const holder = globalThis as { [KEY]?: WeakSet<object> };
  return (holder[KEY] ??= new WeakSet<object>());
}

/** Records a validated, frozen definition. @internal */
export function markValidated<T extends object>(definition: T): T {
  registry().add(definition);
  return definition;
}

/** Whether a definition was validated (or shipped) by promkit. @internal */
export function isValidated(definition: object): boolean {
  return registry().has(definition);
}

/**
 * A definition promkit ships: deeply frozen and recorded as validated. Only for
 * `src/instruments/<id>/index.ts`; user definitions go through `defineInstrument`.
 * @internal
 */
export function shipped(definition: Instrument): Instrument {
  return markValidated(deepFreeze(definition));
}
