import type { Config } from '../config.ts';
import type { EmbedderInfo } from '../types.ts';
import type { Search } from '../retrieve/search-types.ts';
import type { ReportCatalogData } from '../answer/report-catalog.ts';
import type { LanguageModel } from '../answer/llm/language-model.ts';
import type { Prompts } from '../answer/llm/prompts.ts';

/** Where the app reports what a person running it should see; console by default. */
export interface AppLogger {
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/** Everything createApp needs; main.ts builds it once. */
export interface AppDeps {
  config: Config;
  catalog: ReportCatalogData;
  search: Search;
  /** Which embedder built and serves the index. */
  embedderInfo: EmbedderInfo;
  /** Optional; off by default. With it, answers are phrased by the model and checked for citations. */
  languageModel?: LanguageModel;
  /** Prompt templates; loaded (and checked) from prompts/ when a language model is given without them. */
  prompts?: Prompts;
  logger?: AppLogger;
  /** When the served index was built (its manifest's builtAt), to tell a reload took. */
  indexBuiltAt?: string;
}
