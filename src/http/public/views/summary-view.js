// "Sammanfatta tema": the topic form and the summary document with its exports, as functions of state.
import { html } from '../html.js';
import { renderMarkdown } from '../markdown.js';

/** Reads theme/query from the form state; returns { request } or { error } (Swedish, for people). */
export function summaryRequest(form, maxLength = 1000) {
  const query = form.query.trim();
  if (!form.theme && !query) return { error: 'Välj ett tema eller skriv en fråga först.' };
  if (query.length > maxLength) return { error: `Frågan är för lång (${query.length} tecken). Korta den till högst ${maxLength} tecken.` };
  // A written question is more specific than the theme, so it wins when both are given.
  return { request: query ? { query } : { theme: form.theme } };
}

/** The download should be a document on its own, so it opens with a heading. */
export function summaryMarkdown(response) {
  const markdown = String(response.markdown ?? '').trim();
  if (/^#{1,6}\s/.test(markdown)) return `${markdown}\n`;
  return `# ${response.title || 'Sammanfattning'}\n\n${markdown}\n`;
}

export function SummaryForm({ themes, form, scopeNote, busy, error, onChange, onSubmit }) {
  return html`
    <form id="summary-form" class="topic-form" novalidate onSubmit=${(event) => { event.preventDefault(); onSubmit(); }}>
      <div class="field">
        <label for="summary-theme">Tema</label>
        <select id="summary-theme" name="theme" value=${form.theme} onChange=${(event) => onChange({ theme: event.currentTarget.value })}>
          <option value="">Välj tema …</option>
          ${themes.map((theme) => html`<option value=${theme.id}>${theme.label}</option>`)}
        </select>
      </div>
      <p class="or">eller</p>
      <div class="field">
        <label for="summary-query">Egen fråga</label>
        <input id="summary-query" name="query" type="text" autocomplete="off" placeholder="t.ex. Hur används digitala vårdmöten?" value=${form.query}
          onInput=${(event) => onChange({ query: event.currentTarget.value })} />
      </div>
      <p id="summary-scope" class="muted">${scopeNote}</p>
      ${error ? html`<p id="summary-error" class="error" role="alert">${error}</p>` : null}
      <div class="form-actions">
        <button type="submit" id="summary-submit" class="primary" disabled=${busy}>Sammanfatta</button>
        ${busy ? html`<span id="summary-spinner" class="spinner">Söker …</span>` : null}
      </div>
    </form>`;
}

/**
 * The summary's Markdown rendered by the page's one Markdown renderer (markdown.js, DOM nodes from text
 * only); Preact owns the element, the renderer its contents, redrawn only when the document changes.
 */
function MarkdownDocument({ markdown, resolve, onCitation }) {
  const fill = (element) => {
    if (!element || element.dataset.rendered === markdown) return;
    element.dataset.rendered = markdown;
    element.replaceChildren(renderMarkdown(markdown, { resolveCitation: resolve, onCitation, baseLevel: 3 }));
  };
  return html`<article class="summary-document printable" ref=${fill}></article>`;
}

export function SummaryResult({ response, status, onCitation, onAction }) {
  const markdown = summaryMarkdown(response);
  const byNumber = new Map((response.citations ?? []).map((citation) => [citation.n, citation]));
  return html`
    <div class="result-actions">
      <button type="button" class="secondary" onClick=${() => onAction('copy', markdown)}>Kopiera som Markdown</button>
      <button type="button" class="secondary" onClick=${() => onAction('md', markdown)}>Ladda ner .md</button>
      <button type="button" class="secondary" onClick=${() => onAction('docx', markdown)}>Ladda ner Word (.docx)</button>
      <button type="button" class="secondary" onClick=${() => onAction('print', markdown)}>Skriv ut</button>
      <span class="muted" role="status">${status}</span>
    </div>
    <${MarkdownDocument} markdown=${markdown} resolve=${(n) => byNumber.get(n) ?? null} onCitation=${onCitation} />`;
}
