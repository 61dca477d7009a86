import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { AppError } from '../errors.ts';
import { slideText } from './pptx-slide-text.ts';
import type { SourceDocument } from './source-document.ts';

/**
 * Zip-bomb guard: at most this many bytes are inflated from the deck in all (only the XML parts are
 * read, never images or media), and at most this many slides. Real decks of a few hundred slides hold a
 * few MB of slide XML.
 */
export const pptxLimits = { maxUncompressedBytes: 50 * 1024 * 1024, maxSlides: 1000 } as const;

const relationshipTypes = {
  slide: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide',
  notesSlide: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide',
  diagramData: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/diagramData',
};
const relationshipNamespace = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

class Unreadable extends Error {}

const sizeText = (bytes: number): string => (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.ceil(bytes / 1024)} kB`);

/** Reads the zip's parts as text, counting every inflated byte against one budget. */
function partReader(zip: JSZip, limit: number) {
  let used = 0;
  return async (name: string): Promise<string | null> => {
    const entry = zip.file(name);
    if (!entry) return null;
    const chunks: Buffer[] = [];
    // JSZip inflates in small chunks; pausing its stream stops the inflating, so a bomb is never unpacked whole.
    await new Promise<void>((resolve, reject) => {
      const stream = entry.nodeStream('nodebuffer');
      stream.on('data', (chunk: Buffer) => {
        used += chunk.length;
        if (used > limit) {
          stream.pause();
          reject(new Unreadable(`presentationen packas upp till mer än ${sizeText(limit)} (zip-bomb?)`));
        } else chunks.push(chunk);
      });
      stream.on('error', reject);
      stream.on('end', () => resolve());
    });
    return Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
  };
}

function parseXml(xml: string, part: string): Document {
  const fail = (message: unknown) => {
    throw new Unreadable(`${part} är inte giltig XML (${String(message).split('\n')[0]})`);
  };
  const document = new DOMParser({ errorHandler: { warning: () => {}, error: fail, fatalError: fail } }).parseFromString(xml, 'text/xml');
  if (!document?.documentElement) fail('tomt');
  return document as unknown as Document;
}

/** Targets of a part's relationships by id and type; a part without a .rels file has none. */
async function relationships(read: (name: string) => Promise<string | null>, part: string): Promise<{ id: string; type: string; target: string }[]> {
  const relsName = path.posix.join(path.posix.dirname(part), '_rels', `${path.posix.basename(part)}.rels`);
  const xml = await read(relsName);
  if (xml === null) return [];
  const document = parseXml(xml, relsName);
  const all = document.getElementsByTagName('Relationship');
  const found: { id: string; type: string; target: string }[] = [];
  for (let index = 0; index < all.length; index += 1) {
    const relationship = all.item(index);
    if (!relationship || relationship.getAttribute('TargetMode') === 'External') continue;
    const target = relationship.getAttribute('Target') ?? '';
    const resolved = target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(part), target));
    found.push({ id: relationship.getAttribute('Id') ?? '', type: relationship.getAttribute('Type') ?? '', target: resolved });
  }
  return found;
}

/** Slide parts in presentation order: the slide id list of presentation.xml, resolved through its relationships. */
async function slideParts(read: (name: string) => Promise<string | null>): Promise<string[]> {
  const presentationXml = await read('ppt/presentation.xml');
  if (presentationXml === null) throw new Unreadable('ppt/presentation.xml saknas, filen är ingen PowerPoint-presentation');
  const presentation = parseXml(presentationXml, 'ppt/presentation.xml');
  const targets = new Map(
    (await relationships(read, 'ppt/presentation.xml')).filter((relationship) => relationship.type === relationshipTypes.slide).map((relationship) => [relationship.id, relationship.target]),
  );
  const ids = presentation.getElementsByTagNameNS('*', 'sldId');
  const parts: string[] = [];
  for (let index = 0; index < ids.length; index += 1) {
    const id = ids.item(index)?.getAttributeNS(relationshipNamespace, 'id');
    const target = id ? targets.get(id) : undefined;
    if (target) parts.push(target);
  }
  return parts;
}

function unreadable(file: string, reason: string, cause?: unknown): AppError {
  return new AppError('REPORT_UNREADABLE', `${file}: PowerPoint-filen kan inte läsas (${reason}).`, { cause, details: { file } });
}

/**
 * Reads a .pptx slide deck: one page per slide, numbered as PowerPoint numbers them, so that a citation's
 * page is the slide number. Hidden slides are left out (with a warning) but keep their number. Only the
 * slide, notes and SmartArt data XML is read: the document properties (docProps/core.xml, with the
 * author's name), comments and charts never are.
 */
export async function loadPptxReport(
  bytes: Uint8Array,
  file: string,
  limits: { maxUncompressedBytes: number; maxSlides: number } = pptxLimits,
): Promise<{ document: SourceDocument; warnings: string[] }> {
  // An encrypted (password-protected) Office file, like an old binary .ppt, is a Compound File, not a zip.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw unreadable(file, 'filen är lösenordsskyddad eller i det gamla .ppt-formatet; spara den som en vanlig .pptx utan lösenord');
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw unreadable(file, 'filen är ingen giltig .pptx (inte ett zip-arkiv)', error);
  }
  try {
    const read = partReader(zip, limits.maxUncompressedBytes);
    const parts = await slideParts(read);
    if (parts.length > limits.maxSlides) throw new Unreadable(`fler än ${limits.maxSlides} bilder`);
    const pages: SourceDocument['pages'] = [];
    let hidden = 0;
    for (const [index, part] of parts.entries()) {
      const xml = await read(part);
      if (xml === null) throw new Unreadable(`${part} saknas`);
      const slide = parseXml(xml, part);
      if (slide.documentElement.getAttribute('show') === '0') {
        hidden += 1;
        continue;
      }
      const related = await relationships(read, part);
      const notesPart = related.find((relationship) => relationship.type === relationshipTypes.notesSlide)?.target;
      const notesXml = notesPart ? await read(notesPart) : null;
      const notes = notesXml !== null && notesPart ? parseXml(notesXml, notesPart) : null;
      const diagrams = new Map<string, Document>();
      for (const relationship of related.filter((candidate) => candidate.type === relationshipTypes.diagramData)) {
        const diagramXml = await read(relationship.target);
        if (diagramXml !== null) diagrams.set(relationship.id, parseXml(diagramXml, relationship.target));
      }
      // A leading blank line makes each slide start after two blank lines: how the slide segmenter sees a new slide.
      pages.push({ page: index + 1, text: `\n${slideText(slide, notes, (id) => diagrams.get(id) ?? null)}` });
    }
    if (pages.every((page) => page.text.trim() === '')) throw new Unreadable('presentationen innehåller ingen text');
    const warnings = hidden > 0 ? [`${hidden} dolda bilder hoppades över`] : [];
    return { document: { pages, pageCount: parts.length }, warnings };
  } catch (error) {
    if (error instanceof Unreadable) throw unreadable(file, error.message, error);
    throw unreadable(file, (error as Error).message.split('\n')[0] ?? 'okänt fel', error);
  }
}
