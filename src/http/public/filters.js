// Filter state (regions, themes, years, report kinds), the option checkboxes and the chips that show
// what is active. Other views read `toRequest()` and listen for changes; nothing else owns this state.
import { api, messageOf } from './api.js';

export const KIND_LABELS = {
  'survey-region': 'Enkätsvar (region)',
  'survey-municipal': 'Enkätsvar (kommunerna)',
  report: 'Rapport',
  slides: 'Presentation',
};

const GROUPS = [
  { key: 'regions', label: 'Region', container: 'filter-regions' },
  { key: 'themes', label: 'Tema', container: 'filter-themes' },
  { key: 'years', label: 'År', container: 'filter-years' },
  { key: 'kinds', label: 'Typ', container: 'filter-kinds' },
];

// The list endpoints may wrap their arrays ({ regions: [...] }) or not; accept both.
function listOf(data, key) {
  if (Array.isArray(data)) return data;
  if (data && Array.isArray(data[key])) return data[key];
  return [];
}

function regionOption(entry) {
  if (typeof entry === 'string') return { value: entry, label: entry, note: '' };
  const name = entry.region ?? entry.name ?? entry.id ?? entry.label;
  const reports = entry.reportCount ?? entry.reports ?? (Array.isArray(entry.reportIds) ? entry.reportIds.length : undefined);
  const passages = entry.passageCount ?? entry.passages ?? entry.count;
  let note = '';
  if (typeof reports === 'number') note = reports === 1 ? '1 rapport' : `${reports} rapporter`;
  else if (typeof passages === 'number') note = `${passages} avsnitt`;
  return { value: String(name), label: String(name), note };
}

function themeOption(entry) {
  if (typeof entry === 'string') return { value: entry, label: entry, note: '' };
  const count = entry.passageCount ?? entry.passages ?? entry.count;
  return { value: String(entry.id), label: String(entry.label ?? entry.id), note: typeof count === 'number' ? `${count} avsnitt` : '' };
}

export function createFilters() {
  const state = { regions: new Set(), themes: new Set(), years: new Set(), kinds: new Set() };
  /** @type {Record<string, { value: string, label: string, note: string }[]>} */
  const options = { regions: [], themes: [], years: [], kinds: [] };
  const listeners = new Set();
  const chips = document.getElementById('active-filters');
  const clearButton = document.getElementById('clear-filters');
  const count = document.getElementById('filter-count');
  const status = document.getElementById('filter-status');

  const labelFor = (key, value) => options[key].find((option) => option.value === value)?.label ?? value;

  function notify() {
    renderChips();
    syncCheckboxes();
    listeners.forEach((listener) => listener());
  }

  function renderChips() {
    chips.replaceChildren();
    let total = 0;
    for (const group of GROUPS) {
      for (const value of state[group.key]) {
        total += 1;
        const item = document.createElement('li');
        item.className = 'chip';
        const text = document.createElement('span');
        text.textContent = `${group.label}: ${labelFor(group.key, value)}`;
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'chip-remove';
        remove.textContent = '×';
        remove.setAttribute('aria-label', `Ta bort filtret ${group.label.toLowerCase()} ${labelFor(group.key, value)}`);
        remove.addEventListener('click', () => {
          state[group.key].delete(value);
          status.textContent = `Filtret ${labelFor(group.key, value)} borttaget.`;
          notify();
          // Keep keyboard users in the chip row instead of dropping focus to <body>.
          (chips.querySelector('.chip-remove') ?? document.getElementById('filter-panel').querySelector('summary')).focus();
        });
        item.append(text, remove);
        chips.append(item);
      }
    }
    clearButton.hidden = total === 0;
    count.textContent = total ? `(${total} aktiva)` : '';
  }

  function syncCheckboxes() {
    for (const group of GROUPS) {
      document.getElementById(group.container).querySelectorAll('input[type="checkbox"]').forEach((box) => {
        box.checked = state[group.key].has(box.value);
      });
    }
  }

  function renderOptions(group) {
    const container = document.getElementById(group.container);
    container.replaceChildren();
    if (options[group.key].length === 0) {
      const none = document.createElement('p');
      none.className = 'muted';
      none.textContent = 'Inga alternativ.';
      container.append(none);
      return;
    }
    for (const option of options[group.key]) {
      const label = document.createElement('label');
      label.className = 'option';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = group.key;
      box.value = option.value;
      box.addEventListener('change', () => {
        if (box.checked) state[group.key].add(option.value);
        else state[group.key].delete(option.value);
        notify();
      });
      const text = document.createElement('span');
      text.textContent = option.label;
      if (option.note) {
        const note = document.createElement('span');
        note.className = 'muted option-note';
        note.textContent = ` (${option.note})`;
        text.append(note);
      }
      label.append(box, text);
      container.append(label);
    }
  }

  clearButton.addEventListener('click', () => {
    GROUPS.forEach((group) => state[group.key].clear());
    status.textContent = 'Alla filter borttagna.';
    notify();
    document.getElementById('filter-panel').querySelector('summary').focus();
  });

  async function load() {
    const [regions, themes, reports] = await Promise.allSettled([api.regions(), api.themes(), api.reports()]);
    const failures = [regions, themes, reports].filter((result) => result.status === 'rejected');
    const reportList = reports.status === 'fulfilled' ? listOf(reports.value, 'reports') : [];
    options.regions = regions.status === 'fulfilled' ? listOf(regions.value, 'regions').map(regionOption) : [];
    if (options.regions.length === 0) options.regions = [...new Set(reportList.map((report) => report.region))].sort((a, b) => a.localeCompare(b, 'sv')).map((region) => regionOption(region));
    options.themes = themes.status === 'fulfilled' ? listOf(themes.value, 'themes').map(themeOption) : [];
    options.years = [...new Set(reportList.map((report) => report.year).filter((year) => Number.isInteger(year)))]
      .sort((a, b) => b - a)
      .map((year) => ({ value: String(year), label: String(year), note: '' }));
    options.kinds = [...new Set(reportList.map((report) => report.kind).filter(Boolean))].map((kind) => ({ value: kind, label: KIND_LABELS[kind] ?? kind, note: '' }));
    GROUPS.forEach(renderOptions);
    syncCheckboxes();
    const error = document.getElementById('filter-error');
    error.hidden = failures.length === 0;
    if (failures.length) error.textContent = `Alla filteralternativ kunde inte laddas: ${messageOf(failures[0].reason)}`;
    listeners.forEach((listener) => listener());
  }

  return {
    load,
    onChange: (listener) => listeners.add(listener),
    /** Filters in the API's shape, or undefined when nothing is chosen. */
    toRequest() {
      const filters = {};
      if (state.regions.size) filters.regions = [...state.regions];
      if (state.themes.size) filters.themes = [...state.themes];
      if (state.years.size) filters.years = [...state.years].map(Number);
      if (state.kinds.size) filters.kinds = [...state.kinds];
      return Object.keys(filters).length ? filters : undefined;
    },
    selectedRegions: () => [...state.regions],
    allRegions: () => options.regions.map((option) => option.value),
    themes: () => options.themes.map(({ value, label }) => ({ id: value, label })),
    themeLabel: (id) => labelFor('themes', id),
  };
}
