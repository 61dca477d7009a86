// Wires good practice to the store: the form and POST /api/good-practice.
import { api, messageOf } from './api.js';
import { html, render } from './html.js';
import { regionsOf, themesOf } from './filters.js';
import { GoodPracticeForm, GoodPracticeResult, validatePractice } from './views/good-practice-view.js';

export function initGoodPractice({ store, openSource }) {
  const root = document.getElementById('practice-root');
  const onChange = (patch) => store.set((state) => ({ practiceForm: { ...state.practiceForm, ...patch } }));
  async function onSubmit() {
    const form = store.get().practiceForm;
    const invalid = validatePractice(form);
    if (invalid) return store.set({ practice: { ...store.get().practice, error: invalid } });
    // A written topic is more specific than the theme, so it wins when both are given.
    const body = { ownRegion: form.ownRegion, ...(form.query.trim() ? { query: form.query.trim() } : { theme: form.theme }) };
    store.set({ practice: { status: 'loading', data: store.get().practice.data, error: null } });
    try {
      store.set({ practice: { status: 'done', data: await api.goodPractice(body), error: null } });
    } catch (error) {
      store.set({ practice: { status: 'error', data: null, error: messageOf(error) } });
    }
  }
  const draw = (state) =>
    render(
      html`<${GoodPracticeForm} regions=${regionsOf(state)} themes=${themesOf(state)} form=${state.practiceForm} busy=${state.practice.status === 'loading'} error=${state.practice.error} onChange=${onChange} onSubmit=${onSubmit} />
        <div id="practice-output" class="output" aria-live="polite" aria-busy=${state.practice.status === 'loading' ? 'true' : 'false'}>
          ${state.practice.data ? html`<${GoodPracticeResult} response=${state.practice.data} onCitation=${openSource} />` : null}
        </div>`,
      root,
    );
  store.subscribe(draw);
  draw(store.get());
}
