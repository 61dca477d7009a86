import { placesIn } from '../../text/place-mentions.ts';
import { regionsInQuestion, type QuestionRegions } from '../../retrieve/regions.ts';
import { isRegionWord } from '../../text/swedish-regions.ts';
import { analyzeTopicWords } from '../../text/analyze.ts';
import { isEnglishText } from '../../text/english-language.ts';
import { joinEnglishCompounds } from '../../text/english.ts';
import { isGenericTerm } from '../../text/generic-words.ts';
import { wordPattern } from '../../text/word-pattern.ts';
import { isCrossRegionQuestion } from './cross-region.ts';
import { asksForFigure, asksForShare, measureOf } from '../compose/figures.ts';
import { resolveFollowUp, type ChatTurn } from './follow-up.ts';
import { yearsInQuestion } from './question-analysis.ts';
import type { TermStatistics } from '../evidence/term-statistics.ts';
import { wantedFigureKind, type FigureKind } from '../compose/figure-kinds.ts';
import { namedScope, type NamedScope } from '../compose/named-scope.ts';
import { negationOf, withoutNegation } from './negation.ts';

/** What kind of answer a question wants; the answer's shape and the evidence it needs follow from it. */
export type AnswerKind = 'list-regions' | 'figure' | 'good-practice' | 'summary' | 'fact';

/** A topic term of the question with its weight and the corpus forms it is looked for as. */
export interface TopicTerm {
  term: string;
  /** What the asker typed, for reasons in their own words. */
  surface: string;
  /** The corpus idf (a misspelt word as its correction's; a word no report uses as document frequency 0), scaled down for generic words. */
  weight: number;
  /** Some passage uses the word, or a typo correction of it. */
  inCorpus: boolean;
  /** The word is no corpus word but one typo from one: probably, not certainly, what the asker meant. */
  corrected: boolean;
}

/** The question analysed once: search, the evidence judge and the answer all read this. */
export interface AnalysedQuestion {
  /** As typed. */
  asked: string;
  /** What to search: the question, or the earlier one it continues; for a negated question without its negation words (the reports describe what regions have). */
  query: string;
  /** The question to answer as worded: `query` with its negation ("saknar", "have no") kept. */
  wording: string;
  /** Asks which regions lack the topic ("Vilka regioner saknar mobila team?"): the answer leads with the regions without evidence (see negation.ts). */
  negated: boolean;
  isFollowUp: boolean;
  wantsResults: boolean;
  /** What the question is about: no question words, no region names. */
  topic: TopicTerm[];
  regions: QuestionRegions;
  years: number[];
  kind: AnswerKind;
  /** Worded across regions ("vilka regioner", "jämför", "which regions"); whether the answer fans out is planned with the scope. */
  acrossRegions: boolean;
  /** For figure questions: the search term of what is measured ("patientkontakter"), or null. */
  measure: string | null;
  /** A figure question asking for a share ("hur stor andel"): a percentage answers it. */
  wantsShare: boolean;
  /** The kind of figure wanted: an outcome ("hur stor andel hade …"), a target or a forecast; null when none. */
  wantedFigure: FigureKind | null;
  /** The year(s) and source(s) the question names ("enligt Socialstyrelsen", "2023"): only those may answer it. */
  scope: NamedScope;
}

const goodPracticePattern = wordPattern('(goda|bra|lyckade)\\s+exempel|god\\s+praxis|good\\s+practi|best\\s+practi|framgångsrik');
const summaryPattern = wordPattern('sammanfatt|sammanställ|summar|overview');

function answerKind(query: string, acrossRegions: boolean): AnswerKind {
  const lower = query.toLocaleLowerCase('sv-SE');
  if (goodPracticePattern.test(lower)) return 'good-practice';
  if (summaryPattern.test(lower)) return 'summary';
  if (asksForFigure(query)) return 'figure';
  return acrossRegions ? 'list-regions' : 'fact';
}

/** A generic word keeps a little weight: a question of generic words only still has a topic. */
const genericWordShare = 0.2;

/** Analyses a question (with its chat history) against the catalog's regions and the corpus statistics. */
export function analyseQuestion(question: string, history: ChatTurn[] | undefined, catalogRegions: string[], statistics: TermStatistics): AnalysedQuestion {
  const resolved = resolveFollowUp(question, history);
  // The negation words are no topic: the reports are searched and judged for what is asked about, not for "saknar".
  const negation = negationOf(resolved.query, isRegionWord);
  const query = withoutNegation(resolved.query, negation);
  const english = isEnglishText(query);
  const seen = new Set<string>();
  const topic: TopicTerm[] = [];
  const placeWords = new Set(placesIn(query).flatMap((mention) => mention.words));
  const words = analyzeTopicWords(query, isRegionWord, english);
  for (const word of english ? joinEnglishCompounds(words, (joined) => corpusSpelling(statistics, joined)) : words) {
    if (seen.has(word.term)) continue;
    seen.add(word.term);
    const entry = statistics.resolve(word.term);
    // The corpus holds the word: itself, by a synonym, or inside its compounds (a typo correction is only probably it).
    const present = entry.known || entry.bySynonym || entry.inCompounds;
    // A number or form reference ("9c", "2 500") is an identifier, not a topic the corpus could lack.
    const identifier = /\p{N}/u.test(word.term);
    // A capitalised word inside the question ("Spain", "Karolinska") is a name, not vocabulary the lexicon lacks: its absence counts.
    const name = /^\p{Lu}/u.test(word.surface) && !query.trimStart().startsWith(word.surface);
    // An English word the lexicon could not translate is absent from Swedish reports whatever they
    // cover: its absence says little, and a Swedish word one typo from it is no correction.
    const untranslated = english && !word.translated && !identifier && !present && !name;
    // A place ("Lerum", "skåningar") is scope, carried by `regions`: one no report names is no missing topic, one they name only nudges.
    const place = placeWords.has(word.surface);
    if (place && !present) continue;
    // Content words carry the question: idf says how rare; general language ("bästa", "står"), identifiers, places and untranslated English weigh little.
    const weight = entry.idf * (isGenericTerm(word.term) || identifier || place || untranslated ? genericWordShare : 1);
    const corrected = !identifier && !untranslated && !present && entry.forms[0] !== word.term;
    topic.push({ term: word.term, surface: word.surface, weight, inCorpus: identifier || present || corrected, corrected });
  }
  const acrossRegions = isCrossRegionQuestion(query);
  const kind = answerKind(query, acrossRegions);
  return {
    asked: question,
    query,
    wording: resolved.query,
    negated: negation.negated,
    isFollowUp: resolved.isFollowUp,
    wantsResults: resolved.wantsResults,
    topic,
    regions: regionsInQuestion(query, catalogRegions),
    years: yearsInQuestion(query),
    kind,
    acrossRegions,
    measure: kind === 'figure' ? measureOf(query) : null,
    wantsShare: kind === 'figure' && asksForShare(query),
    wantedFigure: wantedFigureKind(query),
    scope: namedScope(query),
  };
}

/** The corpus's spelling of a word: itself, or a stem variant one typo away ("patientkontakt" / "patientkontak"). */
function corpusSpelling(statistics: TermStatistics, word: string): string | undefined {
  const entry = statistics.resolve(word);
  if (entry.known) return word;
  const [form] = entry.forms;
  return form !== undefined && form !== word && (form.startsWith(word) || word.startsWith(form)) ? form : undefined;
}

export function topicTermsOf(question: AnalysedQuestion): string[] {
  return question.topic.map((entry) => entry.term);
}
