import { describe, expect, it } from 'vitest';
import { regionKey, sameRegion } from '../../src/retrieve/regions.ts';

describe('region identity', () => {
  it('treats the ways of writing one region as the same region', () => {
    expect(sameRegion('Region Dalarna', 'Dalarnas län')).toBe(true);
    expect(sameRegion('Dalarna', 'Region Dalarna')).toBe(true);
    expect(sameRegion('Region Västerbotten', 'Västerbottens län')).toBe(true);
    expect(regionKey('Hallands län')).toBe(regionKey('Region Halland'));
  });
  it('keeps different regions apart', () => {
    expect(sameRegion('Region Halland', 'Region Gävleborg')).toBe(false);
  });
});
