// Wires "Sammanfatta tema" to the store: POST /api/summary for the chosen theme or question, and the
// summary's Markdown copied, downloaded as .md or Word, or printed — what people take to meetings.
import { api, messageOf } from './api.js';
import { html, render } from './html.js';
import { copyText, download, slugify } from './downloads.js';
import { themesOf } from './filters.js';
import { describeScope } from './scope.js';
import { SummaryForm, SummaryResult, summaryRequest } from './views/summary-view.js';

export function initSummary({ store, filters, openSource }) {
  const root = document.getElementById('summary-root');
  const patch = (next) => store.set((state) => ({ summary: { ...state.summary, ...next } }));
  const onChange = (change) => patch({ form: { ...store.get().summary.form, ...change } });

  async function onSubmit() {
    const { form } = store.get().summary;
    const topic = summaryRequest(form);
    if (topic.error) return patch({ error: topic.error });
    const selected = filters.selectedRegions();
    const body = selected.length ? { ...topic.request, regions: selected } : topic.request;
    patch({ status: 'loading', error: null, actionStatus: '' });
    try {
      patch({ status: 'done', data: await api.summary(body), topic: topic.request.theme ?? topic.request.query });
    } catch (error) {
      patch({ status: 'error', error: messageOf(error) });
    }
  }

  async function onAction(action, markdown) {
    const { data, topic } = store.get().summary;
    const base = `sammanfattning-${slugify(topic, 'tema')}`;
    const say = (actionStatus) => patch({ actionStatus });
    if (action === 'print') return window.print();
    if (action === 'copy') {
      try {
        await copyText(markdown);
        say('Kopierat till urklipp.');
      } catch {
        say('Kunde inte kopiera. Markera texten och kopiera för hand.');
      }
    } else if (action === 'md') {
      download(markdown, `${base}.md`, 'text/markdown;charset=utf-8');
      say(`Laddar ner ${base}.md.`);
    } else {
      say('Skapar Word-dokumentet …');
      try {
        download(await api.exportDocx({ kind: 'document', title: data.title || 'Sammanfattning', markdown }), `${base}.docx`);
        say(`Laddar ner ${base}.docx.`);
      } catch (error) {
        say(`Word-dokumentet kunde inte skapas: ${messageOf(error)}`);
      }
    }
  }

  const draw = (state) => {
    const { summary } = state;
    render(
      html`<${SummaryForm} themes=${themesOf(state)} form=${summary.form} scopeNote=${describeScope(filters.selectedRegions(), filters.allRegions())}
          busy=${summary.status === 'loading'} error=${summary.error} onChange=${onChange} onSubmit=${onSubmit} />
        <div id="summary-output" class="output" aria-live="polite" aria-busy=${summary.status === 'loading' ? 'true' : 'false'}>
          ${summary.data ? html`<${SummaryResult} response=${summary.data} status=${summary.actionStatus} onCitation=${openSource} onAction=${onAction} />` : null}
        </div>`,
      root,
    );
  };
  store.subscribe(draw);
  draw(store.get());
}
