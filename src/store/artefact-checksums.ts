import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
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
  checkArtefactList(directory, expected, required);
  for (const [name, want] of Object.entries(expected)) {
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

/** Throws INDEX_CORRUPT unless every required artefact has a checksum and every listed name is a plain file name. */
export function checkArtefactList(directory: string, expected: Record<string, ArtefactChecksum>, required: string[]): void {
  for (const name of required) {
    if (!(name in expected)) throw corrupt(directory, name, 'saknas i manifestets kontrollsummor');
  }
  for (const name of Object.keys(expected)) {
    // A manifest could be edited to point outside the folder; only plain file names are artefacts.
    if (name !== path.basename(name) || name.startsWith('.')) throw corrupt(directory, name, 'är inget giltigt filnamn');
  }
}


const hasherSource = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
parentPort.on('message', ({ id, buffer, byteOffset, byteLength }) => {
  parentPort.postMessage({ id, sha256: createHash('sha256').update(new Uint8Array(buffer, byteOffset, byteLength)).digest('hex') });
});`;

/**
 * SHA-256 on a worker thread, of bytes in shared memory (no copy): at 100,000 passages the index is
 * ~800 MB, half a second of hashing, which a second core does while the main thread parses the files
 * already checked. Started on first use; `close` ends it.
 */
export class OffThreadHasher {
  /** @param minimumBytes smaller files are hashed on the calling thread (a message costs more than hashing them). */
  constructor(readonly minimumBytes = 16 << 20) {}

  private worker: Worker | undefined;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve(sha256: string): void; reject(error: Error): void }>();

  hash(bytes: Uint8Array): Promise<string> {
    if (!(bytes.buffer instanceof SharedArrayBuffer)) return Promise.resolve(sha256Hex(bytes));
    if (!this.worker) {
      this.worker = new Worker(hasherSource, { eval: true });
      this.worker.on('message', ({ id, sha256 }: { id: number; sha256: string }) => {
        this.pending.get(id)?.resolve(sha256);
        this.pending.delete(id);
      });
      this.worker.on('error', (error) => {
        for (const { reject } of this.pending.values()) reject(error);
        this.pending.clear();
        this.worker = undefined;
      });
    }
    const id = this.nextId++;
    const result = new Promise<string>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.worker.postMessage({ id, buffer: bytes.buffer, byteOffset: bytes.byteOffset, byteLength: bytes.byteLength });
    return result;
  }

  close(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A whole file in a SharedArrayBuffer (which a worker thread can read without a copy). */
async function readShared(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const bytes = Buffer.from(new SharedArrayBuffer(size));
    let offset = 0;
    while (offset < size) {
      const { bytesRead } = await handle.read(bytes, offset, size - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return offset === size ? bytes : bytes.subarray(0, offset);
  } finally {
    await handle.close();
  }
}

/**
 * Reads one artefact whole and checks its size and SHA-256 against the manifest: the bytes returned
 * are the very bytes verified, so a parser reads each file once and never anything unchecked. With a
 * hasher, large files are hashed on its thread.
 */
export async function readVerifiedArtefact(directory: string, name: string, want: ArtefactChecksum, hasher?: OffThreadHasher): Promise<Buffer> {
  const offThread = hasher !== undefined && want.bytes >= hasher.minimumBytes;
  let bytes: Buffer;
  try {
    bytes = offThread ? await readShared(path.join(directory, name)) : await readFile(path.join(directory, name));
  } catch {
    throw corrupt(directory, name, 'saknas');
  }
  if (bytes.length !== want.bytes) throw corrupt(directory, name, `har ${bytes.length} byte men manifestet säger ${want.bytes}`);
  const sha256 = offThread ? await hasher.hash(bytes) : sha256Hex(bytes);
  if (sha256 !== want.sha256) throw corrupt(directory, name, 'har ändrats eller är skadad (kontrollsumman stämmer inte)');
  return bytes;
}

function corrupt(directory: string, name: string, reason: string): AppError {
  return new AppError('INDEX_CORRUPT', `Indexet i ${directory} är trasigt: ${name} ${reason}; kör om \`npm run ingest\`.`, { details: { file: name } });
}
