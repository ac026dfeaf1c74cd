import { en } from 'zod/locales';
import type { core } from 'zod/mini';

let map: core.$ZodErrorMap | undefined;

/**
 * @internal zod's English messages, for `defineInstrument` and `defineGoal`. zod/mini loads no
 * locale, and setting one globally (`z.config`) would change the messages of the application's
 * own zod schemas; so promkit passes this map to each parse it makes. Built on first use.
 */
export function englishErrors(): core.$ZodErrorMap {
  return (map ??= en().localeError);
}
