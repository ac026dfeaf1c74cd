import type { PromkitError } from '../../errors.js';

/**
 * An error's message in the data's own terms: each issue about an item names the column it came
 * from when the column is spelled differently (`column PHQ9_Q02 (phq9_2): 4 is out of range…`).
 * @internal
 */
export function describeError(error: PromkitError, columns: Readonly<Record<string, string>>): string {
  return error.issues
    .map((issue) => {
      const itemId = issue.path[0] === 'responses' ? issue.path[1] : undefined;
      const column = typeof itemId === 'string' ? columns[itemId] : undefined;
      return column !== undefined && column !== itemId ? `column ${column}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
