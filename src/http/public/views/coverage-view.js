// The coverage map: regions × themes, each cell coloured by how many passages the region has on the
// theme, the numbers on hover (and in the accessible name), a click lists those passages.
import { html } from '../html.js';

/** Colour step 0–4 for a passage count, relative to the busiest cell so small corpora still show contrast. */
export function coverageLevel(passages, max) {
  if (!passages) return 0;
  if (max <= 4) return Math.min(4, passages);
  const share = passages / max;
  return share > 0.5 ? 4 : share > 0.25 ? 3 : share > 0.1 ? 2 : 1;
}

const STEPS = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0] };

/**
 * Arrow-key movement in the grid (the ARIA grid pattern, so 21 × 18 cells are one Tab stop): the next
 * cell with passages in the key's direction, Home/End to the row's first/last; null when there is none.
 * `counts[row][column]` are the passage counts.
 */
export function nextCell(counts, row, column, key) {
  const rowCounts = counts[row] ?? [];
  if (key === 'Home' || key === 'End') {
    const order = rowCounts.map((_, index) => index);
    const found = (key === 'Home' ? order : order.reverse()).find((index) => rowCounts[index] > 0);
    return found === undefined ? null : { row, column: found };
  }
  const step = STEPS[key];
  if (!step) return null;
  for (let r = row + step[0], c = column + step[1]; r >= 0 && r < counts.length && c >= 0 && c < rowCounts.length; r += step[0], c += step[1]) {
    if (counts[r][c] > 0) return { row: r, column: c };
  }
  return null;
}

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

export function cellDescription(cell, regionName, themeLabel) {
  return `${regionName}, ${themeLabel}: ${plural(cell.passages, 'avsnitt', 'avsnitt')} i ${plural(cell.reports, 'rapport', 'rapporter')}`;
}

export function CoverageView({ coverage, selected, passages, onSelect, onOpenPassage }) {
  if (coverage.status === 'loading') return html`<p class="spinner">Hämtar täckningen …</p>`;
  if (coverage.status === 'error') return html`<p class="error" role="alert">${coverage.error}</p>`;
  if (!coverage.data) return null;
  const { themes, regions, cells } = coverage.data;
  const byKey = new Map(cells.map((cell) => [`${cell.region}\u0000${cell.themeId}`, cell]));
  const max = Math.max(0, ...cells.map((cell) => cell.passages));
  const isSelected = (region, themeId) => selected && selected.region === region && selected.themeId === themeId;
  const counts = regions.map((region) => themes.map((theme) => byKey.get(`${region.region}\u0000${theme.id}`)?.passages ?? 0));
  // One Tab stop: the chosen cell, else the first cell with passages.
  let stop = selected ? { row: regions.findIndex((r) => r.region === selected.region), column: themes.findIndex((t) => t.id === selected.themeId) } : null;
  if (!stop || stop.row < 0 || stop.column < 0) {
    const row = counts.findIndex((list) => list.some((n) => n > 0));
    stop = row < 0 ? { row: 0, column: 0 } : { row, column: counts[row].findIndex((n) => n > 0) };
  }
  const onKeyDown = (event) => {
    const button = event.target.closest?.('button[data-row]');
    if (!button) return;
    const next = nextCell(counts, Number(button.dataset.row), Number(button.dataset.column), event.key);
    if (!next) return;
    event.preventDefault();
    const target = event.currentTarget.querySelector(`button[data-row="${next.row}"][data-column="${next.column}"]`);
    if (target) {
      button.tabIndex = -1;
      target.tabIndex = 0;
      target.focus();
    }
  };
  return html`
    <div class="coverage-legend" aria-hidden="true">
      <span>Färre avsnitt</span>
      ${[0, 1, 2, 3, 4].map((level) => html`<span class=${`swatch level-${level}`}></span>`)}
      <span>Fler avsnitt</span>
    </div>
    <div class="coverage-layout">
    <div class="coverage-scroll">
      <table class="coverage-map" onKeyDown=${onKeyDown}>
        <caption class="visually-hidden">Antal avsnitt per region och tema. Piltangenterna flyttar mellan rutorna, Enter visar avsnitten.</caption>
        <thead>
          <tr>
            <th scope="col" class="corner">Region</th>
            ${themes.map((theme) => html`<th scope="col" class="theme-head" title=${theme.label}><span>${theme.label}</span></th>`)}
          </tr>
        </thead>
        <tbody>
          ${regions.map((region, row) => html`
            <tr data-region=${region.region}>
              <th scope="row" class="region-head">${region.region} <span class="muted">(${region.passages})</span></th>
              ${themes.map((theme, column) => {
                const cell = byKey.get(`${region.region}\u0000${theme.id}`) ?? { passages: 0, reports: 0 };
                const description = cellDescription(cell, region.region, theme.label);
                return html`<td class=${`coverage-cell level-${coverageLevel(cell.passages, max)}`}>
                  <button type="button" data-region=${region.region} data-theme=${theme.id} data-row=${row} data-column=${column} title=${description} aria-label=${description}
                    tabIndex=${stop.row === row && stop.column === column ? 0 : -1}
                    aria-pressed=${isSelected(region.region, theme.id) ? 'true' : 'false'} disabled=${cell.passages === 0}
                    onClick=${() => onSelect({ region: region.region, themeId: theme.id })}>${cell.passages || ''}</button>
                </td>`;
              })}
            </tr>`)}
        </tbody>
      </table>
    </div>
    ${selected ? html`<${CoveragePassages} selected=${selected} themes=${themes} passages=${passages} onOpenPassage=${onOpenPassage} />` : null}
    </div>`;
}

function CoveragePassages({ selected, themes, passages, onOpenPassage }) {
  const label = themes.find((theme) => theme.id === selected.themeId)?.label ?? selected.themeId;
  return html`
    <section class="coverage-passages" aria-live="polite" aria-busy=${passages.status === 'loading' ? 'true' : 'false'}>
      <h3>${selected.region} – ${label}</h3>
      ${passages.status === 'loading' ? html`<p class="spinner">Hämtar avsnitten …</p>` : null}
      ${passages.status === 'error' ? html`<p class="error" role="alert">${passages.error}</p>` : null}
      ${passages.status === 'done'
        ? html`<p class="muted">${passages.items.length} avsnitt.</p>
          <ol class="passage-list">
            ${passages.items.map((passage) => html`
              <li data-passage-id=${passage.id}>
                <p class="passage-where"><span class="report-title">${passage.reportTitle}</span>${passage.question ? ` · ${passage.question}` : passage.headingPath.length ? ` · ${passage.headingPath.at(-1)}` : ''}${passage.page ? ` · s. ${passage.page}` : ''}</p>
                <p class="passage-snippet">${snippet(passage.text)}</p>
                <button type="button" class="secondary small" onClick=${(event) => onOpenPassage(passage, event.currentTarget)}>Visa i rapporten</button>
              </li>`)}
          </ol>`
        : null}
    </section>`;
}

export function snippet(text, length = 260) {
  const clean = String(text ?? '').replace(/\s+/g, ' ').trim();
  return clean.length > length ? `${clean.slice(0, clean.lastIndexOf(' ', length - 1) > 0 ? clean.lastIndexOf(' ', length - 1) : length - 1)} …` : clean;
}
