import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/retrieve/lexicon.ts';
import { Bm25Index } from '../../src/store/bm25-index.ts';
import { bm25Idf } from '../../src/store/bm25-scoring.ts';
import { analyzeTopic } from '../../src/text/analyze.ts';

const texts = [
  'Kontinuitet i primärvården ökar tryggheten.',
  'Kontinuerlig uppföljning av hemtjänsten.',
  'Mobila team besöker äldre i hemmet.',
  'I två kommuner finns mobila team.',
];
const lexical = Bm25Index.build(texts.map((text, n) => ({ id: `p${n}`, text })));
const lexicon = new Lexicon(lexical);
const term = (word: string) => analyzeTopic(word)[0]!;

describe('Lexicon', () => {
  it('reads idf from the BM25 index, the one idf source', () => {
    expect(lexicon.idf(term('mobila'))).toBeCloseTo(lexical.inverseDocumentFrequency(term('mobila'))!);
    expect(lexicon.idf('okänt')).toBeCloseTo(bm25Idf(0, texts.length));
    expect(lexicon.idf(term('team'))).toBeLessThan(lexicon.idf(term('trygghet')));
  });
  it('resolves a misspelt word to the nearest corpus word only, with that word\'s idf', () => {
    const resolved = lexicon.resolve(term('kontinutet'));
    expect(resolved).toMatchObject({ known: false, forms: [term('kontinuitet')] });
    expect(resolved.idf).toBeCloseTo(lexicon.idf(term('kontinuitet')));
  });
  it('keeps a word no passage uses as itself, weighing as document frequency 0', () => {
    expect(lexicon.resolve('fotbollsklubb')).toEqual({ term: 'fotbollsklubb', idf: lexicon.unknownIdf, known: false, forms: ['fotbollsklubb'], bySynonym: false, inCompounds: false });
  });
  it('knows a word by the synonym the corpus uses: present, weighing as the synonym, never a typo correction', () => {
    // The corpus says "mobila"; "ambulerande" is a synonym of data/synonyms-sv.json, one no report here uses.
    const resolved = lexicon.resolve(term('ambulerande'));
    expect(resolved).toMatchObject({ known: false, bySynonym: true, forms: [term('ambulerande'), term('mobila')] });
    expect(resolved.idf).toBeCloseTo(lexicon.idf(term('mobila')));
    // A known word keeps its own idf and also looks for the synonyms the corpus uses.
    const known = lexicon.resolve(term('mobila'));
    expect(known).toMatchObject({ known: true, bySynonym: false, forms: [term('mobila')] });
  });
  it('knows a word the corpus writes only inside compounds: present there, weighing as the commonest compound, never a typo', () => {
    const compounds = new Lexicon(Bm25Index.build(['Fjärrtillsyn nattetid i hemtjänsten.', 'Ny fjärrtillsyn i två kommuner.', 'Hemsjukvården växer.'].map((text, n) => ({ id: `c${n}`, text }))));
    const resolved = compounds.resolve(term('tillsyn'));
    expect(resolved).toMatchObject({ known: false, inCompounds: true, bySynonym: false, forms: [term('tillsyn')] });
    expect(resolved.idf).toBeCloseTo(compounds.idf(term('fjärrtillsyn')));
    // Too short to be a head ("syn" in "fjärrtillsyn") or only a middle part: unknown as before.
    expect(compounds.resolve('syn')).toMatchObject({ inCompounds: false });
    expect(compounds.resolve('sjuk')).toMatchObject({ inCompounds: false });
  });
  it('does not correct short words or known words', () => {
    expect(lexicon.corrections('tem')).toEqual([]);
    expect(lexicon.corrections(term('mobila'))).toEqual([]);
  });
});
