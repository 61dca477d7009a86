import { z } from 'zod';
import { readDataFile } from '../text/data-file.ts';
import { swedishMunicipalities } from '../text/swedish-places.ts';
import { swedishRegions } from '../text/swedish-regions.ts';

/**
 * When a run of capitalised words is a person. One judgement for every redaction rule: the first
 * word is a known first name (data/first-names-sv.json), no word names a place of any region or
 * an organisation ("Skånes universitetssjukhus", "Sahlgrenska Universitetssjukhuset", "Region Halland"
 * stay), and the words are not a list of municipalities ("Nora Lindesberg"). Context decides where
 * names are looked for (a role word, a contact label, a signature).
 */

const firstNames = new Set(
  readDataFile('first-names-sv.json', z.object({ description: z.string(), names: z.array(z.string().min(2)) })).names.map((name) =>
    name.toLocaleLowerCase('sv'),
  ),
);

// First words that make a capitalised run an organisation or a place, never a person.
const organisationWords = new Set(
  'region regionen kommun kommunen landsting landstinget sjukhus socialstyrelsen skr vårdcentral vårdcentralen hälsocentral närsjukvården närsjukvård länsstyrelsen universitet högskolan fou rss nära god folktandvården ambulanssjukvården psykiatrin sveriges svenska nationella regional regionala säker sankt s:t centrum center primärvården akademiska karolinska'.split(
    ' ',
  ),
);
// Compound endings of institutions: "Universitetssjukhuset", "Länssjukhuset", "Närhälsan", "Ängelholms lasarett".
const organisationEnding =
  /(?:sjukhus|sjukhuset|lasarett|lasarettet|vårdcentral|vårdcentralen|hälsocentral|hälsocentralen|mottagning|mottagningen|kommun|kommunen|region|regionen|universitet|universitetet|högskola|högskolan|klinik|kliniken|förvaltning|förvaltningen|nämnd|nämnden|styrelse|styrelsen|myndighet|myndigheten|verket|förbund|förbundet|institut|institutet|centrum|centret|hälsan|vården|län|länet)$/u;

// Every place word of the region data, as it is written in names: "Skåne", "Västra Götaland", "Jönköping".
const placeWords = new Set(swedishRegions.flatMap((region) => [...region.words, ...region.name.toLocaleLowerCase('sv').split(/\s+/)]).flatMap((word) => word.split(/\s+/)));
placeWords.delete('region');

const isPlaceWord = (lower: string): boolean => placeWords.has(lower) || (lower.endsWith('s') && placeWords.has(lower.slice(0, -1)));

// Words of municipality names, true when no ordinary word or name. A municipality word alone does not rule out a person
// ("Per Kumla", "Nora Lund"): surnames are often place names. A run of them only, one distinctive, lists places ("Nora Lindesberg").
const municipalityWords = new Map<string, boolean>();
for (const municipality of swedishMunicipalities) {
  for (const word of municipality.words) municipalityWords.set(word, municipalityWords.get(word) === true || !municipality.ordinaryWord);
}
const municipalityWord = (lower: string): boolean | undefined => municipalityWords.get(lower) ?? (lower.endsWith('s') ? municipalityWords.get(lower.slice(0, -1)) : undefined);

function listsMunicipalities(words: string[]): boolean {
  const kinds = words.map((word) => municipalityWord(word.toLocaleLowerCase('sv')));
  return kinds.every((kind) => kind !== undefined) && kinds.some((kind) => kind === true);
}

function isOrganisationOrPlace(word: string): boolean {
  const lower = word.toLocaleLowerCase('sv');
  return organisationWords.has(lower) || organisationEnding.test(lower) || isPlaceWord(lower) || lower.split('-').some(isPlaceWord);
}

/**
 * Whether a capitalised word alone is a first name ("Christina"): on the list, not a place, an
 * organisation or a municipality ("Nora", "Mark"). For first names written without a surname, which
 * only context (a pair of them, a person named in full elsewhere) makes a person.
 */
export function isFirstName(word: string): boolean {
  const lower = word.toLocaleLowerCase('sv');
  return /^\p{Lu}/u.test(word) && firstNames.has(lower) && !isOrganisationOrPlace(word) && municipalityWord(lower) === undefined;
}

/** Whether these words ("Erik Johansson", "Anna-Karin N Berg") name a person. */
export function isPersonName(words: string[]): boolean {
  const named = words.filter((word) => !/^\p{Lu}\.?$/u.test(word));
  if (named.length < 2) return false;
  const first = named[0]!.split('-')[0]!.toLocaleLowerCase('sv');
  return firstNames.has(first) && !named.some(isOrganisationOrPlace) && !listsMunicipalities(named);
}

/**
 * The longest leading run (two words or more) of candidate words that is a person name, or null:
 * "Lisa Ek Region" gives "Lisa Ek", so a capitalised word after the name does not hide it.
 */
export function leadingPersonName(candidate: string): string | null {
  const words = candidate.split(/\s+/).filter(Boolean);
  for (let count = words.length; count >= 2; count -= 1) {
    const leading = words.slice(0, count);
    if (/^\p{Lu}\.?$/u.test(leading.at(-1)!)) continue;
    if (isPersonName(leading)) return leading.join(' ');
  }
  return null;
}

/** The longest trailing run (two words or more) that is a person name: "Enligt Erik Johansson" gives "Erik Johansson". */
export function trailingPersonName(candidate: string): string | null {
  const words = candidate.split(/\s+/).filter(Boolean);
  for (let start = 0; start <= words.length - 2; start += 1) {
    if (isPersonName(words.slice(start))) return words.slice(start).join(' ');
  }
  return null;
}

/** Whether the word after a capitalised run makes it an institution ("Astrid Lindgrens barnsjukhus"). */
export function followedByOrganisation(after: string): boolean {
  const next = /^\s*,?\s*(\p{L}+)/u.exec(after)?.[1];
  return next !== undefined && organisationEnding.test(next.toLocaleLowerCase('sv'));
}
