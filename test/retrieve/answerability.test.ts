import { describe, expect, it } from 'vitest';
import { judgeAnswerability, termCoverage } from '../../src/retrieve/answerability.ts';
import { termEvidence } from '../../src/retrieve/term-evidence.ts';
import { analyzeTopic } from '../../src/text/analyze.ts';

const idf = (values: Record<string, number>) => (term: string) => values[term];

describe('termCoverage', () => {
  it('weights terms by idf and is 0 without terms', () => {
    expect(termCoverage([])).toBe(0);
    expect(termCoverage([{ term: 'a', idf: 3, matched: true }, { term: 'b', idf: 1, matched: false }])).toBe(0.75);
  });
});

describe('judgeAnswerability', () => {
  it('refuses when nothing was found', () => {
    expect(judgeAnswerability({ terms: [], hitCount: 0 }).answerable).toBe(false);
  });
  it('answers a question of question words only when something was found', () => {
    expect(judgeAnswerability({ terms: [], hitCount: 3 }).answerable).toBe(true);
  });
  it('refuses when the rare words of the question are missing, and names them', () => {
    const verdict = judgeAnswerability({
      terms: [{ term: 'hyrpersonal', idf: 5, matched: false }, { term: 'kostnad', idf: 2, matched: true }],
      hitCount: 10,
    });
    expect(verdict.answerable).toBe(false);
    expect(verdict.reason).toContain('hyrpersonal');
  });
});

describe('termEvidence', () => {
  const terms = (text: string) => analyzeTopic(text);
  it('finds a term as the modifier or head of a Swedish compound', () => {
    const [modifier] = termEvidence(terms('läkemedel'), [], ['Läkemedelsgenomgångar görs varje år.'], idf({}), 5);
    expect(modifier?.matched).toBe(true);
    const [head] = termEvidence(terms('centralen'), [], ['Hälsocentralen öppnade.'], idf({}), 5);
    expect(head?.matched).toBe(true);
  });
  it('finds a derivation that shares a long stem', () => {
    const [derived] = termEvidence(terms('samordnad'), [], ['Samordningen förbättrades.'], idf({}), 5);
    expect(derived?.matched).toBe(true);
  });
  it('finds an abbreviation spelled out', () => {
    const [abbreviation] = termEvidence(terms('SÄBO'), [], ['Boende på särskilt boende får läkarbesök.'], idf({}), 5);
    expect(abbreviation?.matched).toBe(true);
  });
  it('gives a word the corpus never uses the idf of document frequency 0', () => {
    const evidence = termEvidence(terms('hyrpersonal kostnad'), [], ['Kostnaden'], (term) => (term === terms('kostnad')[0] ? 2 : undefined), 6);
    expect(evidence.map((entry) => entry.idf)).toEqual([6, 2]);
    expect(evidence[0]?.matched).toBe(false);
  });
});
