// Composition of the page: one state store, the views that render from it, filters, source view,
// tabs and the service notice.
import { api } from './api.js';
import { createStore } from './store.js';
import { createFilters, emptyFilters } from './filters.js';
import { createSourceView } from './source-view.js';
import { initChat } from './chat.js';
import { initCoverage } from './coverage.js';
import { initGoodPractice } from './good-practice.js';
import { initMatrix } from './matrix.js';
import { initSummary } from './summary.js';

function initialState() {
  return {
    view: 'coverage',
    filters: emptyFilters(),
    coverage: { status: 'idle' },
    coverageSelected: null,
    coveragePassages: { status: 'idle', items: [] },
    matrixForm: { theme: '', columns: [''] },
    matrix: { status: 'idle', data: null, error: null, exportStatus: '' },
    practiceForm: { ownRegion: '', theme: '', query: '' },
    practice: { status: 'idle', data: null, error: null },
    summary: { form: { theme: '', query: '' }, status: 'idle', data: null, error: null, topic: '', actionStatus: '' },
  };
}

/** Tabs show the store's `view`; clicks and arrow keys change it (the ARIA tabs pattern). */
function initTabs(store) {
  const tabs = /** @type {HTMLButtonElement[]} */ ([...document.querySelectorAll('[role="tab"]')]);
  const viewOf = (tab) => tab.id.replace(/^tab-/, '');
  const show = ({ view }) => {
    for (const tab of tabs) {
      const selected = viewOf(tab) === view;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      document.getElementById(tab.getAttribute('aria-controls')).hidden = !selected;
    }
    document.body.dataset.view = view;
  };
  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => store.set({ view: viewOf(tab) }));
    tab.addEventListener('keydown', (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      let next = null;
      if (step) next = tabs[(index + step + tabs.length) % tabs.length];
      else if (event.key === 'Home' || event.key === 'End') next = tabs[event.key === 'Home' ? 0 : tabs.length - 1];
      if (!next) return;
      event.preventDefault();
      store.set({ view: viewOf(next) });
      next.focus();
    });
  });
  let shown = null;
  store.subscribe((state) => {
    if (state.view !== shown) show(state);
    shown = state.view;
  });
  show(store.get());
  shown = store.get().view;
}

// People must know when answers come from the weaker offline embedder, or when nothing is loaded yet.
async function showServiceNotice() {
  const notice = document.getElementById('service-notice');
  const readiness = await api.readiness();
  const messages = [];
  if (!readiness) {
    messages.push('Tjänsten svarar inte just nu. Försök igen om en stund.');
  } else {
    if (readiness.ready === false) messages.push('Index är inte laddat ännu – frågor kan misslyckas en stund.');
    if (readiness.fallback === true || readiness.embedder?.kind === 'offline') {
      messages.push('Obs: index byggt med reservinbäddaren (offline), inte den fullständiga språkmodellen. Sökningen bygger på ordlikhet och kan missa omskrivningar.');
    }
  }
  notice.textContent = messages.join(' ');
  notice.hidden = messages.length === 0;
}

function start() {
  const store = createStore(initialState());
  const filters = createFilters(store);
  const sourceView = createSourceView();
  const openSource = (citation, trigger) => sourceView.open(citation, trigger);
  initTabs(store);
  const chat = initChat({ filters, openSource, onShowChat: () => store.set({ view: 'chat' }) });
  // The coverage map is the first view until a question has been asked; a kept conversation opens instead.
  if (chat.hasConversation()) store.set({ view: 'chat' });
  const coverageLoaded = initCoverage({ store, openSource });
  initMatrix({ store, filters, openSource });
  initSummary({ store, filters, openSource });
  initGoodPractice({ store, openSource });
  // Data attributes let tests (and curious people) see when the page is wired and options are loaded.
  filters.load().finally(() => {
    document.body.dataset.filters = 'loaded';
  });
  coverageLoaded.finally(() => {
    document.body.dataset.coverage = 'loaded';
  });
  showServiceNotice();
  document.body.dataset.ready = 'true';
}

start();
