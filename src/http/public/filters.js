// Filter state (regions, themes, years, report kinds) lives in the page's store; the panel and chips are
// a Preact view of it. Other views read `toRequest()` and listen for changes through this module.
import { api, messageOf } from './api.js';
import { html, render } from './html.js';
import { FiltersView, GROUPS } from './views/filters-view.js';

export const KIND_LABELS = {
  'survey-region': 'Enkätsvar (region)',
  'survey-municipal': 'Enkätsvar (kommunerna)',
  report: 'Rapport',
  slides: 'Presentation',
};

const plural = (n, one, many) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

export const emptyFilters = () => ({
  status: 'loading',
  error: '',
  announce: '',
  selected: { regions: [], themes: [], years: [], kinds: [] },
  options: { regions: [], themes: [], years: [], kinds: [] },
});

/** Options for the four groups from the catalog routes' responses (any of which may have failed). */
export function filterOptions(regions, themes, reports) {
  const reportList = reports?.reports ?? [];
  let regionOptions = (regions?.regions ?? []).map((entry) => ({ value: entry.region, label: entry.region, note: plural(entry.reports, 'rapport', 'rapporter') }));
  if (regionOptions.length === 0) regionOptions = [...new Set(reportList.map((report) => report.region))].sort((a, b) => a.localeCompare(b, 'sv')).map((region) => ({ value: region, label: region, note: '' }));
  return {
    regions: regionOptions,
    themes: (themes?.themes ?? []).map((theme) => ({ value: theme.id, label: theme.label, note: `${theme.passages} avsnitt` })),
    years: [...new Set(reportList.map((report) => report.year).filter((year) => Number.isInteger(year)))].sort((a, b) => b - a).map((year) => ({ value: String(year), label: String(year), note: '' })),
    kinds: [...new Set(reportList.map((report) => report.kind).filter(Boolean))].map((kind) => ({ value: kind, label: KIND_LABELS[kind] ?? kind, note: '' })),
  };
}

/** Selectors for views: the themes ({ id, label }) and region names the filters offer. */
export const themesOf = (state) => state.filters.options.themes.map(({ value, label }) => ({ id: value, label }));
export const regionsOf = (state) => state.filters.options.regions.map((option) => option.value);

/** The API's filter object, or undefined when nothing is chosen. */
export function filtersRequest(selected) {
  const filters = {};
  if (selected.regions.length) filters.regions = [...selected.regions];
  if (selected.themes.length) filters.themes = [...selected.themes];
  if (selected.years.length) filters.years = selected.years.map(Number);
  if (selected.kinds.length) filters.kinds = [...selected.kinds];
  return Object.keys(filters).length ? filters : undefined;
}

export function createFilters(store) {
  const root = document.getElementById('filters-root');
  const listeners = new Set();
  const state = () => store.get().filters;
  const update = (patch) => store.set({ filters: { ...state(), ...patch } });

  const actions = {
    onToggle(key, value, checked) {
      const current = state().selected[key].filter((item) => item !== value);
      update({ selected: { ...state().selected, [key]: checked ? [...current, value] : current }, announce: '' });
    },
    onRemove(key, value, label) {
      update({ selected: { ...state().selected, [key]: state().selected[key].filter((item) => item !== value) }, announce: `Filtret ${label} borttaget.` });
      // The removed chip had focus; keep keyboard users in the chip row instead of dropping to <body>.
      (root.querySelector('.chip-remove') ?? root.querySelector('#filter-panel > summary')).focus();
    },
    onClear() {
      update({ selected: emptyFilters().selected, announce: 'Alla filter borttagna.' });
      root.querySelector('#filter-panel > summary').focus();
    },
  };

  let lastSelected = null;
  let lastOptions = null;
  store.subscribe((next) => {
    render(html`<${FiltersView} filters=${next.filters} ...${actions} />`, root);
    if (next.filters.selected !== lastSelected || next.filters.options !== lastOptions) {
      lastSelected = next.filters.selected;
      lastOptions = next.filters.options;
      listeners.forEach((listener) => listener());
    }
  });
  render(html`<${FiltersView} filters=${state()} ...${actions} />`, root);

  async function load() {
    const [regions, themes, reports] = await Promise.allSettled([api.regions(), api.themes(), api.reports()]);
    const value = (result) => (result.status === 'fulfilled' ? result.value : null);
    const failure = [regions, themes, reports].find((result) => result.status === 'rejected');
    update({
      status: 'done',
      options: filterOptions(value(regions), value(themes), value(reports)),
      error: failure ? `Alla filteralternativ kunde inte laddas: ${messageOf(failure.reason)}` : '',
    });
  }

  const labelFor = (key, value) => state().options[key].find((option) => option.value === value)?.label ?? value;
  return {
    load,
    onChange: (listener) => listeners.add(listener),
    toRequest: () => filtersRequest(state().selected),
    selectedRegions: () => [...state().selected.regions],
    allRegions: () => regionsOf(store.get()),
    themes: () => themesOf(store.get()),
    themeLabel: (id) => labelFor('themes', id),
  };
}

export { GROUPS };
