import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError, isAppError } from '../errors.ts';
import type { Passage, Report, Theme } from '../types.ts';
import { ingestReport, supportedExtensions } from './ingest-report.ts';
import type { QuestionCoverage } from './ingest-report.ts';
import { manifestFileName, readManifest } from './manifest.ts';
import { loadQuestionBank, loadThemes } from './question-bank.ts';

/** Everything ingestion produces; the embedding and index stages build on it. */
export interface IngestResult {
  reports: Report[];
  passages: Passage[];
  /** Cleaned text per report id; passage offsets point into it. */
  cleanedTexts: Record<string, string>;
  /** Files that could not be ingested, with the reason; the rest of the corpus is still ingested. */
  failures: { file: string; reason: string }[];
  themes: Theme[];
  /** Per report id: which form questions were found and which were missed (surveys and reworked reports). */
  questionCoverage: Record<string, QuestionCoverage>;
}

export interface IngestOptions {
  onProgress?(done: number, total: number, file: string): void;
}

// Formats reports are also written in that cannot be read yet: named in the failures rather than silently skipped.
const laterFormats = new Set(['.doc', '.odt', '.rtf', '.ppt', '.odp']);

/**
 * Ingests every report in corpusDir. A bad manifest entry stops the run (MANIFEST_INVALID); an
 * unreadable report is listed in failures and skipped. No report at all is CORPUS_EMPTY.
 */
export async function ingestCorpus(corpusDir: string, options: IngestOptions = {}): Promise<IngestResult> {
  const bank = loadQuestionBank();
  const manifest = await readManifest(corpusDir);
  let names: string[];
  try {
    names = (await readdir(corpusDir, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);
  } catch (error) {
    throw new AppError('CORPUS_EMPTY', `Korpusmappen ${corpusDir} kan inte läsas.`, { cause: error });
  }
  const failures: IngestResult['failures'] = [];
  const files = names
    .filter((name) => name !== manifestFileName && !name.startsWith('.'))
    .filter((name) => {
      const extension = path.extname(name).toLowerCase();
      if (supportedExtensions.includes(extension)) return true;
      if (laterFormats.has(extension)) failures.push({ file: name, reason: `filformatet ${extension} stöds inte ännu` });
      return false;
    })
    .sort((a, b) => a.localeCompare(b));
  for (const listed of manifest.keys()) {
    if (!names.includes(listed)) failures.push({ file: listed, reason: 'finns i manifestet men inte i korpusmappen' });
  }

  const result: IngestResult = { reports: [], passages: [], cleanedTexts: {}, failures, themes: loadThemes(), questionCoverage: {} };
  let done = 0;
  for (const file of files) {
    try {
      const bytes = new Uint8Array(await readFile(path.join(corpusDir, file)));
      const ingested = await ingestReport(file, bytes, manifest.get(file), bank);
      if (result.reports.some((report) => report.id === ingested.report.id)) {
        throw new AppError('REPORT_UNREADABLE', `${file}: rapport-id ${ingested.report.id} används redan av en annan fil.`);
      }
      result.reports.push(ingested.report);
      result.passages.push(...ingested.passages);
      result.cleanedTexts[ingested.report.id] = ingested.cleanedText;
      if (ingested.coverage) result.questionCoverage[ingested.report.id] = ingested.coverage;
    } catch (error) {
      if (!isAppError(error) || error.code !== 'REPORT_UNREADABLE') {
        failures.push({ file, reason: `oväntat fel: ${(error as Error).message}` });
      } else failures.push({ file, reason: error.message });
    }
    done += 1;
    options.onProgress?.(done, files.length, file);
  }
  if (result.reports.length === 0) {
    const reasons = failures.map((failure) => `${failure.file}: ${failure.reason}`).join('; ');
    throw new AppError('CORPUS_EMPTY', `Ingen rapport kunde läsas in från ${corpusDir}.${reasons ? ` ${reasons}` : ''}`, {
      details: { failures },
    });
  }
  return result;
}
