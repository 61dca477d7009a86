import { AppError } from '../errors.ts';
import { decodeText } from './decode-text.ts';
import { regionNamedIn } from './detect-metadata.ts';
import type { FrontMatter } from './front-matter.ts';
import { htmlToMarkdown } from './html-markdown.ts';
import { encodingWarnings, normaliseNewlines, textDocument } from './load-text.ts';
import { createRedactor } from './redact.ts';
import type { SourceDocument } from './source-document.ts';

/**
 * The encoding a page declares in its first bytes (<meta charset> or the http-equiv Content-Type), read
 * the way browsers pre-scan: as ASCII, before the page can be decoded.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  return /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
}

// Any of the elements every page has; a file without one is not a web page, whatever its name.
const htmlElement = /<(?:!doctype\s+html|html|head|body|title|meta|main|article|section|div|p|h[1-6]|ul|ol|table|span|a)[\s>/]/i;
// Browsers note where a page was saved from in a comment before the document.
const savedFrom = /<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+?)\s*-->/i;

const unreadable = (file: string, why: string) => new AppError('REPORT_UNREADABLE', `${file}: ${why}`, { details: { file } });

/**
 * Reads a saved web page (.html/.htm): decoded like a text file but honouring the page's own charset,
 * turned into Markdown by turndown (see html-markdown.ts), which the text path then reads like a .md
 * report. The page's title, site name and address are what front matter is for a .md file; a page in
 * another language than Swedish is still read, with a warning.
 */
export function loadHtmlReport(bytes: Uint8Array, file: string): { document: SourceDocument; frontMatter: FrontMatter; warnings: string[] } {
  const { text, encoding } = decodeText(bytes, file, { declared: declaredCharset(bytes) });
  if (text.trim() === '') throw unreadable(file, 'filen är tom.');
  if (!htmlElement.test(text)) throw unreadable(file, 'filen heter .html men är ingen webbsida (inga HTML-element hittades).');
  let page: ReturnType<typeof htmlToMarkdown>;
  try {
    page = htmlToMarkdown(normaliseNewlines(text));
  } catch (error) {
    // A page nested deeper than the call stack allows, or markup the parser gives up on.
    throw new AppError('REPORT_UNREADABLE', `${file}: webbsidan kan inte läsas (${(error as Error).message.split('\n')[0]}).`, {
      cause: error,
      details: { file },
    });
  }
  if (page.markdown === '') {
    throw unreadable(file, 'webbsidan innehåller ingen text utöver navigering, skript och liknande.');
  }

  const warnings = encodingWarnings(encoding);
  if (page.lang && !/^(sv|swe)\b/i.test(page.lang)) warnings.push(`sidans språk anges som "${page.lang}" (inte svenska); inläst ändå`);
  const meta: FrontMatter['meta'] = {};
  const metaWarnings: string[] = [];
  const title = page.title ?? page.firstHeading;
  // The title is shown and indexed like any passage, so it passes the same redaction as the text.
  if (title) meta.title = createRedactor([])(title).slice(0, 160);
  // The site that published the page is its region when it is one ("Region Västra Götaland"); else the
  // title or description may name it. The body's first mention is left to metadata detection.
  const siteRegion = page.siteName && /^Region \p{Lu}[\p{L} -]*$/u.test(page.siteName) ? page.siteName : null;
  const named = siteRegion ? { region: siteRegion, why: 'sidans webbplatsnamn' } : regionIn(page.title, 'sidans titel') ?? regionIn(page.description, 'sidans beskrivning');
  if (named) {
    meta.region = named.region;
    metaWarnings.push(`region gissad från ${named.why}: "${named.region}"`);
  }
  const url = page.url ?? savedFrom.exec(text)?.[1] ?? null;
  // An address with an "@" (a login or an e-mail address in its query) is not one to publish.
  if (url && !url.includes('@')) meta.sourceUrl = url;
  return { document: textDocument(page.markdown), frontMatter: { meta, body: page.markdown, warnings: metaWarnings }, warnings };
}

function regionIn(text: string | null, where: string): { region: string; why: string } | null {
  const named = text ? regionNamedIn(text) : null;
  return named ? { region: named.region, why: where } : null;
}
