import type { CatalogIndex } from './catalog.ts';
import type { CitationList } from './citations.ts';
import type { Evidence } from './evidence.ts';
import { linkedItemFor } from './linked-items.ts';
import { isResultPassage } from './passage-parts.ts';
import { stripEmails } from './privacy.ts';
import { answerLine } from './compose/answer-line.ts';
import { scoreSentence } from './sentence-scoring.ts';

/** Markdown bullets for quoted sentences, with the linked measure or result under each. */
export interface EvidenceLines {
  lines: string[];
  /** The quoted sentences with their markers, for the per-region summary. */
  quotes: string[];
  citations: number[];
}

/*
 * Sentences are quoted exactly (only e-mail addresses are removed), so every number and name stays as
 * the report wrote it; the [n] marker follows each one.
 */
export function evidenceLines(chosen: Evidence[], citations: CitationList, index: CatalogIndex, wantsResults = false, queryTerms: string[] = []): EvidenceLines {
  // From a long enumeration only the items the question names are quoted (see compose/enumeration.ts).
  const matches = queryTerms.length > 0 ? (item: string) => scoreSentence(queryTerms, item).matched.length > 0 : undefined;
  const lines: string[] = [];
  const quotes: string[] = [];
  const numbers: number[] = [];
  const quoted = new Set(chosen.map((e) => `${e.hit.passage.id}:${e.sentence.start}`));
  for (const evidence of chosen) {
    const { passage } = evidence.hit;
    const n = citations.cite(passage, { start: evidence.sentence.start, end: evidence.sentence.end });
    const quote = `${stripEmails(answerLine(evidence.sentence, { heading: passage.headingPath.at(-1), matches }).text)} [${n}]`;
    lines.push(`- ${quote}`);
    quotes.push(quote);
    numbers.push(n);
    const linked = linkedItemFor(passage, evidence.sentence.item, index);
    // The form links this list to its results, yet this item has none: say so rather than stay silent.
    if (!linked && wantsResults && !isResultPassage(passage) && evidence.sentence.item !== null && (passage.linkedItems?.length ?? 0) > 0) {
      lines.push('  - Resultat: rapporten redovisar inget resultat för just denna insats.');
      continue;
    }
    if (!linked || quoted.has(`${linked.passage.id}:${linked.span.start}`)) continue;
    quoted.add(`${linked.passage.id}:${linked.span.start}`);
    const m = citations.cite(linked.passage, { start: linked.span.start, end: linked.span.end });
    lines.push(`  - ${linked.isResult ? 'Resultat' : 'Insats'}: ${stripEmails(linked.span.text)} [${m}]`);
    numbers.push(m);
  }
  return { lines, quotes, citations: [...new Set(numbers)] };
}
