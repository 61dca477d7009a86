import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';
import type { IngestResult } from '../../src/ingest/ingest-corpus.ts';

export const seedCorpusDir = path.resolve(import.meta.dirname, '../../corpus');

export const seedIds = {
  halland: '000_35b61455822fcff2',
  dalarna: '001_31875cbed7f45a2b',
  vasterbotten: '002_a2793ddfc168eafa',
  gavleborg: '003_9740c21335fc023f',
  gnhh: '004_1795c0fc3a321d52',
} as const;

let shared: Promise<IngestResult> | undefined;

/** The seeds ingested once per test file (ingestion is pure, so sharing the result is safe). */
export function ingestSeeds(): Promise<IngestResult> {
  shared ??= ingestCorpus(seedCorpusDir);
  return shared;
}

export function passagesOf(result: IngestResult, reportId: string) {
  return result.passages.filter((passage) => passage.reportId === reportId);
}

/** The passage of a report whose text holds the substring; fails loudly when there is none. */
export function passageHolding(result: IngestResult, reportId: string, substring: string) {
  const found = passagesOf(result, reportId).find((passage) => passage.text.includes(substring));
  if (!found) throw new Error(`Ingen passage i ${reportId} innehåller "${substring}"`);
  return found;
}

const reportLines = new Map<string, string[]>();

/**
 * One line of a seed report as it stands in the file (1-based, trimmed). Tests point at report text
 * by report and position with it instead of quoting the reports.
 */
export function seedLine(reportId: string, line: number): string {
  let lines = reportLines.get(reportId);
  if (!lines) {
    lines = readFileSync(path.join(seedCorpusDir, `${reportId}.txt`), 'utf8').split('\n');
    reportLines.set(reportId, lines);
  }
  const text = lines[line - 1]?.trim();
  if (!text) throw new Error(`Rad ${line} i ${reportId} är tom eller saknas`);
  return text;
}

/**
 * The opening words of a line of a seed report, list marker dropped: enough to find the passage that
 * holds the line. Fails loudly when the words stand more than once in the report, since the passage
 * found would then not be the one meant.
 */
export function seedOpening(reportId: string, line: number, words = 8): string {
  const opening = seedLine(reportId, line).replace(/^[-•*]\s+/, '').split(/\s+/).slice(0, words).join(' ');
  const occurrences = reportLines.get(reportId)!.filter((text) => text.includes(opening)).length;
  if (occurrences !== 1) throw new Error(`"${opening}" (rad ${line} i ${reportId}) står på ${occurrences} rader`);
  return opening;
}
