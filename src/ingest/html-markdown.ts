import { droppedTags, markdownService, squeeze, tidyMarkdown } from './markdown-service.ts';

/**
 * Turns a saved web page into the Markdown the text path reads (headings as "#" lines, lists as "- "
 * lines, table rows as "| a | b |" lines), keeping only the page's content: the site's navigation,
 * header and footer, cookie banners, forms, scripts, embedded frames and images are dropped, and when
 * the page marks its content (<main>, role="main", a single <article>) everything outside it is too.
 * Link targets are dropped and their text kept, so that mailto:/tel: addresses never reach the text.
 * What the page says about itself (<title>, og:site_name, description, lang, canonical address) is
 * returned beside the Markdown for the metadata.
 */
export interface HtmlPage {
  markdown: string;
  title: string | null;
  firstHeading: string | null;
  siteName: string | null;
  description: string | null;
  lang: string | null;
  url: string | null;
}

const droppedRoles = new Set(['navigation', 'banner', 'contentinfo', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar']);
// Consent tools, breadcrumbs, skip links, share buttons, the "Lyssna" reader (ReadSpeaker, common on
// Swedish public sites) and text only for screen readers ("öppnas i nytt fönster") name themselves in
// id, class or label.
const noiseName =
  /cookie|consent|gdpr|samtycke|kakor|kakinst|onetrust|cybot|breadcrumb|br[oö]dsmul|skip-?link|skip-?to|hoppa-?till|\bshare|social-?media|readspeaker|\brs_skip|sr-only|visually-?hidden|screen-?reader/i;
const skipLinkText = /^(?:hoppa|gå|skip|jump)\b/i;
const hiddenStyle = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
// A cookie banner without such a name still says what it is: short, about cookies, asking for a choice.
const cookieWords = /\b(?:cookies?|kakor)\b/i;
const choiceWords = /godkänn|acceptera|neka|tillåt|samtyck|inställningar|använder/i;
const bannerTags = new Set(['div', 'section', 'aside', 'p']);

const orNull = (text: string): string | null => (text === '' ? null : text);

/**
 * Whether inner is outer or inside it, by walking up: the parser's Node.contains compares document
 * positions through sibling indexes, which is slow on a page of thousands of sections.
 */
function within(inner: Node, outer: Node): boolean {
  for (let node: Node | null = inner; node; node = node.parentNode) if (node === outer) return true;
  return false;
}

function depthBelowBody(element: Element): number {
  let depth = 0;
  for (let parent = element.parentElement; parent && parent.localName !== 'body'; parent = parent.parentElement) depth += 1;
  return depth;
}

/** The element holding the page's content, when the page marks one; null means the whole body. */
function contentRoot(document: Document): Element | null {
  const articles = document.querySelectorAll('article');
  // Turndown's parser (domino) answers a failed querySelector with undefined, not null.
  const candidates = [document.querySelector('main'), document.querySelector('[role="main"]'), articles.length === 1 ? articles[0] : null];
  return candidates.find((candidate) => candidate && squeeze(candidate.textContent) !== '') ?? null;
}

/**
 * Whether an element holds the page itself: its content element, its title heading, a <main> or an
 * <article>. Such an element is never dropped for its name, role or hidden state: a wrapper may carry
 * "cookies-accepted" in its class, and a consent tool hides the whole page (aria-hidden) while its
 * dialog is open, which is how a page saved at that moment is stored.
 */
function holdsPage(element: Element, content: Element | null): boolean {
  if (content && within(content, element)) return true;
  return ['h1', 'main', 'article'].some((tag) => element.getElementsByTagName(tag).length > 0);
}

function isNoise(element: Element, content: Element | null): boolean {
  const tag = element.localName;
  if (droppedTags.has(tag)) return true;
  if (content && !within(content, element) && !within(element, content)) return true;
  // The site's header; an article's own <header>, or one holding the page's h1, is the page's title.
  if (tag === 'header' && !element.parentElement?.closest('main, article, [role="main"]') && !holdsPage(element, content)) return true;
  // "Hoppa till innehållet": a link to the page itself, there for keyboard users, saying nothing.
  if (tag === 'a' && (element.getAttribute('href') ?? '').startsWith('#') && skipLinkText.test(squeeze(element.textContent))) return true;
  const named =
    droppedRoles.has(element.getAttribute('role') ?? '') ||
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    hiddenStyle.test(element.getAttribute('style') ?? '') ||
    noiseName.test(`${element.id} ${element.getAttribute('class') ?? ''} ${element.getAttribute('aria-label') ?? ''}`);
  if (named) return !holdsPage(element, content);
  // Consent tools insert their banner near the top of the page; deeper down, the text test would cost
  // a walk of every element's text on a large page for nothing.
  if (bannerTags.has(tag) && depthBelowBody(element) <= 3 && !holdsPage(element, content)) {
    const text = squeeze(element.textContent);
    if (cookieWords.test(text) && choiceWords.test(text) && text.split(' ').length <= 80) return true;
  }
  return false;
}

const layoutBlocks = new Set(['p', 'div', 'ul', 'ol', 'table', 'section', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * A table used for layout (cells holding paragraphs, lists or other tables) is read as blocks, not rows.
 * Walked by hand: the parser compiles a selector anew on every query, which adds up on a long page.
 */
function isLayoutTable(table: Element): boolean {
  for (const tag of ['td', 'th']) {
    for (const cell of Array.from(table.getElementsByTagName(tag))) {
      if (Array.from(cell.children).some((child) => layoutBlocks.has(child.localName))) return true;
    }
  }
  return false;
}

export function htmlToMarkdown(html: string): HtmlPage {
  // Turndown parses the string itself; the first element it asks about shows which document it built.
  const parsed: { document?: Document; content?: Element | null } = {};
  const contentOf = (node: Node): Element | null => {
    if (parsed.content === undefined) {
      parsed.document = node.ownerDocument!;
      parsed.content = contentRoot(parsed.document);
    }
    return parsed.content;
  };
  const service = markdownService({ isNoise: (element) => isNoise(element, contentOf(element)), isDataTable: (table) => !isLayoutTable(table),
    // Web editors often set a lead-in to a list ("Du kan få hjälp med:") as a heading: the colon stays for the segmenter to weigh.
    dropHeadingColon: false,
  });
  const markdown = tidyMarkdown(service.turndown(html));
  const { document } = parsed;
  const meta = (selector: string) => orNull(squeeze(document?.querySelector(selector)?.getAttribute('content')));
  const canonical = document?.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]');
  return {
    markdown,
    title: orNull(squeeze(document?.querySelector('title')?.textContent)) ?? meta('meta[property="og:title"]'),
    firstHeading: /^# (.+)$/m.exec(markdown)?.[1]?.replace(/\*+/g, '').trim() ?? null,
    siteName: meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]'),
    description: meta('meta[name="description"]') ?? meta('meta[property="og:description"]'),
    lang: orNull(squeeze(document?.documentElement.getAttribute('lang'))),
    url: canonical && /^https?:\/\//i.test(canonical) ? canonical : null,
  };
}
