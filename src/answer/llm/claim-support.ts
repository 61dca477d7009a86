import { sameRegion } from '../../retrieve/regions.ts';
import { swedishRegionsIn } from '../../text/swedish-regions.ts';

/** What a cited passage can vouch for: its text and the report it comes from. */
export interface ClaimSource {
  text: string;
  region: string;
  year?: number | null;
  period?: string;
  title: string;
}

// "12 500", "12 500", "4,5", "35" – digits with thin or normal spaces as thousands separators.
const numberPattern = /\d+(?:[ \u00a0\u202f]\d{3})*(?:[.,]\d+)?/g;

const normaliseNumber = (raw: string): string => raw.replace(/[ \u00a0\u202f]/g, '').replace(',', '.');

/** The numbers a text states, each also split at its spaces (a year followed by a count reads as one). */
function numbersIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(numberPattern)) {
    found.add(normaliseNumber(match[0]));
    for (const part of match[0].split(/[ \u00a0\u202f]/)) found.add(normaliseNumber(part));
  }
  return found;
}

/**
 * What a sentence claims that its cited passages do not back: numbers that appear in none of them
 * (nor as their report's year or period), and regions that are neither a cited report's region nor
 * named in a cited passage. Empty means supported. Words are not judged; numbers and regions are what
 * a reader acts on and what a model most often invents.
 */
export function unsupportedClaims(sentence: string, sources: ClaimSource[]): string[] {
  const known = new Set<string>();
  for (const source of sources) {
    for (const number of numbersIn(`${source.text} ${source.title} ${source.period ?? ''}`)) known.add(number);
    if (source.year != null) known.add(String(source.year));
  }
  const missing: string[] = [];
  for (const match of sentence.matchAll(numberPattern)) {
    const whole = normaliseNumber(match[0]);
    const parts = match[0].split(/[ \u00a0\u202f]/).map(normaliseNumber);
    // Split only a year glued to a count ("2022 100 besök"); "9 000" must appear as 9000.
    const yearFirst = parts.length > 1 && /^(19|20)\d\d$/.test(parts[0]!);
    if (!known.has(whole) && !(yearFirst && parts.every((part) => known.has(part)))) missing.push(match[0]);
  }
  for (const region of swedishRegionsIn(sentence)) {
    const backed = sources.some((source) => sameRegion(source.region, region.name) || swedishRegionsIn(source.text).some((named) => named.name === region.name));
    if (!backed) missing.push(region.name);
  }
  return missing;
}
