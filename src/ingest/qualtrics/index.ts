/**
 * Qualtrics exports: the CSV that Qualtrics writes ("Download Data" → CSV) has three header rows:
 * the column names (`Q1_1`, …), then the question text, then `{"ImportId":"QID1_1"}` objects.
 * Pure: looks at rows of strings.
 * @module
 */

/**
 * Whether a row is Qualtrics' third header row: most of its non-empty cells are JSON objects with
 * an `ImportId` (`{"ImportId":"QID1"}`, `{"ImportId":"startDate","timeZone":"Z"}`).
 *
 * @example
 * ```ts
 * isQualtricsImportIdRow(['{"ImportId":"startDate"}', '{"ImportId":"QID1"}']); //=> true
 * isQualtricsImportIdRow(['1', '2']); //=> false
 * ```
 */
export function isQualtricsImportIdRow(cells: readonly string[]): boolean {
  let filled = 0;
  let ids = 0;
  for (const cell of cells) {
    const text = cell.trim();
    if (text === '') continue;
    filled++;
    if (/^\{\s*"ImportId"\s*:/.test(text)) ids++;
  }
  return filled > 0 && ids * 2 > filled;
}

/**
 * Whether the first rows after the header are Qualtrics' two extra header rows: the second of
 * them is an ImportId row ({@link isQualtricsImportIdRow}). Those two rows describe the columns;
 * they are not answers, and `promkit score` passes them through unscored.
 *
 * @example
 * ```ts
 * hasQualtricsHeaderRows([['Start Date', 'Q1'], ['{"ImportId":"startDate"}', '{"ImportId":"QID1"}']]); //=> true
 * ```
 */
export function hasQualtricsHeaderRows(firstRows: readonly (readonly string[])[]): boolean {
  const second = firstRows[1];
  return second !== undefined && isQualtricsImportIdRow(second);
}
