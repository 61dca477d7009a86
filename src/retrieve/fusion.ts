/** A ranked list from one retriever, best first. Scores are only comparable within a list. */
export interface RankedItem {
  id: string;
  score: number;
}

export interface FusedItem {
  id: string;
  score: number;
  /** 1-based rank per input list, null where the list did not return the id. */
  ranks: (number | null)[];
}

/**
 * Reciprocal rank fusion. Ranks, not raw scores, because BM25 scores and cosine similarities live on
 * different scales; k (60 in the original paper) damps the head so one list cannot dominate.
 * Weights let one list count more; ties keep the order of first appearance (stable).
 */
export function reciprocalRankFusion(lists: RankedItem[][], options: { k?: number; weights?: number[] } = {}): FusedItem[] {
  const k = options.k ?? 60;
  // One list (a lexical or dense search alone): its order is the fused order, no map and no sort needed.
  if (lists.length === 1) {
    const weight = options.weights?.[0] ?? 1;
    const seen = new Set<string>();
    const single: FusedItem[] = [];
    lists[0]!.forEach((item, position) => {
      if (seen.has(item.id)) return;
      seen.add(item.id);
      single.push({ id: item.id, score: weight / (k + position + 1), ranks: [position + 1] });
    });
    // A negative weight reverses the order; keep the sorted contract then.
    return weight >= 0 ? single : single.sort((a, b) => b.score - a.score);
  }
  const fused = new Map<string, FusedItem>();
  lists.forEach((list, listIndex) => {
    const weight = options.weights?.[listIndex] ?? 1;
    const seen = new Set<string>();
    list.forEach((item, position) => {
      // A list that repeats an id counts it once, at its best rank.
      if (seen.has(item.id)) return;
      seen.add(item.id);
      let entry = fused.get(item.id);
      if (!entry) {
        entry = { id: item.id, score: 0, ranks: lists.map(() => null) };
        fused.set(item.id, entry);
      }
      entry.ranks[listIndex] = position + 1;
      entry.score += weight / (k + position + 1);
    });
  });
  return [...fused.values()].sort((a, b) => b.score - a.score);
}

/** Min-max scaling to [0, 1]; a list whose scores are all equal (or a max of 0) maps to 1 for every item. */
export function normaliseScores(list: RankedItem[]): RankedItem[] {
  if (list.length === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (const item of list) {
    if (item.score < min) min = item.score;
    if (item.score > max) max = item.score;
  }
  const span = max - min;
  return list.map((item) => ({ id: item.id, score: span > 0 ? (item.score - min) / span : 1 }));
}
