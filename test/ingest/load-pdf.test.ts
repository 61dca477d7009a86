import { mkdtemp, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../src/errors.ts';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';
import { ingestReport } from '../../src/ingest/ingest-report.ts';
import { loadPdfReport } from '../../src/ingest/load-pdf.ts';
import { loadQuestionBank } from '../../src/ingest/question-bank.ts';
import { seedCorpusDir, seedIds } from './seed-corpus.ts';

interface PdfFixture {
  header: string;
  footer: string;
  pages: string[][][];
}

const fixturePath = path.resolve(import.meta.dirname, '../fixtures/ingest/pdf-report.json');

/** A real PDF with Helvetica (WinAnsi covers å ä ö), a running header and a page-number footer. */
async function makeReportPdf(fixture: PdfFixture): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  fixture.pages.forEach((paragraphs, index) => {
    const page = document.addPage([595, 842]);
    page.drawText(fixture.header, { x: 56, y: 800, size: 9, font });
    let y = 740;
    for (const paragraph of paragraphs) {
      for (const line of paragraph) {
        page.drawText(line, { x: 56, y, size: 11, font });
        y -= 14;
      }
      y -= 16;
    }
    const footer = fixture.footer.replace('{page}', String(index + 1)).replace('{pages}', String(fixture.pages.length));
    page.drawText(footer, { x: 270, y: 30, size: 9, font });
  });
  return document.save();
}

async function makeTextlessPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const page = document.addPage([595, 842]);
  page.drawRectangle({ x: 50, y: 50, width: 200, height: 100, color: rgb(0.2, 0.4, 0.6) });
  return document.save();
}

let fixture: PdfFixture;
let directory: string;

beforeAll(async () => {
  fixture = JSON.parse(await readFile(fixturePath, 'utf8')) as PdfFixture;
  directory = await mkdtemp(path.join(os.tmpdir(), 'utblick-pdf-'));
  await writeFile(path.join(directory, 'rapport.pdf'), await makeReportPdf(fixture));
  await writeFile(path.join(directory, 'trasig.pdf'), new TextEncoder().encode('%PDF-1.7\nthis is not really a pdf\n%%EOF'));
  await writeFile(path.join(directory, 'bild.pdf'), await makeTextlessPdf());
  await copyFile(path.join(seedCorpusDir, `${seedIds.gnhh}.txt`), path.join(directory, `${seedIds.gnhh}.txt`));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('loadPdfReport', () => {
  it('reads text per page in reading order with Swedish letters intact and running lines dropped', async () => {
    const document = await loadPdfReport(new Uint8Array(await readFile(path.join(directory, 'rapport.pdf'))), 'rapport.pdf');
    expect(document.pageCount).toBe(3);
    expect(document.pages.map((page) => page.page)).toEqual([1, 2, 3]);
    const [first, second] = document.pages;
    expect(first?.text).toContain('Under året har vårdcentralerna i Östra länsdelen infört fast läkarkontakt för äldre\nmed stora vårdbehov.');
    expect(second?.text).toContain('Mobila team i Älvdalen');
    for (const page of document.pages) {
      expect(page.text).not.toContain('Region Testland – Uppföljning');
      expect(page.text).not.toMatch(/Sida \d av 3/);
    }
    expect(first?.text.indexOf('Slutredovisning')).toBeLessThan(first?.text.indexOf('Insatser för att öka') ?? -1);
  });

  it('rejects a corrupt and a text-less PDF as REPORT_UNREADABLE naming the file', async () => {
    for (const file of ['trasig.pdf', 'bild.pdf']) {
      const bytes = new Uint8Array(await readFile(path.join(directory, file)));
      const error = await loadPdfReport(bytes, file).then(() => null, (caught: unknown) => caught);
      expect(isAppError(error) && error.code).toBe('REPORT_UNREADABLE');
      expect((error as Error).message).toContain(file);
    }
  });
});

/** Pages that differ only in a digit: every line recurs on every page, at its top and bottom. */
async function makeNearlyIdenticalPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let number = 1; number <= 3; number += 1) {
    const page = document.addPage([595, 842]);
    page.drawText(`Mätning ${number}: andelen äldre med fast läkarkontakt i Testköping`, { x: 56, y: 740, size: 11, font });
    page.drawText(`Resultat vecka ${number}: målet nåddes för patienter i Region Testland`, { x: 56, y: 720, size: 11, font });
  }
  return document.save();
}

describe('running-line removal', () => {
  it('never empties a page: a PDF whose pages differ only in a digit still ingests', async () => {
    const document = await loadPdfReport(await makeNearlyIdenticalPdf(), 'nastan-lika.pdf');
    expect(document.pages.map((page) => page.text)).toEqual([1, 2, 3].map(
      (number) => `Mätning ${number}: andelen äldre med fast läkarkontakt i Testköping\n\nResultat vecka ${number}: målet nåddes för patienter i Region Testland`,
    ));
    const ingested = await ingestReport('nastan-lika.pdf', await makeNearlyIdenticalPdf(), undefined, loadQuestionBank());
    expect(ingested.passages.map((passage) => passage.page)).toContain(3);
    expect(ingested.cleanedText).toContain('Resultat vecka 3');
  });

  it('still drops running headers and page numbers from pages that have other text', async () => {
    const document = await loadPdfReport(new Uint8Array(await readFile(path.join(directory, 'rapport.pdf'))), 'rapport.pdf');
    for (const page of document.pages) expect(page.text).not.toMatch(/Region Testland – Uppföljning|Sida \d av 3/);
  });
});

describe('ingestCorpus with PDFs', () => {
  it('gives passages their page, skips unreadable PDFs with a reason and still ingests the rest', async () => {
    const result = await ingestCorpus(directory);
    expect(result.failures.map((failure) => failure.file).sort()).toEqual(['bild.pdf', 'trasig.pdf']);
    expect(result.failures.find((failure) => failure.file === 'bild.pdf')?.reason).toMatch(/ingen text/);
    expect(result.reports.map((report) => report.id).sort()).toEqual([seedIds.gnhh, 'rapport']);
    const report = result.reports.find((candidate) => candidate.id === 'rapport');
    expect(report?.pageCount).toBe(3);
    expect(report?.warnings.join(' ')).toMatch(/region kunde inte avgöras/);
    expect(report?.warnings.join(' ')).toMatch(/typ gissad från texten: report/);
    const passages = result.passages.filter((passage) => passage.reportId === 'rapport');
    const continuity = passages.find((passage) => passage.text.includes('Östra länsdelen'));
    const avoidable = passages.find((passage) => passage.text.includes('Älvdalen'));
    const ambulance = passages.find((passage) => passage.text.includes('48 sjuksköterskor'));
    expect([continuity?.page, avoidable?.page, ambulance?.page]).toEqual([1, 2, 3]);
    expect(continuity?.themeId).toBe('kontinuitet');
    expect(avoidable?.themeId).toBe('undvikbar-slutenvard');
    expect(ambulance?.themeId).toBe('ambulanssjukvard');
    expect(avoidable?.text).toContain('minskade med 12 procent');
    for (const passage of passages) {
      expect(result.cleanedTexts.rapport?.slice(passage.start, passage.end)).toBe(passage.text);
      expect(passage.text).not.toMatch(/Sida \d av 3|Uppföljning av nära vård 2022/);
    }
  });
});
