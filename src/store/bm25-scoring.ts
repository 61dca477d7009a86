/** Pure BM25 arithmetic and top-k selection, shared by building, loading and searching. */

export interface Bm25Params {
  /** Term-frequency saturation. */
  k1: number;
  /** Length normalisation: 0 = none, 1 = full. */
  b: number;
}

export const defaultBm25Params: Bm25Params = { k1: 1.2, b: 0.75 };

/** Robertson–Spärck Jones idf with +1 inside the log (as Lucene), so that it is never negative. */
export function bm25Idf(documentFrequency: number, documentCount: number): number {
  return Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** The per-posting factor tf·(k1+1) / (tf + k1·(1 − b + b·len/avglen)); precomputed so a query only multiplies. */
export function bm25Impact(termFrequency: number, documentLength: number, averageLength: number, params: Bm25Params): number {
  const lengthRatio = averageLength > 0 ? documentLength / averageLength : 1;
  return (termFrequency * (params.k1 + 1)) / (termFrequency + params.k1 * (1 - params.b + params.b * lengthRatio));
}

/**
 * The k best candidates by score (ties: lower document number first, i.e. corpus order), best first.
 * A size-k min-heap: O(n log k) instead of sorting every touched document.
 */
export function topK(candidates: Int32Array, count: number, scores: Float32Array, k: number, accept?: (document: number) => boolean): number[] {
  if (k <= 0) return [];
  const heap: number[] = [];
  // Once the heap is full, its worst entry as two locals: at 100,000 passages most touched documents
  // fall below it, and this test is all they cost.
  let floorScore = -Infinity;
  let floorDocument = -1;
  for (let position = 0; position < count; position++) {
    const document = candidates[position]!;
    const score = scores[document]!;
    if (score <= 0) continue;
    if (heap.length === k && (score < floorScore || (score === floorScore && document > floorDocument))) continue;
    if (accept && !accept(document)) continue;
    if (heap.length < k) {
      heap.push(document);
      let index = heap.length - 1;
      while (index > 0) {
        const parent = (index - 1) >> 1;
        if (!worse(scores, heap[index]!, heap[parent]!)) break;
        const swapped = heap[index]!;
        heap[index] = heap[parent]!;
        heap[parent] = swapped;
        index = parent;
      }
    } else {
      heap[0] = document;
      siftDown(heap, scores, 0);
    }
    if (heap.length === k) {
      floorDocument = heap[0]!;
      floorScore = scores[floorDocument]!;
    }
  }
  return heap.sort((a, b) => (worse(scores, a, b) ? 1 : worse(scores, b, a) ? -1 : 0));
}

/** "Worse" = lower score, or the same score and a later document. */
function worse(scores: Float32Array, a: number, b: number): boolean {
  return scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
}

function siftDown(heap: number[], scores: Float32Array, start: number): void {
  let index = start;
  for (;;) {
    const left = 2 * index + 1;
    const right = left + 1;
    let smallest = index;
    if (left < heap.length && worse(scores, heap[left]!, heap[smallest]!)) smallest = left;
    if (right < heap.length && worse(scores, heap[right]!, heap[smallest]!)) smallest = right;
    if (smallest === index) return;
    const swapped = heap[index]!;
    heap[index] = heap[smallest]!;
    heap[smallest] = swapped;
    index = smallest;
  }
}
