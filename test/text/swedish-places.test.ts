import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readDataFile } from '../../src/text/data-file.ts';
import { demonymRegion, municipalityByWords, regionDemonyms, swedishMunicipalities } from '../../src/text/swedish-places.ts';
import { swedishRegions } from '../../src/text/swedish-regions.ts';
import { tokenize } from '../../src/text/tokenize.ts';

const regionOf = (name: string) => swedishMunicipalities.find((municipality) => municipality.name === name)?.region;

describe('Swedish municipalities', () => {
  it('has the 290 municipalities, as many per region as Sweden has', () => {
    const expected: Record<string, number> = {
      'Region Stockholm': 26, 'Region Uppsala': 8, 'Region Sörmland': 9, 'Region Östergötland': 13, 'Region Jönköpings län': 13,
      'Region Kronoberg': 8, 'Region Kalmar län': 12, 'Region Gotland': 1, 'Region Blekinge': 5, 'Region Skåne': 33, 'Region Halland': 6,
      'Västra Götalandsregionen': 49, 'Region Värmland': 16, 'Region Örebro län': 12, 'Region Västmanland': 10, 'Region Dalarna': 15,
      'Region Gävleborg': 10, 'Region Västernorrland': 7, 'Region Jämtland Härjedalen': 8, 'Region Västerbotten': 15, 'Region Norrbotten': 14,
    };
    const counted: Record<string, number> = {};
    for (const municipality of swedishMunicipalities) counted[municipality.region] = (counted[municipality.region] ?? 0) + 1;
    expect(counted).toEqual(expected);
    expect(swedishMunicipalities).toHaveLength(290);
    expect(Object.keys(expected).sort()).toEqual(swedishRegions.map((region) => region.name).sort());
  });

  it('puts municipalities in their regions, codes and names each once', () => {
    expect(regionOf('Lerum')).toBe('Västra Götalandsregionen');
    expect(regionOf('Hultsfred')).toBe('Region Kalmar län');
    expect(regionOf('Arboga')).toBe('Region Västmanland');
    expect(regionOf('Kiruna')).toBe('Region Norrbotten');
    expect(regionOf('Habo')).toBe('Region Jönköpings län');
    expect(regionOf('Ydre')).toBe('Region Östergötland');
    expect(regionOf('Härjedalen')).toBe('Region Jämtland Härjedalen');
    expect(new Set(swedishMunicipalities.map((municipality) => municipality.code)).size).toBe(290);
    expect(municipalityByWords.size).toBe(290);
    expect(municipalityByWords.get('upplands bro')?.name).toBe('Upplands-Bro');
  });

  it('gives every municipality of a region the region’s county code', () => {
    const file = readDataFile('municipalities-sv.json', z.object({ regions: z.array(z.object({ code: z.string(), municipalities: z.array(z.object({ code: z.string() })) })) }));
    for (const region of file.regions) for (const municipality of region.municipalities) expect(municipality.code.slice(0, 2), municipality.code).toBe(region.code);
    expect(new Set(file.regions.map((region) => region.code)).size).toBe(21);
  });

  it('marks names that are also first names as ordinary words, so redaction and matching need context', () => {
    const firstNames = new Set(readDataFile('first-names-sv.json', z.object({ names: z.array(z.string()) })).names.map((name) => name.toLocaleLowerCase('sv')));
    for (const municipality of swedishMunicipalities) {
      if (municipality.words.some((word) => firstNames.has(word)) && municipality.words.length === 1) expect(municipality.ordinaryWord, municipality.name).toBe(true);
    }
    for (const name of ['Vara', 'Mark', 'Ale', 'Lund', 'Berg', 'Nora', 'Mora', 'Sala', 'Salem', 'Boden', 'Norberg']) expect(swedishMunicipalities.find((entry) => entry.name === name)?.ordinaryWord, name).toBe(true);
    for (const name of ['Lerum', 'Arboga', 'Kiruna', 'Hultsfred']) expect(swedishMunicipalities.find((entry) => entry.name === name)?.ordinaryWord, name).toBe(false);
  });
});

describe('region demonyms', () => {
  it('map the inhabitants’ words in any inflection to one region', () => {
    expect(demonymRegion('västerbottningar')).toBe('Region Västerbotten');
    expect(demonymRegion('skåningarna')).toBe('Region Skåne');
    expect(demonymRegion('stockholmare')).toBe('Region Stockholm');
    expect(demonymRegion('hallänningen')).toBe('Region Halland');
    expect(demonymRegion('östgötar')).toBe('Region Östergötland');
    expect(demonymRegion('gotlänningar')).toBe('Region Gotland');
  });

  it('leave out demonyms of several regions and stems that start ordinary words', () => {
    for (const word of ['smålänningar', 'uppländingar', 'jämte', 'jämt', 'jämför', 'dalen', 'skål', 'hälsa', 'västra', 'norr']) expect(demonymRegion(word), word).toBeNull();
    const regions = new Set(swedishRegions.map((region) => region.name));
    const regionWords = swedishRegions.flatMap((region) => region.words);
    for (const demonym of regionDemonyms) {
      expect(regions.has(demonym.region)).toBe(true);
      // "gävlebo" would start "Gävleborgs": a region's own name is no demonym.
      for (const word of regionWords) expect(word.startsWith(demonym.stem), `${demonym.stem} starts ${word}`).toBe(false);
      expect(tokenize(demonym.stem)).toEqual([demonym.stem]);
    }
  });
});
