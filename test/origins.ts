/**
 * The origin rule of reference cases (instrument `cases.json` and `test/change/cases/*.json`):
 * `origin: "published"` needs a locator in `source`, `origin: "hand"` needs the working.
 */

/** A locator: a commit, a URL or domain, a page, or a table/figure/appendix/section/example/abstract. */
export const LOCATOR =
  /@\s*[0-9a-f]{7,40}\b|\b[0-9a-f]{40}\b|https?:\/\/|\b[\w-]+\.(?:org|net|com|edu|gov)\b|\bpp?\.\s*\d|\b(?:page|table|figure|fig\.|appendix|section|example|instructions|abstract)\b/i;
/** A working: an equation, a comparison, an arrow, arithmetic between numbers or "k of n". */
export const WORKING = /[=<>≥≤→]|\d\s*[+×*/÷−]\s*\d|\b\d+\s+of\s+\d+\b/;

/** What is wrong with a case's origin and source, or undefined when nothing is. */
export function originProblem(c: { readonly source: string; readonly origin?: string }): string | undefined {
  if (c.origin === 'published') {
    if (/^\s*(?:worked|computed) by hand/i.test(c.source)) return 'is "published" but its source says it was worked by hand';
    if (!LOCATOR.test(c.source)) return 'is "published" but its source has no locator (repository@commit + path, URL, or page/table/example)';
    return undefined;
  }
  if (c.origin === 'hand') return WORKING.test(c.source) ? undefined : 'is "hand" but its source shows no working (e.g. "3 + 4 = 7", "9 of 10 answered < 10")';
  return `has origin ${JSON.stringify(c.origin)}; expected "published" or "hand"`;
}
