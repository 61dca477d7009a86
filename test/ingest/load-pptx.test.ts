import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../src/errors.ts';
import type { IngestResult } from '../../src/ingest/ingest-corpus.ts';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';
import { ingestReport } from '../../src/ingest/ingest-report.ts';
import { loadPptxReport } from '../../src/ingest/load-pptx.ts';
import { notesLabel } from '../../src/ingest/pptx-slide-text.ts';
import { loadQuestionBank } from '../../src/ingest/question-bank.ts';
import { PptxGenJS } from './pptx-gen.ts';

const author = 'Greta Egenskapsdotter';

/**
 * A deck as a region presents its work: a title slide with the presenter, bullet slides (one with a
 * second level and speaker notes), a table, a hidden leftover slide and a closing contact slide.
 */
async function makeDeck(): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  // Document properties: the author's name must never reach the index.
  pptx.author = author;
  pptx.company = 'Provregionen';
  pptx.defineSlideMaster({
    title: 'RUBRIK_OCH_INNEHALL',
    objects: [
      { placeholder: { options: { name: 'rubrik', type: 'title', x: 0.5, y: 0.3, w: 9, h: 0.9 }, text: '' } },
      { placeholder: { options: { name: 'innehall', type: 'body', x: 0.5, y: 1.4, w: 9, h: 3.5 }, text: '' } },
    ],
  });
  const master = { masterName: 'RUBRIK_OCH_INNEHALL' };
  const bullets = (lines: (string | [string, number])[]) =>
    lines.map((line) => (typeof line === 'string' ? { text: line, options: { bullet: true } } : { text: line[0], options: { bullet: true, indentLevel: line[1] } }));

  const title = pptx.addSlide(master);
  title.addText('Omställningen till nära vård i Provregionen 2024', { placeholder: 'rubrik' });
  title.addText('Anna Berg, utvecklingsledare, tel. 070-123 45 67', { x: 1, y: 3, w: 8, h: 0.8 });

  const continuity = pptx.addSlide(master);
  continuity.addText('Fast läkarkontakt på vårdcentralerna', { placeholder: 'rubrik' });
  continuity.addText(
    bullets([
      'Alla invånare över 75 år har fått en namngiven fast läkarkontakt på sin vårdcentral',
      'Andelen besök hos samma läkare ökade från 38 till 57 procent under året',
      ['Kontinuiteten mäts varje kvartal och återkopplas till vårdcentralernas chefer', 1],
    ]),
    { placeholder: 'innehall' },
  );

  const mobile = pptx.addSlide(master);
  mobile.addText('Mobila team i hemmet', { placeholder: 'rubrik' });
  mobile.addText(
    bullets([
      'Två mobila närvårdsteam åker ut till äldre med stora vårdbehov',
      'Sjuksköterska och läkare gör hembesök dygnet runt i Åby och Ödeshög',
      'Färre akuta inläggningar på sjukhuset sedan teamen startade',
    ]),
    { placeholder: 'innehall' },
  );
  mobile.addNotes('Här berättar vi att teamen samarbetar med kommunens hemsjukvård och att patienterna slipper åka till akuten.');

  const table = pptx.addSlide(master);
  table.addText('Hembesök per kommun', { placeholder: 'rubrik' });
  table.addTable(
    [
      [{ text: 'Kommun' }, { text: 'Hembesök 2023' }, { text: 'Hembesök 2024' }],
      [{ text: 'Åby' }, { text: '1 180' }, { text: '1 540' }],
      [{ text: 'Ödeshög' }, { text: '640' }, { text: '910' }],
    ],
    { x: 0.5, y: 1.4, w: 9 },
  );

  const hidden = pptx.addSlide(master);
  hidden.hidden = true;
  hidden.addText('Gammal bild som inte visas', { placeholder: 'rubrik' });
  hidden.addText(bullets(['Utkast om hemliga planer för väntrummen i Åby']), { placeholder: 'innehall' });

  const contact = pptx.addSlide(master);
  contact.addText('Kontakt och frågor', { placeholder: 'rubrik' });
  contact.addText(bullets(['Hör gärna av dig med frågor om arbetet med nära vård', 'Jonas Lind, samordnare nära vård, jonas.lind@provregionen.se']), {
    placeholder: 'innehall',
  });
  return (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
}

/** The same deck with its second and third slides swapped in presentation.xml only (file names keep their order). */
async function reorder(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('ppt/presentation.xml')!.async('string');
  const ids = [...xml.matchAll(/<p:sldId [^>]*\/>/g)].map((match) => match[0]);
  const swapped = xml.replace(ids[1]!, '\u0000').replace(ids[2]!, ids[1]!).replace('\u0000', ids[2]!);
  zip.file('ppt/presentation.xml', swapped);
  return zip.generateAsync({ type: 'uint8array' });
}

/** Adds a SmartArt diagram (its data part, relationship and frame) to the second slide, as PowerPoint stores one. */
async function withDiagram(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const slideXml = await zip.file('ppt/slides/slide2.xml')!.async('string');
  const frame =
    '<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="90" name="SmartArt"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x="0" y="0"/><a:ext cx="1" cy="1"/></p:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"><dgm:relIds xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" r:dm="rIdSmartArt"/></a:graphicData></a:graphic></p:graphicFrame>';
  zip.file('ppt/slides/slide2.xml', slideXml.replace('</p:spTree>', `${frame}</p:spTree>`));
  const relsXml = await zip.file('ppt/slides/_rels/slide2.xml.rels')!.async('string');
  const relationship = '<Relationship Id="rIdSmartArt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/diagramData" Target="../diagrams/data1.xml"/>';
  zip.file('ppt/slides/_rels/slide2.xml.rels', relsXml.replace('</Relationships>', `${relationship}</Relationships>`));
  zip.file(
    'ppt/diagrams/data1.xml',
    '<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dgm:ptLst>' +
      '<dgm:pt modelId="1" type="doc"><dgm:t><a:p><a:r><a:t>Dokumentet</a:t></a:r></a:p></dgm:t></dgm:pt>' +
      '<dgm:pt modelId="2"><dgm:t><a:p><a:r><a:t>Listning på vårdcentral</a:t></a:r></a:p></dgm:t></dgm:pt>' +
      '<dgm:pt modelId="3"><dgm:t><a:p><a:r><a:t>Samma läkare vid återbesök</a:t></a:r></a:p></dgm:t></dgm:pt>' +
      '</dgm:ptLst></dgm:dataModel>',
  );
  return zip.generateAsync({ type: 'uint8array' });
}

let deck: Uint8Array;
let directory: string;
let result: IngestResult;
beforeAll(async () => {
  deck = await makeDeck();
  directory = await mkdtemp(path.join(os.tmpdir(), 'utblick-pptx-'));
  await writeFile(path.join(directory, 'provregionen.pptx'), deck);
  await writeFile(path.join(directory, 'trasig.pptx'), new TextEncoder().encode('PK\u0003\u0004 inte en riktig presentation'));
  await writeFile(path.join(directory, 'gammal.ppt'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
  result = await ingestCorpus(directory);
});
afterAll(async () => rm(directory, { recursive: true, force: true }));

const failure = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(isAppError(error) && error.code).toBe('REPORT_UNREADABLE');
  return (error as Error).message;
};

describe('loadPptxReport', () => {
  it('gives one page per slide, numbered as in the deck: title first, bullets by level, table cells, notes marked', async () => {
    const { document, warnings } = await loadPptxReport(deck, 'provregionen.pptx');
    expect(document.pageCount).toBe(6);
    expect(document.pages.map((page) => page.page)).toEqual([1, 2, 3, 4, 6]);
    expect(warnings).toEqual(['1 dolda bilder hoppades över']);
    const [first, second, third, fourth] = document.pages.map((page) => page.text.trim());
    expect(first).toBe('Omställningen till nära vård i Provregionen 2024\n\nAnna Berg, utvecklingsledare, tel. 070-123 45 67');
    expect(second).toMatch(/^Fast läkarkontakt på vårdcentralerna\n\n- Alla invånare över 75 år/);
    expect(second).toContain('\n  - Kontinuiteten mäts varje kvartal');
    expect(third).toContain(`\n\n${notesLabel} Här berättar vi att teamen samarbetar`);
    expect(fourth).toBe('Hembesök per kommun\n\n| Kommun | Hembesök 2023 | Hembesök 2024 |\n| Åby | 1 180 | 1 540 |\n| Ödeshög | 640 | 910 |');
    expect(JSON.stringify(document)).not.toContain('hemliga planer');
  });

  it('reads the text of a SmartArt diagram on a slide', async () => {
    const { document } = await loadPptxReport(await withDiagram(deck), 'smartart.pptx');
    expect(document.pages[1]?.text).toMatch(/återkopplas till vårdcentralernas chefer\n\n- Listning på vårdcentral\n- Samma läkare vid återbesök$/);
  });

  it('follows the order of presentation.xml, not the order of the slide file names', async () => {
    const { document } = await loadPptxReport(await reorder(deck), 'omkastad.pptx');
    expect(document.pages[1]?.text).toContain('Mobila team i hemmet');
    expect(document.pages[2]?.text).toContain('Fast läkarkontakt');
    expect(document.pages.slice(0, 3).map((page) => page.page)).toEqual([1, 2, 3]);
  });

  it('refuses a file that is no zip, an encrypted one, a zip without a presentation, and too much or too many', async () => {
    expect(await failure(loadPptxReport(new TextEncoder().encode('hej'), 'x.pptx'))).toMatch(/^x\.pptx: PowerPoint-filen kan inte läsas \(filen är ingen giltig \.pptx/);
    const compound = new Uint8Array(512);
    compound.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await failure(loadPptxReport(compound, 'krypterad.pptx'))).toMatch(/lösenordsskyddad/);
    const plainZip = new JSZip();
    plainZip.file('word/document.xml', '<w:document/>');
    expect(await failure(loadPptxReport(await plainZip.generateAsync({ type: 'uint8array' }), 'fel.pptx'))).toMatch(/ppt\/presentation\.xml saknas/);
    // A slide that inflates past the budget stops the reading (a zip bomb in small).
    expect(await failure(loadPptxReport(deck, 'bomb.pptx', { maxUncompressedBytes: 4096, maxSlides: 1000 }))).toMatch(/mer än 4 kB \(zip-bomb\?\)/);
    expect(await failure(loadPptxReport(deck, 'lang.pptx', { maxUncompressedBytes: 1e7, maxSlides: 3 }))).toMatch(/fler än 3 bilder/);
    const broken = await JSZip.loadAsync(deck);
    broken.file('ppt/slides/slide2.xml', '<p:sld><p:cSld><p:spTree><a:p>');
    expect(await failure(loadPptxReport(await broken.generateAsync({ type: 'uint8array' }), 'halv.pptx'))).toMatch(/slide2\.xml är inte giltig XML/);
  });
});

describe('slide decks in the corpus', () => {
  const passages = () => result.passages.filter((passage) => passage.reportId === 'provregionen');

  it('are ingested as slides, titled by the first slide, with slide numbers as pages', () => {
    const report = result.reports.find((candidate) => candidate.id === 'provregionen');
    expect(report).toMatchObject({ kind: 'slides', title: 'Omställningen till nära vård i Provregionen 2024', year: 2024, pageCount: 6 });
    expect(report?.warnings).not.toContainEqual(expect.stringMatching(/^typ gissad/));
    const continuity = passages().find((passage) => passage.text.includes('från 38 till 57 procent'));
    expect(continuity).toMatchObject({ page: 2, headingPath: ['Fast läkarkontakt på vårdcentralerna'], themeId: 'kontinuitet' });
    const mobile = passages().find((passage) => passage.text.includes('mobila närvårdsteam'));
    expect(mobile).toMatchObject({ page: 3, headingPath: ['Mobila team i hemmet'], themeId: 'mobila-losningar' });
    expect(mobile?.text).toContain(`${notesLabel} Här berättar vi`);
    expect(passages().find((passage) => passage.text.includes('Ödeshög | 640 | 910'))).toMatchObject({ page: 4, headingPath: ['Hembesök per kommun'] });
    for (const passage of passages()) expect(result.cleanedTexts.provregionen?.slice(passage.start, passage.end)).toBe(passage.text);
    expect(result.cleanedTexts.provregionen).toContain('Sjuksköterska och läkare gör hembesök dygnet runt i Åby och Ödeshög');
  });

  it('lose presenter and contact names, phone numbers, e-mail addresses and the author property', () => {
    const indexed = JSON.stringify([result.reports, passages(), result.cleanedTexts.provregionen]);
    for (const secret of ['Anna Berg', 'Berg,', '070-123 45 67', 'Jonas Lind', 'jonas.lind@', author, 'Egenskapsdotter']) expect(indexed).not.toContain(secret);
    expect(result.cleanedTexts.provregionen).toMatch(/\[namn\], utvecklingsledare/);
    expect(result.cleanedTexts.provregionen).toContain('[telefon]');
  });

  it('are another kind when the manifest says so', async () => {
    const entry = { file: 'provregionen.pptx', title: 'Provregionens redovisning', region: 'Provregionen', organisation: 'region' as const, kind: 'report' as const, year: 2024 };
    const { report } = await ingestReport('provregionen.pptx', deck, entry, loadQuestionBank());
    expect(report).toMatchObject({ kind: 'report', title: 'Provregionens redovisning', pageCount: 6 });
  });

  it('a broken .pptx and an old .ppt are named failures in Swedish, the rest is still ingested', () => {
    expect(result.failures).toEqual([
      { file: 'gammal.ppt', reason: 'filformatet .ppt stöds inte ännu' },
      { file: 'trasig.pptx', reason: expect.stringMatching(/^trasig\.pptx: PowerPoint-filen kan inte läsas \(filen är ingen giltig \.pptx/) },
    ]);
    expect(result.reports.map((report) => report.id)).toEqual(['provregionen']);
  });
});
