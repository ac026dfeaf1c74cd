/**
 * Freezes an object and everything reachable from it, returning the same object typed as
 * deeply readonly. Shared sub-objects (an option list used by every item) are frozen once.
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
