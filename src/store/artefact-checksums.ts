import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors.ts';

/** Size and SHA-256 of one index artefact, as the manifest records it. */
export interface ArtefactChecksum {
  bytes: number;
  sha256: string;
}

export function checksumOf(data: string | Uint8Array): ArtefactChecksum {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export async function checksumFile(file: string): Promise<ArtefactChecksum> {
  const hash = createHash('sha256');
  let bytes = 0;
  // 1 MB reads: the default 64 KB makes hashing a 400 MB graph several times slower.
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { bytes, sha256: hash.digest('hex') };
}

/** Checksums of the named files of a folder, for the manifest. */
export async function checksumArtefacts(directory: string, names: string[]): Promise<Record<string, ArtefactChecksum>> {
  const entries = await Promise.all(names.map(async (name) => [name, await checksumFile(path.join(directory, name))] as const));
  return Object.fromEntries(entries);
}

/**
 * Verifies every artefact the manifest lists before anything parses it: a flipped byte, a truncated
 * file, a shuffled id list or an edited passage is refused with INDEX_CORRUPT naming the file, so a
 * damaged index is never served as changed results and never reaches a native parser.
 */
export async function verifyArtefacts(directory: string, expected: Record<string, ArtefactChecksum>, required: string[]): Promise<void> {
  for (const name of required) {
    if (!(name in expected)) throw corrupt(directory, name, 'saknas i manifestets kontrollsummor');
  }
  for (const [name, want] of Object.entries(expected)) {
    // A manifest could be edited to point outside the folder; only plain file names are artefacts.
    if (name !== path.basename(name) || name.startsWith('.')) throw corrupt(directory, name, 'är inget giltigt filnamn');
    let got: ArtefactChecksum;
    try {
      got = await checksumFile(path.join(directory, name));
    } catch {
      throw corrupt(directory, name, 'saknas');
    }
    if (got.bytes !== want.bytes) throw corrupt(directory, name, `har ${got.bytes} byte men manifestet säger ${want.bytes}`);
    if (got.sha256 !== want.sha256) throw corrupt(directory, name, 'har ändrats eller är skadad (kontrollsumman stämmer inte)');
  }
}

function corrupt(directory: string, name: string, reason: string): AppError {
  return new AppError('INDEX_CORRUPT', `Indexet i ${directory} är trasigt: ${name} ${reason}; kör om \`npm run ingest\`.`, { details: { file: name } });
}
