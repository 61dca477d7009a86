import { loadConfig, type Config } from '../config.ts';
import type { SearchMode } from '../retrieve/search-types.ts';

export const searchModes: readonly SearchMode[] = ['lexical', 'dense', 'hybrid'];

/** Hits per search in every latency measurement. */
export const benchK = 10;

/** Every setting from its default, none from the environment (an LLM or model dir set there must not leak in). */
export function benchConfig(overrides: Partial<Config>): Config {
  return loadConfig({}, { embedder: 'offline', ...overrides });
}
