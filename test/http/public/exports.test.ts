import { describe, expect, it } from 'vitest';
import { loadPublic } from './load-public.ts';

const { matrixCsv, matrixMarkdown, matrixDocxBody, STATE_LABELS } = await loadPublic('matrix-export.js');
const { answerMarkdown, sourceLine } = await loadPublic('answer-markdown.js');

const citation = (n: number) => ({ n, passageId: `p${n}`, reportId: 'r', reportTitle: 'Slutrapport 2023', region: 'Region Örebro län', page: 4, theme: { id: 't', label: 'Tema' }, location: 'fråga 6a', excerpt: '**x**' });
const matrix = {
  title: 'Jämförelse: Kontinuitet',
  theme: null,
  columns: ['Vad görs? | hur', 'Vad planeras?'],
  rows: [
    { region: 'Region Örebro län', cells: [{ state: 'evidence', text: 'Fast läkarkontakt införs, "steg för steg". [1]', citations: [citation(1)] }, { state: 'none', text: '', citations: [] }] },
    { region: 'Dalarna', cells: [{ state: 'mentioned', text: '', citations: [] }, { state: 'evidence', text: '=SUMMA(A1) är ingen formel. [2]', citations: [citation(2)] }] },
  ],
};

describe('matrix exports', () => {
  it('CSV: one quoted line per region and question, inner quotes doubled, formulas defused, å/ä/ö kept', () => {
    const lines = matrixCsv(matrix).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe('"Region","Fråga","Läge","Text","Källor"');
    expect(lines[1]).toBe('"Region Örebro län","Vad görs? | hur","Belägg","Fast läkarkontakt införs, ""steg för steg"". [1]","[1] Slutrapport 2023 – Region Örebro län, fråga 6a, s. 4"');
    expect(lines[4]).toContain(`"'=SUMMA(A1) är ingen formel. [2]"`);
    expect(matrixCsv(matrix).startsWith('\uFEFF')).toBe(true);
  });
  it('Markdown: a table with escaped pipes and the state spelled out', () => {
    const table = matrixMarkdown(matrix).split('\n');
    expect(table[0]).toBe('# Jämförelse: Kontinuitet');
    expect(table[2]).toBe('| Region | Vad görs? \\| hur | Vad planeras? |');
    expect(table[3]).toBe('| --- | --- | --- |');
    expect(table[5]).toBe('| Dalarna | Nämns bara | Belägg – =SUMMA(A1) är ingen formel. [2] – Källor: [2] Slutrapport 2023 – Region Örebro län, fråga 6a, s. 4 |');
  });
  it('Word: the export body carries states, text and source lines only', () => {
    const body = matrixDocxBody(matrix);
    expect(body.kind).toBe('matrix');
    expect(body.rows[0].cells[0]).toEqual({ state: 'evidence', text: 'Fast läkarkontakt införs, "steg för steg". [1]', sources: ['[1] Slutrapport 2023 – Region Örebro län, fråga 6a, s. 4'] });
    expect(Object.keys(STATE_LABELS)).toEqual(['evidence', 'mentioned', 'none']);
  });
});

describe('answerMarkdown', () => {
  it('gives the question, the answer and its numbered sources', () => {
    const markdown = answerMarkdown(' Hur arbetar man med fast läkarkontakt? ', { answerable: true, answer: 'Region Örebro län inför fast läkarkontakt. [1]', citations: [citation(1)] });
    expect(markdown).toBe('## Hur arbetar man med fast läkarkontakt?\n\nRegion Örebro län inför fast läkarkontakt. [1]\n\n### Källor\n\n- [1] Slutrapport 2023 – Region Örebro län, fråga 6a, s. 4\n');
  });
  it('names the nearest passages of a refusal as such, and copes without sources or page', () => {
    expect(answerMarkdown('Fråga?', { answerable: false, answer: 'Rapporterna tar inte upp detta.', citations: [citation(1)] })).toContain('### Närmaste avsnitt');
    expect(answerMarkdown('Fråga?', { answerable: true, answer: 'Svar.', citations: [] })).toBe('## Fråga?\n\nSvar.\n');
    expect(sourceLine({ ...citation(3), page: null, location: null })).toBe('[3] Slutrapport 2023 – Region Örebro län');
  });
});
