import { describe, expect, it } from 'vitest';
import { regionKey, regionNamesIn, regionsInQuestion, sameRegion } from '../../src/retrieve/regions.ts';

const catalogRegions = ['Region Halland', 'Västra Götalandsregionen', 'Dalarna'];

describe('regionsInQuestion with places', () => {
  it('scopes a municipality or demonym to its region, known or not, and lists the municipalities named', () => {
    expect(regionsInQuestion('Hur gör man i Lerum?', catalogRegions)).toEqual({
      known: ['Västra Götalandsregionen'],
      unknown: [],
      places: [{ place: 'Lerum', region: 'Västra Götalandsregionen' }],
    });
    expect(regionsInQuestion('Hur många sjuksköterskor finns i Arboga?', catalogRegions)).toEqual({
      known: [],
      unknown: ['Region Västmanland'],
      places: [{ place: 'Arboga', region: 'Region Västmanland' }],
    });
    expect(regionsInQuestion('Hur mår hallänningarna och värmlänningarna?', catalogRegions)).toEqual({ known: ['Region Halland'], unknown: ['Region Värmland'], places: [] });
    expect(regionsInQuestion('Vad gör Mora och Leksand?', catalogRegions).known).toEqual(['Dalarna']);
  });

  it('does not repeat a region’s own name as a place, nor count a region twice', () => {
    expect(regionsInQuestion('Hur arbetar Uppsala och Enköping?', catalogRegions)).toEqual({
      known: [],
      unknown: ['Region Uppsala'],
      places: [{ place: 'Enköping', region: 'Region Uppsala' }],
    });
  });

  it('gives the general region names a follow-up can swap in', () => {
    expect(regionNamesIn('och i Lerum?')).toEqual(['Västra Götalandsregionen']);
    expect(regionNamesIn('Halland, Vara kommun och göteborgarna')).toEqual(['Region Halland', 'Västra Götalandsregionen']);
    expect(regionNamesIn('och sedan?')).toEqual([]);
  });

  it('prefers a catalog entry that is the municipality itself', () => {
    expect(regionsInQuestion('Hur gör man i Lerum?', ['Lerums kommun', 'Region Halland'])).toEqual({
      known: ['Lerums kommun'],
      unknown: [],
      places: [{ place: 'Lerum', region: 'Lerums kommun' }],
    });
  });
});

describe('region identity beside places', () => {
  it('leave region identity as it was', () => {
    expect(sameRegion('Region Dalarna', 'Dalarnas län')).toBe(true);
    expect(regionKey('Lerums kommun')).not.toBe(regionKey('Västra Götalandsregionen'));
  });
});
