import type { Answer, Citation, RegionState, SearchFilters } from '../../types.ts';
import { AppError } from '../../errors.ts';
import { catalogRegionFor, sameRegion } from '../../retrieve/regions.ts';
import { planAnswer, type AnswerDeps, type AnswerPlan } from '../answer-question.ts';
import { createCitationList } from '../evidence/citations.ts';
import { fanOutByRegion } from '../evidence/region-fanout.ts';

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
// Passages a refused region's own judgement looks at, as the cross-region fan-out does.
const judgeK = 5;

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

/** A region's state from the per-region judgement when its answer was a refusal, with the passage that names the topic. */
export interface RegionJudgement {
  state: RegionState;
  mention: Citation | null;
}

/**
 * One matrix cell from a region-filtered answer. The answer's region account carries the judge's state
 * when the region answered; a refusal leaves the state to `judged` (the same per-region judgement the
 * cross-region answer uses): "mentioned" points at the passage that names the topic, "none" is empty.
 */
export function compareCell(answer: Answer, region: string, judged: RegionJudgement): CompareCell {
  const account = answer.regions.find((candidate) => sameRegion(candidate.region, region));
  const quoted = answer.answerable && account ? leadingCitedSentences(account.summary) : '';
  const state: RegionState = account?.state ?? (quoted ? 'evidence' : judged.state);
  const used = markersIn(quoted);
  const citations = answer.citations.filter((citation) => used.has(citation.n));
  if (state !== 'none' && citations.length > 0) return { state, text: quoted, citations };
  // Evidence without a quotable sentence is, for the reader, a mention.
  const named = answer.citations.filter((citation) => account?.citations.includes(citation.n)).slice(0, 1);
  if (state !== 'none') return { state: 'mentioned', text: '', citations: judged.mention ? [judged.mention] : named };
  return { state: 'none', text: '', citations: [] };
}

/**
 * The per-region judgement when the whole question was refused (no region has evidence): the fan-out's
 * own evidence/mention rule, so a region that names the topic still shows as "mentioned".
 */
async function judgeRefused(plan: AnswerPlan, regions: string[], filters: SearchFilters | undefined, deps: AnswerDeps): Promise<Map<string, RegionJudgement>> {
  const judgements = new Map<string, RegionJudgement>(regions.map((region) => [region, { state: 'none', mention: null }]));
  if (!plan.question) return judgements;
  const judged = await fanOutByRegion(deps.search, { query: plan.query, topic: plan.question.topic, regions, filters: { ...filters, regions }, k: judgeK });
  for (const entry of judged) {
    const passage = entry.mention?.passage ?? entry.evidence[0]?.passage;
    if (entry.state === 'none' || !passage) continue;
    // Numbered on its own: a cell's citations are the cell's, as in every answer.
    const list = createCitationList(deps.index);
    list.cite(passage, null);
    judgements.set(entry.region, { state: 'mentioned', mention: list.finish()[0] ?? null });
  }
  return judgements;
}

/** Asks every column's question of every region in scope; each region is searched and judged on its own. */
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

  // One cross-region answer per column: each region searched on its own with a region filter and judged
  // by the answer's fan-out, so every cell has the same state the chat's per-region accounts would give.
  const answers: { answer: Answer; refused: Map<string, RegionJudgement> | null }[] = [];
  for (const question of columns) {
    const plan = await planAnswer({ question, filters: { ...request.filters, regions: scope }, acrossRegions: true }, deps);
    answers.push({ answer: plan.answer, refused: plan.answer.answerable ? null : await judgeRefused(plan, scope, request.filters, deps) });
  }
  const none: RegionJudgement = { state: 'none', mention: null };
  const answered: RegionJudgement = { state: 'evidence', mention: null };
  // An answered question without an account for a region found nothing there to show.
  const judgementOf = (answer: Answer, refused: Map<string, RegionJudgement> | null, region: string): RegionJudgement =>
    refused ? (refused.get(region) ?? none) : answer.regions.some((account) => sameRegion(account.region, region)) ? answered : none;
  const rows: Comparison['rows'] = scope.map((region) => ({
    region,
    cells: answers.map(({ answer, refused }) => compareCell(answer, region, judgementOf(answer, refused, region))),
  }));
  const title = theme ? `Jämförelse: ${theme.label}` : 'Jämförelse mellan regioner';
  return { title, theme: theme ? { id: theme.id, label: theme.label } : null, columns, rows };
}
