import { describe, expect, it } from 'vitest';
import type { Embedder } from '../../src/embed/embedder.ts';

const texts = [
  'Hälsocentralen har infört fast läkarkontakt för patienter med kroniska sjukdomar.',
  'Kommunerna och regionen planerar tillsammans när en patient skrivs ut från sjukhuset.',
  'Mobila team besöker äldre på särskilt boende.',
  'Digitala vårdmöten via 1177.',
  'Kompetensförsörjning av sjuksköterskor.',
];

export const cosine = (a: Float32Array, b: Float32Array): number => a.reduce((sum, value, index) => sum + value * b[index]!, 0);

/** What every Embedder must do, whatever it is made of. */
export function embedderContract(name: string, make: () => Promise<Embedder>): void {
  describe(`Embedder contract: ${name}`, () => {
    it('returns one unit vector of the declared dimension per text', async () => {
      const embedder = await make();
      const vectors = await embedder.embed(texts, 'passage');
      expect(vectors).toHaveLength(texts.length);
      for (const vector of vectors) {
        expect(vector).toBeInstanceOf(Float32Array);
        expect(vector.length).toBe(embedder.info.dimension);
        expect(Math.hypot(...vector)).toBeCloseTo(1, 4);
      }
    });

    it('keeps order and does not depend on the other texts in the call', async () => {
      const embedder = await make();
      const together = await embedder.embed(texts, 'passage');
      const reversed = await embedder.embed([...texts].reverse(), 'passage');
      for (let index = 0; index < texts.length; index++) {
        const [single] = await embedder.embed([texts[index]!], 'passage');
        expect(cosine(single!, together[index]!)).toBeCloseTo(1, 4);
        expect(cosine(reversed[texts.length - 1 - index]!, together[index]!)).toBeCloseTo(1, 4);
      }
    });

    it('embeds an empty list as an empty list', async () => {
      const embedder = await make();
      expect(await embedder.embed([], 'query')).toEqual([]);
    });

    it('tells different texts apart', async () => {
      const embedder = await make();
      const [first, second] = await embedder.embed([texts[0]!, texts[3]!], 'query');
      expect(cosine(first!, second!)).toBeLessThan(0.999);
    });

    it('has an id and a kind', async () => {
      const embedder = await make();
      expect(embedder.info.id.length).toBeGreaterThan(0);
      expect(['transformers', 'offline']).toContain(embedder.info.kind);
    });
  });
}
