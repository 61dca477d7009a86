/**
 * Turns the HTML that mammoth makes of a Word document into the plain, paragraph-per-block text every
 * other loader produces: a heading is a line of its own between blank lines (so that the report
 * segmenter sees it as a heading and reworked reports align by heading), paragraphs are blocks, list
 * items are "- " or "1. " lines, table rows are "| a | b |" lines. Pure; mammoth's output uses a small,
 * well-formed tag set (h1–h6, p, ul/ol/li, table/tr/td/th, strong, em, a, br, img, sup, sub).
 */

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return entities[name.toLowerCase()] ?? match;
  });
}

// Private-use markers for lines that join their neighbours of the same kind.
const listLine = '\u{e000}';
const tableLine = '\u{e001}';

const squeeze = (text: string): string => text.replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n').trim();

/** A Word heading is a heading by its style; a trailing colon is only typography. */
const headingText = (text: string): string => squeeze(text).replace(/\n/g, ' ').replace(/\s*:$/, '');

export function docxHtmlToText(html: string): string {
  const blocks: string[] = [];
  const lists: { ordered: boolean; count: number }[] = [];
  let row: string[] | null = null;
  let cell: string[] | null = null;
  let current = '';
  let inTableDepth = 0;

  const flush = (kind: 'paragraph' | 'heading' | 'item') => {
    const text = kind === 'heading' ? headingText(current) : squeeze(current);
    current = '';
    if (text === '') return;
    if (cell) {
      cell.push(text.replace(/\n/g, ' '));
      return;
    }
    if (kind === 'item') {
      const list = lists.at(-1);
      const marker = list?.ordered ? `${(list.count += 1)}. ` : '- ';
      const indent = '  '.repeat(Math.max(0, lists.length - 1));
      // List items of one list stay in one block: consecutive lines, no blank line between.
      blocks.push(`${listLine}${indent}${marker}${text.replace(/\n/g, ' ')}`);
      return;
    }
    blocks.push(text);
  };

  for (const match of html.matchAll(/<(\/?)([a-zA-Z0-9]+)[^>]*?(\/?)>|([^<]+)/g)) {
    const [, closing, rawTag, selfClosing, textPart] = match;
    if (textPart !== undefined) {
      current += decodeEntities(textPart);
      continue;
    }
    const tag = rawTag!.toLowerCase();
    const open = !closing;
    if (tag === 'br') current += '\n';
    else if (/^h[1-6]$/.test(tag)) {
      if (open) flush('paragraph');
      else flush('heading');
    } else if (tag === 'p') {
      if (!open || selfClosing) flush(lists.length > 0 && inTableDepth === 0 ? 'item' : 'paragraph');
      else if (current.trim() !== '' && lists.length === 0) flush('paragraph');
    } else if (tag === 'ul' || tag === 'ol') {
      // Text of a parent item before its nested list belongs to the parent item.
      if (open) {
        if (current.trim() !== '') flush('item');
        lists.push({ ordered: tag === 'ol', count: 0 });
      } else {
        if (current.trim() !== '') flush('item');
        lists.pop();
      }
    } else if (tag === 'li') {
      if (!open && current.trim() !== '') flush('item');
    } else if (tag === 'table') inTableDepth += open ? 1 : -1;
    else if (tag === 'tr') {
      if (open) row = [];
      else if (row) {
        if (row.some((text) => text !== '')) blocks.push(`${tableLine}| ${row.join(' | ')} |`);
        row = null;
      }
    } else if (tag === 'td' || tag === 'th') {
      if (open) cell = [];
      else {
        if (current.trim() !== '') flush('paragraph');
        row?.push((cell ?? []).join(' '));
        cell = null;
      }
    }
    // Inline tags (strong, em, a, span, sup, sub) keep only their text; images carry none.
  }
  flush('paragraph');

  // List items and table rows join the line before when it is of the same kind: one list, one table, one block.
  let text = '';
  let previousKind = '';
  for (const block of blocks) {
    const kind = block.startsWith(listLine) || block.startsWith(tableLine) ? block[0]! : '';
    const content = kind ? block.slice(1) : block;
    if (text === '') text = content;
    else text += kind && kind === previousKind ? `\n${content}` : `\n\n${content}`;
    previousKind = kind;
  }
  return text;
}
