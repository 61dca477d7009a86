import { containsSequence, swedishHealthcareGlossary, type Glossary } from './abbreviations.ts';
import { noCompoundSplitting, type CompoundSplitter } from './compounds.ts';
import { searchTerm } from './stem.ts';
import { translateEnglishTerms, translateEnglishWords, type TopicWord } from './english.ts';
import { isEnglishStopWord, isEnglishTokens } from './english-language.ts';
import { isQuestionWord } from './question-words.ts';
import { isStopWord } from './stopwords.ts';
import { tokenizeWithOffsets, type TokenSpan } from './tokenize.ts';
import { swedishHealthcareSynonyms, synonymAdditions, type Synonyms } from './synonyms.ts';

/** A query term and how much it counts; expansions count less than what the user typed. */
export interface WeightedTerm {
  term: string;
  weight: number;
}

export interface QueryAnalysisOptions {
  /** Corpus-vocabulary splitter; without it compounds are not split. */
  compounds?: CompoundSplitter;
  /** Abbreviation glossary; defaults to data/abbreviations.json, `null` turns expansion off. */
  glossary?: Glossary | null;
  /** Add Swedish for English phrases (default true); off for report text, which is Swedish and long. */
  translateEnglish?: boolean;
  /** Synonyms to add (data/synonyms-sv.json); off unless given, since only a query is widened (analyzeQuery gives them). */
  synonyms?: Synonyms | null;
  /**
   * Whether the text is English. Omitted, the text is asked (a question may be English); report text
   * passes false, being Swedish and long: only an unambiguous English phrase is then translated.
   */
  english?: boolean;
}

/** Whether a text of these tokens is English, unless the caller knows; detection is only for questions. */
const isEnglish = (spans: readonly TokenSpan[], known: boolean | undefined): boolean => known ?? isEnglishTokens(spans.map((span) => span.token));

/** Weights of what analysis adds to a query; the typed words weigh 1. */
export const expansionWeights = { translation: 0.8, abbreviation: 0.7, synonym: 0.6, compoundPart: 0.4, synonymPhraseWord: 0.3 } as const;

/**
 * Search terms of a text in reading order: tokenised, stop words dropped, stemmed, diacritics folded.
 * Nothing added; use this for vocabulary counts and features.
 */
export function analyzeWords(text: string): string[] {
  const terms: string[] = [];
  for (const span of tokenizeWithOffsets(text)) {
    if (!isStopWord(span.token)) terms.push(searchTerm(span.token));
  }
  return terms;
}

/**
 * The topic of a question or sentence: its search terms without stop words and without question words
 * ("beskriv", "översikt", "vilka regioner"), which say how to answer, not what about. English
 * phrases with a Swedish equivalent are translated (data/english-sv.json). `english` says whether the
 * text is English: omitted for a question, which is asked; given for a fragment of a longer question (a
 * word picked out of it) and as false for report text (passages, their sentences, answers drawn from them).
 */
export function analyzeTopic(text: string, english?: boolean): string[] {
  const spans = tokenizeWithOffsets(text);
  english = isEnglish(spans, english);
  const terms: string[] = [];
  for (const span of spans) {
    if (!isStopWord(span.token) && !isQuestionWord(span.token) && !(english && isEnglishStopWord(span.token))) terms.push(searchTerm(span.token));
  }
  return translateEnglishTerms(terms, english);
}

/**
 * analyzeTopic of a question with the typed word beside each term ("Kontinutet" for "kontinutet"), skipping
 * words `skip` says are not topic (region names); `known` is whether the question is English, when the caller has asked already.
 */
export function analyzeTopicWords(text: string, skip: (word: string) => boolean = () => false, known?: boolean): TopicWord[] {
  const spans = tokenizeWithOffsets(text);
  const english = isEnglish(spans, known);
  const words: TopicWord[] = [];
  for (const span of spans) {
    const surface = text.slice(span.start, span.end);
    if (isStopWord(span.token) || isQuestionWord(span.token) || (english && isEnglishStopWord(span.token)) || skip(surface)) continue;
    words.push({ term: searchTerm(span.token), surface });
  }
  return translateEnglishWords(words, english);
}

/**
 * Terms to index for a text: its words plus, after each compound, its known parts, so that a query
 * for "centralen" finds "hälsocentralen" (the part counts like an occurrence of its own).
 */
export function analyze(text: string, compounds: CompoundSplitter = noCompoundSplitting): string[] {
  const terms: string[] = [];
  for (const term of analyzeWords(text)) {
    terms.push(term);
    for (const part of compounds(term)) if (part !== term) terms.push(part);
  }
  return terms;
}

/** A text's own terms (reading order, repeats kept) and what analysis adds to them, each added term once at its highest weight. */
export interface ExpandedAnalysis {
  terms: string[];
  additions: Map<string, number>;
}

/**
 * Terms plus compound parts (0.4), Swedish for English phrases (0.8), abbreviation expansions
 * both ways (0.7: "SÄBO" adds "särskilt boende", "särskilt boende" adds "SÄBO") and, when asked,
 * synonyms (0.6: "hälsocentral" adds "vårdcentral"; a word of a synonym phrase 0.3). One pass over the text, for queries and for
 * embedders that weigh expansions themselves.
 */
export function analyzeWithExpansions(text: string, options: QueryAnalysisOptions = {}): ExpandedAnalysis {
  const compounds = options.compounds ?? noCompoundSplitting;
  const glossary = options.glossary === undefined ? swedishHealthcareGlossary() : options.glossary;
  const additions = new Map<string, number>();
  const add = (term: string, weight: number): void => {
    if (term.length > 0) additions.set(term, Math.max(additions.get(term) ?? 0, weight));
  };
  const spans = tokenizeWithOffsets(text);
  // Only a query is asked whether it is English: report text is Swedish and long.
  const english = options.translateEnglish !== false && isEnglish(spans, options.english);
  const terms: string[] = [];
  for (const span of spans) {
    if (isStopWord(span.token) || (english && isEnglishStopWord(span.token))) continue;
    const term = searchTerm(span.token);
    terms.push(term);
    const surface = text.slice(span.start, span.end);
    for (const entry of glossary?.byTerm.get(term) ?? []) {
      if (entry.caseSensitive && surface !== surface.toUpperCase()) continue;
      for (const expansion of entry.expansions) for (const part of expansion) add(part, expansionWeights.abbreviation);
    }
    for (const part of compounds(term)) add(part, expansionWeights.compoundPart);
  }
  const present = new Set(terms);
  const translated: string[] = [];
  // An English question ("home visits") also searches for what the Swedish reports call it ("hembesök").
  if (options.translateEnglish !== false) {
    for (const term of translateEnglishTerms(terms, english)) {
      if (present.has(term)) continue;
      add(term, expansionWeights.translation);
      translated.push(term);
    }
  }
  if (glossary) {
    // Only entries with a spelled-out form starting with one of the text's terms, in glossary order.
    const candidates = new Set<number>();
    for (const term of present) for (const position of glossary.bySpelledOutStart.get(term) ?? []) candidates.add(position);
    for (const position of [...candidates].sort((a, b) => a - b)) {
      const entry = glossary.entries[position]!;
      const found = entry.expansions.some((expansion) => present.has(expansion[0]!) && containsSequence(terms, expansion));
      if (found) add(entry.term, expansionWeights.abbreviation);
    }
  }
  // "hälsocentral" also searches "vårdcentral": another region's word for the same unit.
  if (options.synonyms) {
    for (const { term, wholeMember } of synonymAdditions([...terms, ...translated], options.synonyms)) {
      if (!additions.has(term)) add(term, wholeMember ? expansionWeights.synonym : expansionWeights.synonymPhraseWord);
    }
  }
  return { terms, additions };
}

/**
 * Weighted terms of a query: the typed words weigh 1, additions (see analyzeWithExpansions) less.
 * A term reached several ways keeps its highest weight; sorted by weight, then term.
 */
export function analyzeQuery(text: string, options: QueryAnalysisOptions = {}): WeightedTerm[] {
  const { terms, additions } = analyzeWithExpansions(text, { synonyms: swedishHealthcareSynonyms(), ...options });
  const weights = new Map(additions);
  for (const term of terms) weights.set(term, 1);
  return [...weights]
    .map(([term, weight]) => ({ term, weight }))
    .sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}
