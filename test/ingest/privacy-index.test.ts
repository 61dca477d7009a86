import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSeedIndex, type SeedServer } from '../support/seed-index.ts';
import { PptxGenJS, withCentredTitle } from './pptx-gen.ts';

/**
 * The privacy promise end to end: a corpus full of personal data in every form is built into a real
 * index, and neither the index files nor any API response holds any of it, while the organisations
 * and places written next to role words are still there.
 */
const personal = [
  '191212121212', '19121212 1212', '121212-1212', '121212+1212', '701063-2391',
  '070-123 45 67', '08-123 456 78', '+46 70 765 43 21', '010-987 65 43', '0739876543',
  'anna.lindgren(at)regionprovland.se', 'per.sundberg[at]provland.se', 'kontakt.nara snabel-a provland.se', 'eva.ek@provland.se',
  'Erik Johansson', 'Johansson', 'Lisa Ekström', 'Ekström', 'Maria Lind', 'Karl-Erik Svensson', 'Sofia Nyberg', 'Ahmed Karimi', 'Oskar Lindqvist',
  // The slide deck: presenter on the title slide, a name in the speaker notes, the author in the document properties.
  'Ingrid Sjöberg', 'Sjöberg', 'Gustav Holm', '072-555 66 77', 'Birgitta Nordin', 'Nordin',
];
// The same data written without separators, as it could turn up in a tokenised or serialised file.
const digitsOnly = personal.filter((item) => /^[\d\s+-]+$/.test(item)).map((item) => item.replace(/\D/g, ''));
const kept = ['Skånes universitetssjukhus', 'Sahlgrenska Universitetssjukhuset', 'Region Provland', 'Norrlands universitetssjukhus', 'Region Jämtland Härjedalen'];

const reportText = `---
title: Lägesrapport nära vård Region Provland 2023
region: Region Provland
year: 2023
kind: report
---
Fast läkarkontakt och kontinuitet

Verksamhetschef Erik Johansson leder införandet av fast läkarkontakt på hälsocentralerna. Andelen listade med fast läkarkontakt ökade från 22 till 41 procent under året, enligt Johansson.

Samordnaren Lisa Ekström har följt upp kontinuiteten varje kvartal. Frågor om uppföljningen besvaras av Maria Lind, enhetschef, på 070-123 45 67 eller anna.lindgren(at)regionprovland.se. Ekström nås på 08-123 456 78.

Mobila team

Tre mobila närvårdsteam besöker äldre med omfattande vårdbehov i hemmet. Teamen leds av sjuksköterskan Sofia Nyberg och har minskat akuta inläggningar med 14 procent. Kontakt: per.sundberg[at]provland.se, +46 70 765 43 21.

Samarbete med universitetssjukhus

Skånes universitetssjukhus, chef för akutmottagningen, och Sahlgrenska Universitetssjukhuset, överläkare i geriatrik, har delat erfarenheter om mobila team. Norrlands universitetssjukhus, samordnare, och Region Jämtland Härjedalen, verksamhetschef, deltog också.

Patientsäkerhet

I en avvikelse om mobila team angavs patientens personnummer 191212121212 och en anhörigs 19121212 1212; andra ärenden gällde 121212-1212, 121212+1212 och samordningsnummer 701063-2391. Ärendet har diarienummer RS 2021-0456 och gäller perioden 2020-2022.
`;

async function makeDocx(): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Mobila team i Provlands kommuner', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Kommunernas mobila team samverkar med hälsocentralerna kring äldre med stora vårdbehov i hemmet.'),
          new Paragraph('Kontaktperson: Karl-Erik Svensson, 010-987 65 43, kontakt.nara snabel-a provland.se'),
          new Paragraph('Arbetet med mobila team följs upp, säger Oskar Lindqvist, hälso- och sjukvårdsdirektör. Mobila team nås på 0739876543 eller eva.ek@provland.se, och analytikern Ahmed Karimi sammanställer resultaten.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

async function makeDeck(): Promise<Uint8Array> {
  const deck = new PptxGenJS();
  deck.author = 'Birgitta Nordin';
  deck.defineSlideMaster({ title: 'RUBRIK', objects: [{ placeholder: { options: { name: 'rubrik', type: 'title', x: 0.5, y: 0.3, w: 9, h: 1 }, text: '' } }] });
  const title = deck.addSlide({ masterName: 'RUBRIK' });
  // The presenter's box comes first in the shape tree; the centred title is still the slide's title.
  title.addText(
    [
      { text: 'Ingrid Sjöberg', options: { breakLine: true } },
      { text: 'Utvecklingsledare, Region Provland', options: { breakLine: true } },
      { text: '072-555 66 77' },
    ],
    { x: 1, y: 3, w: 8, h: 1.5 },
  );
  title.addText('Mobila team i Provland 2024', { placeholder: 'rubrik' });
  const team = deck.addSlide({ masterName: 'RUBRIK' });
  team.addText('Mobila team når fler äldre', { placeholder: 'rubrik' });
  team.addText('Teamen gjorde 2 300 hembesök hos äldre med stora vårdbehov i Provlands kommuner under året.', { x: 0.5, y: 1.5, w: 9, h: 2 });
  team.addNotes('Enhetschefen Gustav Holm berättar hur teamen planerar besöken tillsammans med hemsjukvården.');
  return withCentredTitle((await deck.write({ outputType: 'uint8array' })) as Uint8Array);
}

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

let corpus: string;
let seed: SeedServer;
let baseUrl: string;

beforeAll(async () => {
  corpus = await mkdtemp(path.join(os.tmpdir(), 'utblick-privacy-'));
  await writeFile(path.join(corpus, 'provland.md'), reportText);
  await writeFile(path.join(corpus, 'provland-kommuner.docx'), await makeDocx());
  await writeFile(path.join(corpus, 'provland-bildspel.pptx'), await makeDeck());
  seed = await serveSeedIndex({ corpusDir: corpus });
  baseUrl = seed.baseUrl;
}, 60_000);

afterAll(async () => {
  await seed?.close();
  await rm(corpus, { recursive: true, force: true });
});

function expectNoPersonalData(text: string, where: string): void {
  for (const item of personal) expect(text.includes(item), `${where} innehåller "${item}"`).toBe(false);
  const digits = text.replace(/\D/g, ' ');
  for (const item of digitsOnly) expect(digits.includes(item), `${where} innehåller siffrorna ${item}`).toBe(false);
  expect(text, where).not.toMatch(/[\p{L}.]+\s?(?:@|\(at\)|\[at\])\s?[\p{L}-]+\.se/u);
}

describe('privacy of a built index', () => {
  it('the corpus was ingested in full', () => {
    expect(seed.build.ingest.failures).toEqual([]);
    expect(seed.build.ingest.reports.map((report) => report.id).sort()).toEqual(['provland', 'provland-bildspel', 'provland-kommuner']);
    expect(seed.build.ingest.reports.find((report) => report.id === 'provland-bildspel')).toMatchObject({ kind: 'slides', title: 'Mobila team i Provland 2024', pageCount: 2 });
  });

  it('no index file holds personal data, while organisations and places stay', async () => {
    const files = await filesUnder(seed.config.indexDir);
    expect(files.length).toBeGreaterThanOrEqual(4);
    let all = '';
    for (const file of files) {
      const text = (await readFile(file)).toString('utf8');
      expectNoPersonalData(text, path.basename(file));
      all += text;
    }
    for (const name of kept) expect(all).toContain(name);
    expect(all).toContain('RS 2021-0456');
    expect(all).toContain('från 22 till 41 procent');
    expect(all).toContain('2 300 hembesök');
  });

  it('no API response holds personal data', async () => {
    const post = async (route: string, body: unknown) => {
      const response = await fetch(`${baseUrl}${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(response.status, route).toBe(200);
      return response.text();
    };
    const responses: [string, string][] = [];
    for (const query of ['Vem leder fast läkarkontakt?', 'Vem kontaktar man om mobila team?', 'personnummer avvikelse', 'universitetssjukhus samarbete', 'Johansson Ekström telefon e-post']) {
      responses.push([`search ${query}`, await post('/api/search', { query, k: 20 })]);
      responses.push([`ask ${query}`, await post('/api/ask', { question: query })]);
    }
    responses.push(['summary', await post('/api/summary', { query: 'mobila team' })]);
    responses.push(['reports', await (await fetch(`${baseUrl}/api/reports`)).text()]);
    for (const passage of seed.build.ingest.passages) {
      responses.push([`passage ${passage.id}`, await (await fetch(`${baseUrl}/api/passages/${encodeURIComponent(passage.id)}`)).text()]);
    }
    for (const [where, text] of responses) expectNoPersonalData(text, where);
    expect(responses.some(([, text]) => text.includes('[namn]'))).toBe(true);
  });
});
