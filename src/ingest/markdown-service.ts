import TurndownService from 'turndown';

/**
 * The one HTML → Markdown conversion every HTML source goes through (saved web pages, Word documents
 * via mammoth): turndown with the rules the text path needs. Headings become "#" lines between blank
 * lines, list items "- " or "1. " lines, table rows "| a | b |" lines, links their text alone (so
 * mailto:/tel: addresses never reach the text). The HTML parser decodes entities; tidyMarkdown evens
 * out the whitespace. What a source drops as noise, which of its tables are data tables and what a
 * heading's trailing colon means are the caller's judgement.
 */
export interface MarkdownRules {
  /** Whether an element is dropped with everything inside it. */
  isNoise: (element: Element) => boolean;
  /** Whether a table holds data (read as rows of cells) rather than laying out blocks of text. */
  isDataTable: (table: Element) => boolean;
  /**
   * Whether a heading's trailing colon is only typography and dropped. Otherwise it is kept, and the
   * segmenter reads the line as a lead-in to what follows, as it reads any line ending in a colon.
   */
  dropHeadingColon: boolean;
}

// Not content in any HTML: code, styling, embedded documents, media, forms and their controls, dialogs,
// site navigation and the page footer. <address> is contact information by definition. Images go with
// their alt text: in reports it is decoration or a photo credit with a person's name (mammoth embeds a
// Word document's images as data: addresses), while a figure's own caption (<figcaption>) is kept.
export const droppedTags = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'base',
  'nav', 'footer', 'address', 'form', 'button', 'input', 'select', 'textarea', 'label', 'dialog',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'video', 'audio', 'canvas', 'svg', 'math', 'img', 'picture', 'map',
]);

export const squeeze = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

function enclosingTable(node: Node): Element | null {
  for (let parent: Node | null = node; parent; parent = parent.parentNode) {
    if ((parent as Element).localName === 'table') return parent as Element;
  }
  return null;
}

const cellTags = ['td', 'th'];
const cellText = (content: string): string => squeeze(content).replace(/\|/g, '/');

/** Whether a list item's first content is a nested list, with no text of its own before it. */
function opensWithList(item: Node): boolean {
  for (let child = item.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && (child.textContent ?? '').trim() === '') continue;
    return child.nodeName === 'UL' || child.nodeName === 'OL';
  }
  return false;
}

export function markdownService(rules: MarkdownRules): TurndownService {
  const dataTables = new Map<Element, boolean>();
  const inDataTable = (node: Node) => {
    const table = enclosingTable(node);
    if (!table) return false;
    if (!dataTables.has(table)) dataTables.set(table, rules.isDataTable(table));
    return dataTables.get(table)!;
  };

  const service = new TurndownService({
    headingStyle: 'atx',
    bulletListMarker: '-',
    emDelimiter: '*',
    strongDelimiter: '**',
    // An empty cell still separates its neighbours.
    blankReplacement: (_content, node) => (cellTags.includes(node.nodeName.toLowerCase()) && inDataTable(node) ? '| ' : (node as { isBlock?: boolean }).isBlock ? '\n\n' : ''),
  });
  // The Markdown is read by the text path, not rendered: backslash escapes would only end up in passages.
  service.escape = (text: string) => text;
  service.addRule('tableSection', { filter: (node) => ['thead', 'tbody', 'tfoot'].includes(node.nodeName.toLowerCase()) && inDataTable(node), replacement: (content) => content });
  service.addRule('tableRow', {
    filter: (node) => node.nodeName.toLowerCase() === 'tr' && inDataTable(node),
    replacement: (content) => (content.replace(/\|/g, '').trim() === '' ? '' : `\n${content.replace(/ {2,}/g, ' ').trimEnd()} |\n`),
  });
  service.addRule('tableCell', { filter: (node) => cellTags.includes(node.nodeName.toLowerCase()) && inDataTable(node), replacement: (content) => `| ${cellText(content)} ` });
  service.addRule('heading', {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    replacement: (content, node) => {
      const text = rules.dropHeadingColon ? squeeze(content).replace(/\s*:$/, '') : squeeze(content);
      return text === '' ? '' : `\n\n${'#'.repeat(Number(node.nodeName.charAt(1)))} ${text}\n\n`;
    },
  });
  // "- " and "1. " with the item's further lines (a nested list) indented under its text: turndown's own
  // rule pads the marker to four characters, which only widens every line.
  service.addRule('listItem', {
    filter: 'li',
    replacement: (content, node) => {
      const parent = node.parentNode as Element | null;
      const text = content.replace(/^\n+|\n+$/g, '');
      const end = node.nextSibling ? '\n' : '';
      // An item holding only a nested list (Word lets a list start at its second level) adds no line of its own.
      if (opensWithList(node)) return `${text}${end}`;
      let marker = '- ';
      if (parent?.nodeName === 'OL') {
        const start = Number(parent.getAttribute('start') ?? '1');
        marker = `${(Number.isFinite(start) ? start : 1) + Array.prototype.indexOf.call(parent.children, node)}. `;
      }
      return `${marker}${text.replace(/\n/g, `\n${' '.repeat(marker.length)}`)}${end}`;
    },
  });
  service.addRule('linkText', { filter: 'a', replacement: (content) => content });
  service.addRule('rule', { filter: 'hr', replacement: () => '\n\n' });
  // Added last, so it is asked first: nothing inside dropped markup is kept.
  service.addRule('noise', { filter: (node) => rules.isNoise(node), replacement: () => '' });
  return service;
}

/** Evens out turndown's whitespace: no trailing or non-breaking spaces, at most one blank line. */
export function tidyMarkdown(markdown: string): string {
  return (
    markdown
      .replace(/\u00a0/g, ' ')
      .replace(/[ \t]+$/gm, '')
      // A dropped inline element leaves the space that flanked it ("årsrapporten<span> (pdf)</span>.").
      .replace(/(\S)[ \t]+([.,;:!?])(?=\s|$)/gm, '$1$2')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}
