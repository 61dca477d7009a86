// The topic form of "Sammanfatta tema" (POST /api/summary about a theme or a free question): form
// reading, validation, busy state and citation lookup; the scope note is shared with the matrix.
import { MAX_QUESTION_LENGTH, api, messageOf } from './api.js';

/** Reads theme/query from a topic form; returns { request } or { error } (Swedish, for people). */
export function readTopic(form) {
  const theme = form.elements.namedItem('theme').value;
  const query = form.elements.namedItem('query').value.trim();
  if (!theme && !query) return { error: 'Välj ett tema eller skriv en fråga först.' };
  if (query.length > MAX_QUESTION_LENGTH) return { error: `Frågan är för lång (${query.length} tecken). Korta den till högst ${MAX_QUESTION_LENGTH} tecken.` };
  // A written question is more specific than the theme, so it wins when both are given.
  return { request: query ? { query } : { theme } };
}

/** Fills a theme <select>, keeping its first "Välj tema …" option and the current choice. */
export function fillThemeSelect(select, themes) {
  const current = select.value;
  const placeholder = select.options[0];
  select.replaceChildren(placeholder);
  for (const theme of themes) {
    const option = document.createElement('option');
    option.value = theme.id;
    option.textContent = theme.label;
    select.append(option);
  }
  select.value = themes.some((theme) => theme.id === current) ? current : '';
}

/** Toggles the busy state of a view: aria-busy on the output, the spinner text, the submit button. */
export function setBusy({ output, spinner, submit }, busy) {
  output.setAttribute('aria-busy', String(busy));
  spinner.hidden = !busy;
  submit.disabled = busy;
}

export function showError(node, message) {
  node.textContent = message ?? '';
  node.hidden = !message;
}

/** Looks citations up by n in a summary response; points may also carry whole citation objects. */
export function citationResolver(response) {
  const byNumber = new Map();
  for (const citation of Array.isArray(response.citations) ? response.citations : []) byNumber.set(citation.n, citation);
  for (const region of Array.isArray(response.regions) ? response.regions : []) {
    for (const point of Array.isArray(region.points) ? region.points : []) {
      for (const citation of Array.isArray(point.citations) ? point.citations : []) {
        if (citation && typeof citation === 'object' && !byNumber.has(citation.n)) byNumber.set(citation.n, citation);
      }
    }
  }
  return (n) => byNumber.get(n) ?? null;
}

/** The citations of one point, whether given as numbers or as objects. */
export function pointCitations(point, resolve) {
  return (Array.isArray(point.citations) ? point.citations : [])
    .map((citation) => (typeof citation === 'number' ? resolve(citation) : citation))
    .filter(Boolean);
}

/** A human description of which regions a request covers. */
export function describeScope(regions, all) {
  if (regions.length === 0) return all.length ? `Alla regioner i urvalet (${all.length}).` : 'Alla regioner.';
  return `Regioner: ${regions.join(', ')} (ändra under Filter).`;
}

/**
 * Wires a topic form ("summary": ids like summary-form, summary-output …): keeps its note
 * on the regions in scope up to date, validates, asks POST /api/summary for the selected regions, and
 * hands the response to `show` (the view's own rendering), with busy state and kind errors around it.
 */
export function bindTopicForm(prefix, filters, show) {
  const byId = (suffix) => document.getElementById(`${prefix}-${suffix}`);
  const form = /** @type {HTMLFormElement} */ (byId('form'));
  const output = byId('output');
  const error = byId('error');
  const busy = { output, spinner: byId('spinner'), submit: byId('submit') };
  const scopeNote = byId('scope');
  const updateScope = () => {
    scopeNote.textContent = describeScope(filters.selectedRegions(), filters.allRegions());
  };
  filters.onChange(updateScope);
  updateScope();

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const topic = readTopic(form);
    if (topic.error) {
      showError(error, topic.error);
      return;
    }
    showError(error, '');
    const selected = filters.selectedRegions();
    const scope = selected.length ? selected : filters.allRegions();
    const body = selected.length ? { ...topic.request, regions: selected } : topic.request;
    setBusy(busy, true);
    try {
      show({ response: await api.summary(body), topic, scope, output });
    } catch (failure) {
      showError(error, messageOf(failure));
    } finally {
      setBusy(busy, false);
    }
  });
}
