import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchOptions } from '../../src/retrieve/search-types.ts';
import { buildSeedIndex, type SeedIndex } from '../support/seed-index.ts';

let seed: SeedIndex;
beforeAll(async () => {
  seed = await buildSeedIndex();
});
afterAll(() => seed?.remove());

const search = (query: string, options?: SearchOptions) => seed.deps.search(query, options);
const topTexts = async (query: string, k = 3, options: SearchOptions = {}) =>
  (await search(query, { k, ...options })).hits.map((hit) => hit.passage.text);

/** Golden cases on the seed reports: each names the passage a good search must put near the top, and why. */
describe('hybrid search on the seed corpus', () => {
  it.each([
    // A rare proper noun: only Halland's collaboration answer (11a) mentions Barnahus.
    ['Barnahus', 'Barnahus'],
    // A typo ("mamografi") is corrected lexically and by the n-gram embedder.
    ['AI inom mamografi', 'mammografi'],
    // Two specific terms from one numbered list item in Halland's 9a.
    ['sömnapné distansmonitorering', 'sömnapné'],
    // A compound in the question ("sjukstugemodellen") against the same compound inflected differently in Västerbotten.
    ['sjukstugemodell', 'sjukstugemodellen'],
    // No å/ä/ö typed: diacritic folding must still find "tandvård".
    ['frisktandvard kampanj unga vuxna', 'Frisktandvård'],
    // English: the glossary turns it into Swedish ("hembesök", "äldre") before the reports are searched.
    ['home visits for elderly', 'hembesök'],
  ])('finds the passage for %s', async (query, expected) => {
    const texts = await topTexts(query);
    expect(texts.some((text) => text.toLowerCase().includes(expected.toLowerCase())), texts.join('\n---\n')).toBe(true);
  });

  it('expands an abbreviation: "SÄBO" finds "särskilt boende"', async () => {
    const texts = await topTexts('SÄBO', 5);
    expect(texts.some((text) => /särskil(t|da) boende/i.test(text))).toBe(true);
  });

  it('ranks quoted agreement text below the regions own answers', async () => {
    const { hits } = await search('patientkontrakt som överenskommelse med patienten om delaktighet och samordning', { k: 5 });
    expect(hits[0]?.passage.isAgreementText).toBe(false);
  });

  it('applies filters on region, kind, theme and year', async () => {
    const dalarna = await search('samverkan', { k: 10, filters: { regions: ['Dalarnas län'] } });
    expect(dalarna.hits.length).toBeGreaterThan(0);
    expect(new Set(dalarna.hits.map((hit) => hit.report.region))).toEqual(new Set(['Dalarna']));
    const slides = await search('samverkan', { k: 10, filters: { kinds: ['slides'] } });
    expect(slides.hits.every((hit) => hit.report.kind === 'slides')).toBe(true);
    const theme = await search('utbildning', { k: 10, filters: { themes: ['ambulanssjukvard'] } });
    expect(theme.hits.every((hit) => hit.passage.themeId === 'ambulanssjukvard')).toBe(true);
    const none = await search('samverkan', { filters: { years: [1999] } });
    expect(none.hits).toEqual([]);
  });

  it('gives a cross-region search every region with material, not one report', async () => {
    const { hits } = await search('Vilka regioner arbetar med fast vårdkontakt?', { k: 8, diverse: true });
    expect(new Set(hits.map((hit) => hit.report.region)).size).toBeGreaterThanOrEqual(3);
  });

  it('returns distinct passages, best first, with the ranks of both lists', async () => {
    const { hits } = await search('läkemedelsgenomgångar för äldre på vårdcentral', { k: 10, diverse: false });
    expect(new Set(hits.map((hit) => hit.passage.id)).size).toBe(hits.length);
    for (let index = 1; index < hits.length; index++) expect(hits[index - 1]!.score).toBeGreaterThanOrEqual(hits[index]!.score);
    expect(hits.some((hit) => hit.lexicalRank !== null && hit.denseRank !== null)).toBe(true);
  });

  it('searches one list alone when asked', async () => {
    const lexical = await search('Barnahus', { k: 5, mode: 'lexical' });
    expect(lexical.hits.every((hit) => hit.denseRank === null && hit.lexicalRank !== null)).toBe(true);
    const dense = await search('Barnahus', { k: 5, mode: 'dense' });
    expect(dense.hits.every((hit) => hit.lexicalRank === null && hit.denseRank !== null)).toBe(true);
  });

  it('returns the topic terms each hit holds, a misspelt word through its correction', async () => {
    const { hits, topic } = await search('patienternas kontinutet hos läkaren', { k: 5, topic: ['kontinutet'] });
    expect(topic[0]).toMatchObject({ term: 'kontinutet', known: false, forms: expect.arrayContaining(['kontinuitet']) });
    const held = hits.flatMap((hit) => hit.matches ?? []).filter((match) => match.term === 'kontinutet');
    expect(held.length).toBeGreaterThan(0);
    expect(held.every((match) => match.word === 'kontinuitet' && match.strength < 1)).toBe(true);
  });

  it('gives a one-region filter as many hits whatever the wording, diverse or not', async () => {
    const filters = { regions: ['Dalarna'] };
    const comparing = await search('Vilka län satsar på digital tillsyn i hemtjänsten?', { k: 10, filters, diverse: true });
    const plain = await search('Hur används digital tillsyn i hemtjänsten?', { k: 10, filters });
    expect(comparing.hits.length).toBe(plain.hits.length);
    expect(comparing.hits.length).toBe(10);
  });
});
