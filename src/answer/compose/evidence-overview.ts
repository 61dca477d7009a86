import { isNationalScope } from '../../text/swedish-regions.ts';
import { termWeight, type TermStatistics } from '../evidence/term-statistics.ts';
import { classifyFigures, reportsOutcome, statementKind, type ClassifiedFigure } from './figure-kinds.ts';
import { recurringPhrases } from './recurring-phrases.ts';

/** A region's quoted evidence: what it did, and what the report files as results. */
export interface RegionEvidence {
  region: string;
  texts: string[];
  /** Text from a report's results part (a form's b-question, a "Resultat" heading): a result unless it only expects one. */
  results?: string[];
}

export interface OverviewOptions {
  statistics?: TermStatistics;
  /** The question's or theme's own terms, which a recurring phrase must go beyond. */
  topicTerms?: string[];
  /** Regions in scope without evidence, named together at the end. */
  missing?: string[];
  /** Say which regions report outcomes and that the rest only describe measures (default true). */
  aboutOutcomes?: boolean;
}

/** What the evidence shows per region, before it is put into words (for callers that render it otherwise). */
export interface OverviewFacts {
  withEvidence: string[];
  /** Regions reporting outcomes, with up to two outcome figures each ("11 % år 2022"). */
  outcomes: Array<{ region: string; figures: string[] }>;
  /** Regions without outcomes whose evidence gives target or forecast figures, with those figures. */
  aimsOnly: Array<{ region: string; figures: string[] }>;
  recurring: Array<{ phrase: string; regions: string[] }>;
  missing: string[];
}

const maxFiguresPerRegion = 2;
// "11 %" reads better as "11 % år 2022" when the report says which year.
const yearAfter = /^\s*(?:(?:år|under|för|i)\s+|\()?((?:19|20)\d{2})\)?/u;

function withYear(sentence: string, figure: ClassifiedFigure): string {
  const year = yearAfter.exec(sentence.slice(figure.end));
  return year ? `${figure.text} år ${year[1]}` : figure.text;
}

function figuresOf(texts: string[], wanted: (figure: ClassifiedFigure) => boolean): string[] {
  const figures: string[] = [];
  for (const text of texts) {
    for (const figure of classifyFigures(text)) {
      const shown = withYear(text, figure);
      if (wanted(figure) && !figures.includes(shown)) figures.push(shown);
    }
  }
  return figures;
}

const isAim = (text: string) => {
  const kind = statementKind(text);
  return kind === 'target' || kind === 'forecast';
};

/**
 * Whether a region's (or a point's) evidence reports an outcome: a result that does not merely expect or
 * aim at one ("förväntas minska risken" is none), or a text that reports one in so many words
 * ("uppföljningen visar att besöken minskat", "var 11 % år 2022"). The one judgement of "redovisar
 * resultat" for summaries, comparisons and good practice.
 */
export function reportsOutcomeIn({ texts, results = [] }: Omit<RegionEvidence, 'region'>): boolean {
  return results.some((text) => !isAim(text)) || texts.some(reportsOutcome);
}

/** The facts of an overview from each region's evidence, using the one figure classifier. */
export function overviewFacts(regions: RegionEvidence[], options: OverviewOptions = {}): OverviewFacts {
  const withEvidence = regions.filter((r) => r.texts.length + (r.results?.length ?? 0) > 0);
  const outcomes: OverviewFacts['outcomes'] = [];
  const aimsOnly: OverviewFacts['aimsOnly'] = [];
  for (const { region, texts, results = [] } of withEvidence) {
    const reported = results.filter((text) => !isAim(text));
    if (reportsOutcomeIn({ texts, results })) {
      const figures = [
        ...figuresOf(reported, (figure) => figure.kind === 'outcome'),
        ...figuresOf(texts, (figure) => figure.kind === 'outcome' && figure.marked),
      ];
      outcomes.push({ region, figures: [...new Set(figures)].slice(0, maxFiguresPerRegion) });
    } else {
      // Only a target or forecast figure could be taken for an outcome; a plan in words is just a measure.
      const aims = figuresOf([...texts, ...results].filter(isAim), (figure) => figure.kind !== 'outcome');
      if (aims.length > 0) aimsOnly.push({ region, figures: aims.slice(0, maxFiguresPerRegion) });
    }
  }
  const phraseSources = withEvidence.map(({ region, texts, results = [] }) => ({ region, texts: [...texts, ...results] }));
  const statistics = options.statistics;
  const idf = statistics ? (term: string) => termWeight(statistics, term) : undefined;
  const recurring = recurringPhrases(phraseSources, { idf, topicTerms: options.topicTerms });
  return { withEvidence: withEvidence.map((r) => r.region), outcomes, aimsOnly, recurring, missing: options.missing ?? [] };
}

function listed(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}

function withFigures({ region, figures }: { region: string; figures: string[] }): string {
  return figures.length > 0 ? `${region} (${figures.join('; ')})` : region;
}

/**
 * A readable overview built from the evidence: which regions describe measures, which report outcomes
 * (with their figures), which give only targets or forecasts, what recurs across regions as phrases,
 * and which regions have nothing on it. Deterministic: the same evidence gives the same words.
 */
export function evidenceOverview(regions: RegionEvidence[], options: OverviewOptions = {}): string {
  const facts = overviewFacts(regions, options);
  const missing = facts.missing;
  if (facts.withEvidence.length === 0) {
    return missing.length > 0 ? `Inget av materialet tar upp detta (${missing.join(', ')}).` : 'Inget av materialet tar upp detta.';
  }
  // National bodies' material is named beside the regions, not counted as one of them.
  const regional = facts.withEvidence.filter((name) => !isNationalScope(name));
  const national = facts.withEvidence.filter((name) => isNationalScope(name));
  const count = facts.withEvidence.length;
  const sentences =
    regional.length === 0
      ? [`Nationellt material tar upp detta: ${listed(national)}.`]
      : [`${regional.length === 1 ? 'En region' : `${regional.length} regioner`} beskriver detta: ${listed(regional)}.${national.length > 0 ? ` Även nationellt material tar upp det (${listed(national)}).` : ''}`];
  if (facts.outcomes.length > 0) sentences.push(`Utfall redovisas av ${listed(facts.outcomes.map(withFigures))}.`);
  if (facts.aimsOnly.length > 0) sentences.push(`Mål, planer eller prognoser men inget utfall: ${listed(facts.aimsOnly.map(withFigures))}.`);
  if (facts.outcomes.length === 0 && options.aboutOutcomes !== false) sentences.push(count === 1 ? 'Inget utfall redovisas; materialet beskriver insatser.' : 'Ingen av dem redovisar något utfall; materialet beskriver insatser.');
  if (facts.recurring.length > 0) {
    const phrases = facts.recurring.map(({ phrase, regions: users }) => `”${phrase}” (${listed(users)})`);
    sentences.push(`Återkommer i flera regioner: ${listed(phrases)}.`);
  }
  if (missing.length > 0) sentences.push(`Inget material om detta: ${missing.join(', ')}.`);
  return sentences.join(' ');
}
