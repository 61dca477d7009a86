// The source view: a modal dialog showing the cited passage with the cited sentence highlighted, its
// report's metadata and the neighbouring passages. A native <dialog> gives focus containment and
// Escape for free; we add returning focus to the [n] that opened it.
import { element } from './dom.js';
import { api, messageOf } from './api.js';
import { renderMarkdown } from './markdown.js';


/** The sentences the excerpt marks as **…**. */
export function markedSentences(excerpt) {
  return [...String(excerpt ?? '').matchAll(/\*\*(.+?)\*\*/gs)].map((match) => match[1].trim()).filter(Boolean);
}

// Tolerates differing whitespace and line breaks between the excerpt and the stored passage text.
function sentencePattern(sentence) {
  const words = sentence.replace(/^(?:\.\.\.|[…\s])+|(?:\.\.\.|[…\s])+$/g, '').split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  return new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'i');
}

/** Appends `text` to `parent`, wrapping the first occurrence of each sentence in <mark>. Returns how many were marked. */
export function appendHighlighted(parent, text, sentences) {
  const ranges = [];
  for (const sentence of sentences) {
    const pattern = sentencePattern(sentence);
    const match = pattern ? pattern.exec(text) : null;
    if (match && !ranges.some(([start, end]) => match.index < end && match.index + match[0].length > start)) {
      ranges.push([match.index, match.index + match[0].length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  let position = 0;
  for (const [start, end] of ranges) {
    parent.append(text.slice(position, start), element('mark', '', text.slice(start, end)));
    position = end;
  }
  parent.append(text.slice(position));
  return ranges.length;
}

/**
 * Marks the cited sentences inside rendered structure (lists, tables, headings). A sentence inside one
 * text node gets a <mark>; one that crosses inline elements marks its whole block instead.
 */
export function highlightIn(root, sentences) {
  let marked = 0;
  for (const sentence of sentences) {
    const pattern = sentencePattern(sentence);
    if (!pattern) continue;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let done = false;
    for (let node = walker.nextNode(); node && !done; node = walker.nextNode()) {
      if (node.parentElement?.closest('mark')) continue;
      const match = pattern.exec(node.nodeValue ?? '');
      if (!match) continue;
      const rest = /** @type {Text} */ (node).splitText(match.index);
      rest.splitText(match[0].length);
      const mark = element('mark');
      rest.replaceWith(mark);
      mark.append(rest);
      done = true;
    }
    if (!done) {
      const blocks = [...root.querySelectorAll('p, li, td, th, h1, h2, h3, h4, h5, h6, blockquote')].reverse();
      const block = blocks.find((candidate) => pattern.test(candidate.textContent ?? ''));
      if (block) {
        block.classList.add('cited');
        done = true;
      }
    }
    if (done) marked += 1;
  }
  return marked;
}

/** Where the original file opens: a PDF at the cited page; a saved web page or a slide deck is downloaded (the server never shows them), a slide named. */
export function originalLink(reportId, file, page) {
  if (!reportId || !file) return null;
  const isPdf = /\.pdf$/i.test(file);
  if (/\.pptx$/i.test(file)) {
    return { href: `api/reports/${encodeURIComponent(reportId)}/file`, label: page ? `Ladda ner presentationen (bild ${page})` : 'Ladda ner presentationen' };
  }
  const label = isPdf ? (page ? `Öppna PDF:en på sidan ${page}` : 'Öppna PDF:en') : /\.html?$/i.test(file) ? 'Ladda ner den sparade webbsidan' : 'Öppna originalfilen';
  return { href: `api/reports/${encodeURIComponent(reportId)}/file${isPdf && page ? `#page=${page}` : ''}`, label };
}

/**
 * The view's data from GET /api/passages/:id, whose shape the server fixes (passageResponse in
 * src/http/response-schemas.ts): the passage, its report, the neighbouring passages, and the cleaned
 * text around it for where there is no neighbour.
 */
export function sourceData(data, citation) {
  const { passage, report, previous, next, context } = data;
  const around = (neighbour, text) => (neighbour ? [neighbour] : text?.trim() ? [{ text: text.trim(), page: null, partial: true }] : []);
  return {
    text: passage.text,
    page: passage.page,
    question: passage.question,
    headingPath: passage.headingPath,
    theme: passage.theme,
    title: report?.title ?? citation.reportTitle,
    reportId: passage.reportId,
    file: report?.file ?? null,
    region: citation.region ?? report?.region,
    year: report?.year ?? null,
    before: around(previous, context?.before),
    after: around(next, context?.after),
  };
}

export function createSourceView() {
  const dialog = /** @type {HTMLDialogElement} */ (document.getElementById('source-view'));
  const body = document.getElementById('source-body');
  const title = document.getElementById('source-title');
  let opener = null;
  let controller = null;

  document.getElementById('source-close').addEventListener('click', () => dialog.close());
  // Clicking the backdrop (outside the dialog box) closes it, as people expect of overlays.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => {
    controller?.abort();
    if (opener && opener.isConnected) opener.focus();
    opener = null;
  });

  function metadata(view, citation) {
    const list = element('dl', 'source-meta');
    const rows = [
      ['Rapport', view.title],
      ['Region', view.region],
      ['Sida', view.page ? String(view.page) : 'ingen sidangivelse (textkälla)'],
      ['Tema', view.theme?.label ?? view.theme?.id ?? ''],
    ];
    rows.push(['År', view.year ? String(view.year) : 'okänt år']);
    if (view.question) rows.push(['Fråga', view.question]);
    if (view.headingPath.length) rows.push(['Rubrik', view.headingPath.join(' › ')]);
    for (const [term, value] of rows) {
      if (!value) continue;
      list.append(element('dt', '', term), element('dd', '', value));
    }
    const original = originalLink(view.reportId, view.file, view.page);
    if (original) {
      const link = element('a', 'original-link', original.label);
      link.href = original.href;
      link.target = '_blank';
      link.rel = 'noopener';
      list.append(element('dt', '', 'Original'), element('dd', '', ''));
      list.lastElementChild.append(link);
    }
    title.textContent = citation.n ? `Källa [${citation.n}]` : 'Avsnitt i rapporten';
    return list;
  }

  function neighbour(passage, label) {
    const block = element('section', 'neighbour');
    const text = String(passage.text ?? '');
    // Raw surrounding text is cut mid-sentence; the ellipsis says so.
    const shown = passage.partial ? (label === 'Före' ? `… ${text}` : `${text} …`) : text;
    block.append(element('h3', '', `${label}${passage.page ? ` (s. ${passage.page})` : ''}`), element('p', 'passage-text', shown));
    return block;
  }

  function render(view, citation) {
    const sentences = markedSentences(citation.excerpt);
    const passage = element('section', 'passage');
    passage.append(element('h3', '', 'Citerat avsnitt'));
    // The report's own structure (lists, headings, tables) is rendered, never its raw Markdown.
    const text = element('div', 'passage-text structured');
    text.append(renderMarkdown(view.text, { baseLevel: 4 }));
    const marked = highlightIn(text, sentences);
    if (marked === 0 && sentences.length) {
      // The stored text and the excerpt disagree (e.g. cleaned differently): show the excerpt itself, marked.
      const excerpt = element('p', 'passage-text excerpt');
      appendHighlighted(excerpt, citation.excerpt.replace(/\*\*/g, ''), sentences);
      passage.append(excerpt);
    }
    passage.append(text);
    const context = element('div', 'context');
    if (view.before.length || view.after.length) context.append(element('h3', 'context-heading', 'Sammanhang i rapporten'));
    view.before.forEach((item) => context.append(neighbour(item, 'Före')));
    view.after.forEach((item) => context.append(neighbour(item, 'Efter')));
    body.replaceChildren(metadata(view, citation), passage, context);
  }

  return {
    /** Opens the view for a citation; `trigger` gets focus back on close. */
    async open(citation, trigger) {
      opener = trigger ?? document.activeElement;
      controller?.abort();
      controller = new AbortController();
      const signal = controller.signal;
      // Show what we already know at once; the full passage follows.
      const preliminary = { title: citation.reportTitle, region: citation.region, page: citation.page, theme: citation.theme, headingPath: [], before: [], after: [], text: citation.excerpt.replace(/\*\*/g, '') };
      render(preliminary, citation);
      body.setAttribute('aria-busy', 'true');
      body.append(element('p', 'spinner', 'Hämtar avsnittet …'));
      if (!dialog.open) dialog.showModal();
      document.getElementById('source-close').focus();
      try {
        const data = await api.passage(citation.passageId, signal);
        if (signal.aborted) return;
        render(sourceData(data, citation), citation);
      } catch (error) {
        if (signal.aborted) return;
        body.querySelector('.spinner')?.remove();
        body.append(element('p', 'error', `Hela avsnittet kunde inte hämtas: ${messageOf(error)} Utdraget ovan kommer från svaret.`));
      } finally {
        if (!signal.aborted) body.setAttribute('aria-busy', 'false');
      }
    },
  };
}
