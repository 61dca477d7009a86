import { wordEnd, wordPattern } from '../../text/word-pattern.ts';

/*
 * General patterns for questions that ask across regions. They describe the language of comparison
 * (Swedish first, plus the English an analyst may type), not any particular list of questions.
 */
const word = wordPattern;
const end = wordEnd;

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
