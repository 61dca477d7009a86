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
