// The filter panel and the chips of active filters, as a function of the store's filter state.
import { html } from '../html.js';

export const GROUPS = [
  { key: 'regions', label: 'Region', legend: 'Regioner', id: 'filter-regions' },
  { key: 'themes', label: 'Tema', legend: 'Teman', id: 'filter-themes' },
  { key: 'years', label: 'År', legend: 'År', id: 'filter-years' },
  { key: 'kinds', label: 'Typ', legend: 'Rapporttyp', id: 'filter-kinds' },
];

/** Chips in group order, each with the label people read. */
export function activeChips(filters) {
  return GROUPS.flatMap((group) =>
    filters.selected[group.key].map((value) => ({ group, value, label: filters.options[group.key].find((option) => option.value === value)?.label ?? value })),
  );
}

function Options({ group, filters, onToggle }) {
  const options = filters.options[group.key];
  if (filters.status === 'loading') return html`<p class="muted">Laddar …</p>`;
  if (options.length === 0) return html`<p class="muted">Inga alternativ.</p>`;
  return options.map((option) => html`
    <label class="option" key=${option.value}>
      <input type="checkbox" name=${group.key} value=${option.value} checked=${filters.selected[group.key].includes(option.value)}
        onChange=${(event) => onToggle(group.key, option.value, event.currentTarget.checked)} />
      <span>${option.label}${option.note ? html`<span class="muted option-note"> (${option.note})</span>` : null}</span>
    </label>`);
}

export function FiltersView({ filters, onToggle, onRemove, onClear }) {
  const chips = activeChips(filters);
  return html`
    <details id="filter-panel">
      <summary><span id="filters-heading">Filter</span> <span id="filter-count" class="count">${chips.length ? `(${chips.length} aktiva)` : ''}</span></summary>
      <div class="filter-groups">
        ${GROUPS.map((group) => html`<fieldset key=${group.key}><legend>${group.legend}</legend><div id=${group.id} class="options"><${Options} group=${group} filters=${filters} onToggle=${onToggle} /></div></fieldset>`)}
      </div>
      ${filters.error ? html`<p id="filter-error" class="error" role="alert">${filters.error}</p>` : null}
    </details>
    <div class="chips-row">
      <ul id="active-filters" class="chips" aria-label="Aktiva filter">
        ${chips.map((chip) => html`
          <li class="chip" key=${`${chip.group.key}:${chip.value}`}>
            <span>${chip.group.label}: ${chip.label}</span>
            <button type="button" class="chip-remove" aria-label=${`Ta bort filtret ${chip.group.label.toLowerCase()} ${chip.label}`} onClick=${() => onRemove(chip.group.key, chip.value, chip.label)}>×</button>
          </li>`)}
      </ul>
      ${chips.length ? html`<button type="button" id="clear-filters" class="link-button" onClick=${onClear}>Rensa alla filter</button>` : null}
    </div>
    <p id="filter-status" class="visually-hidden" aria-live="polite">${filters.announce}</p>`;
}
