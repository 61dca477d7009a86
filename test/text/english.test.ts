import { describe, expect, it } from 'vitest';
import { analyzeQuery, analyzeTopic } from '../../src/text/analyze.ts';
import { translateEnglishTerms } from '../../src/text/english.ts';
import { phraseTerms } from '../../src/text/abbreviations.ts';

describe('English questions', () => {
  it('translates known English phrases to Swedish search terms, longest phrase first', () => {
    expect(translateEnglishTerms(phraseTerms('home health care for elderly'))).toEqual(phraseTerms('hemsjukvård äldre'));
  });
  it('keeps words it does not know', () => {
    expect(translateEnglishTerms(['xyz'])).toEqual(['xyz']);
    expect(translateEnglishTerms([])).toEqual([]);
  });
  it('makes an English question about the same topic as its Swedish twin', () => {
    expect(analyzeTopic('Which regions use mobile teams for home visits?')).toEqual(analyzeTopic('mobila team hembesök'));
  });
  it('searches the Swedish words too, weighted below what was typed', () => {
    const terms = analyzeQuery('discharge from hospital');
    const swedish = phraseTerms('utskrivning')[0]!;
    expect(terms.find((entry) => entry.term === swedish)?.weight).toBeCloseTo(0.8);
  });
});

describe('question words', () => {
  it('are not part of the topic', () => {
    expect(analyzeTopic('Ge en tematisk sammanfattning av samverkan i respektive län')).toEqual(analyzeTopic('samverkan'));
  });
});
