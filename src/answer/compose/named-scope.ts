import type { Hit, ReportMeta } from '../../types.ts';
import { splitSentences } from '../evidence/sentences.ts';
import { searchTerm } from '../../text/stem.ts';
import { tokenize } from '../../text/tokenize.ts';
import { isStopWord } from '../../text/stopwords.ts';
import { yearsInQuestion } from '../question/question-analysis.ts';

/** The year(s) and source(s) a question names: "enligt Socialstyrelsen", "år 2023". Empty lists when it names none. */
export interface NamedScope {
  years: number[];
  /** Search terms of the named source ("enligt Socialstyrelsens uppföljning" → the term of "socialstyrelsens"). */
  sources: string[];
}

// "enligt X", "i X:s rapport", "X:s mätning": the words that name where a figure comes from.
const sourcePatterns = [
  /(?<![\p{L}])enligt\s+([\p{L}\p{N}-]+(?:\s+[\p{Lu}][\p{L}-]*){0,2})/gu,
  /(?<![\p{L}])(?:i|från)\s+([\p{Lu}][\p{L}-]*?)(?::s|s)\s+(?:rapport|rapporten|uppföljning|uppföljningen|mätning|mätningen|analys|analysen|statistik|enkät|enkäten|granskning|granskningen)(?![\p{L}])/gu,
];
// "enligt rapporten", "enligt dem": these point back at the material, they name no source.
const generic = new Set(['rapport', 'rapporten', 'rapporterna', 'dokumentet', 'materialet', 'texten', 'källan', 'dem', 'er', 'dig', 'regionen', 'kommunen', 'uppgift', 'uppgifter']);

export function namedScope(question: string): NamedScope {
  const sources = new Set<string>();
  for (const pattern of sourcePatterns) {
    for (const match of question.matchAll(pattern)) {
      for (const token of tokenize(match[1]!.replace(/:s$/u, ''))) {
        if (generic.has(token) || isStopWord(token)) continue;
        sources.add(searchTerm(token.replace(/s$/u, '')));
      }
    }
  }
  return { years: yearsInQuestion(question), sources: [...sources] };
}

/** What a quoted unit says and where it comes from, as the predicate needs it. */
export interface ScopedUnit {
  text: string;
  report: Pick<ReportMeta, 'title' | 'region' | 'year'> & { period?: string; sourceUrl?: string };
  /** The whole passage, for a source named in its heading or text rather than in the sentence. */
  context?: string;
}

function yearsOf(text: string): number[] {
  return [...new Set((text.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g) ?? []).map(Number))];
}

function reportCovers(report: ScopedUnit['report'], year: number): boolean {
  if (report.year === year) return true;
  const [from, to] = yearsOf(report.period ?? '');
  return from !== undefined && to !== undefined && year >= Math.min(from, to) && year <= Math.max(from, to);
}

function termsOf(text: string): string[] {
  return tokenize(text).map(searchTerm);
}

/**
 * Whether a unit may answer a question that names a year or a source. A sentence naming years speaks
 * for those years ("2021 var andelen 9 %" does not answer a question about 2022, even in a 2022 report);
 * a sentence without a year speaks for its report's year. A source matches the report's title, region or
 * address, or the passage that cites it. A question naming neither accepts every unit.
 */
export function withinNamedScope(scope: NamedScope, unit: ScopedUnit): boolean {
  if (scope.years.length > 0) {
    const named = yearsOf(unit.text);
    const fits = named.length > 0 ? named.some((year) => scope.years.includes(year)) : scope.years.some((year) => reportCovers(unit.report, year));
    if (!fits) return false;
  }
  if (scope.sources.length > 0) {
    const haystack = termsOf([unit.report.title, unit.report.region, unit.report.sourceUrl ?? '', unit.text, unit.context ?? ''].join(' '));
    if (!scope.sources.every((source) => haystack.some((term) => term === source || term.startsWith(source)))) return false;
  }
  return true;
}

/** The predicate for a question, for filtering candidate sentences: `units.filter(namedScopeFilter(question))`. */
export function namedScopeFilter(question: string): (unit: ScopedUnit) => boolean {
  const scope = namedScope(question);
  return (unit) => withinNamedScope(scope, unit);
}

/**
 * The hits a question naming a year or a source may be answered from: those with a sentence within the
 * scope (see withinNamedScope). All hits when the question names neither. Call on the judged evidence
 * before composing, for the focused answer and for each region of a fan-out.
 */
export function hitsWithinNamedScope(hits: Hit[], question: string): Hit[] {
  const scope = namedScope(question);
  if (scope.years.length === 0 && scope.sources.length === 0) return hits;
  return hits.filter((hit) =>
    splitSentences(hit.passage.text).some((sentence) =>
      withinNamedScope(scope, { text: sentence.text, report: hit.report, context: [hit.passage.headingPath.join(' '), hit.passage.text].join(' ') }),
    ),
  );
}
