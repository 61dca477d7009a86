export interface DiversityLimits {
  /** Every group (region) gets at least this many of its best items, when it has them. */
  minimumPerGroup: number;
  /** No group gets more than this many. */
  maximumPerGroup: number;
}

/**
 * Region-diverse selection for cross-region questions: first each group's best `minimumPerGroup` items
 * (groups in order of their best item), then the best remaining items overall up to `maximumPerGroup`
 * per group, so one long report cannot fill the list and no region with material is left out. The
 * result is returned best first, in the input's order. Input must be sorted best first.
 */
export function diversifyByGroup<T>(items: readonly T[], groupOf: (item: T) => string, k: number, limits: DiversityLimits): T[] {
  if (k <= 0 || items.length === 0) return [];
  const chosen = new Set<number>();
  const taken = new Map<string, number>();
  const take = (index: number, group: string) => {
    chosen.add(index);
    taken.set(group, (taken.get(group) ?? 0) + 1);
  };
  const groups = items.map(groupOf);
  for (let round = 0; round < limits.minimumPerGroup && chosen.size < k; round += 1) {
    const servedThisRound = new Set<string>();
    groups.forEach((group, index) => {
      if (chosen.size >= k || chosen.has(index) || servedThisRound.has(group) || (taken.get(group) ?? 0) > round) return;
      servedThisRound.add(group);
      take(index, group);
    });
  }
  groups.forEach((group, index) => {
    if (chosen.size < k && !chosen.has(index) && (taken.get(group) ?? 0) < limits.maximumPerGroup) take(index, group);
  });
  return [...chosen].sort((a, b) => a - b).map((index) => items[index]!);
}
