/**
 * The linkId of a calculated score item: `${instrumentId}-${scoreName}`. Item ids cannot contain
 * "-", so it never collides with an answerable item.
 * @internal
 */
export function scoreLinkId(instrumentId: string, scoreName: string): string {
  return `${instrumentId}-${scoreName}`;
}
