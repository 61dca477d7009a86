import { describe, expect, it } from 'vitest';
import { answerMetrics, retrievalMetrics } from '../../src/eval/metrics.ts';
import type { GoldItem } from '../../src/eval/gold-set.ts';

const quoteA = 'mobila team besöker äldre i hemmet varje vecka';
const quoteB = 'fast läkarkontakt erbjuds alla på särskilt boende';
const item = (overrides: Partial<GoldItem>): GoldItem => ({
  id: 'x', type: 'fact', question: 'q', regions: [], evidence: [{ doc: 'h.txt', quote: quoteA }, { doc: 'd.txt', quote: quoteB }], ...overrides,
});

describe('retrievalMetrics', () => {
  it('computes hit@k, recall@10 and MRR over answerable items only', () => {
    const metrics = retrievalMetrics([
      { item: item({ id: '1' }), passages: [{ text: 'annat' }, { text: quoteA }] },
      { item: item({ id: '2' }), passages: [{ text: 'annat' }] },
      { item: item({ id: '3', type: 'unanswerable', evidence: [] }), passages: [{ text: quoteA }] },
    ]);
    expect(metrics.items).toBe(2);
    expect(metrics.hitAt10).toBe(0.5);
    expect(metrics.mrrAt10).toBeCloseTo(0.25);
    expect(metrics.recallAt10).toBeCloseTo(0.25);
  });
  it('counts a hit at rank 6 for @10 but not @5', () => {
    const passages = [...Array(5).fill({ text: 'annat' }), { text: quoteB }];
    const metrics = retrievalMetrics([{ item: item({}), passages }]);
    expect(metrics.hitAt5).toBe(0);
    expect(metrics.hitAt10).toBe(1);
  });
  it('is zero, not NaN, with no answerable items', () => {
    expect(retrievalMetrics([]).mrrAt10).toBe(0);
  });
});

describe('answerMetrics', () => {
  const regionOfDoc = (doc: string) => ({ 'h.txt': 'Region Halland', 'd.txt': 'Dalarna' })[doc];
  it('separates loose from strict region recall', () => {
    const metrics = answerMetrics(
      [{
        item: item({ type: 'list_regions', regions: ['Region Halland', 'Region Dalarna'] }),
        answerable: true,
        cited: [{ text: quoteA, region: 'Region Halland' }, { text: 'något annat', region: 'Dalarnas län' }],
      }],
      regionOfDoc,
    );
    expect(metrics.regionRecallLoose).toBe(1);
    expect(metrics.regionRecallStrict).toBe(0.5);
  });
  it('scores abstention on both sides', () => {
    const metrics = answerMetrics(
      [
        { item: item({ type: 'unanswerable', evidence: [] }), answerable: false, cited: [] },
        { item: item({}), answerable: false, cited: [] },
        { item: item({}), answerable: true, cited: [] },
      ],
      regionOfDoc,
    );
    expect(metrics.refusedShare).toBe(1);
    expect(metrics.answeredShare).toBe(0.5);
  });
});
