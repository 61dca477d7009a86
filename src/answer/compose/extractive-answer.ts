import type { Answer, Hit, RegionAccount } from '../../types.ts';
import { isNationalScope } from '../../text/swedish-regions.ts';
import { displayRegion, type ReportCatalog } from '../report-catalog.ts';
import { createCitationList } from '../evidence/citations.ts';
import { inReadingOrder, rankEvidence, selectEvidence, selectPerPassage, type Evidence } from '../evidence/evidence.ts';
import { evidenceLines } from './evidence-lines.ts';
import type { RegionEvidence } from '../evidence/region-fanout.ts';
import { scoreSentence } from '../evidence/sentence-scoring.ts';
import { figureKind, reportsOutcome } from './figure-kinds.ts';
import { isResultPassage } from '../evidence/passage-parts.ts';
import { holdsFigure, isShareTerm } from './figures.ts';
import { isGenericTerm } from '../../text/generic-words.ts';
import { chooseOutcomes } from './outcome-answer.ts';
import { withinNamedScope, type NamedScope } from './named-scope.ts';
import { evidenceOverview } from './evidence-overview.ts';
import { answerLineText } from './answer-line.ts';
import { lackingAnswer } from './lacking-answer.ts';

export interface ExtractiveContext {
  index: ReportCatalog;
  queryTerms: string[];
  wantsResults: boolean;
  /** For questions asking for a figure: whether a sentence gives it (see figures.ts). */
  givesFigure?: (sentence: string) => boolean;
  /** The question asks what was achieved or measured: only outcome figures answer it, never targets or forecasts. */
  outcomeOnly?: boolean;
  /** A year or source the question names: only sentences within it may answer. */
  scope?: NamedScope;
  /** The overview says who reports outcomes and who only describes measures (default): off for a plain fact such as opening hours. */
  aboutOutcomes?: boolean;
  /** The question asks which regions lack the topic: the cross-region answer leads with those without evidence. */
  negated?: boolean;
}

/** Candidate sentences ranked for the question, within the year or source it names. */
function rankedFor(hits: Hit[], context: ExtractiveContext): Evidence[] {
  const ranked = rankEvidence(hits, context.queryTerms, { statistics: context.index.statistics, preferResults: context.wantsResults, preferFigures: context.givesFigure !== undefined });
  const scope = context.scope;
  if (!scope || (scope.years.length === 0 && scope.sources.length === 0)) return ranked;
  return ranked.filter((e) => withinNamedScope(scope, { text: e.sentence.text, report: e.hit.report, context: e.hit.passage.text }));
}

/** What makes a figure sentence answer the question: it gives the figure, and for an outcome question, an outcome. */
function figureRequirement(context: ExtractiveContext): ((sentence: string) => boolean) | undefined {
  const givesFigure = context.givesFigure;
  if (!givesFigure) return undefined;
  return context.outcomeOnly ? (sentence) => givesFigure(sentence) && figureKind(sentence) === 'outcome' : givesFigure;
}

/**
 * Whether a sentence holds one of the question's content words: not only general language ("stor")
 * or the share it asks for ("andel", "procent"). A question of nothing else lets any sentence through.
 */
function namesTopic(context: ExtractiveContext): (text: string) => boolean {
  const content = context.queryTerms.filter((term) => !isGenericTerm(term) && !isShareTerm(term));
  if (content.length === 0) return () => true;
  return (text) => scoreSentence(content, text, context.index.statistics).matched.length > 0;
}

/** Whether an item of a long enumeration speaks to the question: only those are quoted. */
function itemMatcher(context: ExtractiveContext): (text: string) => boolean {
  return (text) => scoreSentence(context.queryTerms, text, context.index.statistics).coverage > 0;
}

// A focused answer stays short: a few sentences, at most two from one passage.
const focused = { maxSentences: 4, maxPerPassage: 2, minCoverage: 0.15, fallbackToFirst: true };
// Per region in an overview: one or two sentences, and only ones that really speak to the question.
const perRegion = { maxSentences: 3, maxPerPassage: 1, minCoverage: 0.3, fallbackToFirst: false, excludeAgreementText: true };

function regionOf(hit: Hit, index: ReportCatalog): string {
  return displayRegion(index, hit.report.region);
}

/** Answer to a question about one topic: the best sentences, grouped by the region that wrote them. */
export function composeFocusedAnswer(hits: Hit[], context: ExtractiveContext): Answer {
  const { index } = context;
  const ranked = rankedFor(hits, context);
  const citations = createCitationList(index);
  if (context.givesFigure && context.outcomeOnly) {
    // Where the reports give only a target or a forecast, say so plainly and cite it: not an answer.
    const givesFigure = context.givesFigure;
    // A target for another measure is no answer either way: the sentence must name what the question is about, not only "andel".
    const aboutTopic = namesTopic(context);
    let candidates = ranked.filter((e) => e.coverage > 0 && givesFigure(e.sentence.text) && aboutTopic(e.sentence.text));
    // The measure may be named otherwise in the report ("invånarna" / "befolkningen"): then any figure in a
    // sentence that speaks to the question as well as the best one does.
    if (candidates.length === 0) {
      const best = Math.max(0, ...ranked.map((e) => e.coverage));
      candidates = ranked.filter((e) => best > 0 && e.coverage >= best * 0.8 && holdsFigure(e.sentence.text) && aboutTopic(e.sentence.text));
    }
    const choice = chooseOutcomes(candidates, (e) => e.sentence.text);
    if (!choice.answered && choice.missing) {
      const cited = choice.missing.cite;
      const n = citations.cite(cited.hit.passage, { start: cited.sentence.start, end: cited.sentence.end });
      const region = regionOf(cited.hit, index);
      return {
        answerable: false,
        // The statement first, then the report's own line, so the reader sees the target as written.
        answer: `${choice.missing.statement} [${n}]\n\n**${region}**\n- ${answerLineText(cited.sentence, cited.hit.passage.headingPath.at(-1) ?? null)} [${n}]`,
        citations: citations.finish(),
        regions: [{ region, state: 'mentioned', summary: choice.missing.statement, citations: [n] }],
      };
    }
  }
  // What was achieved is answered with outcomes only: a target or forecast (for another measure, since none for this one was found above) is no answer line.
  const quotable = context.givesFigure && context.outcomeOnly ? ranked.filter((e) => !holdsFigure(e.sentence.text) || figureKind(e.sentence.text) === 'outcome') : ranked;
  const requirement = figureRequirement(context);
  const selected = selectEvidence(quotable, { ...focused, requireFigure: requirement });
  // A figure question is answered by its figure: the passage giving it comes first (its sentences still in reading order).
  const chosen = requirement ? [...selected.filter((e) => requirement(e.sentence.text)), ...selected.filter((e) => !requirement(e.sentence.text))] : selected;
  const regionOrder: string[] = [];
  for (const evidence of chosen) {
    const region = regionOf(evidence.hit, index);
    if (!regionOrder.includes(region)) regionOrder.push(region);
  }
  const blocks: string[] = [];
  const regions: RegionAccount[] = [];
  let resultShown = false;
  for (const region of regionOrder) {
    const ofRegion = inReadingOrder(chosen.filter((evidence) => regionOf(evidence.hit, index) === region));
    const rendered = evidenceLines(ofRegion, citations, index, context.wantsResults, itemMatcher(context));
    resultShown ||= rendered.showsResult;
    blocks.push([`**${region}**`, ...rendered.lines].join('\n'));
    regions.push({ region, state: 'evidence', summary: rendered.quotes.join(' '), citations: rendered.citations });
  }
  // Asked for results and given only what was done: say so, so the work is not read as its result.
  const describesOnly = context.wantsResults && !context.givesFigure && blocks.length > 0 && !resultShown
    && !chosen.some((evidence) => isResultPassage(evidence.hit.passage) || reportsOutcome(evidence.sentence.text));
  if (describesOnly) blocks.unshift(regionOrder.length > 1 ? noResultsReported.several : noResultsReported.one);
  return { answerable: blocks.length > 0, answer: blocks.join('\n\n'), citations: citations.finish(), regions };
}

const noResultsReported = {
  one: 'Rapporten beskriver arbetet men redovisar inget resultat av det.',
  several: 'Rapporterna beskriver arbetet men redovisar inget resultat av det.',
};

/**
 * Answer across regions from each region's own judged evidence (see region-fanout.ts). Regions with
 * evidence come first, strongest first, one section each; regions where the topic is only named are
 * listed with the citation that names it; regions without evidence are named together in one closing
 * line, so that silence is never mistaken for coverage and never fills the answer with empty headings.
 * Asked which regions lack the topic, the same regions are put the other way round (lacking-answer.ts).
 */
export function composeCrossRegionAnswer(regionEvidence: RegionEvidence[], context: ExtractiveContext): Answer {
  const { index } = context;
  const citations = createCitationList(index);
  const withEvidence: { region: string; strength: number; lines: string[]; texts: string[]; account: RegionAccount }[] = [];
  const mentioned: { region: string; hit: Hit }[] = [];
  const none: string[] = [];
  for (const entry of regionEvidence) {
    const region = displayRegion(index, entry.region);
    const ranked = rankedFor(entry.evidence, context);
    // The region's judged passages, strongest first, each quoted by its best sentence: the passage that speaks to
    // the question is cited, not one whose single sentence happens to hold more of the question's words.
    const passageOrder = entry.evidence.map((hit) => hit.passage.id);
    // Asked which regions lack it, the regions that have it are listed briefly: one sentence each.
    const options = { ...perRegion, ...(context.negated ? { maxSentences: 1 } : {}), requireFigure: figureRequirement(context) };
    const chosen = entry.evidence.length > 0 ? inReadingOrder(selectPerPassage(ranked, passageOrder, options)) : [];
    if (chosen.length > 0) {
      const rendered = evidenceLines(chosen, citations, index, context.wantsResults, itemMatcher(context));
      const texts = chosen.map((e) => e.sentence.text);
      withEvidence.push({ region, strength: entry.strength, lines: rendered.lines, texts, account: { region, state: 'evidence', summary: rendered.quotes.join(' '), citations: rendered.citations } });
      continue;
    }
    const mention = entry.mention ?? entry.evidence[0] ?? null;
    if (mention) mentioned.push({ region, hit: mention });
    else none.push(region);
  }
  withEvidence.sort((a, b) => b.strength - a.strength);
  const sections = withEvidence.map((entry) => [`### ${entry.region}`, ...entry.lines].join('\n'));
  const regions: RegionAccount[] = withEvidence.map((entry) => entry.account);
  const closing: string[] = [];
  // Named, or a region's strongest passage below the judge's threshold: cited so the reader can judge, never as the region's work.
  const cited = mentioned.map(({ region, hit }) => ({ region, n: citations.cite(hit.passage, null) }));
  if (cited.length > 0) {
    for (const { region, n } of cited) regions.push({ region, state: 'mentioned', summary: 'Ämnet nämns eller berörs svagt, men inget avsnitt beskriver tydligt arbetet med det.', citations: [n] });
    closing.push(`Nämns bara eller svagare träffar, utan att rapporten tydligt beskriver arbetet: ${cited.map(({ region, n }) => `${region} [${n}]`).join(', ')}.`);
  }
  if (none.length > 0) {
    for (const region of none) regions.push({ region, state: 'none', summary: 'Inga belägg i rapporterna.', citations: [] });
    closing.push(`Inga belägg i rapporterna från ${none.join(', ')}.`);
  }
  // The overview from the evidence itself: who describes it, who reports outcomes (with figures), recurring phrases.
  const overview = evidenceOverview(withEvidence.map((entry) => ({ region: entry.region, texts: entry.texts })), { statistics: index.statistics, topicTerms: context.queryTerms, aboutOutcomes: context.aboutOutcomes });
  const regional = (names: string[]) => names.filter((name) => !isNationalScope(name)).length;
  const inScope = regional(regionEvidence.map((entry) => entry.region));
  if (context.negated) {
    // Regions without evidence lead, in the answer and in `regions`, each keeping its state.
    const described = withEvidence.map((entry) => ({ region: entry.region, lines: entry.lines }));
    const order = { none: 0, mentioned: 1, evidence: 2 } as const;
    return {
      answerable: withEvidence.length > 0,
      answer: lackingAnswer({ none, mentioned: cited, described, regionsInScope: inScope }),
      citations: citations.finish(),
      regions: [...regions].sort((a, b) => order[a.state] - order[b.state]),
    };
  }
  const intro = withEvidence.length > 0 && inScope > 0 ? `${overview} (${regional(withEvidence.map((entry) => entry.region))} av ${inScope} regioner i urvalet.)` : overview;
  return {
    answerable: withEvidence.length > 0,
    answer: [intro, ...sections, ...(closing.length > 0 ? [closing.join('\n')] : [])].join('\n\n'),
    citations: citations.finish(),
    regions,
  };
}
