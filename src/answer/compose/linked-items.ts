import type { Passage } from '../../types.ts';
import type { ReportCatalog } from '../report-catalog.ts';
import { isResultPassage } from '../evidence/passage-parts.ts';
import { splitSentences, type SentenceSpan } from '../evidence/sentences.ts';

/** The partner of a cited item: the result of a measure, or the measure behind a result. */
export interface LinkedItem {
  passage: Passage;
  /** Exact text of the partner item, with offsets into the partner passage. */
  span: Pick<SentenceSpan, 'text' | 'start' | 'end'>;
  /** True when the partner is the result (the cited item is a measure). */
  isResult: boolean;
}

/*
 * A form says "answers 1–X in part a belong with answers 1–X in part b"; ingestion records that in
 * `linkedItems`. A measure quoted without its result (or the reverse) tells half the story.
 */
export function linkedItemFor(passage: Passage, item: number | null, index: ReportCatalog): LinkedItem | null {
  const links = passage.linkedItems ?? [];
  const link = item !== null ? links.find((entry) => entry.item === item) : links.length === 1 ? links[0] : undefined;
  if (!link) return null;
  const partner = index.passageById.get(link.passageId);
  if (!partner || partner.id === passage.id) return null;
  const spans = splitSentences(partner.text);
  const numbered = spans.filter((span) => span.item !== null);
  const itemSpans = numbered.length > 0 ? spans.filter((span) => span.item === link.item) : spans.slice(0, 2);
  const first = itemSpans[0];
  const last = itemSpans[itemSpans.length - 1];
  if (!first || !last) return null;
  const span = { text: partner.text.slice(first.start, last.end), start: first.start, end: last.end };
  return { passage: partner, span, isResult: isResultPassage(partner) };
}
