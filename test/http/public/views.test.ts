import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vendoredFiles } from '../../../src/http/public-vendor.ts';
import { elements, loadPublic, textOf, withClass } from './load-public.ts';

// Views are pure functions of data: rendered to vnodes here, without a browser.
const { html } = await loadPublic('html.js');
const { CoverageView, coverageLevel, cellDescription, nextCell } = await loadPublic('views/coverage-view.js');
const { MatrixTable, defaultColumns, validateColumns, MAX_COLUMNS } = await loadPublic('views/matrix-view.js');
const { citedParts } = await loadPublic('views/cite.js');
const { GoodPracticeResult, validatePractice } = await loadPublic('views/good-practice-view.js');

const citation = (n: number, region = 'Region Skåne') => ({ n, passageId: `p${n}`, reportId: 'r', reportTitle: 'Rapport', region, page: n, theme: { id: 't', label: 'Tema' }, location: null, excerpt: '**x**' });

describe('coverage map', () => {
  const data = {
    themes: [{ id: 'a', label: 'Kontinuitet' }, { id: 'b', label: 'Digitalisering' }],
    regions: [{ region: 'Region Skåne', reports: 2, passages: 30 }, { region: 'Region Gotland', reports: 1, passages: 4 }],
    cells: [
      { region: 'Region Skåne', themeId: 'a', passages: 20, reports: 2 },
      { region: 'Region Skåne', themeId: 'b', passages: 1, reports: 1 },
      { region: 'Region Gotland', themeId: 'a', passages: 0, reports: 0 },
      { region: 'Region Gotland', themeId: 'b', passages: 4, reports: 1 },
    ],
  };
  const view = (selected: unknown = null, passages: unknown = { status: 'idle', items: [] }) =>
    elements(html`<${CoverageView} coverage=${{ status: 'done', data }} selected=${selected} passages=${passages} onSelect=${() => {}} onOpenPassage=${() => {}} />`);

  it('draws one button per region and theme, numbers on hover, empty cells disabled', () => {
    const buttons = view().filter((node) => node.type === 'button');
    expect(buttons).toHaveLength(4);
    expect(buttons.map((button) => button.props.title)).toEqual([
      'Region Skåne, Kontinuitet: 20 avsnitt i 2 rapporter',
      'Region Skåne, Digitalisering: 1 avsnitt i 1 rapport',
      'Region Gotland, Kontinuitet: 0 avsnitt i 0 rapporter',
      'Region Gotland, Digitalisering: 4 avsnitt i 1 rapport',
    ]);
    expect(buttons.map((button) => Boolean(button.props.disabled))).toEqual([false, false, true, false]);
    expect(withClass(withClass(view(), 'coverage-cell'), 'level-4')).toHaveLength(1);
  });
  it('lists the chosen cell’s passages', () => {
    const passages = { status: 'done', items: [{ id: 'p1', reportId: 'r', reportTitle: 'Skånes rapport', region: 'Region Skåne', page: 3, question: null, headingPath: ['Kontinuitet'], text: 'Fast läkarkontakt   införs.', theme: { id: 'a', label: 'Kontinuitet' } }] };
    const nodes = view({ region: 'Region Skåne', themeId: 'a' }, passages);
    expect(textOf(withClass(nodes, 'coverage-passages'))).toContain('Region Skåne – Kontinuitet');
    expect(textOf(withClass(nodes, 'passage-snippet'))).toBe('Fast läkarkontakt införs.');
    expect(nodes.filter((node) => node.type === 'button' && node.props['aria-pressed'] === 'true')).toHaveLength(1);
  });
  it('is one Tab stop: arrows move to the next cell with passages, Home and End along the row', () => {
    const tabbable = view().filter((node) => node.type === 'button' && node.props.tabIndex === 0);
    expect(tabbable.map((node) => node.props.title)).toEqual(['Region Skåne, Kontinuitet: 20 avsnitt i 2 rapporter']);
    const counts = [[20, 1, 0], [0, 4, 0], [3, 0, 5]];
    expect(nextCell(counts, 0, 0, 'ArrowRight')).toEqual({ row: 0, column: 1 });
    expect(nextCell(counts, 0, 1, 'ArrowRight')).toBeNull();
    expect(nextCell(counts, 0, 0, 'ArrowDown')).toEqual({ row: 2, column: 0 });
    expect(nextCell(counts, 2, 2, 'ArrowUp')).toBeNull();
    expect(nextCell(counts, 2, 2, 'Home')).toEqual({ row: 2, column: 0 });
    expect(nextCell(counts, 0, 0, 'End')).toEqual({ row: 0, column: 1 });
    expect(nextCell(counts, 0, 0, 'a')).toBeNull();
  });
  it('scales colour to the busiest cell and says loading and errors in words', () => {
    expect([0, 1, 3, 11, 30, 60].map((n) => coverageLevel(n, 60))).toEqual([0, 1, 1, 2, 3, 4]);
    expect([0, 1, 2, 3].map((n) => coverageLevel(n, 3))).toEqual([0, 1, 2, 3]);
    expect(cellDescription({ passages: 1, reports: 1 }, 'Dalarna', 'Tema')).toBe('Dalarna, Tema: 1 avsnitt i 1 rapport');
    expect(textOf(html`<${CoverageView} coverage=${{ status: 'error', error: 'Täckningen kunde inte hämtas.' }} />`)).toBe('Täckningen kunde inte hämtas.');
  });
});

describe('comparison matrix', () => {
  const matrix = {
    title: 'Jämförelse',
    columns: ['Vad görs?', 'Vad planeras?'],
    rows: [
      { region: 'Region Skåne', cells: [{ state: 'evidence', text: 'Skåne inför fast läkarkontakt. [1]', citations: [citation(1)] }, { state: 'mentioned', text: '', citations: [citation(2)] }] },
      { region: 'Region Gotland', cells: [{ state: 'none', text: '', citations: [] }, { state: 'none', text: '', citations: [] }] },
    ],
  };
  it('has one row per region, each cell its state in words and a class of its own', () => {
    const nodes = elements(html`<${MatrixTable} matrix=${matrix} onCitation=${() => {}} />`);
    expect(withClass(nodes, 'matrix-row').map((row) => row.props['data-region'])).toEqual(['Region Skåne', 'Region Gotland']);
    const cells = withClass(nodes, 'matrix-cell');
    expect(cells.map((cell) => cell.props['data-state'])).toEqual(['evidence', 'mentioned', 'none', 'none']);
    expect(cells.map((cell) => textOf(withClass(elements(cell), 'state')[0]))).toEqual(['● Belägg', '◐ Nämns bara', '○ Inga belägg', '○ Inga belägg']);
    expect(elements(cells[0]).filter((node) => node.props.class === 'cite').map(textOf)).toEqual(['[1]']);
    expect(textOf(cells[1])).toContain('Närmaste avsnitt');
  });
  it('turns [n] into citations only where a citation exists', () => {
    const parts = citedParts('Ett **två** [1] och [9], [1, 2].', [citation(1), citation(2)]);
    expect(parts.map((part: unknown) => (typeof part === 'string' ? part : `#${(part as { n: number }).n}`))).toEqual(['Ett två ', '#1', ' och [9], ', '#1', '#2', '.']);
  });
  it('offers a theme’s default questions and validates the columns', () => {
    expect(defaultColumns('Digitalisering')).toEqual(['Vad gör regionen inom digitalisering?', 'Vilka resultat redovisas inom digitalisering?', 'Vad planeras inom digitalisering?']);
    expect(validateColumns(['', ' '])).toMatch(/minst en fråga/);
    expect(validateColumns(Array(MAX_COLUMNS + 1).fill('Fråga?'))).toMatch(/Högst 4/);
    expect(validateColumns(['Fråga?', ''])).toBeNull();
  });
});

describe('good practice', () => {
  it('marks measures and reported results apart, each with its citations, and names silent regions', () => {
    const response = {
      title: 'Goda exempel från andra regioner än Dalarna: Kontinuitet',
      citations: [citation(1), citation(2)],
      regions: [{ region: 'Region Skåne', points: [{ text: 'Fast läkarkontakt på alla vårdcentraler.', citations: [1, 2], result: 'Andelen listade ökade till 60 procent.', kind: 'outcome' }] }, { region: 'Region Gotland', points: [] }],
    };
    const nodes = elements(html`<${GoodPracticeResult} response=${response} onCitation=${() => {}} />`);
    const measure = withClass(nodes, 'measure')[0];
    const outcome = withClass(nodes, 'outcome')[0];
    expect(textOf(measure)).toBe('Åtgärd Fast läkarkontakt på alla vårdcentraler. [1]');
    expect(textOf(outcome)).toBe('Redovisat resultat Andelen listade ökade till 60 procent. [2]');
    expect(textOf(nodes[0])).toContain('Inget om detta hos: Region Gotland.');
  });
  it('labels a result that is only aimed at or expected as such, never as a reported result', () => {
    const response = {
      title: 'Goda exempel',
      citations: [citation(1), citation(2)],
      regions: [{ region: 'Region Skåne', points: [{ text: 'Hembesök av team.', citations: [1, 2], result: 'Insatsen förväntas minska inläggningarna.', kind: 'forecast' }] }],
    };
    const nodes = elements(html`<${GoodPracticeResult} response=${response} onCitation=${() => {}} />`);
    expect(withClass(nodes, 'outcome')).toHaveLength(0);
    expect(textOf(withClass(nodes, 'expected')[0])).toBe('Förväntat, inget utfall Insatsen förväntas minska inläggningarna. [2]');
  });
  it('asks for one’s own region and a theme or topic', () => {
    expect(validatePractice({ ownRegion: '', theme: 'a', query: '' })).toMatch(/din egen region/);
    expect(validatePractice({ ownRegion: 'Dalarna', theme: '', query: ' ' })).toMatch(/tema eller/);
    expect(validatePractice({ ownRegion: 'Dalarna', theme: '', query: 'hemsjukvård' })).toBeNull();
  });
});

describe('vendored Preact and htm', () => {
  it('are byte-for-byte the installed versions (re-run scripts/vendor-ui.ts after an upgrade)', () => {
    for (const file of vendoredFiles) expect(readFileSync(file.to).equals(readFileSync(file.from)), file.to).toBe(true);
  });
});

describe('filters', async () => {
  const { FiltersView, activeChips } = await loadPublic('views/filters-view.js');
  const { filterOptions, filtersRequest, emptyFilters } = await loadPublic('filters.js');
  const options = filterOptions(
    { regions: [{ region: 'Region Skåne', reports: 2, passages: 9 }, { region: 'Dalarna', reports: 1, passages: 3 }] },
    { themes: [{ id: 'kontinuitet', label: 'Kontinuitet', passages: 5, reports: 2 }] },
    { reports: [{ region: 'Region Skåne', year: 2022, kind: 'report' }, { region: 'Dalarna', year: null, kind: 'survey-municipal' }, { region: 'Dalarna', year: 2023, kind: 'report' }] },
  );
  it('offers options from the catalog routes, newest year first, kinds in Swedish', () => {
    expect(options.regions).toEqual([{ value: 'Region Skåne', label: 'Region Skåne', note: '2 rapporter' }, { value: 'Dalarna', label: 'Dalarna', note: '1 rapport' }]);
    expect(options.years.map((option: { value: string }) => option.value)).toEqual(['2023', '2022']);
    expect(options.kinds.map((option: { label: string }) => option.label)).toEqual(['Rapport', 'Enkätsvar (kommunerna)']);
    // Without /api/regions the reports still name the regions.
    expect(filterOptions(null, null, { reports: [{ region: 'Örebro', year: 2022, kind: 'report' }] }).regions[0].value).toBe('Örebro');
  });
  it('sends only chosen groups, years as numbers', () => {
    expect(filtersRequest(emptyFilters().selected)).toBeUndefined();
    expect(filtersRequest({ regions: ['Dalarna'], themes: [], years: ['2022'], kinds: [] })).toEqual({ regions: ['Dalarna'], years: [2022] });
  });
  it('shows a chip per chosen value with its label, checked boxes, and a clear button only when needed', () => {
    const filters = { ...emptyFilters(), status: 'done', options, selected: { regions: ['Dalarna'], themes: ['kontinuitet'], years: [], kinds: [] } };
    expect(activeChips(filters).map((chip: { label: string }) => chip.label)).toEqual(['Dalarna', 'Kontinuitet']);
    const nodes = elements(html`<${FiltersView} filters=${filters} onToggle=${() => {}} onRemove=${() => {}} onClear=${() => {}} />`);
    expect(withClass(nodes, 'chip').map(textOf)).toEqual(['Region: Dalarna×', 'Tema: Kontinuitet×']);
    expect(nodes.filter((node) => node.type === 'input' && node.props.checked).map((node) => node.props.value)).toEqual(['Dalarna', 'kontinuitet']);
    expect(nodes.some((node) => node.props.id === 'clear-filters')).toBe(true);
    const none = elements(html`<${FiltersView} filters=${{ ...filters, selected: emptyFilters().selected }} onToggle=${() => {}} onRemove=${() => {}} onClear=${() => {}} />`);
    expect(none.some((node) => node.props.id === 'clear-filters')).toBe(false);
  });
});

describe('source view data', async () => {
  const { originalLink, sourceData, markedSentences } = await loadPublic('source-view.js');
  it('links a PDF at the cited page, a slide deck as a download naming the slide, other files as they are', () => {
    expect(originalLink('r1', 'rapport.pdf', 7)).toEqual({ href: 'api/reports/r1/file#page=7', label: 'Öppna PDF:en på sidan 7' });
    expect(originalLink('r 2', 'Rapport.PDF', null)).toEqual({ href: 'api/reports/r%202/file', label: 'Öppna PDF:en' });
    expect(originalLink('r3', 'rapport.md', 3)).toEqual({ href: 'api/reports/r3/file', label: 'Öppna originalfilen' });
    expect(originalLink('r5', 'regionens-sida.HTM', 2)).toEqual({ href: 'api/reports/r5/file', label: 'Ladda ner den sparade webbsidan' });
    expect(originalLink('r5', 'Bildspel.PPTX', 4)).toEqual({ href: 'api/reports/r5/file', label: 'Ladda ner presentationen (bild 4)' });
    expect(originalLink('r5', 'bildspel.pptx', null)).toEqual({ href: 'api/reports/r5/file', label: 'Ladda ner presentationen' });
    expect(originalLink('r4', null, 3)).toBeNull();
  });
  it('reads /api/passages/:id as its schema gives it, with cleaned text where a neighbour is missing', () => {
    const passage = { id: 'p', reportId: 'r', theme: { id: 't', label: 'Tema' }, question: '6a. Beskriv insatser', headingPath: ['Rubrik'], text: '- ett\n- två', page: 4, start: 0, end: 10, isAgreementText: false, ordinal: 1, linkedItems: [] };
    const view = sourceData(
      { passage, report: { id: 'r', title: 'Rapporten', region: 'Region Skåne', file: 'r.pdf', year: 2023 }, previous: null, next: { ...passage, id: 'q', text: 'Nästa' }, context: { before: '  före ', after: 'efter' } },
      { n: 1, region: 'Region Skåne', reportTitle: 'Rapporten' },
    );
    expect(view).toMatchObject({ text: '- ett\n- två', page: 4, question: '6a. Beskriv insatser', title: 'Rapporten', reportId: 'r', file: 'r.pdf', year: 2023 });
    expect(view.before).toEqual([{ text: 'före', page: null, partial: true }]);
    expect(view.after.map((item: { text: string }) => item.text)).toEqual(['Nästa']);
    expect(markedSentences('Inledning. **Den citerade meningen.** Slut. **Och en till.**')).toEqual(['Den citerade meningen.', 'Och en till.']);
  });
});

describe('summary', async () => {
  const { summaryRequest, summaryMarkdown, SummaryForm } = await loadPublic('views/summary-view.js');
  it('asks for a theme or a question, the question winning', () => {
    expect(summaryRequest({ theme: '', query: '  ' }).error).toMatch(/tema eller/);
    expect(summaryRequest({ theme: 'kontinuitet', query: '' })).toEqual({ request: { theme: 'kontinuitet' } });
    expect(summaryRequest({ theme: 'kontinuitet', query: ' Hur går det? ' })).toEqual({ request: { query: 'Hur går det?' } });
    expect(summaryRequest({ theme: '', query: 'å'.repeat(1001) }).error).toMatch(/för lång/);
  });
  it('makes the download a document that opens with a heading', () => {
    expect(summaryMarkdown({ title: 'Sammanfattning: Kontinuitet', markdown: 'Text [1]' })).toBe('# Sammanfattning: Kontinuitet\n\nText [1]\n');
    expect(summaryMarkdown({ title: 'x', markdown: '## Rubrik\n\nText' })).toBe('## Rubrik\n\nText\n');
  });
  it('shows the scope, the error and the busy state from state', () => {
    const nodes = elements(html`<${SummaryForm} themes=${[{ id: 'k', label: 'Kontinuitet' }]} form=${{ theme: 'k', query: '' }} scopeNote="Alla regioner." busy=${true} error="Välj ett tema." onChange=${() => {}} onSubmit=${() => {}} />`);
    expect(textOf(nodes.find((node) => node.props.id === 'summary-scope'))).toBe('Alla regioner.');
    expect(textOf(nodes.find((node) => node.props.id === 'summary-error'))).toBe('Välj ett tema.');
    expect(nodes.find((node) => node.props.id === 'summary-submit')?.props.disabled).toBe(true);
  });
});
