// Good practice: examples from other regions than one's own, each measure with its reported result
// marked as a result (what happened, not what is hoped for), every point with its citations.
import { html } from '../html.js';
import { CitedText, Cite } from './cite.js';

/** The result's label by what the report says of it: measured, or only aimed at or expected. */
export function resultLabel(kind) {
  if (kind === 'outcome') return 'Redovisat resultat';
  if (kind === 'target') return 'Mål, inget utfall';
  if (kind === 'forecast') return 'Förväntat, inget utfall';
  return 'Resultat enligt rapporten';
}

export function GoodPracticeForm({ regions, themes, form, busy, error, onChange, onSubmit }) {
  return html`
    <form class="topic-form good-practice-form" novalidate onSubmit=${(event) => { event.preventDefault(); onSubmit(); }}>
      <div class="field">
        <label for="practice-own">Din region</label>
        <select id="practice-own" value=${form.ownRegion} onChange=${(event) => onChange({ ownRegion: event.currentTarget.value })}>
          <option value="">Välj din region …</option>
          ${regions.map((region) => html`<option value=${region}>${region}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="practice-theme">Tema</label>
        <select id="practice-theme" value=${form.theme} onChange=${(event) => onChange({ theme: event.currentTarget.value })}>
          <option value="">Välj tema …</option>
          ${themes.map((theme) => html`<option value=${theme.id}>${theme.label}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="practice-query">eller ett eget ämne</label>
        <input id="practice-query" type="text" autocomplete="off" value=${form.query} placeholder="t.ex. läkemedelsgenomgångar i hemmet" onInput=${(event) => onChange({ query: event.currentTarget.value })} />
      </div>
      ${error ? html`<p class="error" role="alert">${error}</p>` : null}
      <div class="form-actions">
        <button type="submit" id="practice-submit" class="primary" disabled=${busy}>Visa goda exempel</button>
        ${busy ? html`<span class="spinner">Söker …</span>` : null}
      </div>
    </form>`;
}

/** Swedish reason the form cannot be sent, or null. */
export function validatePractice(form) {
  if (!form.ownRegion) return 'Välj din egen region först, så visas exempel från de andra.';
  if (!form.theme && !form.query.trim()) return 'Välj ett tema eller skriv ett ämne.';
  if (form.query.length > 1000) return 'Ämnet får vara högst 1000 tecken.';
  return null;
}

/** Citations of a point, by number, from the response's list. */
export function pointCitations(point, citations) {
  const byNumber = new Map(citations.map((citation) => [citation.n, citation]));
  return (point.citations ?? []).map((n) => (typeof n === 'number' ? byNumber.get(n) : n)).filter(Boolean);
}

export function GoodPracticeResult({ response, onCitation }) {
  const citations = response.citations ?? [];
  const withPoints = response.regions.filter((region) => region.points.length > 0);
  const silent = response.regions.filter((region) => region.points.length === 0).map((region) => region.region);
  return html`
    <article class="good-practice printable">
      <h3 class="result-title">${response.title}</h3>
      ${response.overview ? html`<p class="overview"><${CitedText} text=${response.overview} citations=${citations} onCitation=${onCitation} /></p>` : null}
      ${withPoints.length === 0 ? html`<p class="nothing">Inga exempel hittades i de andra regionernas rapporter.</p>` : null}
      ${withPoints.map((region) => html`
        <section class="practice-region" data-region=${region.region}>
          <h4>${region.region}</h4>
          <ul class="practice-points">
            ${region.points.map((point) => {
              const cited = pointCitations(point, citations);
              const [measureCitation, ...resultCitations] = cited;
              const inline = (text, list) => html`<${CitedText} text=${text} citations=${list} onCitation=${onCitation} />`;
              const unsaid = (text, list) => list.filter((citation) => !String(text).includes(`[${citation.n}]`)).map((citation) => html` <${Cite} citation=${citation} onCitation=${onCitation} />`);
              const measureList = point.result ? (measureCitation ? [measureCitation] : []) : cited;
              return html`<li class="practice-point">
                <p class="measure"><span class="tag tag-measure">Åtgärd</span> ${inline(point.text, cited)}${unsaid(point.text, measureList)}</p>
                ${point.result ? html`<p class=${point.kind === 'outcome' ? 'outcome' : 'expected'}><span class=${`tag ${point.kind === 'outcome' ? 'tag-outcome' : 'tag-expected'}`}>${resultLabel(point.kind)}</span> ${inline(point.result, cited)}${unsaid(point.result, resultCitations)}</p>` : null}
                ${!point.result && point.kind === 'outcome' ? html`<p class="outcome"><span class="tag tag-outcome">Redovisat resultat</span> i åtgärden ovan</p>` : null}
              </li>`;
            })}
          </ul>
        </section>`)}
      ${silent.length ? html`<p class="muted">Inget om detta hos: ${silent.join(', ')}.</p>` : null}
    </article>`;
}
