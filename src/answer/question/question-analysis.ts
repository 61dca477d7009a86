import { wordPattern } from '../../text/word-pattern.ts';

/*
 * General Swedish patterns for what a question asks. They describe the language of comparison and of
 * results, not any particular list of questions.
 */
const word = wordPattern;

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
