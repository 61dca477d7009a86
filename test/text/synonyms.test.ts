import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeQuery, analyzeWithExpansions, expansionWeights } from '../../src/text/analyze.ts';
import { buildSynonyms, swedishHealthcareSynonyms, synonymAdditions, synonymPhraseIn, wordSynonyms } from '../../src/text/synonyms.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { analyzeWords } from '../../src/text/analyze.ts';

const terms = (text: string) => analyzeWords(text);
const one = (word: string) => terms(word)[0]!;

describe('synonyms', () => {
  const synonyms = buildSynonyms([
    ['vårdcentral', 'hälsocentral', 'husläkarmottagning'],
    ['hypertoni', 'högt blodtryck'],
    ['hembesök', 'hembesöken', 'besök i hemmet'],
  ]);

  it('links each one-word member to the others, inflections of one word counting once', () => {
    expect(wordSynonyms(one('hälsocentral'), synonyms).sort()).toEqual([one('husläkarmottagning'), one('vårdcentral')].sort());
    // "hembesök" and "hembesöken" stem alike: one member, so the word is not its own synonym.
    expect(wordSynonyms(one('hembesök'), synonyms)).toEqual([]);
    expect(wordSynonyms(one('kontinuitet'), synonyms)).toEqual([]);
  });

  it('finds a phrase synonym only as the phrase, in order', () => {
    expect(synonymPhraseIn(one('hypertoni'), terms('Patienter med högt blodtryck mäter hemma.'), synonyms)).toBe(true);
    expect(synonymPhraseIn(one('hypertoni'), terms('Blodtrycket var högt.'), synonyms)).toBe(false);
    expect(synonymPhraseIn(one('hembesök'), terms('Läkaren gör besök i hemmet.'), synonyms)).toBe(true);
  });

  it('adds the other members of every set the query holds, a word or a phrase, never what it already holds', () => {
    expect(synonymAdditions(terms('Hur många har högt blodtryck?'), synonyms)).toEqual([{ term: one('hypertoni'), wholeMember: true }]);
    expect(synonymAdditions(terms('hälsocentral och vårdcentral'), synonyms)).toEqual([{ term: one('husläkarmottagning'), wholeMember: true }]);
    expect(synonymAdditions(terms('Blodtrycket var högt'), synonyms)).toEqual([]);
    // The words of a phrase member come as words of a phrase: alone they mean more than the phrase.
    expect(synonymAdditions(terms('hypertoni'), synonyms)).toEqual([{ term: one('högt'), wholeMember: false }, { term: one('blodtryck'), wholeMember: false }]);
  });

  it('widens a query, not a passage: analyzeQuery adds synonyms at their weight, plain analysis does not', () => {
    const weights = new Map(analyzeQuery('Hur arbetar hälsocentralerna?').map((entry) => [entry.term, entry.weight]));
    expect(weights.get(one('vårdcentral'))).toBe(expansionWeights.synonym);
    expect(weights.get(one('hälsocentral'))).toBe(1);
    expect(analyzeWithExpansions('Hur arbetar hälsocentralerna?').additions.has(one('vårdcentral'))).toBe(false);
    const phraseWords = new Map(analyzeQuery('Hur många har hypertoni?').map((entry) => [entry.term, entry.weight]));
    expect(phraseWords.get(one('blodtryck'))).toBe(expansionWeights.synonymPhraseWord);
  });

  it('has a usable data file: no phrase shrinks to one word, no one-word member in two sets', () => {
    const sets: string[][] = JSON.parse(readFileSync(new URL('../../data/synonyms-sv.json', import.meta.url), 'utf8')).sets;
    for (const set of sets) {
      for (const member of set) {
        // A phrase shrunk by a stop word to one word ("mest sjuka" → "sjuka") would stand for far more than it means.
        if (tokenize(member).length > 1) expect(terms(member).length, member).toBeGreaterThan(1);
        else expect(terms(member), member).toHaveLength(1);
      }
    }
    const built = swedishHealthcareSynonyms();
    const seen = new Map<string, number>();
    built.sets.forEach((members, position) => {
      for (const member of members.filter((m) => m.length === 1)) {
        expect(seen.get(member[0]!), member[0]).toBeUndefined();
        seen.set(member[0]!, position);
      }
    });
  });
});
