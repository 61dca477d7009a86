// "Jämför regioner": one row per region in scope, each cell that region's key points with citations,
// or a plain statement that its report says nothing about the topic.
import { renderMarkdown, renderInline, citationButton } from './markdown.js';
import { citationResolver, pointCitations, bindTopicForm } from './topic.js';

export const NOTHING_FOUND = 'inget om detta i rapporten';

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// A point's first citation backs its text; with a `result`, the remaining ones back the result.
function pointItem(point, resolve, openSource) {
  const item = element('li');
  const text = String(point.text ?? '');
  const citations = pointCitations(point, resolve);
  const [first, ...rest] = citations;
  const appendMarkers = (parent, list, said) => {
    // Only add markers the text does not already carry.
    for (const citation of list) if (!said.includes(`[${citation.n}]`)) parent.append(' ', citationButton(citation, openSource));
  };
  renderInline(text, item, { resolveCitation: resolve, onCitation: openSource });
  appendMarkers(item, point.result ? (first ? [first] : []) : citations, text);
  if (point.result) {
    const result = element('p', 'point-result');
    result.append(element('strong', '', 'Resultat: '));
    renderInline(String(point.result), result, { resolveCitation: resolve, onCitation: openSource });
    appendMarkers(result, rest, String(point.result));
    item.append(result);
  }
  return item;
}

/** Builds the matrix from a summary response; rows follow `scope`, so a silent region still gets its row. */
export function renderMatrix(response, scope, openSource) {
  const resolve = citationResolver(response);
  const byRegion = new Map((Array.isArray(response.regions) ? response.regions : []).map((entry) => [entry.region, entry]));
  // Regions in scope first, in scope order; then any region the server added on its own.
  const rows = [...new Set([...scope, ...byRegion.keys()])];
  const fragment = document.createDocumentFragment();
  const heading = element('h3', 'result-title', response.title || 'Jämförelse');
  fragment.append(heading);
  if (response.overview) {
    const overview = element('div', 'overview');
    overview.append(renderMarkdown(String(response.overview), { resolveCitation: resolve, onCitation: openSource, baseLevel: 4 }));
    fragment.append(overview);
  }
  const table = element('table', 'matrix');
  table.append(element('caption', 'visually-hidden', `${response.title || 'Jämförelse'}: huvudpunkter per region`));
  const head = element('thead');
  const headRow = element('tr');
  headRow.append(element('th', '', 'Region'), element('th', '', 'Huvudpunkter'));
  head.append(headRow);
  const tbody = element('tbody');
  for (const region of rows) {
    const row = element('tr', 'matrix-row');
    row.dataset.region = region;
    const name = element('th', 'region', region);
    name.scope = 'row';
    const cell = element('td', 'points');
    const points = byRegion.get(region)?.points ?? [];
    if (points.length === 0) {
      cell.append(element('p', 'nothing', NOTHING_FOUND));
    } else {
      const list = element('ul');
      points.forEach((point) => list.append(pointItem(point, resolve, openSource)));
      cell.append(list);
    }
    row.append(name, cell);
    tbody.append(row);
  }
  table.append(head, tbody);
  fragment.append(table);
  return fragment;
}

export function initCompare({ filters, openSource }) {
  bindTopicForm('compare', filters, ({ response, scope, output }) => {
    output.replaceChildren(renderMatrix(response, scope, openSource));
  });
}
