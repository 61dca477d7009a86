import { describe, expect, it } from 'vitest';
import { dominantRegion, regionTally } from '../../src/text/region-of-text.ts';

describe('dominantRegion', () => {
  it('counts a region\'s own name twice and its municipalities and inhabitants once', () => {
    const tally = regionTally('Region Halland och hallänningar i Varberg. Ett samarbete med Skåne.');
    expect(tally.get('Region Halland')).toBe(2 + 1 + 1);
    expect(tally.get('Region Skåne')).toBe(2);
  });
  it('does not count a municipality that carries its region\'s name twice', () => {
    expect(regionTally('Uppsala').get('Region Uppsala')).toBe(2);
  });
  it('names the region only when it clearly leads and is named enough', () => {
    expect(dominantRegion('Region Halland har mobila team i Varberg och Falkenberg.')).toBe('Region Halland');
    expect(dominantRegion('Region Halland och Region Skåne samarbetar.')).toBeNull();
    expect(dominantRegion('Ett team i Varberg.')).toBeNull();
    expect(dominantRegion('Inget om någon plats här.')).toBeNull();
  });
});
