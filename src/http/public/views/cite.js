// Citation markers as Preact views: [n] buttons that open the source view, and text whose [n] markers
// become such buttons.
import { html } from '../html.js';

export function citationLabel(citation) {
  const where = [citation.region, citation.reportTitle, citation.page ? `sidan ${citation.page}` : ''].filter(Boolean).join(', ');
  return { name: `Källa ${citation.n}${where ? `: ${where}` : ''}`, title: where || `Källa ${citation.n}` };
}

export function Cite({ citation, onCitation }) {
  const label = citationLabel(citation);
  return html`<button type="button" class="cite" data-n=${citation.n} data-passage-id=${citation.passageId} aria-label=${label.name} title=${label.title}
    onClick=${(event) => onCitation?.(citation, event.currentTarget)}>[${citation.n}]</button>`;
}

/** Splits text on [n] markers (also "[1, 2]"); markers without a citation stay plain text. */
export function citedParts(text, citations) {
  const byNumber = new Map((citations ?? []).map((citation) => [citation.n, citation]));
  const parts = [];
  let last = 0;
  for (const match of String(text ?? '').matchAll(/\[(\d+(?:\s*,\s*\d+)*)\]/g)) {
    const found = match[1].split(/\s*,\s*/).map((n) => byNumber.get(Number(n)));
    if (found.some((citation) => !citation)) continue;
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(...found);
    last = match.index + match[0].length;
  }
  if (last < String(text ?? '').length) parts.push(String(text).slice(last));
  // **bold** is how excerpts mark the cited sentence; in a cell the marks are noise.
  return parts.map((part) => (typeof part === 'string' ? part.replace(/\*\*/g, '') : part));
}

export function CitedText({ text, citations, onCitation }) {
  return citedParts(text, citations).map((part) => (typeof part === 'string' ? part : html`<${Cite} citation=${part} onCitation=${onCitation} />`));
}
