import { isRegionWord, swedishRegionsIn } from '../text/swedish-regions.ts';
import { tokenize } from '../text/tokenize.ts';
import { placesIn } from '../text/place-mentions.ts';

/*
 * Reports name their region in different ways ("Dalarna", "Dalarnas län", "Region Dalarna"); all of
 * them are the same region. Matching goes through the distinctive word, never the full string.
 */
const genericWords = new Set(['region', 'regionen', 'län', 'länet', 'landsting', 'landstinget', 'i', 'kommunerna', 'och']);

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

/** A municipality the question names, with the region it scopes the question to. */
export interface NamedPlace {
  /** The municipality's own name ("Lerum" for "lerums"). */
  place: string;
  /** The catalog's spelling of its region (or of the municipality itself, when the catalog has it), else the general region name. */
  region: string;
}

export interface QuestionRegions {
  known: string[];
  unknown: string[];
  /** Municipalities named, so that an answer can say "Lerum (Västra Götalandsregionen)"; regions' own names are not repeated here. */
  places: NamedPlace[];
}

/**
 * Regions named in a question, split into those the catalog covers and those it does not. A named
 * municipality ("i Lerum") or the region's inhabitants ("skåningar") name the region just as well.
 */
export function regionsInQuestion(text: string, catalogRegions: string[]): QuestionRegions {
  const known = new Set<string>();
  const unknown = new Set<string>();
  const scope = (generalName: string): string => {
    const inCatalog = catalogRegionFor(generalName, catalogRegions);
    if (inCatalog) known.add(inCatalog);
    else unknown.add(generalName);
    return inCatalog ?? generalName;
  };
  for (const region of swedishRegionsIn(text)) scope(region.name);
  const places: NamedPlace[] = [];
  for (const mention of placesIn(text)) {
    // A catalog entry that is the municipality itself ("Lerums kommun") answers for it before its region does.
    const own = mention.kind === 'municipality' ? catalogMunicipality(mention.place, catalogRegions) : null;
    if (own) known.add(own);
    const region = own ?? scope(mention.region);
    if (mention.kind === 'municipality' && !isRegionWord(mention.place) && !places.some((named) => named.place === mention.place)) places.push({ place: mention.place, region });
  }
  // A catalog region outside the general list (a test fixture, a future municipality) is matched on its own words.
  const tokens = new Set(tokenize(text).map((token) => token.replace(/s$/, '')));
  for (const region of catalogRegions) {
    const key = regionKey(region);
    if (key && !key.includes(' ') && tokens.has(key)) known.add(region);
  }
  return { known: [...known], unknown: [...unknown], places };
}

/**
 * General names of the regions a text names by region, municipality or demonym ("och i Lerum?" →
 * Västra Götalandsregionen), for callers that swap regions rather than scope a question (follow-ups).
 */
export function regionNamesIn(text: string): string[] {
  return [...new Set([...swedishRegionsIn(text).map((region) => region.name), ...placesIn(text).map((mention) => mention.region)])];
}

/** The catalog entry that is this municipality rather than a region ("Lerums kommun"), or null. */
function catalogMunicipality(municipality: string, catalogRegions: string[]): string | null {
  return catalogRegions.find((region) => swedishRegionsIn(region).length === 0 && placesIn(region).some((named) => named.place === municipality)) ?? null;
}
