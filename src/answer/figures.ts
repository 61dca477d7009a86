import type { Answer } from '../types.ts';
import { wordPattern } from '../text/word-pattern.ts';

/*
 * Questions that ask for a figure ("hur många …", "hur stor andel …", "vilka väntetider …") are only
 * answered by a sentence that gives one. Without this, a passage that merely names the measure ("vi ska
 * mäta väntetiderna nästa år") reads like an answer, and the asker takes a plan for a result.
 */
const figureQuestion = [
  wordPattern('hur\\s+(många|mycket|stor|stora|lång|långa|ofta|hög|höga|låg|låga)'),
  wordPattern('(vilk(a|en|et)|vad\\s+(var|är|blev))\\s+(\\p{L}*\\s+)?\\p{L}*(tid|tider|siffr|andel|antal|nivå|värde|procent|kostnad)'),
  wordPattern('(andel|antal|procent|siffror)'),
  wordPattern('(how\\s+(many|much|long|often)|what\\s+(share|percentage|proportion))'),
];

export function asksForFigure(question: string): boolean {
  const lower = question.toLocaleLowerCase('sv-SE');
  return figureQuestion.some((pattern) => pattern.test(lower));
}

// A figure: a number with a unit or percent sign, a decimal, or a number of two or more digits that is
// not a year. A lone digit ("prio 1", "fråga 6") and a year ("under 2023") say nothing about quantity.
const withUnit = /\d\s?(%|procent|minuter|min\b|timmar|dagar|veckor|månader|år\b|st\b|kr|kronor|patienter|personer|besök)/iu;
const decimal = /\d+[,.]\d+/u;
const plainNumbers = /\d[\d\s]*\d|\d/gu;

export function holdsFigure(sentence: string): boolean {
  if (withUnit.test(sentence) || decimal.test(sentence)) return true;
  for (const match of sentence.match(plainNumbers) ?? []) {
    const digits = match.replace(/\s/g, '');
    const isYear = /^(19|20)\d\d$/.test(digits);
    if (digits.length >= 2 && !isYear) return true;
  }
  return false;
}

/** The sentences an answer cites: each citation's excerpt marks its cited sentence as **…**. */
export function citedSentences(answer: Answer): string[] {
  return answer.citations.flatMap((citation) => [...citation.excerpt.matchAll(/\*\*(.+?)\*\*/gsu)].map((match) => match[1]!));
}
