import type { Answer } from '../../types.ts';
import { analyzeTopic } from '../../text/analyze.ts';
import { isEnglishText } from '../../text/english-language.ts';
import { wordPattern } from '../../text/word-pattern.ts';
import { searchTerm } from '../../text/stem.ts';
import { termMatch } from '../evidence/sentence-scoring.ts';
import { hasFiniteVerb } from './finite-verbs.ts';

/*
 * Questions that ask for a figure ("hur många …", "hur stor andel …", "vilka väntetider …") are only
 * answered by a sentence that gives one. Without this, a passage that merely names the measure ("vi ska
 * mäta väntetiderna nästa år") reads like an answer, and the asker takes a plan for a result.
 */
// Times of day, not durations: asked as "when", answered by clock times that are no figures.
const timeOfDay = '(?:öppet|mottagnings|besöks|telefon)tid';

// "Vad kostar ett besök?", "vilken avgift": a price, answered in kronor ("200 kr"), whatever the report calls it.
const costQuestion = wordPattern('vad\\s+kostar|hur\\s+mycket\\s+kostar|vilk(a|en|et)\\s+(patient)?avgift(er)?|vad\\s+är\\s+(patient)?avgiften|what\\s+does\\s+.+\\s+cost|how\\s+much\\s+does\\s+.+\\s+cost');
const kronor = searchTerm('kronor');
const currency = /(?:^|\s)(?:kr|kronor|mnkr|mkr|tkr|(?:miljoner|miljarder|tusen)\s+kronor)$/iu;

const figureQuestion = [
  wordPattern('hur\\s+(många|mycket|stor|stora|lång|långa|ofta|hög|höga|låg|låga)'),
  // "vilka väntetider" asks for a figure (a duration); "vilka tider", "vilka öppettider" ask when ("klockan 8–22").
  wordPattern(`(vilk(a|en|et)|vad\\s+(var|är|blev))\\s+(\\p{L}*\\s+)?((?!${timeOfDay})\\p{L}+(tid|tider)|\\p{L}*(siffr|andel|antal|nivå|värde|procent|kostnad))`),
  wordPattern('(andel|antal|procent|siffror)'),
  wordPattern('(how\\s+(many|much|long|often)|what\\s+(share|percentage|proportion))'),
  costQuestion,
];

export function asksForFigure(question: string): boolean {
  const lower = question.toLocaleLowerCase('sv-SE');
  return figureQuestion.some((pattern) => pattern.test(lower));
}

/** A figure as a sentence writes it, qualifier and unit included ("minst 65 procent"), with offsets into the sentence. */
export interface FigureMention {
  text: string;
  start: number;
  end: number;
}

/*
 * A figure: a number with a unit or percent sign, a decimal, or a number of two or more digits that is
 * not a year. A lone digit ("prio 1", "fråga 6") and a year ("under 2023") say nothing about quantity.
 * The qualifier belongs to the figure: "minst 65 procent" is a different claim from "65 procent".
 */
const qualifier = '(?:(?:minst|högst|drygt|knappt|cirka|ca\\.?|nära|närmare|över|under|upp\\s+till|omkring|runt|ungefär|mer\\s+än|mindre\\s+än|fler\\s+än|färre\\s+än)\\s+)?';
const amount = '(\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?:[,.]\\d+)?|\\d+(?:[,.]\\d+)?)';
const unit =
  '(?:\\s?(%|procentenheter|procent|minuter|min|timmar|tim|dygn|dagar|veckor|månader|år|st|kr|kronor|mnkr|mkr|tkr|(?:miljoner|miljarder|tusen)(?:\\s+kronor)?|patienter|personer|besök|invånare)s?)?';
const figurePattern = new RegExp(`(?<![\\p{L}\\p{N}])${qualifier}${amount}${unit}(?![\\p{L}\\p{N}])`, 'giu');

// Numbers that are part of a name, an address, a date or a reference ("1177.se", "1777-se", "Ab3",
// "S2022/067", "2021-11-29", "30–31 mars", "221231", "1177 Vårdguiden", "SFS 2014:821") are identifiers;
// they are blanked with spaces so that offsets stay those of the sentence. Counts of six digits or more
// are written with spaces ("128 000"), so an unbroken run that long is a date or a number of record.
const month = '(?:jan(?:uari)?|feb(?:ruari)?|mars|apr(?:il)?|maj|juni?|juli?|aug(?:usti)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const identifiers = new RegExp(`\\d{4}-\\d{2}-\\d{2}|(?<![\\p{L}\\p{N}])\\d{1,2}(?:\\s?[-–]\\s?\\d{1,2})?\\.?\\s+${month}(?![\\p{L}])|\\d+[-.]\\p{L}+|\\p{L}+\\d+|\\d+\\/\\d+|\\d{4}:\\d+|(?<!\\p{N})\\d{6,}(?!\\p{N})|(?<!\\p{N}[\\s\\u00a0]?)\\d+(?=[\\s\\u00a0]\\p{Lu}\\p{Ll})`, 'gu');

// "fråga 11", "bilaga 2", "fas 4", "prio 1": a number naming a part, not a quantity; likewise clock
// times ("klockan 7.30–16.30"), "covid-19" and the national health line 1177.
const references = /(?<![\p{L}\p{N}])(?:kl\.?|klockan)\s+\d{1,2}(?:[.:]\d{2})?(?:\s?[-–]\s?\d{1,2}(?:[.:]\d{2})?)?|\d{1,2}[.:]\d{2}\s?[-–]\s?\d{1,2}[.:]\d{2}|\p{L}+-\d+|(?<!\p{N}[\s\u00a0]?)1177(?!\p{N})|(?<![\p{L}])(?:fråga|frågorna|punkt|punkterna|bilaga|kapitel|kap\.?|avsnitt|sida|sidan|sid\.?|s\.|nr|nummer|steg|fas|prio|prioritet|version|delmål|område|indikator|tabell|figur)\s+\d+(?:[.:]\d+)*[a-z]?(?![\p{L}\p{N}])/giu;

// Counts written as words ("åtta hälsocentraler", "tjugo team"): Swedish spells out small numbers in
// prose. Only when a counted word follows, so "tre" in a name or "sex" alone is not taken for a figure;
// "en"/"ett" are left out, being the indefinite article far more often than a count.
const numberWords =
  'två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio|hundra|tusen';
const eitherCaseWords = numberWords.split('|').map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`).join('|');
const notCounted = '(?:och|eller|av|i|på|till|som|med|för|om|är|var|har)(?![\\p{L}])';
// Case-sensitive on purpose: the counted word is lower-case, so "Region Tre Städer" is a name.
const wordCountPattern = new RegExp(`(?<![\\p{L}\\p{N}])${qualifier}(?:${eitherCaseWords})(?=\\s+(?!${notCounted})\\p{Ll}{3,})`, 'gu');

/** The figures a sentence gives, in reading order. */
export function figureMentions(sentence: string): FigureMention[] {
  const blank = (match: string) => ' '.repeat(match.length);
  const text = sentence.replace(identifiers, blank).replace(references, blank);
  const mentions: FigureMention[] = [];
  for (const match of text.matchAll(figurePattern)) {
    const digits = match[1]!.replace(/[\s\u00a0\u202f]/g, '');
    const hasUnit = match[2] !== undefined;
    const isDecimal = /[,.]\d/.test(digits);
    const isYear = /^(19|20)\d\d$/.test(digits);
    if (!(hasUnit && !(isYear && match[2] === 'år')) && !isDecimal && (digits.length < 2 || isYear)) continue;
    mentions.push({ text: sentence.slice(match.index, match.index + match[0].length), start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(wordCountPattern)) {
    mentions.push({ text: sentence.slice(match.index, match.index + match[0].length), start: match.index, end: match.index + match[0].length });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

export function holdsFigure(sentence: string): boolean {
  return figureMentions(sentence).length > 0;
}

/** The sentences an answer cites: each citation's excerpt marks its cited sentence as **…**. */
export function citedSentences(answer: Answer): string[] {
  return answer.citations.flatMap((citation) => [...citation.excerpt.matchAll(/\*\*(.+?)\*\*/gsu)].map((match) => match[1]!));
}

// "hur många hembesök", "andelen av invånarna", "vilka väntetider": the word the figure is about.
const measurePatterns = [
  /hur\s+(?:många|mycket|stor|stora|lång|långa|hög|höga|låg|låga)\s+(?:andel(?:en)?\s+)?(?:av\s+)?(?:de\s+|den\s+|det\s+)?([\p{L}-]+)/u,
  /(?:andel(?:en)?|antal(?:et)?|procent(?:en)?)\s+(?:av\s+|i\s+)?(?:de\s+|den\s+)?([\p{L}-]+)/u,
  new RegExp(`(?:vilk(?:a|en|et)|vad\\s+(?:var|är|blev))\\s+(?:\\p{L}+\\s+)?((?!${timeOfDay})\\p{L}+(?:tid|tider)|\\p{L}*(?:siffr\\p{L}*|nivå\\p{L}*|värde\\p{L}*|kostnad\\p{L}*))`, 'u'),
  // Two words, so that an English phrase ("health centres") is translated as one.
  /how\s+(?:many|much|long)\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)/u,
];

/** The search term of what a figure question measures, or null when the question names none. */
export function measureOf(question: string): string | null {
  const lower = question.toLocaleLowerCase('sv-SE');
  if (costQuestion.test(lower)) return kronor;
  // "how much money": the measure of an English question is looked for in Swedish ("kronor").
  const english = isEnglishText(question);
  for (const pattern of measurePatterns) {
    const word = pattern.exec(lower)?.[1];
    // "hur många sökte …" counts people doing something: the verb is no measure, any figure may answer.
    if (word && hasFiniteVerb(word)) continue;
    const [term] = word ? analyzeTopic(word, english) : [];
    if (term) return term;
  }
  return null;
}

/**
 * Whether a sentence gives a figure for the question's measure: "412 hembesök" answers "hur många
 * hembesök", "75 år" beside other words does not.
 */
export function givesFigureFor(measure: string | null, share = false): (sentence: string) => boolean {
  return (sentence) => {
    if (!holdsFigure(sentence)) return false;
    if (measure === null) return true;
    // A share is given as a percentage: "knappt 40 procent av alla besök" answers "hur stor andel" without the word.
    if (share && figureMentions(sentence).some((mention) => percentage.test(mention.text))) return true;
    // A price is given in kronor however it is written ("200 kr", "3 mnkr").
    if (measure === kronor && figureMentions(sentence).some((mention) => currency.test(mention.text))) return true;
    return analyzeTopic(sentence, false).some((term) => termMatch(measure, term) > 0);
  };
}

const percentage = /%|procent/u;
const shareTerms = new Set(['andel', 'procent', 'procentandel', 'share', 'percentage', 'proportion'].map((word) => searchTerm(word)));

/** Whether a search term only asks for a share ("andel", "procent"): it says how to answer, not what about. */
export function isShareTerm(term: string): boolean {
  return shareTerms.has(term);
}
const shareQuestion = wordPattern('andel(en)?|procent(andel)?|what\\s+(share|percentage|proportion)|how\\s+large\\s+a\\s+(share|proportion)');

/** Whether a figure question asks for a share ("hur stor andel", "hur många procent"): a percentage answers it. */
export function asksForShare(question: string): boolean {
  return shareQuestion.test(question.toLocaleLowerCase('sv-SE'));
}
