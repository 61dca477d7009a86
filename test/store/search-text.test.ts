import { describe, expect, it } from 'vitest';
import { searchTextOf } from '../../src/store/search-text.ts';
import { samplePassage, sampleReport } from './sample-records.ts';

describe('searchTextOf', () => {
  it('puts region, headings and the question before the passage text', () => {
    expect(searchTextOf(samplePassage('p1', 'Ja, sedan 2021.'), sampleReport('r1'))).toBe(
      'Region Västerbotten\nKontinuitet – Fast läkarkontakt\nHar hälsocentralerna infört fast läkarkontakt?\nJa, sedan 2021.',
    );
  });

  it('leaves out what is missing', () => {
    const passage = { ...samplePassage('p1', 'Text.'), headingPath: [], question: null };
    expect(searchTextOf(passage)).toBe('Text.');
  });
});
