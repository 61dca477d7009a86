// Composition of the page: filters, source view, the three views, tabs and the service notice.
import { api } from './api.js';
import { createFilters } from './filters.js';
import { createSourceView } from './source-view.js';
import { initChat } from './chat.js';
import { initCompare } from './compare.js';
import { initSummary } from './summary.js';
import { fillThemeSelect } from './topic.js';

function initTabs() {
  const tabs = /** @type {HTMLButtonElement[]} */ ([...document.querySelectorAll('[role="tab"]')]);
  const select = (tab, focus) => {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      document.getElementById(other.getAttribute('aria-controls')).hidden = !selected;
    }
    if (focus) tab.focus();
  };
  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => select(tab, false));
    // The ARIA tabs pattern: arrows move between tabs, Tab moves on into the panel.
    tab.addEventListener('keydown', (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (step) {
        event.preventDefault();
        select(tabs[(index + step + tabs.length) % tabs.length], true);
      } else if (event.key === 'Home' || event.key === 'End') {
        event.preventDefault();
        select(tabs[event.key === 'Home' ? 0 : tabs.length - 1], true);
      }
    });
  });
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
  const filters = createFilters();
  const sourceView = createSourceView();
  const openSource = (citation, trigger) => sourceView.open(citation, trigger);
  initTabs();
  initChat({ filters, openSource });
  initCompare({ filters, openSource });
  initSummary({ filters, openSource });
  filters.onChange(() => {
    fillThemeSelect(document.getElementById('compare-theme'), filters.themes());
    fillThemeSelect(document.getElementById('summary-theme'), filters.themes());
  });
  // Data attributes let tests (and curious people) see when the page is wired and options are loaded.
  filters.load().finally(() => {
    document.body.dataset.filters = 'loaded';
  });
  showServiceNotice();
  document.body.dataset.ready = 'true';
}

start();
