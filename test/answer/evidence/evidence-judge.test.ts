import { describe, expect, it } from 'vitest';
import { absentShare, evidenceFeatures, judgeEvidence, judgeParameters, type JudgeParameters } from '../../../src/answer/evidence/evidence-judge.ts';
import type { TopicTerm } from '../../../src/answer/question/analysed-question.ts';
import type { Hit } from '../../../src/types.ts';
import { fixtureCatalog, hitFor } from '../fixture-catalog.ts';

const catalog = fixtureCatalog();
const topic = (entries: Array<[string, number, boolean?]>): TopicTerm[] =>
  entries.map(([term, weight, inCorpus]) => ({ term, surface: term, weight, inCorpus: inCorpus ?? true, corrected: false }));
const hit = (matches: Array<[string, number]>, lexicalRank: number | null = 1, denseRank: number | null = 1): Hit => ({
  ...hitFor(catalog, 'd-6'),
  lexicalRank,
  denseRank,
  matches: matches.map(([term, strength]) => ({ term, strength, word: term })),
});

describe('evidenceFeatures', () => {
  it('weighs the share of the question a passage holds by the terms\' weights and match strength', () => {
    const features = evidenceFeatures(topic([['robot', 3], ['kommun', 1]]), hit([['robot', 0.8]]));
    expect(features.coverage).toBeCloseTo(0.6);
    expect(features.rarest).toBe(0.8);
    expect(features.agreement).toBe(1);
  });
  it('is all zeros for a passage without matches or ranks', () => {
    expect(evidenceFeatures(topic([['robot', 3]]), hit([], null, null))).toEqual({ coverage: 0, rarest: 0, lexical: 0, dense: 0, agreement: 0 });
  });
});

describe('absentShare', () => {
  it('is the weight share of words no report uses, 0 without terms', () => {
    expect(absentShare([])).toBe(0);
    expect(absentShare(topic([['fotbollsklubb', 3, false], ['bast', 1]]))).toBeCloseTo(0.75);
  });
});

describe('judgeEvidence', () => {
  const parameters: JudgeParameters = {
    note: 'test',
    passage: { weights: { coverage: 5, rarest: 0, lexical: 1, dense: 0, agreement: 0 }, bias: -3, threshold: 0.5 },
    question: { best: 1, absent: -4, bias: 0 },
  };
  it('refuses an empty list', () => {
    expect(judgeEvidence(topic([['robot', 1]]), [], parameters)).toMatchObject({ answerable: false, hits: [] });
  });
  it('lets search stand for a question without topic words', () => {
    expect(judgeEvidence([], [hit([])], parameters).answerable).toBe(true);
  });
  it('answers from a passage holding the question and marks what speaks to it', () => {
    const verdict = judgeEvidence(topic([['robot', 2], ['natt', 1]]), [hit([['robot', 1], ['natt', 1]]), hit([], 2, 2)], parameters);
    expect(verdict.answerable).toBe(true);
    expect(verdict.hits.map((entry) => entry.speaksToQuestion)).toEqual([true, false]);
  });
  it('refuses when most of the question is words no report uses, whatever else matches', () => {
    const question = topic([['fotbollsklubb', 6, false], ['bast', 1]]);
    expect(judgeEvidence(question, [hit([['bast', 1]])], parameters).answerable).toBe(false);
  });
  it('reads its fitted parameters from data', () => {
    expect(judgeParameters().passage.threshold).toBeGreaterThan(0);
  });
});
