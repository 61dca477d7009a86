import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ingestReport } from '../ingest/ingest-report.ts';
import { loadPdfReport } from '../ingest/load-pdf.ts';
import { loadQuestionBank } from '../ingest/question-bank.ts';
import { readManifest } from '../ingest/manifest.ts';
import { generatedReportPdf } from './generated-pdf.ts';
import { timed } from './measure.ts';
import { median } from './stats.ts';

export interface PdfBenchResult {
  pages: number;
  bytes: number;
  passages: number;
  runs: number;
  /** pdf.js text extraction alone (loadPdfReport), median. */
  extractMs: number;
  /** ingestReport: extraction, cleaning, redaction, segmentation, passages; median. */
  ingestMs: number;
  extractPagesPerSecond: number;
  ingestPagesPerSecond: number;
}

/**
 * PDF ingest end to end on a generated PDF of `pages` pages laid out from the corpus's one plain
 * report (kind "report", so it goes through segmentReport), against pdf.js's own extraction speed.
 */
export async function runPdfBench(options: { corpusDir: string; pages: number; runs: number; log(message: string): void }): Promise<PdfBenchResult> {
  const manifest = await readManifest(options.corpusDir);
  const [file, entry] = [...manifest].find(([, candidate]) => candidate.kind === 'report') ?? [...manifest][0]!;
  const text = await readFile(path.join(options.corpusDir, file), 'utf8');
  const bytes = await generatedReportPdf(text, options.pages, entry.title);
  const bank = loadQuestionBank();
  const extract: number[] = [];
  const ingest: number[] = [];
  let passages = 0;
  let pages = 0;
  for (let run = 0; run < options.runs + 1; run++) {
    const extracted = await timed(() => loadPdfReport(bytes, 'bench.pdf'));
    const ingested = await timed(() => ingestReport('bench.pdf', bytes, { ...entry, file: 'bench.pdf' }, bank));
    pages = extracted.value.pageCount ?? 0;
    passages = ingested.value.passages.length;
    // The first run warms pdf.js's and the segmenter's code paths.
    if (run === 0) continue;
    extract.push(extracted.ms);
    ingest.push(ingested.ms);
  }
  const result = {
    pages,
    bytes: bytes.byteLength,
    passages,
    runs: options.runs,
    extractMs: median(extract),
    ingestMs: median(ingest),
    extractPagesPerSecond: (pages / median(extract)) * 1000,
    ingestPagesPerSecond: (pages / median(ingest)) * 1000,
  };
  options.log(`  PDF ${pages} sidor: pdf.js ${result.extractPagesPerSecond.toFixed(0)} sidor/s, ingest hela vägen ${result.ingestPagesPerSecond.toFixed(0)} sidor/s`);
  return result;
}
