import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.ts';
import { offlineSchemeVersion } from '../embed/offline-state.ts';
import { isAppError } from '../errors.ts';
import { bundleFiles } from '../store/index-bundle.ts';
import { parseIndexManifest } from '../store/index-manifest.ts';
import { corpusFingerprint } from './corpus-fingerprint.ts';

export interface Freshness {
  fresh: boolean;
  /** Swedish, for the start-up log. */
  reason: string;
}

/** Whether the index in config.indexDir was built from the corpus as it is now, with the embedder asked for. */
export async function indexFreshness(config: Config): Promise<Freshness> {
  let manifest;
  try {
    manifest = parseIndexManifest(JSON.parse(await readFile(path.join(config.indexDir, bundleFiles.manifest), 'utf8')));
  } catch (error) {
    const reason = isAppError(error) ? error.message : 'inget index hittades';
    return { fresh: false, reason };
  }
  if (manifest.corpusFingerprint !== (await corpusFingerprint(config.corpusDir))) {
    return { fresh: false, reason: 'korpusen har ändrats sedan indexet byggdes' };
  }
  if (config.embedder !== 'auto' && config.embedder !== manifest.embedder.kind) {
    return { fresh: false, reason: `indexet byggdes med ${manifest.embedder.kind}, inställningen säger ${config.embedder}` };
  }
  // The offline embedder's features changed with its scheme version: vectors of an older scheme do not match today's queries.
  if (manifest.embedder.kind === 'offline' && !manifest.embedder.id.startsWith(`offline:ngram-hash-v${offlineSchemeVersion}:`)) {
    return { fresh: false, reason: `indexet byggdes med en äldre version av reservinbäddningen (${manifest.embedder.id})` };
  }
  return { fresh: true, reason: `indexet är aktuellt (${manifest.counts.passages} passager, ${manifest.embedder.id})` };
}
