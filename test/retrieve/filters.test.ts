import { describe, expect, it } from 'vitest';
import { passageFilter } from '../../src/retrieve/filters.ts';
import { passageHasTheme, passageThemeIds } from '../../src/store/passage-themes.ts';
import { samplePassage, sampleReport } from '../store/sample-records.ts';

const primaryOnly = samplePassage('p1', 'Fast läkarkontakt för alla.');
const withSecondary = { ...samplePassage('p2', 'Mobila team undviker inläggningar.'), themeId: 'mobila', secondaryThemeIds: ['slutenvard'] };
const passages = new Map([primaryOnly, withSecondary].map((passage) => [passage.id, passage]));
const reports = new Map([['r1', sampleReport('r1')]]);

describe('passage themes', () => {
  it('lists the primary theme first, then the secondary ones', () => {
    expect(passageThemeIds(primaryOnly)).toEqual(['kontinuitet']);
    expect(passageThemeIds(withSecondary)).toEqual(['mobila', 'slutenvard']);
  });
  it('a passage has a theme as its primary or a secondary one, no other', () => {
    expect(passageHasTheme(withSecondary, 'slutenvard')).toBe(true);
    expect(passageHasTheme(withSecondary, 'mobila')).toBe(true);
    expect(passageHasTheme(withSecondary, 'kontinuitet')).toBe(false);
  });
});

describe('passageFilter', () => {
  it('is undefined when nothing is filtered', () => {
    expect(passageFilter(undefined, passages, reports)).toBeUndefined();
    expect(passageFilter({ regions: [], themes: [] }, passages, reports)).toBeUndefined();
  });
  it('a theme filter keeps passages with that theme as primary or secondary', () => {
    const filter = passageFilter({ themes: ['slutenvard'] }, passages, reports)!;
    expect(filter('p2')).toBe(true);
    expect(filter('p1')).toBe(false);
  });
  it('a region filter matches the region however it is written', () => {
    expect(passageFilter({ regions: ['Västerbottens län'] }, passages, reports)!('p1')).toBe(true);
    expect(passageFilter({ regions: ['Region Halland'] }, passages, reports)!('p1')).toBe(false);
  });
  it('a year filter matches the report year and never a report of unknown year', () => {
    const year = sampleReport('r1').year!;
    expect(passageFilter({ years: [year] }, passages, reports)!('p1')).toBe(true);
    const unknownYear = new Map([['r1', { ...sampleReport('r1'), year: null }]]);
    expect(passageFilter({ years: [year] }, passages, unknownYear)!('p1')).toBe(false);
    expect(passageFilter({ regions: ['Västerbottens län'] }, passages, unknownYear)!('p1')).toBe(true);
  });
  it('an unknown passage id never passes', () => {
    expect(passageFilter({ years: [2022] }, passages, reports)!('nope')).toBe(false);
  });
});
