import type { PromkitError } from '../../errors.js';

/**
 * An error's message in the data's own terms: each issue about an item names the column it came
 * from when the column is spelled differently (`column PHQ9_Q02: phq9_2: 4 is out of range…`).
 * Works for responses given as a record (paths hold item ids) or an array (paths hold indexes
 * into `itemIds`).
 * @internal
 */
export function describeError(error: PromkitError, columns: Readonly<Record<string, string>>, itemIds: readonly string[] = []): string {
  return error.issues
    .map((issue) => {
      const key = issue.path[0] === 'responses' ? issue.path[1] : undefined;
      const itemId = typeof key === 'number' ? itemIds[key] : key;
      const message = issue.message.replace(/^responses\[\d+\] \(([^)]+)\)/, '$1');
      const column = itemId !== undefined ? columns[itemId] : undefined;
      return column !== undefined && column !== itemId ? `column ${column}: ${message}` : message;
    })
    .join('; ');
}
