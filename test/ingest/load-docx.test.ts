import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../src/errors.ts';
import type { IngestResult } from '../../src/ingest/ingest-corpus.ts';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';
import { loadDocxReport } from '../../src/ingest/load-docx.ts';
import { wordHtmlToMarkdown } from '../../src/ingest/word-markdown.ts';

/** A reworked report as a region writes it in Word: title, headings per area, body text, a list and a table. */
async function makeReportDocx(): Promise<Uint8Array> {
  const body = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Lägesrapport nära vård Region Provland 2023', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'Fast läkarkontakt och kontinuitet', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('Hälsocentralerna i Provland har under året infört '),
              new TextRun({ text: 'fast läkarkontakt', bold: true }),
              new TextRun(' för patienter med kroniska sjukdomar, och andelen listade med fast läkarkontakt ökade från 22 till 41 procent.'),
            ],
          }),
          new Paragraph({ text: 'Namngiven vårdcentral för alla invånare', bullet: { level: 0 } }),
          new Paragraph({ text: 'Kontinuitetsmått följs upp varje kvartal', bullet: { level: 0 } }),
          new Paragraph({ text: 'Mobila team:', heading: HeadingLevel.HEADING_1 }),
          body('Tre mobila närvårdsteam besöker äldre med omfattande vårdbehov i hemmet, vilket har minskat antalet akuta inläggningar på sjukhuset i Norrby med 14 procent.'),
          new Table({
            rows: [
              new TableRow({ children: ['Kommun', 'Besök'].map((text) => new TableCell({ children: [new Paragraph(text)] })) }),
              new TableRow({ children: ['Norrby', '1 240'].map((text) => new TableCell({ children: [new Paragraph(text)] })) }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

let directory: string;
let result: IngestResult;
beforeAll(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'utblick-docx-'));
  await writeFile(path.join(directory, 'provland.docx'), await makeReportDocx());
  await writeFile(path.join(directory, 'trasig.docx'), new TextEncoder().encode('PK inte en riktig docx'));
  result = await ingestCorpus(directory);
});
afterAll(async () => rm(directory, { recursive: true, force: true }));

describe('wordHtmlToMarkdown', () => {
  it('puts headings on lines of their own, keeps list items together and turns table rows into cells', () => {
    const html =
      '<h1>Rubrik ett:</h1><p>Stycke med <strong>fet</strong> text &amp; mer.</p><ul><li>Första</li><li>Andra<ol><li>Under</li></ol></li></ul>' +
      '<table><tr><td><p>År</p></td><td><p>Antal</p></td></tr></table><p>Sista</p>';
    expect(wordHtmlToMarkdown(html)).toBe('# Rubrik ett\n\nStycke med **fet** text & mer.\n\n- Första\n- Andra\n  1. Under\n\n| År | Antal |\n\nSista');
  });

  it('reads a cell of several paragraphs as one cell, and a list starting at its second level without an empty item', () => {
    const html =
      '<table><tr><th><p>Insats</p></th><th><p>Kommentar</p></th></tr><tr><td><p>Hembesök</p></td><td><p>Startade i mars.</p><p>Utökas i höst.</p></td></tr></table>' +
      '<p>Delmål:</p><ul><li><ul><li>Nära för mig</li><li>Nära för alla</li></ul></li></ul>';
    expect(wordHtmlToMarkdown(html)).toBe('| Insats | Kommentar |\n| Hembesök | Startade i mars. Utökas i höst. |\n\nDelmål:\n\n- Nära för mig\n- Nära för alla');
  });

  it('keeps link text without the address and drops images', () => {
    const html = '<p>Skriv till <a href="mailto:samordnare@provland.se">samordnaren</a><img src="data:image/png;base64,iVBORw0KGgo=" alt="Porträtt av Eva Exempelsson" />.</p>';
    expect(wordHtmlToMarkdown(html)).toBe('Skriv till samordnaren.');
  });
});

describe('Word reports', () => {
  it('load through mammoth with headings as lines of their own', async () => {
    const { document } = await loadDocxReport(await makeReportDocx(), 'provland.docx');
    const text = document.pages[0]?.text ?? '';
    expect(text).toMatch(/^# Lägesrapport nära vård Region Provland 2023\n\n# Fast läkarkontakt och kontinuitet\n\nHälsocentralerna/);
    expect(text).toContain('\n\n# Mobila team\n\n');
    expect(text).toContain('- Namngiven vårdcentral för alla invånare\n- Kontinuitetsmått följs upp varje kvartal');
    expect(text).toContain('| Norrby | 1 240 |');
  });

  it('are ingested end to end, their passages aligned by heading', () => {
    const report = result.reports.find((candidate) => candidate.id === 'provland');
    expect(report).toMatchObject({ title: 'Lägesrapport nära vård Region Provland 2023', region: 'Region Provland', year: 2023, pageCount: null });
    const passages = result.passages.filter((passage) => passage.reportId === 'provland');
    const continuity = passages.find((passage) => passage.text.includes('från 22 till 41 procent'));
    const mobile = passages.find((passage) => passage.text.includes('Tre mobila närvårdsteam'));
    expect(continuity?.headingPath).toEqual(['Fast läkarkontakt och kontinuitet']);
    expect(continuity?.themeId).toBe('kontinuitet');
    expect(continuity?.text).toContain('Namngiven vårdcentral');
    expect(mobile?.headingPath).toEqual(['Mobila team']);
    expect(mobile?.themeId).not.toBe(continuity?.themeId);
    for (const passage of passages) {
      expect(result.cleanedTexts.provland?.slice(passage.start, passage.end)).toBe(passage.text);
      expect(passage.page).toBeNull();
    }
  });

  it('a broken .docx is a named failure, the rest is still ingested', async () => {
    expect(result.failures).toEqual([{ file: 'trasig.docx', reason: expect.stringMatching(/^trasig\.docx: Word-filen kan inte läsas/) }]);
    const error = await loadDocxReport(new TextEncoder().encode('nej'), 'x.docx').catch((caught: unknown) => caught);
    expect(isAppError(error) && error.code).toBe('REPORT_UNREADABLE');
  });
});
