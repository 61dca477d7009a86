import { placesIn } from './place-mentions.ts';
import { isRegionWord, regionMentions, swedishRegions } from './swedish-regions.ts';
import { tokenize } from './tokenize.ts';

/*
 * Which region a report is about, when nothing describes it: the region its text names most, by the
 * same words search reads in questions. A region's own name ("Region Halland", "Hallands län",
 * "halländska") counts twice, a municipality or demonym ("Borgholm", "värmlänningar") once. A report
 * that names several regions about equally (a national overview) belongs to none of them.
 */

/** Mentions of each region, weighted, for callers that want to see the tally. */
export function regionTally(text: string): Map<string, number> {
  const tokens = tokenize(text);
  const tally = new Map<string, number>();
  const add = (region: string, weight: number) => tally.set(region, (tally.get(region) ?? 0) + weight);
  for (const region of swedishRegions) {
    const named = regionMentions(tokens, region);
    if (named > 0) add(region.name, named * ownNameWeight);
  }
  // A municipality that shares its region's name ("Uppsala", "Jönköping") is already counted as the region.
  for (const mention of placesIn(text)) {
    if (mention.words.length === 1 && isRegionWord(mention.words[0]!)) continue;
    add(mention.region, placeWeight);
  }
  return tally;
}

const ownNameWeight = 2;
const placeWeight = 1;
/** The least weight that makes a region the report's: its name once and a place, or three places. */
const leastWeight = 3;
/** How far the region must lead the next one: a report about one region names others in passing. */
const leadFactor = 2;

/** The region a text is about (its name in the general list), or null when none clearly leads. */
export function dominantRegion(text: string): string | null {
  const ranked = [...regionTally(text)].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < leastWeight) return null;
  if (second && first[1] < second[1] * leadFactor) return null;
  return first[0];
}
