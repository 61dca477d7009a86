import { tokenize } from './tokenize.ts';

/*
 * The 21 Swedish regions (län) with the words that distinguish them. General domain knowledge kept as
 * data: it lets the service notice a question about a region its corpus does not cover, and lets
 * redaction tell a place ("Skånes universitetssjukhus") from a person.
 */
export interface SwedishRegion {
  name: string;
  /** Lower-case distinctive words or phrases; the genitive "-s" is accepted on the last word. */
  words: string[];
  /** Lower-case adjective stems, e.g. "halländsk" in "de halländska kommunerna". */
  adjectives: string[];
}

export const swedishRegions: SwedishRegion[] = [
  { name: 'Region Blekinge', words: ['blekinge'], adjectives: ['blekingsk'] },
  { name: 'Region Dalarna', words: ['dalarna'], adjectives: [] },
  { name: 'Region Gotland', words: ['gotland'], adjectives: ['gotländsk'] },
  { name: 'Region Gävleborg', words: ['gävleborg'], adjectives: [] },
  { name: 'Region Halland', words: ['halland'], adjectives: ['halländsk'] },
  { name: 'Region Jämtland Härjedalen', words: ['jämtland', 'härjedalen'], adjectives: ['jämtländsk', 'härjedalsk'] },
  { name: 'Region Jönköpings län', words: ['jönköping'], adjectives: [] },
  { name: 'Region Kalmar län', words: ['kalmar'], adjectives: [] },
  { name: 'Region Kronoberg', words: ['kronoberg'], adjectives: [] },
  { name: 'Region Norrbotten', words: ['norrbotten'], adjectives: ['norrbottnisk'] },
  { name: 'Region Skåne', words: ['skåne'], adjectives: ['skånsk'] },
  { name: 'Region Stockholm', words: ['stockholm'], adjectives: ['stockholmsk'] },
  { name: 'Region Sörmland', words: ['sörmland', 'södermanland'], adjectives: ['sörmländsk'] },
  { name: 'Region Uppsala', words: ['uppsala'], adjectives: [] },
  { name: 'Region Värmland', words: ['värmland'], adjectives: ['värmländsk'] },
  { name: 'Region Västerbotten', words: ['västerbotten'], adjectives: ['västerbottnisk'] },
  { name: 'Region Västernorrland', words: ['västernorrland'], adjectives: [] },
  { name: 'Region Västmanland', words: ['västmanland'], adjectives: ['västmanländsk'] },
  { name: 'Västra Götalandsregionen', words: ['västra götaland', 'götalandsregionen', 'vgr'], adjectives: ['västgötsk'] },
  { name: 'Region Örebro län', words: ['örebro'], adjectives: [] },
  { name: 'Region Östergötland', words: ['östergötland'], adjectives: ['östgötsk'] },
];

/**
 * Names a corpus gives material from national bodies (SKR, Socialstyrelsen, Vårdanalys) instead of a
 * region: it sits beside the regions in an answer but is not counted as one of them.
 */
const nationalScopes = new Set(['nationell', 'nationellt', 'nationella', 'sverige', 'riket', 'hela landet']);

export function isNationalScope(name: string): boolean {
  return nationalScopes.has(name.trim().toLocaleLowerCase('sv'));
}

/**
 * How many times tokens name a region: its distinctive words ("dalarna", "västra götaland", the last
 * word also in the genitive, "dalarnas") and its adjectives ("halländska").
 */
export function regionMentions(tokens: readonly string[], region: SwedishRegion): number {
  let count = 0;
  for (const word of region.words) {
    const parts = word.split(' ');
    for (let at = 0; at + parts.length <= tokens.length; at += 1) {
      const named = parts.every((part, offset) => {
        const token = tokens[at + offset]!;
        return token === part || (offset === parts.length - 1 && token === `${part}s`);
      });
      if (named) count += 1;
    }
  }
  for (const token of tokens) if (region.adjectives.some((adjective) => token.startsWith(adjective))) count += 1;
  return count;
}

/** Regions of the general Swedish list named in a text ("Dalarnas län", "Region Dalarna", "halländska"). */
export function swedishRegionsIn(text: string): SwedishRegion[] {
  const tokens = tokenize(text);
  return swedishRegions.filter((region) => regionMentions(tokens, region) > 0);
}

/** Words that name a region, to take them out of a query's scoring terms and out of follow-up bases. Municipalities and demonyms: isPlaceWord in place-mentions.ts. */
export function isRegionWord(token: string): boolean {
  const lower = token.toLowerCase();
  return swedishRegions.some((region) =>
    region.words.some((word) => word.split(' ').some((part) => lower === part || lower === `${part}s`)) ||
    region.adjectives.some((adjective) => lower.startsWith(adjective)),
  );
}
