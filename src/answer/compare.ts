import type { Answer, Citation, RegionState, SearchFilters } from '../types.ts';
import { AppError } from '../errors.ts';
import { catalogRegionFor, sameRegion } from '../retrieve/regions.ts';
import { planAnswer, queryTermsOf, type AnswerDeps, type AnswerPlan } from './answer-question.ts';
import type { CatalogIndex } from './catalog.ts';
import { analyzeTopic } from '../text/analyze.ts';

/** POST /api/compare: one to four questions (or a theme's default ones) asked of each region on its own. */
export interface CompareRequest {
  questions?: string[];
  theme?: string;
  regions?: string[];
  filters?: SearchFilters;
}

export interface CompareCell {
  state: RegionState;
  /** The region's best one or two cited sentences, with [n] markers into `citations`; empty without evidence. */
  text: string;
  citations: Citation[];
}

export interface Comparison {
  title: string;
  theme: { id: string; label: string } | null;
  columns: string[];
  rows: { region: string; cells: CompareCell[] }[];
}

export const maxColumns = 4;
const sentencesPerCell = 2;

/** What a meeting wants to know of every region about a theme: what is done, what it gave, what comes next. */
export function defaultColumns(themeLabel: string): string[] {
  const topic = themeLabel.charAt(0).toLowerCase() + themeLabel.slice(1);
  return [`Vad gör regionen inom ${topic}?`, `Vilka resultat redovisas inom ${topic}?`, `Vad planeras inom ${topic}?`];
}

/** The first cited sentences of a region account: its quotes each end in their [n] markers. */
export function leadingCitedSentences(summary: string, count = sentencesPerCell): string {
  const parts = summary
    .split(/(?<=\]|\])\s+(?=\S)/u)
    .map((part) => part.trim())
    .filter((part) => /\[\d+(?:\s*[,–-]\s*\d+)*\]/.test(part));
  return parts.slice(0, count).join(' ');
}

function markersIn(text: string): Set<number> {
  const numbers = new Set<number>();
  for (const match of text.matchAll(/\[(\d+(?:\s*,\s*\d+)*)\]/g)) for (const n of match[1]!.split(/\s*,\s*/)) numbers.add(Number(n));
  return numbers;
}

/**
 * One matrix cell from a region-filtered answer. The per-region judgement's state wins when the answer
 * carries one; otherwise an answered question with cited sentences is evidence, a region whose found
 * passages name the topic is "mentioned", and anything else is "none".
 */
export function compareCell(answer: Answer, region: string, namesTopic: boolean): CompareCell {
  const account = answer.regions.find((candidate) => sameRegion(candidate.region, region));
  const quoted = answer.answerable && account ? leadingCitedSentences(account.summary) : '';
  const judged: RegionState = account?.state ?? (quoted ? 'evidence' : namesTopic ? 'mentioned' : 'none');
  if (judged === 'none') return { state: 'none', text: '', citations: [] };
  const used = markersIn(quoted);
  const citations = answer.citations.filter((citation) => used.has(citation.n));
  if (citations.length > 0) return { state: judged, text: quoted, citations };
  // Mentioned only: point at the region's nearest passage so a reader can judge for themselves.
  const nearest = answer.citations.find((citation) => sameRegion(citation.region, region));
  return { state: judged === 'evidence' ? 'mentioned' : judged, text: '', citations: nearest ? [nearest] : [] };
}

/**
 * Whether the region's passages found for a question name its topic: one of them holds at least half of
 * the question's topic words that occur in the corpus. Search always returns the nearest passages, so
 * having hits alone would call every region "mentioned".
 */
export function regionNamesTopic(plan: Pick<AnswerPlan, 'query' | 'hits'>, region: string, index: CatalogIndex): boolean {
  const known = [...new Set(queryTermsOf(plan.query))].filter((term) => (index.statistics.documentFrequency.get(term) ?? 0) > 0);
  if (known.length === 0) return false;
  const needed = Math.ceil(known.length / 2);
  return plan.hits.some((hit) => {
    if (!sameRegion(hit.report.region, region)) return false;
    const words = new Set(analyzeTopic(hit.passage.text));
    return known.filter((term) => words.has(term)).length >= needed;
  });
}

/** Asks every column's question of every region in scope, each with the region as its only filter. */
export async function compareRegions(request: CompareRequest, deps: AnswerDeps): Promise<Comparison> {
  const { index } = deps;
  const theme = request.theme ? index.themeById.get(request.theme) : undefined;
  if (request.theme && !theme) throw new AppError('BAD_REQUEST', `Okänt tema: ${request.theme}.`);
  const columns = request.questions?.length ? request.questions : theme ? defaultColumns(theme.label) : [];
  if (columns.length === 0) throw new AppError('BAD_REQUEST', 'Ange en till fyra frågor (questions) eller ett tema (theme).');
  if (columns.length > maxColumns) throw new AppError('BAD_REQUEST', `Högst ${maxColumns} frågor går att jämföra åt gången.`);

  const requested = request.regions ?? request.filters?.regions ?? [];
  const known = [...new Set(requested.map((name) => catalogRegionFor(name, index.regions)).filter((region): region is string => region !== null))];
  if (requested.length > 0 && known.length === 0) throw new AppError('BAD_REQUEST', `Utblick har ingen rapport från ${requested.join(', ')}.`);
  const scope = known.length > 0 ? known : index.regions;

  const rows: Comparison['rows'] = [];
  for (const region of scope) {
    const cells: CompareCell[] = [];
    for (const question of columns) {
      const plan = await planAnswer({ question, filters: { ...request.filters, regions: [region] } }, deps);
      cells.push(compareCell(plan.answer, region, regionNamesTopic(plan, region, index)));
    }
    rows.push({ region, cells });
  }
  const title = theme ? `Jämförelse: ${theme.label}` : 'Jämförelse mellan regioner';
  return { title, theme: theme ? { id: theme.id, label: theme.label } : null, columns, rows };
}
