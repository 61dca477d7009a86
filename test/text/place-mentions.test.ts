import { describe, expect, it } from 'vitest';
import { isPlaceWord, placesIn } from '../../src/text/place-mentions.ts';
import { isRegionWord } from '../../src/text/swedish-regions.ts';

const named = (text: string) => placesIn(text).map((mention) => `${mention.place} → ${mention.region}`);

describe('places in a text', () => {
  it('finds municipalities capitalised or not, in the genitive and with several words', () => {
    expect(named('Hur arbetar man i Kiruna med hembesök?')).toEqual(['Kiruna → Region Norrbotten']);
    expect(named('hur gör man i lerum')).toEqual(['Lerum → Västra Götalandsregionen']);
    expect(named('Hultsfreds hälsocentral och Arbogas äldreboenden')).toEqual(['Hultsfred → Region Kalmar län', 'Arboga → Region Västmanland']);
    expect(named('Samarbetet mellan Upplands-Bro, Upplands Väsby och Lilla Edets kommun')).toEqual([
      'Upplands-Bro → Region Stockholm',
      'Upplands Väsby → Region Stockholm',
      'Lilla Edet → Västra Götalandsregionen',
    ]);
    expect(named('Malung-Sälens vårdcentral')).toEqual(['Malung-Sälen → Region Dalarna']);
  });

  it('takes an ordinary word for a municipality only as "X kommun" or capitalised mid-sentence', () => {
    expect(named('Vad gör Vara kommun för de äldre?')).toEqual(['Vara → Västra Götalandsregionen']);
    expect(named('Marks kommuns hemtjänst')).toEqual(['Mark → Västra Götalandsregionen']);
    expect(named('Hur ser det ut i Mora?')).toEqual(['Mora → Region Dalarna']);
    expect(named('vi ska vara tydliga med vad som gäller')).toEqual([]);
    expect(named('Vara tydlig är viktigt. Mark och vatten berörs inte.')).toEqual([]);
    expect(named('en lund av träd vid berg och mark')).toEqual([]);
    expect(named('Sälen')).toEqual([]);
  });

  it('finds a region’s inhabitants', () => {
    expect(placesIn('Hur många skåningar och stockholmare har en fast läkarkontakt?').map((mention) => [mention.place, mention.region, mention.kind])).toEqual([
      ['skåningar', 'Region Skåne', 'demonym'],
      ['stockholmare', 'Region Stockholm', 'demonym'],
    ]);
  });
});

describe('place words', () => {
  it('are municipalities and demonyms as typed, apart from region words', () => {
    for (const word of ['Lerum', 'lerums', 'Kiruna', 'skåningarna', 'Vara', 'Lund']) expect(isPlaceWord(word), word).toBe(true);
    for (const word of ['vara', 'lund', 'mark', 'tillsyn', 'Sälen', 'jämte']) expect(isPlaceWord(word), word).toBe(false);
    expect(isRegionWord('Lerum')).toBe(false);
  });
});
