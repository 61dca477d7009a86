import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/errors.ts';
import { Bm25Index } from '../../src/store/bm25-index.ts';
import { deserializeBm25, serializeBm25 } from '../../src/store/bm25-serialize.ts';

// Invented passages in the reports' style; each test names the one it expects and why.
const documents = [
  { id: 'kontinuitet', text: 'Hälsocentralerna har infört fast läkarkontakt för att öka kontinuiteten för multisjuka.' },
  { id: 'digitalt', text: 'Vårdcentralen erbjuder digitala vårdmöten och chatt via 1177 Vårdguiden.' },
  { id: 'utskrivning', text: 'Utskrivningsprocessen från sjukhuset följs upp med kommunerna varje månad.' },
  { id: 'säbo', text: 'Läkare gör regelbundna besök hos äldre på särskilt boende.' },
  { id: 'ambulans', text: 'Ambulanssjukvården gör hembesök på kvällar med mobila team.' },
  { id: 'kompetens', text: 'Kompetensförsörjningen av specialistsjuksköterskor är en utmaning i hela länet.' },
  { id: 'samverkan', text: 'Region och kommun har samverkan i ett gemensamt politiskt forum.' },
  { id: 'central', text: 'En ny central för hjälpmedel har öppnat under året.' },
  // Uses "vård" and "utskrivning" as words of their own: compounds split only into words the corpus knows.
  { id: 'nära-vård', text: 'Nära vård kräver god planering inför utskrivning, en process i flera steg.' },
];
const index = Bm25Index.build(documents);
const ids = (query: string, k = 3) => index.search(query, k).map((hit) => hit.id);

describe('Bm25Index search', () => {
  it('finds inflected forms ("vårdcentralerna" → "Vårdcentralen")', () => {
    expect(ids('vårdcentralerna')[0]).toBe('digitalt');
  });

  it('finds words typed without å/ä/ö', () => {
    expect(ids('halsocentral lakarkontakt')[0]).toBe('kontinuitet');
  });

  it('finds a compound through its head ("centralen" also matches "vårdcentralen"), the exact word first', () => {
    const hits = ids('centralen', 5);
    expect(hits[0]).toBe('central');
    expect(hits).toContain('digitalt');
  });

  it('finds a compound through its modifier ("utskrivningen" → "Utskrivningsprocessen")', () => {
    expect(ids('utskrivningen').sort()).toEqual(['nära-vård', 'utskrivning']);
  });

  it('finds the compound and its parts from a compound query', () => {
    expect(ids('vårdplanering', 5)).toContain('nära-vård');
  });

  it('expands abbreviations ("SÄBO" → "särskilt boende")', () => {
    expect(ids('läkarbesök SÄBO')[0]).toBe('säbo');
  });

  it('corrects a typo in an unknown word ("kontinutet")', () => {
    expect(ids('kontinutet')[0]).toBe('kontinuitet');
  });

  it('returns nothing for unknown words and stop words only', () => {
    expect(index.search('xyzzy qwerty', 5)).toEqual([]);
    expect(index.search('och att det', 5)).toEqual([]);
    expect(index.search('', 5)).toEqual([]);
  });

  it('respects k, including k larger than the index and k = 0', () => {
    expect(index.search('vård kommun', 0)).toEqual([]);
    expect(index.search('vård region kommun sjukhus', 100).length).toBeLessThanOrEqual(documents.length);
  });

  it('scores best first and filters on ids', () => {
    const hits = index.search('kommun region samverkan', 10);
    for (let position = 1; position < hits.length; position++) expect(hits[position - 1]!.score).toBeGreaterThanOrEqual(hits[position]!.score);
    expect(hits[0]!.id).toBe('samverkan');
    const filtered = index.search('kommun region samverkan', 10, (id) => id !== 'samverkan');
    expect(filtered.map((hit) => hit.id)).not.toContain('samverkan');
    expect(filtered[0]!.id).toBe('utskrivning');
  });

  it('accepts weighted terms directly', () => {
    expect(index.search([{ term: 'ambulanssjukvard', weight: 1 }], 3)[0]!.id).toBe('ambulans');
    expect(index.search([{ term: 'ambulanssjukvard', weight: 0 }], 3)).toEqual([]);
  });

  it('works on an empty index', () => {
    const empty = Bm25Index.build([]);
    expect(empty.search('vård', 5)).toEqual([]);
    expect(deserializeBm25(serializeBm25(empty)).size).toBe(0);
  });
});

describe('Bm25 serialisation', () => {
  it('round-trips to identical results', () => {
    const loaded = deserializeBm25(serializeBm25(index));
    for (const query of ['vårdcentralerna', 'SÄBO', 'kontinutet', 'kommun region samverkan', 'centralen']) {
      expect(loaded.search(query, 5)).toEqual(index.search(query, 5));
    }
  });

  it('refuses garbage, truncation and another format version', () => {
    const bytes = serializeBm25(index);
    const code = (input: Uint8Array) => {
      try {
        deserializeBm25(input);
        return null;
      } catch (error) {
        return isAppError(error) ? error.code : 'other';
      }
    };
    expect(code(new TextEncoder().encode('not an index'))).toBe('INDEX_CORRUPT');
    expect(code(bytes.subarray(0, bytes.length - 8))).toBe('INDEX_CORRUPT');
    const otherVersion = new Uint8Array(bytes);
    new DataView(otherVersion.buffer).setUint32(8, 99, true);
    expect(code(otherVersion)).toBe('INDEX_INCOMPATIBLE');
  });
});
