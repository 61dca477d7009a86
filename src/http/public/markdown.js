// A small Markdown renderer for what the API returns: headings, paragraphs, bullet and numbered lists,
// block quotes, **bold**, *emphasis*, `code`, http(s) links and [n] citation markers.
// It builds DOM nodes with textContent only — never innerHTML — so report text can never inject markup.

/**
 * @typedef {object} RenderOptions
 * @property {(n: number) => object | null} [resolveCitation] citation for marker n, or null to leave it as text
 * @property {(citation: object, trigger: HTMLElement) => void} [onCitation] called when a marker is activated
 * @property {number} [baseLevel] the level the shallowest heading gets (default 3), so "## x" fits under the page's own h1/h2
 */

const INLINE = new RegExp(
  [
    String.raw`\*\*(.+?)\*\*`, // 1 bold
    String.raw`\[(\d+(?:\s*[,;–-]\s*\d+)*)\](?!\()`, // 2 citation markers: [1], [1, 2], [1–3]
    String.raw`\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)`, // 3, 4 link
    String.raw`\x60([^\x60\n]+)\x60`, // 5 inline code
    String.raw`(?<![\w*])\*(?!\s)([^*\n]+?)\*(?![\w*])`, // 6 emphasis
    String.raw`(?<![\p{L}\p{N}_])_(?!\s)([^_\n]+?)_(?![\p{L}\p{N}_])`, // 7 emphasis with underscores
  ].join('|'),
  'gu',
);

/** Expands "1, 2" and "1–3" into citation numbers. */
function citationNumbers(list) {
  const numbers = [];
  for (const part of list.split(/\s*[,;]\s*/)) {
    const range = part.match(/^(\d+)\s*[–-]\s*(\d+)$/);
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      for (let n = from; n <= to && n - from < 50; n += 1) numbers.push(n);
    } else if (/^\d+$/.test(part)) {
      numbers.push(Number(part));
    }
  }
  return numbers;
}

/** A clickable [n]; its accessible name says which report it points to. */
export function citationButton(citation, onCitation) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'cite';
  button.dataset.n = String(citation.n);
  if (citation.passageId) button.dataset.passageId = citation.passageId;
  button.textContent = `[${citation.n}]`;
  const where = [citation.region, citation.reportTitle, citation.page ? `sidan ${citation.page}` : ''].filter(Boolean).join(', ');
  button.setAttribute('aria-label', `Källa ${citation.n}${where ? `: ${where}` : ''}`);
  button.title = where || `Källa ${citation.n}`;
  if (onCitation) button.addEventListener('click', () => onCitation(citation, button));
  return button;
}

/** Renders inline Markdown into `parent`. */
export function renderInline(text, parent, options = {}) {
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) parent.append(text.slice(last, match.index));
    last = match.index + match[0].length;
    if (match[1] !== undefined) {
      const strong = document.createElement('strong');
      renderInline(match[1], strong, options);
      parent.append(strong);
    } else if (match[2] !== undefined) {
      const numbers = citationNumbers(match[2]);
      const citations = numbers.map((n) => (options.resolveCitation ? options.resolveCitation(n) : null));
      if (citations.length === 0 || citations.some((citation) => !citation)) {
        parent.append(match[0]); // unknown numbers stay plain text rather than becoming dead buttons
      } else {
        citations.forEach((citation) => parent.append(citationButton(citation, options.onCitation)));
      }
    } else if (match[3] !== undefined) {
      const link = document.createElement('a');
      link.href = match[4];
      link.rel = 'noopener noreferrer';
      link.target = '_blank';
      link.textContent = match[3];
      parent.append(link);
    } else if (match[5] !== undefined) {
      const code = document.createElement('code');
      code.textContent = match[5];
      parent.append(code);
    } else if (match[6] !== undefined || match[7] !== undefined) {
      const em = document.createElement('em');
      renderInline(match[6] ?? match[7], em, options);
      parent.append(em);
    }
  }
  if (last < text.length) parent.append(text.slice(last));
  return parent;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^(\s*)[-*+•]\s+(.*)$/;
const ORDERED = /^(\s*)(\d+)[.)]\s+(.*)$/;
const QUOTE = /^>\s?(.*)$/;
const RULE = /^\s*(?:-\s*){3,}$|^\s*(?:\*\s*){3,}$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_SEPARATOR = /^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-{0,}:?\s*\|?\s*$/;

/** The cells of a "| a | b |" row; escaped pipes stay in their cell. */
export function tableCells(line) {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/**
 * Renders a Markdown string into a DocumentFragment.
 * @param {string} source
 * @param {RenderOptions} [options]
 */
export function renderMarkdown(source, options = {}) {
  const fragment = document.createDocumentFragment();
  const text = String(source ?? '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  // Heading levels are relative: whatever the shallowest heading is, it sits at baseLevel.
  const shallowest = Math.min(7, ...lines.map((line) => line.match(HEADING)?.[1].length ?? 7));
  const offset = (options.baseLevel ?? 3) - shallowest;
  /** @type {{ indent: number, type: string, element: HTMLElement }[]} */
  let lists = [];
  let paragraph = [];
  let quote = [];
  /** @type {{ element: HTMLTableElement, body: HTMLElement, last: HTMLTableRowElement | null } | null} */
  let table = null;

  const flushParagraph = () => {
    if (paragraph.length) fragment.append(renderInline(paragraph.join(' '), document.createElement('p'), options));
    paragraph = [];
  };
  const flushQuote = () => {
    if (quote.length) {
      const blockquote = document.createElement('blockquote');
      blockquote.append(renderInline(quote.join(' '), document.createElement('p'), options));
      fragment.append(blockquote);
    }
    quote = [];
  };
  const flushAll = () => {
    flushParagraph();
    flushQuote();
    lists = [];
    table = null;
  };

  // Tables as reports write them in Markdown: the row above a |---| line is the header.
  const addTableLine = (line) => {
    if (!table) {
      flushAll();
      const element = document.createElement('table');
      element.className = 'md-table';
      const body = document.createElement('tbody');
      element.append(body);
      fragment.append(element);
      table = { element, body, last: null };
    }
    if (TABLE_SEPARATOR.test(line)) {
      if (table.last && !table.element.tHead) {
        const head = table.element.createTHead();
        const row = head.insertRow();
        for (const cell of [...table.last.cells]) {
          const th = document.createElement('th');
          th.scope = 'col';
          th.append(...cell.childNodes);
          row.append(th);
        }
        table.last.remove();
      }
      return;
    }
    const row = document.createElement('tr');
    for (const text of tableCells(line)) row.append(renderInline(text, document.createElement('td'), options));
    table.body.append(row);
    table.last = row;
  };

  const addItem = (indent, type, text, start) => {
    flushParagraph();
    flushQuote();
    while (lists.length && (lists[lists.length - 1].indent > indent || (lists[lists.length - 1].indent === indent && lists[lists.length - 1].type !== type))) lists.pop();
    let top = lists[lists.length - 1];
    if (!top || top.indent < indent) {
      const list = document.createElement(type);
      if (type === 'ol' && start !== 1) list.start = start;
      const host = top ? top.element.lastElementChild : null;
      (host ?? fragment).append(list);
      top = { indent, type, element: list };
      lists.push(top);
    }
    top.element.append(renderInline(text, document.createElement('li'), options));
  };

  for (const line of lines) {
    if (line.trim() === '') {
      flushAll();
      continue;
    }
    let match;
    if (TABLE_ROW.test(line)) {
      addTableLine(line);
      continue;
    }
    if (table) table = null;
    if ((match = line.match(HEADING))) {
      flushAll();
      const level = Math.max(1, Math.min(6, match[1].length + offset));
      fragment.append(renderInline(match[2], document.createElement(`h${level}`), options));
    } else if (RULE.test(line)) {
      flushAll();
      fragment.append(document.createElement('hr'));
    } else if ((match = line.match(BULLET))) {
      addItem(match[1].length, 'ul', match[2], 1);
    } else if ((match = line.match(ORDERED))) {
      addItem(match[1].length, 'ol', match[3], Number(match[2]));
    } else if ((match = line.match(QUOTE))) {
      flushParagraph();
      lists = [];
      quote.push(match[1]);
    } else if (lists.length) {
      // A wrapped line continues the last list item.
      const item = lists[lists.length - 1].element.lastElementChild;
      item.append(' ');
      renderInline(line.trim(), item, options);
    } else {
      flushQuote();
      paragraph.push(line.trim());
    }
  }
  flushAll();
  return fragment;
}
