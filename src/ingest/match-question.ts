import type { BankQuestion } from './question-bank.ts';
import { containment, diceSimilarity, fingerprint, matchingText } from './similarity.ts';
import type { Fingerprint } from './similarity.ts';

export interface QuestionMatch {
  question: BankQuestion;
  score: number;
  /** The number printed before the line is the question's own number. */
  numberAgrees: boolean;
}

const numberPrefix = /^\s*(?:övrigt\s+)?(\d{1,2})\s*([a-i])?\s*[.):]\s*/iu;

/**
 * Finds survey question lines by their wording, not by a leading number: answers are numbered
 * lists too ("1. Mellan 2020-2022 pågick …"). The number printed before the line only lowers the
 * similarity needed, so a question with a typo or a slightly different wording is still found.
 */
export function createQuestionMatcher(questions: BankQuestion[]) {
  const prepared = questions.map((question) => ({ question, print: fingerprint(question.text) }));

  return function matchQuestion(line: string): QuestionMatch | null {
    if (line.length < 12) return null;
    const prefix = numberPrefix.exec(line);
    const printedId = prefix ? `${prefix[1]}${(prefix[2] ?? '').toLowerCase()}` : null;
    const body = prefix ? line.slice(prefix[0].length) : line;
    const print: Fingerprint = fingerprint(body);
    let best: QuestionMatch | null = null;
    for (const { question, print: questionPrint } of prepared) {
      const score = Math.max(diceSimilarity(print, questionPrint), containment(questionPrint, print));
      const needed = printedId === question.id ? 0.6 : printedId === null ? 0.85 : 0.9;
      if (score >= needed && (!best || score > best.score)) best = { question, score, numberAgrees: printedId === question.id };
    }
    return best;
  };
}

export type QuestionMatcher = ReturnType<typeof createQuestionMatcher>;

/** Whether a line is one of the question's printed multiple-choice options. */
export function isOption(question: BankQuestion, line: string): boolean {
  const text = matchingText(line);
  return (question.options ?? []).some((option) => {
    const normalised = matchingText(option);
    return text === normalised || diceSimilarity(fingerprint(text), fingerprint(normalised)) >= 0.9;
  });
}

/** Whether a line is part of the question's printed text (explanations, sub-bullets). */
export function isInstruction(question: BankQuestion, line: string): boolean {
  const print = fingerprint(line);
  return (question.instructions ?? []).some((instruction) => diceSimilarity(print, fingerprint(instruction)) >= 0.8);
}
