import { demonymRegion, longestMunicipalityName, municipalityByWords, swedishMunicipalities, type SwedishMunicipality } from './swedish-places.ts';
import { tokenizeWithOffsets, type TokenSpan } from './tokenize.ts';

/** A place named in a text: a municipality ("Lerums" → Lerum) or a region's inhabitants ("skåningar"). */
export interface PlaceMention {
  /** The municipality's own name, or the demonym as typed. */
  place: string;
  /** The region's name in the general list (src/text/swedish-regions.ts). */
  region: string;
  kind: 'municipality' | 'demonym';
  /** The words as typed ("Upplands-Bros" gives "Upplands", "Bros"), to tell them from topic words. */
  words: string[];
}

// "Vara kommun", "Marks kommuns": the word after makes even an ordinary word a municipality.
const municipalityWords = new Set(['kommun', 'kommuns']);

/** The municipality these tokens name, the last one possibly in the genitive ("Lerums", "Lilla Edets"). */
function municipalityOf(tokens: string[]): SwedishMunicipality | undefined {
  const exact = municipalityByWords.get(tokens.join(' '));
  if (exact) return exact;
  const last = tokens.at(-1)!;
  if (!last.endsWith('s') || last.length < 3) return undefined;
  return municipalityByWords.get([...tokens.slice(0, -1), last.slice(0, -1)].join(' '));
}

const capitalised = (surface: string): boolean => /^\p{Lu}/u.test(surface);

/** Whether the word at `start` opens a sentence, where every word is capitalised. */
function sentenceInitial(text: string, start: number): boolean {
  return /(?:^|[.!?:;\n])\s*$/u.test(text.slice(Math.max(0, start - 40), start));
}

/** Whether the spans follow each other with only spaces or a hyphen between ("Upplands Väsby", "Malung-Sälen"). */
function adjacent(text: string, spans: TokenSpan[]): boolean {
  return spans.every((span, index) => index === 0 || /^[ \t-]$/u.test(text.slice(spans[index - 1]!.end, span.start)));
}

/**
 * Municipalities and demonyms named in a text, in reading order. A name that is also an ordinary word
 * ("vi ska vara tydliga", "Lund" as a surname) counts only as "Vara kommun" or capitalised mid-sentence.
 */
export function placesIn(text: string): PlaceMention[] {
  const spans = tokenizeWithOffsets(text);
  const found: PlaceMention[] = [];
  for (let at = 0; at < spans.length; at += 1) {
    let matched = 0;
    for (let length = Math.min(longestMunicipalityName, spans.length - at); length >= 1 && matched === 0; length -= 1) {
      const words = spans.slice(at, at + length);
      const municipality = municipalityOf(words.map((span) => span.token));
      if (!municipality || !adjacent(text, words)) continue;
      const first = words[0]!;
      const named =
        !municipality.ordinaryWord ||
        municipalityWords.has(spans[at + length]?.token ?? '') ||
        (capitalised(text.slice(first.start, first.end)) && !sentenceInitial(text, first.start));
      if (!named) continue;
      found.push({ place: municipality.name, region: municipality.region, kind: 'municipality', words: words.map((span) => text.slice(span.start, span.end)) });
      matched = length;
    }
    if (matched > 0) {
      at += matched - 1;
      continue;
    }
    const region = demonymRegion(spans[at]!.token);
    const typed = text.slice(spans[at]!.start, spans[at]!.end);
    if (region) found.push({ place: typed, region, kind: 'demonym', words: [typed] });
  }
  return found;
}

// One-word municipality names; an ordinary word ("vara", "lund") is a place only when capitalised. Parts of longer names ("Sälen", "Bro") are not municipalities.
const placeWordRule = new Map<string, 'always' | 'capitalised'>();
for (const municipality of swedishMunicipalities) {
  if (municipality.words.length === 1) placeWordRule.set(municipality.words[0]!, municipality.ordinaryWord ? 'capitalised' : 'always');
}

/**
 * Whether a word as typed names a municipality or a region's inhabitants ("Lerums", "skåningarna",
 * "Vara" but not "vara"), without the sentence around it; placesIn reads the sentence. Region names have isRegionWord.
 */
export function isPlaceWord(word: string): boolean {
  const lower = word.toLocaleLowerCase('sv');
  if (demonymRegion(lower)) return true;
  const rule = placeWordRule.get(lower) ?? (lower.endsWith('s') ? placeWordRule.get(lower.slice(0, -1)) : undefined);
  return rule === 'always' || (rule === 'capitalised' && capitalised(word));
}
