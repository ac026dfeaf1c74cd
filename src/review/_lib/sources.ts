import type { Instrument } from '../../model/schema.js';
import type { ReviewSource } from '../progressReview/index.js';
import { METHOD_CITATIONS, type MethodKey } from './citations.js';

/** @internal The sources a review cites, in order of first use, without repeats. */
export class Sources {
  private readonly byKey = new Map<string, ReviewSource>();
  /** The key under which each DOI was first cited: one paper, one entry. */
  private readonly byDoi = new Map<string, string>();

  private add(source: ReviewSource): string {
    const doi = source.doi?.toLowerCase();
    const same = doi ? this.byDoi.get(doi) : undefined;
    if (same !== undefined) return same;
    if (!this.byKey.has(source.key)) {
      this.byKey.set(source.key, source);
      if (doi) this.byDoi.set(doi, source.key);
    }
    return source.key;
  }

  /** Cites a method; returns its key. */
  method(key: MethodKey): string {
    return this.add({ ...METHOD_CITATIONS[key] });
  }

  /** Cites an entry of an instrument's citations; returns its key (`<id>:<ref>`), or null when unknown. */
  instrument(definition: Instrument, ref: string): string | null {
    const citation = definition.citations.find((c) => c.key === ref);
    if (!citation) return null;
    return this.add({
      key: `${definition.id}:${ref}`,
      text: citation.text,
      ...(citation.doi ? { doi: citation.doi } : {}),
      ...(citation.url ? { url: citation.url } : {}),
    });
  }

  list(): ReviewSource[] {
    return [...this.byKey.values()];
  }
}
