import { readFileSync } from 'node:fs';
import { create, insertMultiple, search } from '@orama/orama';
import MiniSearch from 'minisearch';

/**
 * The peers, configured as Utblick's lexical search is where they can be: the same Swedish stop words
 * (data/stopwords-sv.json), lower-cased terms, the best k asked for. Neither stems Swedish, splits
 * compounds or corrects typos out of the box, so they do less work per query than Utblick does.
 */
export function swedishStopWords(): string[] {
  const file = new URL('../../data/stopwords-sv.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { words: string[] }).words.map((word) => word.normalize('NFC').toLowerCase());
}

type Documents = readonly { id: string; text: string }[];

export interface PeerIndex {
  name: string;
  /** The k best ids for a query (the peer's own ranking). */
  search(query: string, k: number): Promise<string[]> | string[];
}

/** MiniSearch: one field, stop words dropped in processTerm, default BM25+ ranking; it ranks every match, the first k are kept. */
export function buildMiniSearch(documents: Documents, stopWords: readonly string[]): PeerIndex {
  const stop = new Set(stopWords);
  const index = new MiniSearch<{ id: string; text: string }>({
    fields: ['text'],
    processTerm: (term) => {
      const lower = term.toLowerCase();
      return stop.has(lower) ? null : lower;
    },
  });
  index.addAll(documents);
  return { name: 'MiniSearch (svenska stoppord)', search: (query, k) => index.search(query).slice(0, k).map((hit) => String(hit.id)) };
}

/** Orama: Swedish tokenizer with the same stop words, no stemming, `limit: k`. */
export async function buildOrama(documents: Documents, stopWords: readonly string[]): Promise<PeerIndex> {
  const db = create({ schema: { id: 'string', text: 'string' } as const, components: { tokenizer: { language: 'swedish', stopWords: [...stopWords] } } });
  await insertMultiple(db, documents.map((document) => ({ id: document.id, text: document.text })), 1000);
  return {
    name: 'Orama (svenska stoppord)',
    search: async (query, k) => {
      const results = await search(db, { term: query, properties: ['text'], limit: k });
      return results.hits.map((hit) => hit.id);
    },
  };
}
