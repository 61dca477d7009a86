import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../src/types.ts';
import { compareCell, defaultColumns, leadingCitedSentences, regionNamesTopic } from '../../src/answer/compare.ts';
import { indexCatalog } from '../../src/answer/catalog.ts';
import { fixtureCatalog, hitFor } from './fixture-catalog.ts';

function citation(n: number, region: string): Citation {
  return { n, passageId: `p${n}`, reportId: 'r', reportTitle: 'Rapport', region, page: n, theme: { id: 't', label: 'Tema' }, location: null, excerpt: '**x**' };
}

const answered: Answer = {
  answerable: true,
  answer: '**Region Halland**\n- Ett. [1]',
  citations: [citation(1, 'Region Halland'), citation(2, 'Region Halland'), citation(3, 'Region Halland')],
  regions: [{ region: 'Region Halland', summary: 'Digitala besök införs i primärvården. [1] Antalet ökade till 12 500. [2] Fler tjänster planeras. [3]', citations: [1, 2, 3] }],
};

describe('leadingCitedSentences', () => {
  it('keeps the first two cited sentences', () => {
    expect(leadingCitedSentences(answered.regions[0]!.summary)).toBe('Digitala besök införs i primärvården. [1] Antalet ökade till 12 500. [2]');
  });
  it('drops text without a citation and copes with an empty summary', () => {
    expect(leadingCitedSentences('Inget om detta i rapporten.')).toBe('');
    expect(leadingCitedSentences('')).toBe('');
  });
});

describe('compareCell', () => {
  it('is evidence with only the citations its sentences use', () => {
    const cell = compareCell(answered, 'Hallands län', true);
    expect(cell.state).toBe('evidence');
    expect(cell.citations.map((c) => c.n)).toEqual([1, 2]);
  });
  it('follows the per-region judgement when the answer carries one', () => {
    const judged: Answer = { ...answered, regions: [{ ...answered.regions[0]!, state: 'mentioned' }] };
    expect(compareCell(judged, 'Region Halland', true).state).toBe('mentioned');
    const none: Answer = { ...answered, regions: [{ ...answered.regions[0]!, state: 'none' }] };
    expect(compareCell(none, 'Region Halland', true)).toEqual({ state: 'none', text: '', citations: [] });
  });
  it('is "mentioned" for a refusal that still found the region, pointing at its nearest passage', () => {
    const refusal: Answer = { answerable: false, answer: 'Rapporterna tar inte upp detta.', citations: [citation(1, 'Dalarna')], regions: [] };
    expect(compareCell(refusal, 'Dalarna', true)).toEqual({ state: 'mentioned', text: '', citations: [citation(1, 'Dalarna')] });
  });
  it('is "none" when nothing of the region was found', () => {
    const refusal: Answer = { answerable: false, answer: 'Rapporterna tar inte upp detta.', citations: [], regions: [] };
    expect(compareCell(refusal, 'Dalarna', false)).toEqual({ state: 'none', text: '', citations: [] });
  });
});

describe('defaultColumns', () => {
  it('asks what is done, what it gave and what is planned, about the theme', () => {
    const columns = defaultColumns('Kontinuitet och fast läkarkontakt');
    expect(columns).toHaveLength(3);
    expect(columns.every((column) => column.includes('kontinuitet och fast läkarkontakt') && column.endsWith('?'))).toBe(true);
  });
});

describe('regionNamesTopic', () => {
  const catalog = fixtureCatalog();
  const index = indexCatalog(catalog);
  it('is true when a found passage of the region uses the question’s most specific word', () => {
    expect(regionNamesTopic({ query: 'Hur används digitala vårdbesök?', hits: [hitFor(catalog, 'h-7')] }, 'Region Halland', index)).toBe(true);
  });
  it('is false for another region’s passages, or passages that do not name the topic', () => {
    expect(regionNamesTopic({ query: 'Hur används digitala vårdbesök?', hits: [hitFor(catalog, 'h-7')] }, 'Dalarna', index)).toBe(false);
    expect(regionNamesTopic({ query: 'Hur används digitala vårdbesök?', hits: [hitFor(catalog, 'h-6a')] }, 'Region Halland', index)).toBe(false);
  });
  it('is false when no word of the question occurs in any report', () => {
    expect(regionNamesTopic({ query: 'Hur går det med zyxkvantor?', hits: [hitFor(catalog, 'h-7')] }, 'Region Halland', index)).toBe(false);
  });
});
