import { describe, expect, it } from 'vitest';
import { matchStrengths, termMatchStrength, spelledOutIn } from '../../src/text/matching.ts';
import { analyzeTopic, analyzeWords } from '../../src/text/analyze.ts';

const term = (word: string) => analyzeTopic(word)[0]!;

describe('termMatchStrength', () => {
  it('gives full credit to the same term and none to unrelated words', () => {
    expect(termMatchStrength(term('hemtjänst'), term('hemtjänsten'))).toBe(1);
    expect(termMatchStrength(term('robot'), term('cykel'))).toBe(0);
  });
  it('finds a term as the head or the modifier of a compound', () => {
    expect(termMatchStrength(term('central'), term('hälsocentral'))).toBe(matchStrengths.compound);
    expect(termMatchStrength(term('läkemedel'), term('läkemedelsgenomgång'))).toBe(matchStrengths.compound);
  });
  it('matches a derivation the stemmer left apart, but not words that only share a beginning', () => {
    expect(termMatchStrength(term('samordnad'), term('samordning'))).toBe(matchStrengths.derivation);
    expect(termMatchStrength(term('kontinuitet'), term('kontinuerlig'))).toBe(0);
  });
  it('does not take a short part for the compound it opens', () => {
    expect(termMatchStrength(term('patientkontrakt'), term('patient'))).toBe(0);
    expect(termMatchStrength(term('vård'), term('vårdplan'))).toBe(0);
  });
  it('matches numbers only exactly', () => {
    expect(termMatchStrength('2022', '20221')).toBe(0);
    expect(termMatchStrength('13a', '13a')).toBe(1);
  });
});

describe('spelledOutIn', () => {
  it('finds an abbreviation written out', () => {
    expect(spelledOutIn(term('SÄBO'), analyzeWords('Äldre på särskilt boende får besök.'))).toBe(true);
    expect(spelledOutIn(term('SÄBO'), analyzeWords('Boende i ordinärt boende.'))).toBe(false);
  });
});
