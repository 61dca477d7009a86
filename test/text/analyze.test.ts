import { describe, expect, it } from 'vitest';
import { analyze, analyzeQuery, analyzeWords, expansionWeights } from '../../src/text/analyze.ts';
import { createCompoundSplitter } from '../../src/text/compounds.ts';
import { foldDiacritics, normaliseText } from '../../src/text/normalise.ts';
import { searchTerm } from '../../src/text/stem.ts';
import { isStopWord } from '../../src/text/stopwords.ts';
import { tokenize, tokenizeWithOffsets } from '../../src/text/tokenize.ts';

const termsOf = (query: string, options = {}) => new Map(analyzeQuery(query, options).map(({ term, weight }) => [term, weight]));

describe('tokenising and normalising', () => {
  it('keeps Swedish letters, numbers and form numbers; drops punctuation and lone letters', () => {
    expect(tokenize('Ring 1177 (Vårdguiden) – år 2022, fråga 6a; e-hälsa!')).toEqual(['ring', '1177', 'vårdguiden', 'år', '2022', 'fråga', '6a', 'hälsa']);
  });

  it('treats decomposed (NFD) and precomposed å/ä/ö alike', () => {
    expect(tokenize('va\u030Ardcentral')).toEqual(tokenize('vårdcentral'));
    expect(normaliseText('ÄLDREOMSORG')).toBe('äldreomsorg');
  });

  it('folds diacritics only for matching', () => {
    expect(foldDiacritics('hälsocentral')).toBe('halsocentral');
    expect(foldDiacritics('överenskommelse')).toBe('overenskommelse');
    expect(foldDiacritics('café')).toBe('cafe');
  });

  it('gives offsets into the original text, so display keeps Å/Ä/Ö and capitals', () => {
    const text = 'Äldre på Åsa Vårdcentral';
    const spans = tokenizeWithOffsets(text);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(['Äldre', 'på', 'Åsa', 'Vårdcentral']);
    expect(spans.map((span) => span.token)).toEqual(['äldre', 'på', 'åsa', 'vårdcentral']);
  });
});

describe('stemming', () => {
  it('maps inflections of one word to one term', () => {
    const forms = ['vårdcentral', 'vårdcentralen', 'vårdcentraler', 'vårdcentralerna', 'vårdcentralens'];
    expect(new Set(forms.map(searchTerm)).size).toBe(1);
    expect(searchTerm('kommunerna')).toBe(searchTerm('kommuner'));
    expect(searchTerm('patienterna')).toBe(searchTerm('patient'));
  });

  it('meets a query typed without å/ä/ö', () => {
    expect(searchTerm('halsocentralen')).toBe(searchTerm('hälsocentralen'));
    expect(analyzeWords('Hälsocentralerna i Västerbotten')).toEqual(analyzeWords('halsocentralerna i vasterbotten'));
  });

  it('leaves numbers alone', () => {
    expect(analyzeWords('1177 och 2022')).toEqual(['1177', '2022']);
  });
});

describe('stop words', () => {
  it('drops function words but keeps domain words', () => {
    expect(analyzeWords('Hur arbetar man med god och nära vård i kommunerna?')).toEqual(['arbet', 'god', 'nar', 'vard', 'kommun']);
  });

  it('recognises a function word typed without diacritics, but not a real word that folds onto one', () => {
    expect(isStopWord('på')).toBe(true);
    expect(isStopWord('pa')).toBe(true);
    expect(isStopWord('är')).toBe(true);
    // "år" (year) folds to the same letters as "är" (is) but is a word of its own.
    expect(isStopWord('år')).toBe(false);
  });
});

describe('abbreviations', () => {
  it('expands an abbreviation to its spelled-out form at lower weight', () => {
    const terms = termsOf('Hur många bor på SÄBO?');
    expect(terms.get(searchTerm('säbo'))).toBe(1);
    expect(terms.get(searchTerm('särskilt'))).toBe(expansionWeights.abbreviation);
    expect(terms.get(searchTerm('boende'))).toBe(expansionWeights.abbreviation);
  });

  it('adds the abbreviation for a spelled-out form', () => {
    expect(termsOf('samordnad individuell plan').get('sip')).toBe(expansionWeights.abbreviation);
    expect(termsOf('vårdcentralen').get('vc')).toBe(expansionWeights.abbreviation);
    expect(termsOf('vc').get(searchTerm('vårdcentral'))).toBe(expansionWeights.abbreviation);
  });

  it('expands case-sensitive entries only when written in capitals', () => {
    expect(termsOf('LOV').has(searchTerm('valfrihetssystem'))).toBe(true);
    expect(termsOf('lov att ringa').has(searchTerm('valfrihetssystem'))).toBe(false);
  });

  it('can be turned off', () => {
    expect([...termsOf('SÄBO', { glossary: null }).keys()]).toEqual(['sabo']);
  });
});

describe('compounds', () => {
  const vocabulary = new Map(
    ['hälso', 'central', 'vård', 'utskrivning', 'process', 'kontinuitet', 'läkare', 'kontakt'].map((word) => [searchTerm(word), 3]),
  );
  const splitter = createCompoundSplitter(vocabulary);

  it('indexes the known parts of a compound after it', () => {
    expect(analyze('hälsocentralen', splitter)).toEqual(['halsocentral', 'halso', 'central']);
    expect(analyze('vårdcentraler', splitter)).toEqual(['vardcentral', 'vard', 'central']);
  });

  it('splits at a linking -s-', () => {
    expect(splitter(searchTerm('utskrivningsprocessen'))).toEqual([searchTerm('utskrivning'), searchTerm('process')]);
  });

  it('does not split words without known parts', () => {
    expect(splitter('kontinuitet')).toEqual([]);
    expect(splitter('2022')).toEqual([]);
  });

  it('adds compound parts to a query at low weight', () => {
    const terms = termsOf('utskrivningsprocessen', { compounds: splitter });
    expect(terms.get(searchTerm('utskrivningsprocessen'))).toBe(1);
    expect(terms.get(searchTerm('utskrivning'))).toBe(expansionWeights.compoundPart);
  });

  it('returns nothing for an empty query', () => {
    expect(analyzeQuery('  ?! ')).toEqual([]);
  });
});
