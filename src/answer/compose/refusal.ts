import type { Answer, Hit } from '../../types.ts';
import type { AnalysedQuestion } from '../question/analysed-question.ts';
import { displayRegion, themeRef, type ReportCatalog } from '../report-catalog.ts';
import { createCitationList } from '../evidence/citations.ts';

const nearestCount = 3;

/** The reports do not cover the question: say so plainly and offer the nearest passages. */
export function refuseNotCovered(hits: Hit[], reason: string, index: ReportCatalog): Answer {
  const citations = createCitationList(index);
  const lines = hits.slice(0, nearestCount).map((hit) => {
    const n = citations.cite(hit.passage, null);
    const region = displayRegion(index, hit.report.region);
    // A title that names its region already ("… (Region Gävleborg)") is not followed by it again.
    const where = hit.report.title.includes(region) ? '' : ` (${region})`;
    return `- ${themeRef(index, hit.passage.themeId).label}: ${hit.report.title}${where} [${n}]`;
  });
  const why = reason ? ` Skäl: ${reason.replace(/[.\s]+$/, '')}.` : '';
  const answer = [
    `Rapporterna tar inte upp detta, så jag kan inte besvara frågan utifrån dem.${why}`,
    ...(lines.length > 0 ? ['', 'Närmast liggande avsnitt, om de är till hjälp:', ...lines] : []),
  ].join('\n');
  return { answerable: false, answer, citations: citations.finish(), regions: [] };
}

/** A region the corpus does not hold: refuse instead of answering with another region's material. */
export function refuseUnknownRegions(unknown: string[], index: ReportCatalog): Answer {
  const answer =
    `Rapporterna i Utblick omfattar inte ${unknown.join(' eller ')}, så jag kan inte svara på frågan. ` +
    `Det finns rapporter från ${index.regions.join(', ')}.`;
  return { answerable: false, answer, citations: [], regions: [] };
}

/** A year no report covers. */
export function refuseUnknownYears(years: number[], covered: Set<number>): Answer {
  const span = [...covered].sort((a, b) => a - b);
  const range = span.length > 0 ? `${span[0]}–${span[span.length - 1]}` : 'inga år';
  const answer =
    `Rapporterna täcker inte ${years.join(' och ')}, så jag kan inte svara på frågan. ` +
    `De rapporter som finns gäller åren ${range}.`;
  return { answerable: false, answer, citations: [], regions: [] };
}

/** Filters that match no region of the catalog. */
export function refuseNoRegionsInScope(requested: string[], index: ReportCatalog): Answer {
  const answer =
    `Det finns inga rapporter för ${requested.join(', ')}. ` + `Det finns rapporter från ${index.regions.join(', ')}.`;
  return { answerable: false, answer, citations: [], regions: [] };
}

/** A word is named beside the question's heaviest only when it weighs at least half as much. */
const namedShare = 0.5;

/**
 * Why the reports do not answer, in the asker's own words: the words of the question no passage found
 * holds ("fotbollsklubb"), never the internal search forms ("fotbollsklubb" stemmed and folded).
 */
export function missingTopicReason(question: AnalysedQuestion, hits: readonly Hit[]): string {
  const held = new Set(hits.flatMap((hit) => (hit.matches ?? []).map((match) => match.term)));
  const unheld = question.topic.filter((entry) => !held.has(entry.term));
  if (question.topic.length === 0) return 'frågan anger inget ämne att söka efter';
  if (unheld.length === 0) return 'inget avsnitt handlar om det frågan gäller, även om enstaka ord förekommer';
  // Words no report uses at all are named as such; words used elsewhere are missing where the question's topic is.
  const absent = unheld.filter((entry) => !entry.inCorpus);
  const candidates = absent.length > 0 ? absent : unheld;
  // The words that carry the question (the heaviest, and none much lighter: rare content words, not "extra"
  // or "måste"), at most four, said in the question's order.
  const top = Math.max(...candidates.map((entry) => entry.weight));
  const heaviest = new Set([...candidates].filter((entry) => entry.weight >= top * namedShare).sort((a, b) => b.weight - a.weight).slice(0, 4));
  const named = candidates.filter((entry) => heaviest.has(entry));
  const words = [...new Set(named.map((entry) => entry.surface.toLocaleLowerCase('sv-SE')))];
  const quoted = words.map((word) => `”${word}”`);
  const list = quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} eller ${quoted.at(-1)}`;
  return absent.length > 0 ? `rapporterna nämner inte ${list}` : `rapporterna nämner inte ${list} i det sammanhang frågan gäller`;
}
