import { describe, expect, it } from 'vitest';
import { analyzeQuery, analyzeTopic, analyzeWithExpansions } from '../../src/text/analyze.ts';
import { joinEnglishCompounds, translateEnglishTerms } from '../../src/text/english.ts';
import { isEnglishText, isEnglishTokens } from '../../src/text/english-language.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { phraseTerms } from '../../src/text/abbreviations.ts';

describe('English questions', () => {
  it('translates known English phrases to Swedish search terms, longest phrase first', () => {
    expect(translateEnglishTerms(phraseTerms('home health care elderly'), true)).toEqual(phraseTerms('hemsjukvård äldre'));
  });
  it('keeps words it does not know', () => {
    expect(translateEnglishTerms(['xyz'], true)).toEqual(['xyz']);
    expect(translateEnglishTerms([], true)).toEqual([]);
  });
  it('translates a single word only in an English text, a phrase in any', () => {
    expect(translateEnglishTerms(phraseTerms('nurse'), false)).toEqual(phraseTerms('nurse'));
    expect(translateEnglishTerms(phraseTerms('nurse'), true)).toEqual(phraseTerms('sjuksköterska'));
    expect(translateEnglishTerms(phraseTerms('mobile teams'), false)).toEqual(phraseTerms('mobila team'));
  });
  it('tells an English question from a Swedish one', () => {
    expect(isEnglishText('How do the regions work with home visits?')).toBe(true);
    expect(isEnglishText('Which county has the longest waiting times?')).toBe(true);
    expect(isEnglishText('Hur arbetar regionen med IT-stöd för hembesök?')).toBe(false);
    // Swedish words spelt like English function words ("under", "i") are no evidence of English.
    expect(isEnglishText('Vad gjordes under 2022 i Halland?')).toBe(false);
    expect(isEnglishText('mobile teams')).toBe(false);
    expect(isEnglishText('IT-stöd i primärvården')).toBe(false);
    expect(isEnglishText('discharge from hospital')).toBe(true);
    // Single letters and digits are on natural's list, but a form number is no English.
    expect(isEnglishText('Svar på fråga 9 c, 4 b')).toBe(false);
    expect(isEnglishText('Ange indextal 0.17')).toBe(false);
  });
  it('leaves English function words out of an English question, not out of a Swedish one', () => {
    // "it" would otherwise match the Swedish reports' IT.
    expect(analyzeTopic('Is it true that the nurses visit patients at home?')).not.toContain('it');
    expect(analyzeTopic('Hur används IT i primärvården?')).toContain(phraseTerms('IT')[0]);
    expect(analyzeQuery('What is it that the county pays for?').map((entry) => entry.term)).not.toContain('it');
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

describe('report text', () => {
  const quoted = 'The nurse visits the elderly at home, as it says in the plan.';

  it('is never asked whether it is English: function words stay, a single word is not translated, a phrase is', () => {
    const asked = analyzeWithExpansions(quoted);
    const told = analyzeWithExpansions(quoted, { english: false });
    expect(asked.terms).not.toContain('it');
    expect(told.terms).toContain('it');
    expect([...asked.additions.keys()]).toContain(phraseTerms('sjuksköterska')[0]);
    expect([...told.additions.keys()]).not.toContain(phraseTerms('sjuksköterska')[0]);
    expect(analyzeTopic('Teamen gör home visits hos äldre.', false)).toEqual(analyzeTopic('Teamen gör hembesök hos äldre.', false));
  });

  it('decides English from tokens the caller has as from the text', () => {
    for (const text of [quoted, 'Hur arbetar regionen med IT-stöd för hembesök?', 'discharge from hospital', '']) {
      expect(isEnglishTokens(tokenize(text)), text).toBe(isEnglishText(text));
    }
  });
});

describe('question words', () => {
  it('are not part of the topic', () => {
    expect(analyzeTopic('Ge en tematisk sammanfattning av samverkan i respektive län')).toEqual(analyzeTopic('samverkan'));
  });
});

describe('English compounds', () => {
  const words = (...terms: string[]) => terms.map((term) => ({ term, surface: term }));
  it('joins two words into the one word the corpus spells', () => {
    const corpus = new Map([['patientkontakt', 'patientkontakt'], ['hemsjukvard', 'hemsjukvard']]);
    expect(joinEnglishCompounds(words('patient', 'kontakt', 'digital'), (joined) => corpus.get(joined))).toEqual([
      { term: 'patientkontakt', surface: 'patient kontakt', translated: true },
      { term: 'digital', surface: 'digital' },
    ]);
  });
  it('keeps words apart when the corpus has no such compound', () => {
    expect(joinEnglishCompounds(words('patient', 'kontakt'), () => undefined)).toEqual(words('patient', 'kontakt'));
  });
  it('never joins two terms of one translated phrase again', () => {
    const phrase = [{ term: 'nar', surface: 'close care' }, { term: 'vard', surface: 'close care' }];
    expect(joinEnglishCompounds(phrase, () => 'narvard')).toEqual(phrase);
  });
});
