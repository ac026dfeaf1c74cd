import type { QuestionnaireResponse } from 'fhir/r4';
import { isRecord } from '../../ingest/fhirQuestionnaireItems/index.js';
import { MAX_DEPTH } from './readResponse.js';

/**
 * Every linkId in a QuestionnaireResponse's item tree (nested items and items under answers),
 * walked iteratively; malformed parts are skipped (reading the response reports them), and
 * nothing deeper than `MAX_DEPTH` levels is visited.
 * @internal
 */
export function collectLinkIds(qr: QuestionnaireResponse): Set<string> {
  const linkIds = new Set<string>();
  const stack: { list: unknown; depth: number }[] = [{ list: qr.item, depth: 1 }];
  while (stack.length > 0) {
    const { list, depth } = stack.pop() as { list: unknown; depth: number };
    if (!Array.isArray(list) || depth > MAX_DEPTH) continue;
    for (const entry of list) {
      if (!isRecord(entry)) continue;
      if (typeof entry.linkId === 'string') linkIds.add(entry.linkId);
      stack.push({ list: entry.item, depth: depth + 1 });
      if (Array.isArray(entry.answer)) for (const answer of entry.answer) if (isRecord(answer)) stack.push({ list: answer.item, depth: depth + 1 });
    }
  }
  return linkIds;
}
