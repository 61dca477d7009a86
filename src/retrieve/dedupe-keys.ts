import type { Passage } from '../types.ts';

/**
 * Two passages with the same text, case and spacing aside, are one hit (reports repeat form text
 * verbatim). Plain toLowerCase: Swedish has no locale-specific case rules (only Turkish, Azeri and
 * Lithuanian do), and the locale-aware call costs ~30 µs a passage, seconds at 100,000.
 */
export function dedupeKeyOf(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * A number per passage, shared exactly by passages with the same dedupe key. Worked out the first time
 * search meets a passage and then kept, so a query compares numbers instead of lower-casing every fused
 * candidate, and start-up pays nothing (lower-casing 100,000 passages up front takes seconds).
 */
export class DedupeGroups {
  private readonly groupOfKey = new Map<string, number>();
  private readonly groupOfId = new Map<string, number>();

  of(passage: Pick<Passage, 'id' | 'text'>): number {
    let group = this.groupOfId.get(passage.id);
    if (group === undefined) {
      const key = dedupeKeyOf(passage.text);
      group = this.groupOfKey.get(key);
      if (group === undefined) this.groupOfKey.set(key, (group = this.groupOfKey.size));
      this.groupOfId.set(passage.id, group);
    }
    return group;
  }
}
