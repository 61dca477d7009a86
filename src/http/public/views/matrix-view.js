// The comparison matrix: the form (a theme with default questions, one to four columns added and
// removed) and the table (one row per region, each cell a state, the best sentences and citations).
import { html } from '../html.js';
import { STATE_LABELS } from '../matrix-export.js';
import { CitedText } from './cite.js';

export const MAX_COLUMNS = 4;

/** The same default questions the server gives a theme, so the form shows what will be asked. */
export function defaultColumns(themeLabel) {
  const topic = themeLabel ? themeLabel.charAt(0).toLowerCase() + themeLabel.slice(1) : '';
  return topic ? [`Vad gör regionen inom ${topic}?`, `Vilka resultat redovisas inom ${topic}?`, `Vad planeras inom ${topic}?`] : [''];
}

/** Swedish reason the form cannot be sent, or null. */
export function validateColumns(columns) {
  const filled = columns.map((column) => column.trim()).filter(Boolean);
  if (filled.length === 0) return 'Skriv minst en fråga, eller välj ett tema.';
  if (filled.length > MAX_COLUMNS) return `Högst ${MAX_COLUMNS} frågor åt gången.`;
  if (filled.some((column) => column.length > 1000)) return 'En fråga får vara högst 1000 tecken.';
  return null;
}

const STATE_ICONS = { evidence: '●', mentioned: '◐', none: '○' };

export function StateBadge({ state }) {
  return html`<span class=${`state state-${state}`}><span aria-hidden="true">${STATE_ICONS[state] ?? '○'} </span>${STATE_LABELS[state] ?? state}</span>`;
}

export function MatrixForm({ themes, form, scopeNote, busy, error, onTheme, onColumn, onAdd, onRemove, onSubmit }) {
  return html`
    <form class="matrix-form" novalidate onSubmit=${(event) => { event.preventDefault(); onSubmit(); }}>
      <div class="field">
        <label for="matrix-theme">Tema</label>
        <select id="matrix-theme" value=${form.theme} onChange=${(event) => onTheme(event.currentTarget.value)}>
          <option value="">Inget tema – egna frågor</option>
          ${themes.map((theme) => html`<option value=${theme.id}>${theme.label}</option>`)}
        </select>
      </div>
      <fieldset class="matrix-columns">
        <legend>Frågor (kolumner, 1–${MAX_COLUMNS})</legend>
        ${form.columns.map((column, index) => html`
          <div class="column-row">
            <label class="visually-hidden" for=${`matrix-column-${index}`}>Fråga ${index + 1}</label>
            <input id=${`matrix-column-${index}`} class="matrix-column" type="text" autocomplete="off" value=${column} placeholder="t.ex. Hur följer man upp arbetet?"
              onInput=${(event) => onColumn(index, event.currentTarget.value)} />
            <button type="button" class="secondary small" aria-label=${`Ta bort fråga ${index + 1}`} disabled=${form.columns.length <= 1} onClick=${() => onRemove(index)}>Ta bort</button>
          </div>`)}
        <button type="button" class="link-button" id="matrix-add-column" disabled=${form.columns.length >= MAX_COLUMNS} onClick=${onAdd}>+ Lägg till fråga</button>
      </fieldset>
      <p class="muted">${scopeNote}</p>
      ${error ? html`<p class="error" role="alert">${error}</p>` : null}
      <div class="form-actions">
        <button type="submit" id="matrix-submit" class="primary" disabled=${busy}>Jämför</button>
        ${busy ? html`<span class="spinner">Frågar varje region … det tar en stund.</span>` : null}
      </div>
    </form>`;
}

export function MatrixTable({ matrix, onCitation }) {
  const counts = { evidence: 0, mentioned: 0, none: 0 };
  for (const row of matrix.rows) for (const cell of row.cells) counts[cell.state] = (counts[cell.state] ?? 0) + 1;
  return html`
    <div class="matrix-result printable">
      <h3 class="result-title">${matrix.title}</h3>
      <p class="state-legend">
        <${StateBadge} state="evidence" /> rapporten svarar med citerade meningar (${counts.evidence})
        <${StateBadge} state="mentioned" /> ämnet nämns men inget stycke svarar (${counts.mentioned})
        <${StateBadge} state="none" /> inget i rapporterna (${counts.none})
      </p>
      <div class="matrix-scroll">
        <table class="matrix compare-matrix">
          <caption class="visually-hidden">${matrix.title}: ${matrix.rows.length} regioner × ${matrix.columns.length} frågor</caption>
          <thead><tr><th scope="col">Region</th>${matrix.columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
          <tbody>
            ${matrix.rows.map((row) => html`
              <tr class="matrix-row" data-region=${row.region}>
                <th scope="row" class="region">${row.region}</th>
                ${row.cells.map((cell, column) => html`
                  <td class=${`matrix-cell cell-${cell.state}`} data-state=${cell.state}>
                    <p class="cell-question" aria-hidden="true">${matrix.columns[column]}</p>
                    <${StateBadge} state=${cell.state} />
                    ${cell.text ? html`<p class="cell-text"><${CitedText} text=${cell.text} citations=${cell.citations} onCitation=${onCitation} /></p>` : null}
                    ${!cell.text && cell.citations.length ? html`<p class="cell-text muted">Närmaste avsnitt: <${CitedText} text=${cell.citations.map((c) => `[${c.n}]`).join(' ')} citations=${cell.citations} onCitation=${onCitation} /></p>` : null}
                  </td>`)}
              </tr>`)}
          </tbody>
        </table>
      </div>
    </div>`;
}

export function MatrixExports({ status, onExport }) {
  return html`
    <div class="result-actions">
      <button type="button" class="secondary" onClick=${() => onExport('md')}>Ladda ner Markdown</button>
      <button type="button" class="secondary" onClick=${() => onExport('csv')}>Ladda ner CSV</button>
      <button type="button" class="secondary" onClick=${() => onExport('docx')}>Ladda ner Word (.docx)</button>
      <button type="button" class="secondary" onClick=${() => onExport('print')}>Skriv ut</button>
      <span class="muted" role="status">${status}</span>
    </div>`;
}
