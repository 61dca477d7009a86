import { z } from 'zod';
import { readDataFile } from './data-file.ts';
import { normaliseText } from './normalise.ts';

let questionWords: Set<string> | undefined;

/**
 * Whether a normalised token asks how to answer ("beskriv", "översikt", "vilka regioner") rather than
 * naming the topic. Such words are indexed as usual but do not count as what a question is about.
 */
export function isQuestionWord(token: string): boolean {
  questionWords ??= new Set(
    readDataFile('question-words-sv.json', z.object({ words: z.array(z.string().min(1)) })).words.map(normaliseText),
  );
  return questionWords.has(token);
}

/** The text with its question words blanked out, for embedding what a question is about. */
export function withoutQuestionWords(text: string): string {
  return text.replace(/[\p{L}\p{N}]+/gu, (word) => (isQuestionWord(normaliseText(word)) ? ' ' : word)).replace(/\s+/g, ' ').trim();
}
