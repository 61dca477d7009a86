import { swedishRegions, type SwedishRegion } from './swedish-regions.ts';
import { tokenize } from '../text/tokenize.ts';

/*
 * Reports name their region in different ways ("Dalarna", "Dalarnas län", "Region Dalarna"); all of
 * them are the same region. Matching goes through the distinctive word, never the full string.
 */
const genericWords = new Set(['region', 'regionen', 'län', 'länet', 'landsting', 'landstinget', 'i', 'kommunerna', 'och']);

function mentions(tokens: string[], region: SwedishRegion): boolean {
  for (const word of region.words) {
    const parts = word.split(' ');
    for (let at = 0; at + parts.length <= tokens.length; at += 1) {
      const ok = parts.every((part, offset) => {
        const token = tokens[at + offset]!;
        return token === part || (offset === parts.length - 1 && token === `${part}s`);
      });
      if (ok) return true;
    }
  }
  return tokens.some((token) => region.adjectives.some((adjective) => token.startsWith(adjective)));
}

/** Regions of the general Swedish list named in a text. */
export function swedishRegionsIn(text: string): SwedishRegion[] {
  const tokens = tokenize(text);
  return swedishRegions.filter((region) => mentions(tokens, region));
}

/** Region names are few and asked for on every hit (diversity, catalogs); tokenising once per name is enough. */
const regionKeys = new Map<string, string>();

/** A comparable key: the Swedish region's name when recognised, else the name's own distinctive words. */
export function regionKey(name: string): string {
  let key = regionKeys.get(name);
  if (key === undefined) {
    key = computeRegionKey(name);
    if (regionKeys.size >= 10_000) regionKeys.clear();
    regionKeys.set(name, key);
  }
  return key;
}

function computeRegionKey(name: string): string {
  const [known] = swedishRegionsIn(name);
  if (known) return known.name.toLowerCase();
  const words = tokenize(name).filter((token) => !genericWords.has(token));
  return words.map((word) => word.replace(/s$/, '')).join(' ');
}

export function sameRegion(a: string, b: string): boolean {
  return regionKey(a) === regionKey(b);
}

/** The catalog's own spelling of a region named in any tolerated way, or null when not in the catalog. */
export function catalogRegionFor(name: string, catalogRegions: string[]): string | null {
  const key = regionKey(name);
  if (key === '') return null;
  return catalogRegions.find((region) => regionKey(region) === key) ?? null;
}

/** Region names found in a question, split into those the catalog covers and those it does not. */
export function regionsInQuestion(text: string, catalogRegions: string[]): { known: string[]; unknown: string[] } {
  const known = new Set<string>();
  const unknown: string[] = [];
  for (const region of swedishRegionsIn(text)) {
    const inCatalog = catalogRegionFor(region.name, catalogRegions);
    if (inCatalog) known.add(inCatalog);
    else unknown.push(region.name);
  }
  // A catalog region outside the general list (a test fixture, a future municipality) is matched on its own words.
  const tokens = new Set(tokenize(text).map((token) => token.replace(/s$/, '')));
  for (const region of catalogRegions) {
    const key = regionKey(region);
    if (key && !key.includes(' ') && tokens.has(key)) known.add(region);
  }
  return { known: [...known], unknown };
}

/** Words that name a region, to take them out of a query's scoring terms and out of follow-up bases. */
export function isRegionWord(token: string): boolean {
  const lower = token.toLowerCase();
  return swedishRegions.some((region) =>
    region.words.some((word) => word.split(' ').some((part) => lower === part || lower === `${part}s`)) ||
    region.adjectives.some((adjective) => lower.startsWith(adjective)),
  );
}
