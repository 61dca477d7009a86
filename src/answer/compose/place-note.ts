import type { NamedPlace } from '../../retrieve/regions.ts';
import { tokenize } from '../../text/tokenize.ts';

/**
 * A question about a municipality ("i Kungälv") is answered from its region's reports. When none of the
 * quoted passages names the municipality, the reader is told the answer speaks for the region, so a
 * region-wide account is not taken for the town's own. Null when every place named is quoted.
 */
export function placeNote(places: readonly NamedPlace[], citedTexts: readonly string[]): string | null {
  const cited = new Set(citedTexts.flatMap((text) => tokenize(text)));
  const unquoted = places.filter(({ place }) => {
    const words = tokenize(place);
    return !words.every((word) => cited.has(word) || cited.has(`${word}s`));
  });
  if (unquoted.length === 0) return null;
  const named = unquoted.map(({ place, region }) => `${place} (${region})`).join(', ');
  return `Rapporterna nämner inte ${unquoted.map(({ place }) => place).join(' eller ')} särskilt; svaret bygger på regionens rapporter: ${named}.`;
}
