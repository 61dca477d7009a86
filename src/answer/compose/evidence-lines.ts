import type { ReportCatalog } from '../report-catalog.ts';
import type { CitationList } from '../evidence/citations.ts';
import type { Evidence } from '../evidence/evidence.ts';
import { linkedItemFor } from './linked-items.ts';
import { isResultPassage } from '../evidence/passage-parts.ts';
import { stripEmails } from '../evidence/privacy.ts';
import { answerLine } from './answer-line.ts';

/** Markdown bullets for quoted sentences, with the linked measure or result under each. */
export interface EvidenceLines {
  lines: string[];
  /** The quoted sentences with their markers, for the per-region summary. */
  quotes: string[];
  citations: number[];
  /** A result the form links to a quoted item was shown under it. */
  showsResult: boolean;
}

/*
 * Sentences are quoted exactly (only e-mail addresses are removed), so every number and name stays as
 * the report wrote it; the [n] marker follows each one.
 */
export function evidenceLines(
  chosen: Evidence[],
  citations: CitationList,
  index: ReportCatalog,
  wantsResults = false,
  /** Whether an item of a long enumeration speaks to the question (only those are quoted, with the lead-in). */
  matches?: (text: string) => boolean,
): EvidenceLines {
  const lines: string[] = [];
  const quotes: string[] = [];
  const numbers: number[] = [];
  let showsResult = false;
  const quoted = new Set(chosen.map((e) => `${e.hit.passage.id}:${e.sentence.start}`));
  for (const evidence of chosen) {
    const { passage } = evidence.hit;
    // A whole sentence or list item with its lead-in, never a fragment; a national task says so.
    const line = answerLine(evidence.sentence, { heading: passage.headingPath.at(-1) ?? null, ...(matches ? { matches } : {}) });
    let n = 0;
    for (const range of line.ranges) n = citations.cite(passage, { start: range.start, end: range.end });
    if (line.ranges.length === 0) n = citations.cite(passage, { start: evidence.sentence.start, end: evidence.sentence.end });
    const quote = `${stripEmails(line.text)} [${n}]`;
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
    showsResult ||= linked.isResult;
  }
  return { lines, quotes, citations: [...new Set(numbers)], showsResult };
}
