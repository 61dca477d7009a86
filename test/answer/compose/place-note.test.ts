import { describe, expect, it } from 'vitest';
import { placeNote } from '../../../src/answer/compose/place-note.ts';

const falun = { place: 'Falun', region: 'Dalarna' };

describe('placeNote', () => {
  it('says the answer speaks for the region when no quoted passage names the town', () => {
    expect(placeNote([falun], ['Kommunerna i länet har startat mobila team.'])).toBe(
      'Rapporterna nämner inte Falun särskilt; svaret bygger på regionens rapporter: Falun (Dalarna).',
    );
  });
  it('says nothing when a quoted passage names the town, also in the genitive', () => {
    expect(placeNote([falun], ['I Faluns kommun finns ett mobilt team sedan 2021.'])).toBeNull();
    expect(placeNote([], ['Något annat.'])).toBeNull();
  });
  it('names only the towns no passage names, multi-word names word by word', () => {
    const places = [falun, { place: 'Upplands Väsby', region: 'Region Stockholm' }];
    expect(placeNote(places, ['Falun har ett team.'])).toBe(
      'Rapporterna nämner inte Upplands Väsby särskilt; svaret bygger på regionens rapporter: Upplands Väsby (Region Stockholm).',
    );
  });
});
