import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createEmbedder, embedderForIndex } from '../../src/embed/create-embedder.ts';
import { fitOfflineState } from '../../src/embed/offline-state.ts';
import { isAppError } from '../../src/errors.ts';
import { tinyModelDir } from './tiny-model.ts';

const offlineState = fitOfflineState(['vårdcentral och kommun', 'mobila team'], 128);
const config = (overrides: Parameters<typeof loadConfig>[1]) => loadConfig({}, { offlineDimension: 128, ...overrides });

describe('createEmbedder', () => {
  it('makes the offline embedder with the fitted state', async () => {
    const embedder = await createEmbedder(config({ embedder: 'offline' }), { offlineState });
    expect(embedder.info.kind).toBe('offline');
    expect(embedder.info.dimension).toBe(128);
  });

  it('loads the model in transformers mode', async () => {
    const embedder = await createEmbedder(config({ embedder: 'transformers', modelId: 'utblick/tiny-bert', modelDir: tinyModelDir }));
    expect(embedder.info.kind).toBe('transformers');
  });

  it('falls back to offline in auto mode, loudly, when the model is missing', async () => {
    const warnings: string[] = [];
    const embedder = await createEmbedder(config({ embedder: 'auto', modelDir: '/nonexistent/model' }), {
      offlineState,
      warn: (message) => warnings.push(message),
    });
    expect(embedder.info.kind).toBe('offline');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/VARNING.*WARNING.*\/nonexistent\/model/s);
  });

  it('fails in transformers mode instead of falling back', async () => {
    const error = await createEmbedder(config({ embedder: 'transformers', modelDir: '/nonexistent/model' })).catch((caught) => caught);
    expect(isAppError(error) && error.code).toBe('MODEL_UNAVAILABLE');
  });
});

describe('embedderForIndex', () => {
  it('recreates the offline embedder that built an index', async () => {
    const built = await createEmbedder(config({ embedder: 'offline' }), { offlineState });
    const again = await embedderForIndex(built.info, config({ embedder: 'transformers' }), JSON.parse(JSON.stringify(offlineState)));
    expect(again.info).toEqual(built.info);
    const [a] = await built.embed(['vårdcentral'], 'query');
    const [b] = await again.embed(['vårdcentral'], 'query');
    expect(Array.from(b!)).toEqual(Array.from(a!));
  });

  it('recreates the transformers embedder that built an index', async () => {
    const settings = config({ embedder: 'transformers', modelId: 'utblick/tiny-bert', modelDir: tinyModelDir });
    const built = await createEmbedder(settings);
    expect((await embedderForIndex(built.info, settings)).info).toEqual(built.info);
  });

  it('refuses when the offline state is missing or from another fit', async () => {
    const built = await createEmbedder(config({ embedder: 'offline' }), { offlineState });
    for (const state of [undefined, fitOfflineState(['något annat'], 128)]) {
      const error = await embedderForIndex(built.info, config({}), state).catch((caught) => caught);
      expect(isAppError(error) && error.code).toBe('INDEX_INCOMPATIBLE');
    }
  });

  it('refuses when the model that built the index cannot be loaded', async () => {
    const info = { id: 'transformers:Xenova/multilingual-e5-small:q8', kind: 'transformers' as const, model: 'Xenova/multilingual-e5-small', dimension: 384 };
    const error = await embedderForIndex(info, config({ modelDir: '/nonexistent/model' })).catch((caught) => caught);
    expect(isAppError(error) && error.code).toBe('INDEX_INCOMPATIBLE');
    expect(error.message).toContain('npm run ingest');
  });
});
