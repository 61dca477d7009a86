import { createHash } from 'node:crypto';
import path from 'node:path';
import { AppError } from '../errors.ts';
import type { FormKind, Passage, Report } from '../types.ts';
import { assembleCleanedText } from './assemble-text.ts';
import { parseBlocks } from './blocks.ts';
import { buildPassages } from './chunk-passages.ts';
import { cleanBlocks } from './clean-blocks.ts';
import { detectMetadata } from './detect-metadata.ts';
import type { DetectedMeta } from './detect-metadata.ts';
import { linkItems } from './link-items.ts';
import { loadDocxReport } from './load-docx.ts';
import { loadHtmlReport } from './load-html.ts';
import type { FrontMatter } from './front-matter.ts';
import { loadPdfReport } from './load-pdf.ts';
import { loadPptxReport } from './load-pptx.ts';
import { loadTextReport } from './load-text.ts';
import type { ManifestEntry } from './manifest.ts';
import type { BankQuestion, QuestionBank } from './question-bank.ts';
import { questionsOfForm } from './question-bank.ts';
import { segmentReport } from './segment-report.ts';
import { segmentSlides } from './segment-slides.ts';
import { segmentSurvey } from './segment-survey.ts';
import { themePassages } from './theme-passages.ts';
import { passageThemeIds } from '../store/passage-themes.ts';
import type { SourceDocument } from './source-document.ts';
import type { PlacedUnit } from './structure.ts';
import { toUnits } from './units.ts';

/** What a loader makes of a file: its text by page, plus what the file itself says about the report. */
interface LoadedReport {
  document: SourceDocument;
  frontMatter?: FrontMatter;
  /** What the format itself says about the report (a slide deck is kind 'slides'); front matter and manifest win. */
  known?: Partial<DetectedMeta>;
  warnings: string[];
}

/** One loader per supported file extension; the list of supported formats is this table. */
const loaders: Record<string, (bytes: Uint8Array, file: string) => Promise<LoadedReport>> = {
  '.pdf': async (bytes, file) => ({ document: await loadPdfReport(bytes, file), warnings: [] }),
  '.txt': async (bytes, file) => loadTextReport(bytes, file),
  '.md': async (bytes, file) => loadTextReport(bytes, file),
  '.docx': loadDocxReport,
  '.html': async (bytes, file) => loadHtmlReport(bytes, file),
  '.htm': async (bytes, file) => loadHtmlReport(bytes, file),
  '.pptx': async (bytes, file) => ({ ...(await loadPptxReport(bytes, file)), known: { kind: 'slides' } }),
};

export const supportedExtensions: readonly string[] = Object.keys(loaders);

/** Which form questions a report answers: found (question line or heading present) and missed. */
export interface QuestionCoverage {
  form: FormKind;
  found: string[];
  missed: string[];
}

export interface IngestedReport {
  report: Report;
  passages: Passage[];
  cleanedText: string;
  coverage: QuestionCoverage | null;
}

function formOf(kind: Report['kind'], organisation: Report['organisation']): FormKind {
  if (kind === 'survey-municipal') return 'municipal';
  if (kind === 'survey-region') return 'region';
  return organisation === 'kommunerna' ? 'municipal' : 'region';
}

function coverageOf(form: FormKind, bank: QuestionBank, found: Iterable<string>): QuestionCoverage {
  const seen = new Set(found);
  const all = questionsOfForm(bank, form).map((question) => question.id);
  return { form, found: all.filter((id) => seen.has(id)), missed: all.filter((id) => !seen.has(id)) };
}

/** Loads, cleans, structures and cuts one report into passages. Throws AppError('REPORT_UNREADABLE'). */
export async function ingestReport(
  file: string,
  bytes: Uint8Array,
  entry: ManifestEntry | undefined,
  bank: QuestionBank,
): Promise<IngestedReport> {
  const extension = path.extname(file).toLowerCase();
  const id = entry?.id ?? path.basename(file, path.extname(file));
  const warnings: string[] = [];
  const load = loaders[extension];
  if (!load) {
    throw new AppError('REPORT_UNREADABLE', `${file}: filformatet ${extension || '(inget)'} stöds inte.`, { details: { file } });
  }
  const loaded = await load(bytes, file);
  const document = loaded.document;
  const known: Partial<DetectedMeta> = { ...loaded.known, ...loaded.frontMatter?.meta };
  warnings.push(...loaded.warnings, ...(loaded.frontMatter?.warnings ?? []));

  const blocks = parseBlocks(document.pages);
  if (blocks.length === 0) {
    throw new AppError('REPORT_UNREADABLE', `${file}: filen innehåller ingen text.`, { details: { file } });
  }
  let meta: DetectedMeta;
  if (entry) {
    const { file: _file, id: _id, ...rest } = entry;
    meta = rest;
  } else {
    const detected = detectMetadata(blocks, known, bank, file);
    meta = detected.meta;
    warnings.push(...detected.warnings);
  }

  const cleaning = cleanBlocks(blocks);
  if (cleaning.redactedNames.length > 0) {
    warnings.push(`${cleaning.redactedNames.length} personnamn från kontakt-/signaturblock borttagna`);
  }
  const units = toUnits(cleaning.blocks);
  const form = formOf(meta.kind, meta.organisation);
  let placed: PlacedUnit[];
  let foundQuestions: BankQuestion[] | null = null;
  if (meta.kind === 'survey-region' || meta.kind === 'survey-municipal') {
    const survey = segmentSurvey(units, bank, form);
    placed = survey.placed;
    foundQuestions = survey.found;
  } else if (meta.kind === 'slides') placed = segmentSlides(units, bank);
  else placed = segmentReport(units, bank, form);

  const assembled = assembleCleanedText(placed);
  const { passages, unitsByPassage } = buildPassages(id, assembled.text, assembled.units, bank);
  linkItems(passages, unitsByPassage);
  themePassages(passages, meta.title, bank);

  let coverage: QuestionCoverage | null = null;
  if (foundQuestions) coverage = coverageOf(form, bank, foundQuestions.map((question) => question.id));
  else if (meta.kind === 'report') {
    coverage = coverageOf(form, bank, passages.flatMap((passage) => (passage.question ? [passage.question.number] : [])));
  }
  if (passages.length === 0) warnings.push('inga passager hittades');

  const themes = [...new Set(passages.flatMap(passageThemeIds))];
  const report: Report = {
    id,
    ...meta,
    file,
    pageCount: document.pageCount,
    contentHash: createHash('sha256').update(bytes).digest('hex'),
    passageCount: passages.length,
    themes: bank.themes.map((theme) => theme.id).filter((themeId) => themes.includes(themeId)),
    warnings,
  };
  return { report, passages, cleanedText: assembled.text, coverage };
}
