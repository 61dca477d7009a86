import MiniSearch from 'minisearch';

/**
 * The peer: MiniSearch with its defaults (one field, `text`; default tokenizer, no stemming, default
 * searchOptions: OR, no prefix or fuzzy, BM25+ ranking). It returns every matching document, ranked;
 * that is what a default `search(query)` costs, so that is what is timed.
 */
export function buildPeerIndex(documents: readonly { id: string; text: string }[]): MiniSearch<{ id: string; text: string }> {
  const index = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  index.addAll(documents);
  return index;
}

export function searchPeer(index: MiniSearch<{ id: string; text: string }>, query: string): number {
  return index.search(query).length;
}
