import type { Hit, Passage, Report } from '../types.ts';
import { themeRef, type ReportCatalog } from '../answer/report-catalog.ts';
import { questionLabel } from '../answer/evidence/passage-parts.ts';
import { stripEmails } from '../answer/evidence/privacy.ts';

/** One /api/search result, as DESIGN.md fixes it. */
export function hitView(hit: Hit, index: ReportCatalog) {
  return {
    id: hit.passage.id,
    reportId: hit.report.id,
    reportTitle: hit.report.title,
    region: hit.report.region,
    year: hit.report.year,
    kind: hit.report.kind,
    theme: themeRef(index, hit.passage.themeId),
    question: questionLabel(hit.passage),
    page: hit.passage.page,
    text: stripEmails(hit.passage.text),
    score: hit.score,
  };
}

export function passageView(passage: Passage, index: ReportCatalog) {
  return {
    id: passage.id,
    reportId: passage.reportId,
    theme: themeRef(index, passage.themeId),
    question: questionLabel(passage),
    headingPath: passage.headingPath,
    text: stripEmails(passage.text),
    page: passage.page,
    start: passage.start,
    end: passage.end,
    isAgreementText: passage.isAgreementText,
    ordinal: passage.ordinal,
    linkedItems: passage.linkedItems ?? [],
  };
}

export function reportView(report: Report) {
  return {
    id: report.id,
    title: report.title,
    region: report.region,
    organisation: report.organisation,
    kind: report.kind,
    year: report.year,
    period: report.period ?? null,
    file: report.file,
    sourceUrl: report.sourceUrl ?? null,
    pageCount: report.pageCount,
    passageCount: report.passageCount,
    themes: report.themes,
  };
}

const contextLength = 400;

/** Cleaned report text around a passage, so the source view can show it in place. */
export function sourceContext(passage: Passage, cleanedText: string | undefined) {
  if (cleanedText === undefined) return null;
  return {
    before: stripEmails(cleanedText.slice(Math.max(0, passage.start - contextLength), passage.start)),
    after: stripEmails(cleanedText.slice(passage.end, passage.end + contextLength)),
  };
}
