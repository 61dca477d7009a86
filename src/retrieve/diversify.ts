/**
 * Region-diverse selection for cross-region questions: round-robin over regions in order of their best
 * item, so one long report cannot fill the whole list. Input must be sorted best first; output keeps
 * each region's internal order.
 */
export function diversifyByGroup<T>(items: T[], groupOf: (item: T) => string, k: number, perGroup = Infinity): T[] {
  if (k <= 0 || items.length === 0) return [];
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = groupOf(item);
    const bucket = groups.get(key);
    if (bucket) bucket.push(item);
    else groups.set(key, [item]);
  }
  const queues = [...groups.values()].map((bucket) => bucket.slice(0, perGroup));
  const result: T[] = [];
  for (let round = 0; result.length < k; round += 1) {
    let added = false;
    for (const queue of queues) {
      const item = queue[round];
      if (item === undefined) continue;
      result.push(item);
      added = true;
      if (result.length === k) break;
    }
    if (!added) break;
  }
  return result;
}
