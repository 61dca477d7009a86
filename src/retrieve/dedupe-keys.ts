import type { Passage } from '../types.ts';

/** Two passages with the same text, case and spacing aside, are one hit (reports repeat form text verbatim). */
export function dedupeKeyOf(text: string): string {
  return text.toLocaleLowerCase('sv-SE').replace(/\s+/g, ' ').trim();
}

/**
 * Per passage id, a number shared exactly by passages with the same dedupe key. Computed once at load,
 * so search compares numbers instead of lower-casing every fused candidate on every query.
 */
export function dedupeGroups(passages: readonly Passage[]): Map<string, number> {
  const groupOfKey = new Map<string, number>();
  const groups = new Map<string, number>();
  for (const passage of passages) {
    const key = dedupeKeyOf(passage.text);
    let group = groupOfKey.get(key);
    if (group === undefined) groupOfKey.set(key, (group = groupOfKey.size));
    groups.set(passage.id, group);
  }
  return groups;
}
