import { languageModelFromConfig } from './answer/llm/openai-language-model.ts';
import type { Config } from './config.ts';
import { embedderForIndex } from './embed/create-embedder.ts';
import type { AppDeps } from './http/app-deps.ts';
import { createHybridSearch } from './retrieve/hybrid-search.ts';
import { Lexicon } from './retrieve/lexicon.ts';
import { readIndexBundle } from './store/index-bundle.ts';

/**
 * Loads the index and wires what the HTTP app needs. The query embedder is recreated from the index's
 * own record, so an index is never searched with another embedder than built it.
 */
export async function createServices(config: Config): Promise<AppDeps> {
  const bundle = await readIndexBundle(config.indexDir, config);
  const embedder = await embedderForIndex(bundle.manifest.embedder, config, bundle.offlineState);
  // One vocabulary and idf for search, the evidence judge and sentence choice, read from the BM25 index.
  const lexicon = new Lexicon(bundle.lexicalIndex);
  const search = createHybridSearch({
    lexicon,
    passages: bundle.passages,
    reports: bundle.reports,
    lexical: bundle.lexicalIndex,
    vectors: bundle.vectorIndex,
    embedder,
  });
  const languageModel = languageModelFromConfig(config);
  return {
    config,
    catalog: { reports: bundle.reports, passages: bundle.passages, themes: bundle.themes, cleanedTexts: bundle.cleanedTexts, lexicon },
    search,
    embedderInfo: embedder.info,
    indexBuiltAt: bundle.manifest.builtAt,
    ...(languageModel ? { languageModel } : {}),
  };
}
