import type { Answer } from '../types.ts';
import { analyzeTopic } from '../text/analyze.ts';
import { wordPattern } from '../text/word-pattern.ts';
import { termMatch } from './sentence-scoring.ts';

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

// Numbers that are part of a name or an address ("1177.se", "1777-se", "Ko5", "S2022/067") are identifiers.
const identifiers = /\d+[-.]\p{L}+|\p{L}+\d+|\d+\/\d+/gu;

export function holdsFigure(sentence: string): boolean {
  const text = sentence.replace(identifiers, ' ');
  if (withUnit.test(text) || decimal.test(text)) return true;
  for (const match of text.match(plainNumbers) ?? []) {
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

// "hur många patientkontakter", "andelen av befolkningen", "vilka väntetider": the word the figure is about.
const measurePatterns = [
  /hur\s+(?:många|mycket|stor|stora|lång|långa|hög|höga|låg|låga)\s+(?:andel(?:en)?\s+)?(?:av\s+)?(?:de\s+|den\s+|det\s+)?([\p{L}-]+)/u,
  /(?:andel(?:en)?|antal(?:et)?|procent(?:en)?)\s+(?:av\s+|i\s+)?(?:de\s+|den\s+)?([\p{L}-]+)/u,
  /(?:vilk(?:a|en|et)|vad\s+(?:var|är|blev))\s+(?:\p{L}+\s+)?(\p{L}*(?:tid|tider|siffr\p{L}*|nivå\p{L}*|värde\p{L}*|kostnad\p{L}*))/u,
  /how\s+(?:many|much|long)\s+([\p{L}-]+)/u,
];

/** The search term of what a figure question measures, or null when the question names none. */
export function measureOf(question: string): string | null {
  const lower = question.toLocaleLowerCase('sv-SE');
  for (const pattern of measurePatterns) {
    const word = pattern.exec(lower)?.[1];
    const [term] = word ? analyzeTopic(word) : [];
    if (term) return term;
  }
  return null;
}

/**
 * Whether a sentence gives a figure for the question's measure: "28 306 patientkontakter" answers
 * "hur många patientkontakter", "75 år" beside other words does not.
 */
export function givesFigureFor(measure: string | null): (sentence: string) => boolean {
  return (sentence) => {
    if (!holdsFigure(sentence)) return false;
    if (measure === null) return true;
    return analyzeTopic(sentence).some((term) => termMatch(measure, term) > 0);
  };
}
