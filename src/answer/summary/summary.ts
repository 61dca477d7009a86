import type { Citation, Hit, SearchFilters } from '../../types.ts';
import { AppError } from '../../errors.ts';
import type { AnswerDeps } from '../answer-question.ts';
import { queryTermsOf } from '../answer-question.ts';
import { analyseQuestion } from '../question/analysed-question.ts';
import { fanOutByRegion } from '../evidence/region-fanout.ts';
import { catalogRegionFor, sameRegion } from '../../retrieve/regions.ts';
import { createCitationList } from '../evidence/citations.ts';
import { buildOverview, type RegionPoints } from './summary-overview.ts';
import { hasReportedResult, rankRegionCandidates, selectPoints, toPoints } from './summary-points.ts';
import { summaryMarkdown } from './summary-markdown.ts';
import { themeHits, themeTopicTerms } from '../evidence/theme-hits.ts';

/** A request for a cross-region summary, or for good practice from other regions than one's own. */
export interface SummaryRequest {
  theme?: string;
  query?: string;
  regions?: string[];
  ownRegion?: string;
  mode?: 'summary' | 'good-practice';
}

/** The summary as JSON, plus the same content as markdown for meeting notes. */
export interface Summary {
  title: string;
  overview: string;
  regions: RegionPoints[];
  citations: Citation[];
  markdown: string;
}

const perRegionK = 8;

export async function summarize(request: SummaryRequest, deps: AnswerDeps): Promise<Summary> {
  const { index } = deps;
  if (!request.theme && !request.query?.trim()) throw new AppError('BAD_REQUEST', 'Ange ett tema eller en fråga att sammanfatta.');
  const theme = request.theme ? index.themeById.get(request.theme) : undefined;
  if (request.theme && !theme) throw new AppError('BAD_REQUEST', `Okänt tema: ${request.theme}.`);
  const goodPractice = request.mode === 'good-practice';

  const requested = request.regions ?? [];
  const known = requested.map((name) => catalogRegionFor(name, index.regions)).filter((r): r is string => r !== null);
  const unknown = requested.filter((name) => catalogRegionFor(name, index.regions) === null);
  let scope = requested.length > 0 ? [...new Set(known)] : index.regions;
  if (goodPractice && request.ownRegion) scope = scope.filter((region) => !sameRegion(region, request.ownRegion!));

  const topic = [theme?.label, request.query?.trim()].filter(Boolean).join(' – ');
  let queryTerms = queryTermsOf([request.query ?? '', theme?.label ?? '', ...(theme?.aliases ?? [])].join(' '));
  let hits: Hit[] = [];
  if (scope.length > 0) {
    if (request.query?.trim()) {
      // Each region searched and judged on its own, so no region is lost to a shared top list.
      const question = analyseQuestion(request.query.trim(), undefined, index.regions, index.statistics);
      const filters: SearchFilters = theme ? { themes: [theme.id] } : {};
      const regions = await fanOutByRegion(deps.search, { query: question.query, topic: question.topic, regions: scope, filters, k: perRegionK });
      hits = regions.flatMap((region) => region.evidence);
    } else {
      // The theme's own passages, plus what regions say about it under other questions and headings: the
      // municipal form has no question on some themes, and slides file things under "Aktuellt".
      // What each region says about the theme elsewhere comes from its own search, judged per region like a
      // question's fan-out, so a region is not lost because others filled a shared top list.
      const themed = themeHits(index, theme!.id, scope);
      const label = analyseQuestion(theme!.label, undefined, index.regions, index.statistics);
      const judged = await fanOutByRegion(deps.search, { query: label.query, topic: label.topic, regions: scope, filters: {}, k: perRegionK });
      const evidence = judged.flatMap((region) => region.evidence);
      const seen = new Set(themed.map((hit) => hit.passage.id));
      hits = [...themed, ...evidence.filter((hit) => !seen.has(hit.passage.id))];
      queryTerms = [...queryTerms, ...themeTopicTerms(themed, index.statistics)];
    }
  }

  const citations = createCitationList(index);
  const options = { maxPoints: goodPractice ? 3 : 5, resultsFirst: goodPractice, queryTerms };
  const regions: RegionPoints[] = scope.map((region) => {
    const ranked = rankRegionCandidates(hits.filter((hit) => sameRegion(hit.report.region, region)), queryTerms, index);
    return { region, points: toPoints(selectPoints(ranked, options), citations, index, options) };
  });
  const missing = [...regions.filter((r) => r.points.length === 0).map((r) => r.region), ...unknown];
  for (const name of unknown) regions.push({ region: name, points: [] });

  const own = request.ownRegion ? (catalogRegionFor(request.ownRegion, index.regions) ?? request.ownRegion) : null;
  const title = goodPractice
    ? `Goda exempel${own ? ` från andra regioner än ${own}` : ''}: ${topic}`
    : `Sammanfattning: ${topic}`;
  let overview = buildOverview(regions, missing, index.statistics, queryTerms);
  if (goodPractice) {
    const withResult = regions.filter((r) => r.points.some(hasReportedResult)).length;
    const withExamples = regions.filter((r) => r.points.length > 0).length;
    overview = `Exempel från ${withExamples} ${withExamples === 1 ? 'region' : 'regioner'}, ${withResult} av dem med redovisat resultat. ${overview}`;
  }
  const finished = citations.finish();
  return { title, overview, regions, citations: finished, markdown: summaryMarkdown(title, overview, regions, finished) };
}
