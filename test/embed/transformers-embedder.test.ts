import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTransformersEmbedder, defaultPrefixes, type TransformersEmbedderOptions } from '../../src/embed/transformers-embedder.ts';
import { isAppError } from '../../src/errors.ts';
import { cosine, embedderContract } from './embedder-contract.ts';
import { tinyModelDir } from './tiny-model.ts';

const tinyOptions = (overrides: Partial<TransformersEmbedderOptions> = {}): TransformersEmbedderOptions => ({
  modelId: 'utblick/tiny-bert',
  modelDir: tinyModelDir,
  allowRemoteModels: false,
  batchSize: 2,
  ...overrides,
});
const texts = ['Vårdcentralen i kommunen', 'fast läkarkontakt', 'hälso och sjukvård', 'mobila team', 'patient 1177'];

embedderContract('transformers.js on the tiny model', () => createTransformersEmbedder(tinyOptions()));

describe('transformers embedder', () => {
  it('loads the quantised model by default and reports the hidden size', async () => {
    const embedder = await createTransformersEmbedder(tinyOptions());
    expect(embedder.info).toEqual({ id: 'transformers:utblick/tiny-bert:q8', kind: 'transformers', model: 'utblick/tiny-bert', dimension: 32 });
  });

  it('gives the same vectors batched by 2 as one by one, in order', async () => {
    const batched = await createTransformersEmbedder(tinyOptions({ batchSize: 2 }));
    const single = await createTransformersEmbedder(tinyOptions({ batchSize: 1 }));
    const together = await batched.embed(texts, 'passage');
    const alone = await single.embed(texts, 'passage');
    expect(together).toHaveLength(5);
    together.forEach((vector, index) => {
      for (let dimension = 0; dimension < vector.length; dimension++) expect(vector[dimension]).toBeCloseTo(alone[index]![dimension]!, 5);
    });
  });

  it('uses fp32 when asked, close to but not the same as q8', async () => {
    const quantised = await createTransformersEmbedder(tinyOptions());
    const full = await createTransformersEmbedder(tinyOptions({ precision: 'fp32' }));
    expect(full.info.id).toBe('transformers:utblick/tiny-bert:fp32');
    const [a] = await quantised.embed([texts[0]!], 'passage');
    const [b] = await full.embed([texts[0]!], 'passage');
    expect(cosine(a!, b!)).toBeGreaterThan(0.95);
    expect(cosine(a!, b!)).toBeLessThan(1 - 1e-7);
  });

  it('prefixes queries and passages differently when the model wants it (e5)', async () => {
    expect(defaultPrefixes('Xenova/multilingual-e5-small')).toEqual({ query: 'query: ', passage: 'passage: ' });
    expect(defaultPrefixes('intfloat/e5-base-v2')).not.toBeNull();
    expect(defaultPrefixes('utblick/tiny-bert')).toBeNull();
    const prefixed = await createTransformersEmbedder(tinyOptions({ prefixes: { query: 'query: ', passage: 'passage: ' } }));
    const plain = await createTransformersEmbedder(tinyOptions());
    const [asQuery] = await prefixed.embed([texts[1]!], 'query');
    const [asPassage] = await prefixed.embed([texts[1]!], 'passage');
    const [plainQuery] = await plain.embed([texts[1]!], 'query');
    const [plainPassage] = await plain.embed([texts[1]!], 'passage');
    expect(cosine(asQuery!, asPassage!)).toBeLessThan(0.9999);
    expect(cosine(plainQuery!, plainPassage!)).toBeCloseTo(1, 6);
  });

  it('says MODEL_UNAVAILABLE for a missing folder', async () => {
    const error = await createTransformersEmbedder(tinyOptions({ modelDir: path.join(tinyModelDir, 'no-such-model') })).catch((caught) => caught);
    expect(isAppError(error) && error.code).toBe('MODEL_UNAVAILABLE');
  });

  it('says MODEL_UNAVAILABLE instead of downloading when remote models are off', async () => {
    const error = await createTransformersEmbedder({ modelId: 'nobody/no-such-model', allowRemoteModels: false, batchSize: 4 }).catch((caught) => caught);
    expect(isAppError(error) && error.code).toBe('MODEL_UNAVAILABLE');
  });
});
