import { regionKey } from './region-key.ts';

/*
 * General patterns for questions that ask across regions. They describe the language of comparison
 * (Swedish first, plus the English an analyst may type), not any particular list of questions.
 */
// JavaScript's \b knows only ASCII letters, so "översikt" would never start a word; these lookarounds do.
const start = '(?<![\\p{L}\\p{N}])';
const end = '(?![\\p{L}\\p{N}])';
const word = (pattern: string) => new RegExp(`${start}(?:${pattern})`, 'u');

const crossRegionPatterns: RegExp[] = [
  word(`vilk(a|en|et)\\s+(regioner|regionerna|region|län|länen|landsting)${end}`),
  word(`(länen|regionerna|landstingen)${end}`),
  word(`jämför|jämförelse|skillnad(er|erna)?\\s+mellan|likheter${end}`),
  word(`i\\s+respektive${end}`),
  word('översikt|överblick'),
  word(`(alla|olika|varje|samtliga|flera|övriga|andra)\\s+(regioner|regionerna|län|länen|region)${end}`),
  word(`(which|what|all|each|every|other|different)\\s+(regions?|counties|county)${end}`),
  word(`compare|comparison|overview|across\\s+regions${end}`),
];

/** Whether a question asks across regions ("vilka regioner …", "jämför …", "i respektive län"). */
export function isCrossRegionQuestion(question: string): boolean {
  const lower = question.toLowerCase();
  return crossRegionPatterns.some((pattern) => pattern.test(lower));
}

/** The known regions a text names, by region key ("Hallands" and "Region Halland" are one). */
export function namedRegionKeys(text: string, knownRegions: readonly string[]): string[] {
  const keys = new Set(knownRegions.map(regionKey).filter((key) => key.length > 0));
  const found = new Set<string>();
  for (const token of text.toLocaleLowerCase('sv-SE').split(/[^\p{L}\p{N}]+/u)) {
    const key = regionKey(token);
    if (keys.has(key)) found.add(key);
  }
  return [...found];
}

/** Search diversifies by region when the question compares regions or names two or more of them. */
export function wantsRegionDiversity(question: string, knownRegions: readonly string[]): boolean {
  return isCrossRegionQuestion(question) || namedRegionKeys(question, knownRegions).length >= 2;
}
