import type { Hit, Passage } from '../../types.ts';
import { holdsFigure } from '../compose/figures.ts';
import { isResultPassage } from './passage-parts.ts';
import { splitSentences, type SentenceSpan } from './sentences.ts';
import { scaleByLargest, scoreSentence } from './sentence-scoring.ts';
import type { TermStatistics } from './term-statistics.ts';
import { comparableText, repeats } from '../compose/near-duplicates.ts';

/** A sentence of a hit with its combined score. */
export interface Evidence {
  hit: Hit;
  /** Position of the hit in the search list (0-based), the tie-breaker. */
  hitRank: number;
  sentence: SentenceSpan;
  coverage: number;
  score: number;
}

export interface RankOptions {
  statistics?: TermStatistics;
  /** Follow-ups about results weigh results parts up. */
  preferResults?: boolean;
  /** Questions asking for a figure weigh sentences that give one up. */
  preferFigures?: boolean;
}

// Sentence coverage decides; the search score only separates sentences that cover the query alike.
const coverageWeight = 0.7;
const hitWeight = 0.3;
// Quoted agreement text and tasks the national level gives the regions are the state's wording, not what the region did.
const agreementFactor = 0.4;
const resultFactor = 1.3;
const figureFactor = 1.3;
// Leftover form questions read as questions, not as answers.
const questionFactor = 0.5;
// A sentence opening with "Detta …" leans on the one before it and reads poorly alone.
const anaphoricStart = /^(Detta|Dessa|Denna|Därför|Därmed)\s/;
const anaphoricFactor = 0.85;
// "Se svar på fråga 9", "har berörts i tidigare frågor": a pointer to another answer, not an answer.
const pointerSentence = /^((för|i) övrigt )?se (även |också |särskilt |tidigare )?(svar|text|fråga|beskrivning)|har berörts i|se under fråga|hänvisa(s|r) till (tidigare|fråga|svar)/iu;
const pointerFactor = 0.2;

/** The question's terms that the form question a passage answers names (its text, or its number: "fråga 9c"). */
function formQuestionTerms(hit: Hit, queryTerms: string[], statistics?: TermStatistics): Set<string> {
  const question = hit.passage.question;
  if (!question) return new Set();
  const named = scoreSentence(queryTerms, `${question.text} ${question.number}`, statistics).matched;
  return new Set(named);
}

const sentenceCache = new WeakMap<Passage, SentenceSpan[]>();

/** A passage's answer lines, split once per passage object (the catalog's passages live as long as the service). */
export function sentencesOf(passage: Passage): SentenceSpan[] {
  let sentences = sentenceCache.get(passage);
  if (!sentences) {
    sentences = splitSentences(passage.text);
    sentenceCache.set(passage, sentences);
  }
  return sentences;
}

/** Scores every sentence of every hit, best first; ties keep search order, then reading order. */
export function rankEvidence(hits: Hit[], queryTerms: string[], options: RankOptions = {}): Evidence[] {
  const hitScores = scaleByLargest(hits.map((hit) => hit.score));
  const evidence: Evidence[] = [];
  hits.forEach((hit, hitRank) => {
    const passageTerms = new Map((hit.matches ?? []).map((match) => [match.term, match.strength]));
    const formTerms = formQuestionTerms(hit, queryTerms, options.statistics);
    for (const sentence of sentencesOf(hit.passage)) {
      const { coverage } = scoreSentence(queryTerms, sentence.text, options.statistics, passageTerms, formTerms);
      let score = coverageWeight * coverage + hitWeight * (hitScores[hitRank] ?? 0);
      // A national task to the regions ("Regionerna ska …") is the state's wording, like quoted agreement text.
      if (hit.passage.isAgreementText || sentence.nationalTask) score *= agreementFactor;
      if (options.preferResults && isResultPassage(hit.passage)) score *= resultFactor;
      if (options.preferFigures && holdsFigure(sentence.text)) score *= figureFactor;
      if (sentence.text.trim().endsWith('?')) score *= questionFactor;
      if (anaphoricStart.test(sentence.text)) score *= anaphoricFactor;
      if (pointerSentence.test(sentence.text.replace(/^\s*(\d+[./)]|[-•*])\s*/u, ''))) score *= pointerFactor;
      evidence.push({ hit, hitRank, sentence, coverage, score });
    }
  });
  return evidence.sort(
    (a, b) => b.score - a.score || a.hitRank - b.hitRank || a.sentence.index - b.sentence.index,
  );
}

export interface SelectOptions {
  maxSentences: number;
  maxPerPassage: number;
  /** Sentences below this coverage are not quoted. */
  minCoverage: number;
  /** Quote the best hit's opening sentence when nothing reaches minCoverage. */
  fallbackToFirst: boolean;
  /** Leave out quoted agreement text (the state's words), e.g. when evidence must be a region's own. */
  excludeAgreementText?: boolean;
  /**
   * The question asks for a figure: when no chosen sentence gives one, the best sentence that does and
   * matches the question at all is quoted too, even below the coverage floor. A figure sentence often
   * names only the measure ("4 312 hembesök"), not the rest of the question.
   */
  requireFigure?: (sentence: string) => boolean;
}

// A sentence covering less than half of what the best one covers is noise next to it.
const relativeCoverageFloor = 0.5;

/**
 * Picks the sentences to quote. When no sentence covers the query at all (a query of stop words only,
 * or a dense-only match), the opening sentence of the best hit stands in, since search judged it relevant.
 */
export function selectEvidence(ranked: Evidence[], options: SelectOptions): Evidence[] {
  const chosen: Evidence[] = [];
  const perPassage = new Map<string, number>();
  // Slides and reworked reports repeat a line, sometimes with an addition ("SIP" / "SIP (Samordnad …)").
  const seenTexts: string[] = [];
  const eligible = options.excludeAgreementText ? ranked.filter((e) => !e.hit.passage.isAgreementText && !e.sentence.nationalTask) : ranked;
  const bestCoverage = Math.max(0, ...eligible.map((e) => e.coverage));
  const floor = Math.max(options.minCoverage, bestCoverage * relativeCoverageFloor);
  for (const candidate of eligible) {
    if (chosen.length >= options.maxSentences) break;
    if (candidate.coverage < floor || candidate.coverage === 0) continue;
    const count = perPassage.get(candidate.hit.passage.id) ?? 0;
    const normalised = comparableText(candidate.sentence.text);
    if (count >= options.maxPerPassage || seenTexts.some((seen) => repeats(seen, normalised))) continue;
    perPassage.set(candidate.hit.passage.id, count + 1);
    seenTexts.push(normalised);
    chosen.push(candidate);
  }
  withRequiredFigure(chosen, eligible, options);
  if (chosen.length > 0 || eligible.length === 0 || !options.fallbackToFirst) return chosen;
  const inSearchOrder = (a: Evidence, b: Evidence) => a.hitRank - b.hitRank || a.sentence.index - b.sentence.index;
  const fallback = eligible.filter((e) => !e.hit.passage.isAgreementText).sort(inSearchOrder)[0] ?? [...eligible].sort(inSearchOrder)[0];
  return fallback ? [fallback] : [];
}

/**
 * Picks one sentence from each passage in the given order (the judge's, best first), up to maxSentences:
 * the passage's best sentence that covers the question at all (the judge has already found the passage
 * to speak to the question, so no coverage floor: its words may spread over several sentences). Used where passages, not sentences, were judged: the answer then cites the passages the
 * judge found strongest, not those holding the sentence with the most query words. The figure
 * requirement works as in selectEvidence.
 */
export function selectPerPassage(ranked: Evidence[], passageOrder: string[], options: SelectOptions): Evidence[] {
  const eligible = options.excludeAgreementText ? ranked.filter((e) => !e.hit.passage.isAgreementText && !e.sentence.nationalTask) : ranked;
  const chosen: Evidence[] = [];
  const seenTexts: string[] = [];
  for (const passageId of passageOrder) {
    if (chosen.length >= options.maxSentences) break;
    const best = eligible.find((e) => e.hit.passage.id === passageId && e.coverage > 0
      && !seenTexts.some((seen) => repeats(seen, comparableText(e.sentence.text))));
    if (!best) continue;
    seenTexts.push(comparableText(best.sentence.text));
    chosen.push(best);
  }
  // A region with nothing chosen stays silent rather than being given a figure alone.
  if (chosen.length > 0) withRequiredFigure(chosen, eligible, options);
  return chosen;
}

/**
 * A figure question needs its figure among the chosen sentences: when none gives it, the best eligible
 * sentence that does takes the last place. Changes `chosen` in place.
 */
function withRequiredFigure(chosen: Evidence[], eligible: Evidence[], options: SelectOptions): void {
  const givesFigure = options.requireFigure;
  if (!givesFigure || chosen.some((e) => givesFigure(e.sentence.text))) return;
  const figure = eligible.find((e) => e.coverage > 0 && givesFigure(e.sentence.text));
  if (!figure) return;
  if (chosen.length >= options.maxSentences) chosen.pop();
  chosen.push(figure);
}

/** Chosen sentences grouped by passage in order of first appearance, in reading order inside each. */
export function inReadingOrder(chosen: Evidence[]): Evidence[] {
  const firstSeen = new Map<string, number>();
  chosen.forEach((evidence, position) => {
    if (!firstSeen.has(evidence.hit.passage.id)) firstSeen.set(evidence.hit.passage.id, position);
  });
  return [...chosen].sort(
    (a, b) => firstSeen.get(a.hit.passage.id)! - firstSeen.get(b.hit.passage.id)! || a.sentence.index - b.sentence.index,
  );
}
