import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { compareResponse, coveragePassagesResponse, coverageResponse } from '../../src/http/response-schemas.ts';
import { fixtureCatalog } from '../answer/fixture-catalog.ts';
import { PptxGenJS } from '../ingest/pptx-gen.ts';
import { startApp, type RunningApp } from './start-app.ts';

let app: RunningApp;
let corpusDir: string;
beforeAll(async () => {
  corpusDir = await mkdtemp(path.join(tmpdir(), 'utblick-file-route-'));
  await writeFile(path.join(corpusDir, 'halland.txt'), 'Region Hallands slutredovisning: digitala vårdbesök i primärvården.\n', 'utf8');
  await writeFile(path.join(tmpdir(), 'utblick-outside-corpus.txt'), 'hemligt', 'utf8');
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const n of [1, 2]) pdf.addPage().drawText(`Sida ${n}: God och nara vard i Gavleborg`, { x: 50, y: 700, size: 14, font });
  await writeFile(path.join(corpusDir, 'gavleborg.pdf'), await pdf.save());
  const deck = new PptxGenJS();
  deck.addSlide().addText('Mobila team i Gävleborg', { x: 1, y: 1, w: 8, h: 1 });
  await writeFile(path.join(corpusDir, 'bildspel nära vård.pptx'), (await deck.write({ outputType: 'uint8array' })) as Uint8Array);
  const catalog = fixtureCatalog();
  // One report claims a file outside the corpus: the route must refuse it rather than follow the path.
  catalog.reports = catalog.reports.map((report) =>
    report.id === 'dalarna' ? { ...report, file: '../utblick-outside-corpus.txt' } : report.id === 'gavleborg' ? { ...report, file: 'gavleborg.pdf', pageCount: 2 } : report,
  );
  catalog.reports.push({ ...catalog.reports[0]!, id: 'borta', file: 'borta.pdf' });
  await writeFile(
    path.join(corpusDir, 'webbsida.html'),
    '<!DOCTYPE html><html lang="sv"><head><title>Nära vård</title><script>document.title = "skript körs";</script></head><body><p>Vårdcentralerna i Örebro län.</p></body></html>',
    'utf8',
  );
  catalog.reports.push({ ...catalog.reports[0]!, id: 'webbsida', file: 'webbsida.html' });
  catalog.reports.push({ ...catalog.reports[0]!, id: 'bildspel', file: 'bildspel nära vård.pptx', kind: 'slides' });
  app = await startApp({ config: loadConfig({}, { bodyLimit: '100kb', corpusDir }), catalog });
});
afterAll(async () => {
  await app.close();
  await rm(corpusDir, { recursive: true, force: true });
});

const get = (url: string) => fetch(`${app.baseUrl}${url}`);

describe('GET /api/coverage', () => {
  it('counts passages and reports per region and theme, zeros included', async () => {
    const response = await get('/api/coverage');
    expect(response.status).toBe(200);
    const coverage = coverageResponse.parse(await response.json());
    expect(coverage.cells).toHaveLength(coverage.regions.length * coverage.themes.length);
    const halland = coverage.cells.find((cell) => cell.region === 'Region Halland' && cell.themeId === 'digitalisering');
    expect(halland).toMatchObject({ passages: expect.any(Number), reports: 1 });
    expect(halland!.passages).toBeGreaterThan(0);
    expect(coverage.cells.find((cell) => cell.region === 'Region Halland' && cell.themeId === 'ambulans')).toMatchObject({ passages: 0, reports: 0 });
  });
  it('lists a region’s passages on a theme, and says so for an unknown region or theme', async () => {
    const response = await get(`/api/coverage/passages?region=${encodeURIComponent('Hallands län')}&theme=digitalisering`);
    expect(response.status).toBe(200);
    const body = coveragePassagesResponse.parse(await response.json());
    expect(body.region).toBe('Region Halland');
    expect(body.passages.length).toBeGreaterThan(0);
    expect(body.passages.every((passage) => passage.region === 'Region Halland')).toBe(true);
    expect(JSON.stringify(body)).not.toContain('@');
    expect((await get('/api/coverage/passages?region=Norrbotten&theme=digitalisering')).status).toBe(404);
    expect((await get('/api/coverage/passages?region=Dalarna&theme=finns-inte')).status).toBe(404);
    expect((await get('/api/coverage/passages?region=Dalarna')).status).toBe(400);
  });
});

describe('POST /api/compare', () => {
  it('asks each question of each region on its own and gives every cell a state', async () => {
    const before = app.calls.length;
    const response = await app.post('/api/compare', { questions: ['Hur används digitala vårdbesök?', 'Hur arbetar man med ambulanssjukvård?'] });
    expect(response.status).toBe(200);
    const matrix = compareResponse.parse(await response.json());
    expect(matrix.columns).toHaveLength(2);
    expect(matrix.rows.map((row) => row.region)).toEqual(['Region Halland', 'Dalarna', 'Region Gävleborg']);
    // Every region was searched on its own, with itself as the only region filter, for each question.
    const searches = app.calls.slice(before);
    for (const region of ['Region Halland', 'Dalarna', 'Region Gävleborg']) {
      expect(searches.filter((call) => call.options?.filters?.regions?.length === 1 && call.options.filters.regions[0] === region).length).toBeGreaterThanOrEqual(2);
    }
    expect(searches.every((call) => (call.options?.filters?.regions?.length ?? 0) > 0)).toBe(true);
    const halland = matrix.rows[0]!.cells[0]!;
    expect(halland.state).toBe('evidence');
    expect(halland.text).toMatch(/\[\d+\]/);
    expect(halland.citations.every((citation) => citation.region === 'Region Halland')).toBe(true);
    for (const row of matrix.rows) for (const cell of row.cells) if (cell.state === 'none') expect(cell).toEqual({ state: 'none', text: '', citations: [] });
  });
  it('gives a theme three default columns and keeps to the regions asked for', async () => {
    const matrix = compareResponse.parse(await (await app.post('/api/compare', { theme: 'digitalisering', regions: ['Hallands län'] })).json());
    expect(matrix.theme).toEqual({ id: 'digitalisering', label: 'Digitalisering' });
    expect(matrix.columns).toHaveLength(3);
    expect(matrix.columns.every((column) => column.includes('digitalisering'))).toBe(true);
    expect(matrix.rows.map((row) => row.region)).toEqual(['Region Halland']);
  });
  it('rejects no questions, five questions, an unknown theme and only unknown regions', async () => {
    for (const body of [{}, { questions: [] }, { questions: ['a', 'b', 'c', 'd', 'e'] }, { theme: 'finns-inte' }, { questions: ['Hur?'], regions: ['Norrbotten'] }]) {
      const response = await app.post('/api/compare', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/[åäö]|fråg|tema|region/i);
    }
  });
});

describe('GET /api/reports/:id/file', () => {
  it('serves the original with its content type', async () => {
    const response = await get('/api/reports/halland/file');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toContain('digitala vårdbesök');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const pdf = await get('/api/reports/gavleborg/file');
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(/^inline; filename\*=UTF-8''gavleborg\.pdf$/);
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(2);
  });
  it('offers a saved web page as a sandboxed download, never as a live page on our origin', async () => {
    const response = await get('/api/reports/webbsida/file');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).not.toMatch(/html/i);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename\*=UTF-8''webbsida\.html$/);
    expect(response.headers.get('content-security-policy')).toMatch(/sandbox/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    // The bytes are the page as saved.
    expect(Buffer.from(await response.arrayBuffer()).toString('utf8')).toContain('Vårdcentralerna i Örebro län.');
  });

  it('offers a slide deck as a download with the PowerPoint content type', async () => {
    const response = await get('/api/reports/bildspel/file');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.presentationml.presentation');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('bildspel nära vård.pptx')}`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    expect(await zip.file('ppt/slides/slide1.xml')?.async('string')).toContain('Mobila team i Gävleborg');
  });

  it('never serves a path outside the corpus, nor an unknown report', async () => {
    const outside = await get('/api/reports/dalarna/file');
    expect(outside.status).toBe(404);
    expect(await outside.text()).not.toContain('hemligt');
    expect((await get('/api/reports/finns-inte/file')).status).toBe(404);
    expect((await get('/api/reports/..%2F..%2Fetc%2Fpasswd/file')).status).toBe(404);
    // A report whose file has gone is a 404 too, not a crash.
    expect((await get('/api/reports/borta/file')).status).toBe(404);
  });
});

describe('POST /api/export/docx', () => {
  async function docxText(response: Response): Promise<string> {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('wordprocessingml.document');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await response.arrayBuffer()) });
    return value;
  }
  it('turns a summary’s Markdown into a Word document that keeps å, ä, ö', async () => {
    const text = await docxText(await app.post('/api/export/docx', { kind: 'document', title: 'Sammanfattning: Kontinuitet', markdown: '## Översikt\n\nFlera regioner **ökar** kontinuiteten. [1]\n\n- Fast läkarkontakt i Gävleborg\n- Hemsjukvård i Dalarna\n\n## Källor\n\n1. Rapport – Region Halland, s. 4' }));
    expect(text).toContain('Sammanfattning: Kontinuitet');
    expect(text).toContain('Flera regioner ökar kontinuiteten. [1]');
    expect(text).toContain('Fast läkarkontakt i Gävleborg');
    expect(text).not.toContain('**');
  });
  it('turns the matrix into a Word table with the states spelled out', async () => {
    const response = await app.post('/api/export/docx', {
      kind: 'matrix',
      title: 'Jämförelse: Digitalisering',
      columns: ['Vad gör regionen?', 'Vad planeras?'],
      rows: [
        { region: 'Region Halland', cells: [{ state: 'evidence', text: 'Digitala vårdbesök införs. [1]', sources: ['[1] Slutredovisning – Region Halland, s. 6'] }, { state: 'none', text: '', sources: [] }] },
        { region: 'Dalarna', cells: [{ state: 'mentioned', text: '', sources: [] }, { state: 'none', text: '', sources: [] }] },
      ],
    });
    expect(response.headers.get('content-disposition')).toContain('jamforelse-digitalisering.docx');
    const text = await docxText(response);
    for (const expected of ['Vad gör regionen?', 'Region Halland', 'Belägg', 'Nämns bara', 'Inga belägg', 'Digitala vårdbesök införs. [1]', 's. 6']) expect(text).toContain(expected);
  });
  it('rejects an unknown kind or state', async () => {
    expect((await app.post('/api/export/docx', { kind: 'pdf', title: 'x', markdown: 'y' })).status).toBe(400);
    expect((await app.post('/api/export/docx', { kind: 'matrix', title: 'x', columns: ['a'], rows: [{ region: 'r', cells: [{ state: 'kanske', text: '', sources: [] }] }] })).status).toBe(400);
  });
});
