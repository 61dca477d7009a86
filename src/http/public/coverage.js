// Wires the coverage map to the store: loads GET /api/coverage once, and a chosen cell's passages.
import { api, messageOf } from './api.js';
import { html, render } from './html.js';
import { CoverageView } from './views/coverage-view.js';

export function initCoverage({ store, openSource }) {
  const root = document.getElementById('coverage-root');

  async function load() {
    store.set({ coverage: { status: 'loading' } });
    try {
      store.set({ coverage: { status: 'done', data: await api.coverage() } });
    } catch (error) {
      store.set({ coverage: { status: 'error', error: `Täckningen kunde inte hämtas: ${messageOf(error)}` } });
    }
  }

  async function select(cell) {
    store.set({ coverageSelected: cell, coveragePassages: { status: 'loading', items: [] } });
    try {
      const { passages } = await api.coveragePassages(cell.region, cell.themeId);
      // Only the latest click counts when several are in flight.
      if (store.get().coverageSelected === cell) store.set({ coveragePassages: { status: 'done', items: passages } });
    } catch (error) {
      if (store.get().coverageSelected === cell) store.set({ coveragePassages: { status: 'error', items: [], error: messageOf(error) } });
    }
  }

  const openPassage = (passage, trigger) =>
    openSource({ n: null, passageId: passage.id, reportId: passage.reportId, reportTitle: passage.reportTitle, region: passage.region, page: passage.page, theme: passage.theme, excerpt: '' }, trigger);

  const draw = (state) =>
    render(html`<${CoverageView} coverage=${state.coverage} selected=${state.coverageSelected} passages=${state.coveragePassages} onSelect=${select} onOpenPassage=${openPassage} />`, root);
  store.subscribe(draw);
  draw(store.get());
  return load();
}
