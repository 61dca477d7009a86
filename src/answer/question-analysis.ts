/*
 * General Swedish patterns for what a question asks. They describe the language of comparison and of
 * results, not any particular list of questions.
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
];

/** Whether a question asks across regions ("vilka regioner …", "jämför …", "i respektive län"). */
export function isCrossRegionQuestion(question: string): boolean {
  const lower = question.toLowerCase();
  return crossRegionPatterns.some((pattern) => pattern.test(lower));
}

const resultPattern = word('resultat|effekt|utfall|ledde|lett\\s+till|uppnå|utvärder');

/** Whether a question asks for results or effects rather than measures. */
export function asksForResults(question: string): boolean {
  return resultPattern.test(question.toLowerCase());
}

/** Four-digit years (1900–2099) named in a question. */
export function yearsInQuestion(question: string): number[] {
  return [...new Set((question.match(/\b(19|20)\d{2}\b/g) ?? []).map(Number))];
}

/** Words that add results to a query when the question asks for them but names none. */
export const resultQueryWords = 'resultat effekter';
