import { describe, expect, it } from 'vitest';
import { isCrossRegionQuestion, wantsRegionDiversity } from '../../src/retrieve/cross-region.ts';
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

describe('cross-region questions', () => {
  const corpusRegions = ['Region Halland', 'Dalarna', 'Region Västerbotten'];
  it('recognises the language of comparison, Swedish and English', () => {
    expect(isCrossRegionQuestion('Vilka län har infört mobila team?')).toBe(true);
    expect(isCrossRegionQuestion('Hur ser det ut i respektive län?')).toBe(true);
    expect(isCrossRegionQuestion('Which regions offer video visits?')).toBe(true);
    expect(isCrossRegionQuestion('Hur många patienter fick fast läkarkontakt?')).toBe(false);
  });
  it('diversifies when two corpus regions are named, not for one', () => {
    expect(wantsRegionDiversity('Digitala vårdbesök i Halland och Dalarna', corpusRegions)).toBe(true);
    expect(wantsRegionDiversity('Digitala vårdbesök i Hallands län', corpusRegions)).toBe(false);
  });
});
