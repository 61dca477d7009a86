import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LexiconTerm } from '../../src/retrieve/lexicon.ts';
import { matchTopic, topicMatcher, WordTable, wordsOf } from '../../src/retrieve/passage-matches.ts';
import { hasDigit, matchStrengths, partialMatchStrength, spelledOutIn } from '../../src/text/matching.ts';
import type { TermMatch } from '../../src/types.ts';
import { analyzeWords } from '../../src/text/analyze.ts';
import { synonymPhraseIn } from '../../src/text/synonyms.ts';

/**
 * The plain rule, as matchTopic applied it before its words were indexed: every distinct word of the
 * text (first use first) put to termMatchStrength for every form, the first best one kept.
 */
function naiveMatchTopic(topic: readonly LexiconTerm[], sequence: readonly string[]): TermMatch[] {
  const distinct = [...new Set(sequence)];
  const matches: TermMatch[] = [];
  for (const entry of topic) {
    let best: TermMatch | undefined;
    for (const form of entry.forms) {
      const factor = form === entry.term ? 1 : 0.8;
      if (distinct.includes(form)) {
        const strength = matchStrengths.exact * factor;
        if (strength > (best?.strength ?? 0)) best = { term: entry.term, strength, word: form };
        continue;
      }
      if (hasDigit(form)) continue;
      for (const word of distinct) {
        if (hasDigit(word)) continue;
        const strength = partialMatchStrength(form, word) * factor;
        if (strength > (best?.strength ?? 0)) best = { term: entry.term, strength, word };
      }
    }
    if ((best?.strength ?? 0) < 0.9 && spelledOutIn(entry.term, sequence)) best = { term: entry.term, strength: 0.9, word: entry.term };
    if ((best?.strength ?? 0) < 0.8 && synonymPhraseIn(entry.term, sequence)) best = { term: entry.term, strength: 0.8, word: entry.term };
    if (best) matches.push(best);
  }
  return matches;
}

// Few letters, so that words often open, end or derive from each other; digits and Swedish letters too.
const word = fc.stringMatching(/^[aksvårt1]{2,11}$/);
// Now and then a phrase of the glossary or of the synonyms, so that the written-out rules are exercised.
const text = fc.array(fc.oneof({ weight: 9, arbitrary: word }, { weight: 1, arbitrary: fc.constantFrom('särskilt boende', 'högt blodtryck') }), { minLength: 1, maxLength: 25 }).map((words) => words.join(' '));

/** Forms drawn from the text's own analysed words, their openings and endings, and free words. */
function topicArbitrary(sequence: readonly string[]): fc.Arbitrary<LexiconTerm[]> {
  const fromText = sequence.length > 0 ? fc.constantFrom(...sequence) : word;
  const cut = fc.tuple(fromText, fc.integer({ min: 1, max: 10 }), fc.boolean()).map(([source, length, head]) => (head ? source.slice(-length) : source.slice(0, length)));
  const form = fc.oneof(fromText, cut, word, fc.constantFrom('sabo', 'sarskil', 'hypertoni'));
  return fc.array(
    fc.tuple(form, fc.array(form, { maxLength: 2 })).map(([term, corrections]): LexiconTerm => ({
      term,
      idf: 1,
      known: corrections.length === 0,
      forms: corrections.length === 0 ? [term] : corrections,
      bySynonym: false,
      inCompounds: false,
    })),
    { maxLength: 6 },
  );
}

describe('matchTopic against the plain rule over every word', () => {
  it('finds the same term, strength and word for any text and topic', () => {
    fc.assert(
      fc.property(
        text.chain((content) => {
          const words = wordsOf(content);
          return fc.tuple(fc.constant(words), topicArbitrary(words.sequence));
        }),
        ([words, topic]) => {
          expect(matchTopic(topic, words)).toEqual(naiveMatchTopic(topic, words.sequence));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('matches a synonym phrase in order ("högt blodtryck" for "hypertoni"), a little below the word itself', () => {
    const [term] = analyzeWords('hypertoni');
    const topic: LexiconTerm[] = [{ term: term!, idf: 1, known: false, forms: [term!], bySynonym: true, inCompounds: false }];
    expect(matchTopic(topic, wordsOf('Patienter med högt blodtryck mäter hemma.'))).toEqual([{ term, strength: 0.8, word: term }]);
    expect(matchTopic(topic, wordsOf('Blodtrycket var högt.'))).toEqual([]);
  });

  it('keeps finding a form that a passage analysed after the first match adds to the shared table', () => {
    const table = new WordTable();
    const topic: LexiconTerm[] = [{ term: 'hemsjukvard', idf: 1, known: true, forms: ['hemsjukvard'], bySynonym: false, inCompounds: false }];
    const match = topicMatcher(topic);
    expect(match(wordsOf('Mobila team besöker patienter', table))).toEqual([]);
    expect(match(wordsOf('Hemsjukvård dygnet runt', table))).toEqual([{ term: 'hemsjukvard', strength: 1, word: 'hemsjukvard' }]);
  });

  it('gives the compound and derivation credit when the word only shares an opening or an ending', () => {
    const words = wordsOf('Läkemedelsgenomgångar på hälsocentralen och samordnad vård');
    const topic = ['lakemedel', 'central', 'samordning'].map((term): LexiconTerm => ({ term, idf: 1, known: true, forms: [term], bySynonym: false, inCompounds: false }));
    expect(matchTopic(topic, words).map((match) => [match.term, match.strength])).toEqual([
      ['lakemedel', matchStrengths.compound],
      ['central', matchStrengths.compound],
      ['samordning', matchStrengths.derivation],
    ]);
  });
});
