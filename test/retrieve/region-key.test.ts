import { describe, expect, it } from 'vitest';
import { regionKey, sameRegion } from '../../src/retrieve/region-key.ts';

describe('regionKey', () => {
  it('identifies a region by its distinctive word', () => {
    expect(regionKey('Region Dalarna')).toBe('dalarna');
    expect(regionKey('Dalarnas län')).toBe('dalarna');
    expect(regionKey('Dalarna')).toBe('dalarna');
    expect(regionKey('Region Västerbotten')).toBe('västerbotten');
    expect(regionKey('Västerbottens län')).toBe('västerbotten');
  });
  it('treats names of different regions as different', () => {
    expect(sameRegion('Region Halland', 'Hallands län')).toBe(true);
    expect(sameRegion('Region Halland', 'Region Gävleborg')).toBe(false);
    expect(sameRegion('Region', 'Region')).toBe(false);
  });
});
