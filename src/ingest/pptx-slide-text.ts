/**
 * Turns the XML of one PowerPoint slide (DrawingML, as parsed by @xmldom/xmldom) into the plain text
 * every other loader produces, laid out the way segment-slides.ts reads a slide: the title first as a
 * line of its own, each text box or placeholder a block of its own, bullet paragraphs as "- " lines
 * (two spaces per level), table rows as "| a | b |" lines, the nodes of a SmartArt diagram as "- " lines. Pure; elements are matched by local name so
 * that the namespace prefixes a tool chose do not matter.
 */

// Placeholders that hold what PowerPoint fills in on every slide, never the slide's content.
const furniturePlaceholders = new Set(['dt', 'sldNum', 'ftr', 'hdr', 'sldImg']);
const titlePlaceholders = new Set(['title', 'ctrTitle']);
const relationshipNamespace = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
// Placeholders whose paragraphs are bullets unless a paragraph says otherwise (<a:buNone/>).
const bulletPlaceholders = new Set(['body', 'obj', '']);

function childElements(node: Element, localName?: string): Element[] {
  const children: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && (localName === undefined || (child as Element).localName === localName)) children.push(child as Element);
  }
  return children;
}

function firstDescendant(node: Element, localName: string): Element | null {
  for (const child of childElements(node)) {
    if (child.localName === localName) return child;
    const found = firstDescendant(child, localName);
    if (found) return found;
  }
  return null;
}

/** The text of a paragraph: its runs and fields; a line break inside it reads as a space. */
function paragraphText(paragraph: Element): string {
  let text = '';
  for (const child of childElements(paragraph)) {
    if (child.localName === 'r' || child.localName === 'fld') text += childElements(child, 't').map((t) => t.textContent ?? '').join('');
    else if (child.localName === 'br') text += ' ';
  }
  return text.replace(/[\s\u00a0\u200b]+/gu, ' ').trim();
}

interface Paragraph {
  text: string;
  level: number;
  bullet: boolean;
}

function paragraphsOf(textBody: Element, bulletsByDefault: boolean): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const paragraph of childElements(textBody, 'p')) {
    const text = paragraphText(paragraph);
    if (text === '') continue;
    const properties = childElements(paragraph, 'pPr')[0];
    const level = Number.parseInt(properties?.getAttribute('lvl') ?? '0', 10) || 0;
    const marks = properties ? childElements(properties).map((child) => child.localName) : [];
    const bullet = marks.includes('buNone') ? false : bulletsByDefault || marks.includes('buChar') || marks.includes('buAutoNum');
    paragraphs.push({ text, level, bullet });
  }
  return paragraphs;
}

function paragraphLines(paragraphs: Paragraph[]): string {
  return paragraphs
    .map(({ text, level, bullet }) => (bullet ? `${'  '.repeat(Math.min(level, 8))}- ${text.replace(/^[-–•▪●◦]\s*/u, '')}` : text))
    .join('\n');
}

function tableLines(table: Element): string {
  const rows: string[] = [];
  for (const row of childElements(table, 'tr')) {
    const cells = childElements(row, 'tc').map((cell) => {
      const body = childElements(cell, 'txBody')[0];
      return body ? paragraphsOf(body, false).map((paragraph) => paragraph.text).join(' ') : '';
    });
    if (cells.some((cell) => cell !== '')) rows.push(`| ${cells.join(' | ')} |`);
  }
  return rows.join('\n');
}

interface SlideParts {
  title: string | null;
  blocks: string[];
  /** The parsed data part of a SmartArt diagram, by the relationship id the slide gives it. */
  diagram: (relationshipId: string) => Document | null;
}

/** A SmartArt diagram's text: each of its nodes (not the connectors or layout points) as a list item. */
function diagramLines(data: Document): string {
  const lines: string[] = [];
  const points = data.getElementsByTagNameNS('*', 'pt');
  for (let index = 0; index < points.length; index += 1) {
    const point = points.item(index);
    // A point without a type is a node (xmldom gives '' for a missing attribute).
    if (!point || (point.getAttribute('type') || 'node') !== 'node') continue;
    const body = childElements(point, 't')[0];
    if (body) lines.push(...paragraphsOf(body, false).map((paragraph) => `- ${paragraph.text}`));
  }
  return lines.join('\n');
}

/** Walks the shape tree in document order (groups included), collecting the title and the text blocks. */
function collect(node: Element, parts: SlideParts): void {
  for (const child of childElements(node)) {
    const name = child.localName;
    if (name === 'sp') {
      const placeholder = firstDescendant(childElements(child, 'nvSpPr')[0] ?? child, 'ph');
      const type = placeholder ? (placeholder.getAttribute('type') ?? '') : null;
      if (type !== null && furniturePlaceholders.has(type)) continue;
      const body = childElements(child, 'txBody')[0];
      if (!body) continue;
      if (type !== null && titlePlaceholders.has(type) && parts.title === null) {
        const title = paragraphsOf(body, false).map((paragraph) => paragraph.text).join(' ');
        if (title !== '') parts.title = title;
        continue;
      }
      const text = paragraphLines(paragraphsOf(body, type !== null && bulletPlaceholders.has(type)));
      if (text !== '') parts.blocks.push(text);
    } else if (name === 'graphicFrame') {
      const table = firstDescendant(child, 'tbl');
      const diagramId = firstDescendant(child, 'relIds')?.getAttributeNS(relationshipNamespace, 'dm');
      const diagram = !table && diagramId ? parts.diagram(diagramId) : null;
      const text = table ? tableLines(table) : diagram ? diagramLines(diagram) : '';
      if (text !== '') parts.blocks.push(text);
    } else if (name === 'AlternateContent') {
      // Choice and Fallback hold the same content twice: read one of them.
      const [choice] = childElements(child);
      if (choice) collect(choice, parts);
    } else if (name !== 'pic' && name !== 'cxnSp') collect(child, parts);
  }
}

/**
 * A slide as text: the title (from the title placeholder, else the first line) on its own, then its
 * blocks separated by blank lines, then the speaker notes labelled as such.
 */
export function slideText(slide: Document, notes: Document | null, diagram: SlideParts['diagram'] = () => null): string {
  const parts: SlideParts = { title: null, blocks: [], diagram };
  const tree = firstDescendant(slide.documentElement, 'spTree');
  if (tree) collect(tree, parts);
  const blocks = parts.title ? [parts.title, ...parts.blocks] : parts.blocks;
  const notesText = notes ? notesOf(notes) : '';
  if (notesText !== '') blocks.push(notesText);
  return blocks.join('\n\n');
}

// The label keeps the spoken explanation apart from what the slide shows, in passages and citations.
export const notesLabel = 'Talarens anteckningar:';

/** The notes page's body placeholder, as one block opened by the notes label. */
function notesOf(notes: Document): string {
  const tree = firstDescendant(notes.documentElement, 'spTree');
  if (!tree) return '';
  const lines: string[] = [];
  const walk = (node: Element) => {
    for (const child of childElements(node)) {
      if (child.localName !== 'sp') {
        walk(child);
        continue;
      }
      const placeholder = firstDescendant(childElements(child, 'nvSpPr')[0] ?? child, 'ph');
      const body = childElements(child, 'txBody')[0];
      if (placeholder?.getAttribute('type') === 'body' && body) lines.push(...paragraphsOf(body, false).map((paragraph) => paragraph.text));
    }
  };
  walk(tree);
  return lines.length > 0 ? `${notesLabel} ${lines.join('\n')}` : '';
}
