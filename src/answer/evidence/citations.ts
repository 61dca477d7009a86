import type { Citation, Passage } from '../../types.ts';
import { themeRef, displayRegion, type ReportCatalog } from '../report-catalog.ts';
import { buildExcerpt, type MarkedRange } from './excerpt.ts';

/**
 * Numbers cited passages in order of first citation; a passage cited for two sentences keeps one
 * number and gets both sentences marked in its excerpt.
 */
export interface CitationList {
  cite(passage: Passage, mark: MarkedRange | null): number;
  numberOf(passageId: string): number | undefined;
  finish(): Citation[];
}

export function createCitationList(index: ReportCatalog): CitationList {
  const entries = new Map<string, { n: number; passage: Passage; marks: MarkedRange[] }>();
  return {
    cite(passage, mark) {
      let entry = entries.get(passage.id);
      if (!entry) {
        entry = { n: entries.size + 1, passage, marks: [] };
        entries.set(passage.id, entry);
      }
      if (mark && !entry.marks.some((known) => known.start === mark.start && known.end === mark.end)) entry.marks.push(mark);
      return entry.n;
    },
    numberOf(passageId) {
      return entries.get(passageId)?.n;
    },
    finish() {
      return [...entries.values()].map(({ n, passage, marks }) => {
        const report = index.reportById.get(passage.reportId);
        return {
          n,
          passageId: passage.id,
          reportId: passage.reportId,
          reportTitle: report?.title ?? passage.reportId,
          region: report ? displayRegion(index, report.region) : '',
          page: passage.page,
          theme: themeRef(index, passage.themeId),
          location: passage.question ? `fråga ${passage.question.number}` : (passage.headingPath.at(-1) ?? null),
          excerpt: buildExcerpt(passage.text, marks),
        };
      });
    },
  };
}
