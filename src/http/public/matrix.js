// Wires the comparison matrix to the store: the form, POST /api/compare, the exports.
import { api, messageOf } from './api.js';
import { html, render } from './html.js';
import { download, slugify } from './downloads.js';
import { matrixCsv, matrixDocxBody, matrixMarkdown } from './matrix-export.js';
import { defaultColumns, MatrixExports, MatrixForm, MatrixTable, MAX_COLUMNS, validateColumns } from './views/matrix-view.js';
import { describeScope } from './scope.js';
import { themesOf } from './filters.js';

export function initMatrix({ store, filters, openSource }) {
  const root = document.getElementById('matrix-root');
  const patchForm = (patch) => store.set((state) => ({ matrixForm: { ...state.matrixForm, ...patch } }));

  const actions = {
    onTheme(theme) {
      const label = themesOf(store.get()).find((candidate) => candidate.id === theme)?.label ?? '';
      // A chosen theme brings its default questions; the user's own questions stay when the theme is cleared.
      patchForm(theme ? { theme, columns: defaultColumns(label) } : { theme });
    },
    onColumn: (index, value) => patchForm({ columns: store.get().matrixForm.columns.map((column, i) => (i === index ? value : column)) }),
    onAdd: () => store.get().matrixForm.columns.length < MAX_COLUMNS && patchForm({ columns: [...store.get().matrixForm.columns, ''] }),
    onRemove: (index) => patchForm({ columns: store.get().matrixForm.columns.filter((_, i) => i !== index) }),
    async onSubmit() {
      const { matrixForm } = store.get();
      const columns = matrixForm.columns.map((column) => column.trim()).filter(Boolean);
      // A theme with every question cleared is still a request: the server asks the theme's default questions.
      const invalid = matrixForm.theme && columns.length === 0 ? null : validateColumns(matrixForm.columns);
      if (invalid) {
        store.set({ matrix: { ...store.get().matrix, error: invalid } });
        return;
      }
      const body = { ...(columns.length ? { questions: columns } : {}), ...(matrixForm.theme ? { theme: matrixForm.theme } : {}) };
      const regions = filters.selectedRegions();
      if (regions.length) body.regions = regions;
      const active = filters.toRequest();
      if (active) {
        const { regions: _regions, ...rest } = active;
        if (Object.keys(rest).length) body.filters = rest;
      }
      store.set({ matrix: { status: 'loading', data: store.get().matrix.data, error: null, exportStatus: '' } });
      try {
        store.set({ matrix: { status: 'done', data: await api.compare(body), error: null, exportStatus: '' } });
      } catch (error) {
        store.set({ matrix: { status: 'error', data: store.get().matrix.data, error: messageOf(error), exportStatus: '' } });
      }
    },
    async onExport(format) {
      const matrix = store.get().matrix.data;
      if (!matrix) return;
      const name = `jamforelse-${slugify(matrix.title.replace(/^Jämförelse:?\s*/, ''), 'regioner')}`;
      const say = (exportStatus) => store.set({ matrix: { ...store.get().matrix, exportStatus } });
      if (format === 'print') return window.print();
      if (format === 'md') download(matrixMarkdown(matrix), `${name}.md`, 'text/markdown;charset=utf-8');
      else if (format === 'csv') download(matrixCsv(matrix), `${name}.csv`, 'text/csv;charset=utf-8');
      else {
        say('Skapar Word-dokumentet …');
        try {
          download(await api.exportDocx(matrixDocxBody(matrix)), `${name}.docx`);
        } catch (error) {
          return say(`Word-dokumentet kunde inte skapas: ${messageOf(error)}`);
        }
      }
      say(`Laddar ner ${name}.${format}.`);
    },
  };

  const draw = (state) => {
    const scopeNote = describeScope(filters.selectedRegions(), filters.allRegions());
    render(
      html`<${MatrixForm} themes=${themesOf(state)} form=${state.matrixForm} scopeNote=${scopeNote} busy=${state.matrix.status === 'loading'} error=${state.matrix.error} ...${actions} />
        <div id="matrix-output" class="output" aria-live="polite" aria-busy=${state.matrix.status === 'loading' ? 'true' : 'false'}>
          ${state.matrix.data ? html`<${MatrixExports} status=${state.matrix.exportStatus} onExport=${actions.onExport} /><${MatrixTable} matrix=${state.matrix.data} onCitation=${openSource} />` : null}
        </div>`,
      root,
    );
  };
  store.subscribe(draw);
  draw(store.get());
}
