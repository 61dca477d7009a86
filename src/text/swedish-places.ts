import { z } from 'zod';
import { AppError } from '../errors.ts';
import { readDataFile } from './data-file.ts';
import { swedishRegions } from './swedish-regions.ts';

/*
 * The 290 municipalities and the regions' demonyms (data/municipalities-sv.json): general domain
 * knowledge that lets a question naming "Lerum" or "skåningar" be scoped to its region, and lets
 * redaction tell "Lerums kommun" from a person. Lookups are built once here; matching never scans
 * the list per word.
 */

export interface SwedishMunicipality {
  name: string;
  /** SCB municipality code ("1482"); its first two digits are the region's county code. */
  code: string;
  /** Exact name of the region in src/text/swedish-regions.ts. */
  region: string;
  /** Also an ordinary word, first name or common surname ("Vara", "Lund", "Nora"): a place only in context. */
  ordinaryWord: boolean;
  /** Lower-case words as the tokenizer gives them: "Upplands-Bro" is ["upplands", "bro"]. */
  words: string[];
}

const fileSchema = z.object({
  description: z.string(),
  regions: z.array(
    z.object({
      region: z.string(),
      code: z.string().regex(/^\d{2}$/),
      demonyms: z.array(z.string().min(4)),
      municipalities: z.array(z.object({ code: z.string().regex(/^\d{4}$/), name: z.string().min(2), ordinaryWord: z.boolean().optional() })),
    }),
  ),
});

const file = readDataFile('municipalities-sv.json', fileSchema);
const regionNames = new Set(swedishRegions.map((region) => region.name));
for (const entry of file.regions) {
  if (!regionNames.has(entry.region)) throw new AppError('INTERNAL', `Datafilen data/municipalities-sv.json nämner en okänd region: ${entry.region}`);
}

const wordsOf = (name: string): string[] => name.toLocaleLowerCase('sv').split(/[\s-]+/u);

export const swedishMunicipalities: SwedishMunicipality[] = file.regions.flatMap((entry) =>
  entry.municipalities.map((municipality) => ({
    name: municipality.name,
    code: municipality.code,
    region: entry.region,
    ordinaryWord: municipality.ordinaryWord === true,
    words: wordsOf(municipality.name),
  })),
);

/** A region's demonym stem ("skåning", "värmlänning"), matched as the start of a lower-case word. */
export interface RegionDemonym {
  stem: string;
  region: string;
}

export const regionDemonyms: RegionDemonym[] = file.regions.flatMap((entry) => entry.demonyms.map((stem) => ({ stem, region: entry.region })));

/** Municipalities by their lower-case words joined with a space ("upplands bro", "lerum"). */
export const municipalityByWords: ReadonlyMap<string, SwedishMunicipality> = new Map(swedishMunicipalities.map((municipality) => [municipality.words.join(' '), municipality]));

/** The most words a municipality name has ("Upplands Väsby": 2). */
export const longestMunicipalityName = Math.max(...swedishMunicipalities.map((municipality) => municipality.words.length));

// Stems are few (about 40); indexing them by their first two letters keeps a word to a handful of checks.
const demonymsByStart = new Map<string, RegionDemonym[]>();
for (const demonym of regionDemonyms) {
  const start = demonym.stem.slice(0, 2);
  demonymsByStart.set(start, [...(demonymsByStart.get(start) ?? []), demonym]);
}

/** The region whose demonym starts this lower-case word ("skåningarna" → Region Skåne), or null. */
export function demonymRegion(lower: string): string | null {
  for (const demonym of demonymsByStart.get(lower.slice(0, 2)) ?? []) if (lower.startsWith(demonym.stem)) return demonym.region;
  return null;
}
