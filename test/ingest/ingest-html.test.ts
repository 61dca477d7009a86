import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSeedIndex, type SeedIndex } from '../support/seed-index.ts';

/**
 * Saved web pages end to end: a corpus folder holding a Windows-1252 page, a UTF-8 .htm page, a
 * Markdown report and a broken .html file is built into a real index. The pages become reports with
 * passages under their headings; the site chrome and the contact addresses behind links (or written
 * as their text) reach no index file; the broken file is a named failure and the rest is still ingested.
 */

const hembesokPage = `<!DOCTYPE html>
<html lang="sv"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Hembesök och mobila team 2023 – Region Provdal</title>
<meta property="og:site_name" content="Region Provdal">
<script>var spårning = "Spårningsskriptets text";</script></head>
<body>
<div class="cc-window" role="dialog" aria-label="Samtycke till kakor"><p>Vi använder kakor.</p><a href="#">Godkänn</a></div>
<header><nav><a href="/">Startsidan för Provdal</a> <a href="/kontakt">Kontakta regionen</a></nav></header>
<main>
<h1>Hembesök och mobila team</h1>
<h2>Mobila team för äldre</h2>
<p>Under 2023 har Region Provdal byggt ut de mobila teamen så att äldre med omfattande vårdbehov får läkarbesök i hemmet.
Teamen samordnas av <a href="mailto:bengt.sjoberg@provdal.se">samordnaren</a>, som nås på <a href="tel:+46705556677">mobilen</a>.</p>
<p>Frågor om teamen tas emot på <a href="mailto:bengt.sjoberg@provdal.se">bengt.sjoberg@provdal.se</a> och <a href="tel:0705556677">070-555 66 77</a> vardagar.</p>
<h2>Uppföljning</h2>
<p>Antalet hembesök har följts upp varje månad och jämförts med föregående år.</p>
<table><tr><th>Månad</th><th>Hembesök 2022</th><th>Hembesök 2023</th></tr><tr><td>Januari</td><td>180</td><td>265</td></tr><tr><td>Februari</td><td>174</td><td>290</td></tr></table>
</main>
<footer><p>Region Provdal · Kundtjänst 010-555 00 00 · registrator@provdal.se</p></footer>
</body></html>`;

const digitalPage = `<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Digitala vårdmöten i Provdal</title></head>
<body><div id="CybotCookiebotDialog"><p>Den här webbplatsen använder cookies.</p></div>
<article><h1>Digitala vårdmöten</h1>
<p>Hälsocentralerna i Region Provdal erbjuder videobesök och chatt med sjuksköterska alla vardagar, och andelen digitala besök ökade under året.</p>
<h2>Egenmonitorering</h2>
<p>Patienter med hjärtsvikt mäter vikt och blodtryck hemma, och värdena når vårdcentralen automatiskt.</p></article></body></html>`;

const markdownReport = `---
title: Nära vård i Provdal – kort lägesbild 2023
region: Region Provdal
year: 2023
kind: report
---
Fast vårdkontakt

Alla hälsocentraler i Provdal erbjuder fast vårdkontakt till patienter med kroniska sjukdomar.
`;

const chrome = ['Spårningsskriptets', 'kakor', 'cookies', 'Startsidan för Provdal', 'Kontakta regionen', 'Kundtjänst'];
const personal = ['bengt.sjoberg', 'registrator@', '@provdal', 'mailto', 'tel:', '46705556677', '0705556677', '070-555 66 77', '010-555 00 00'];

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

let corpus: string;
let seed: SeedIndex;

beforeAll(async () => {
  corpus = await mkdtemp(path.join(os.tmpdir(), 'utblick-html-'));
  await writeFile(path.join(corpus, 'hembesok.html'), iconv.encode(hembesokPage, 'windows-1252'));
  await writeFile(path.join(corpus, 'digitala-vardmoten.htm'), digitalPage, 'utf8');
  await writeFile(path.join(corpus, 'lagesbild.md'), markdownReport, 'utf8');
  // A spreadsheet export someone saved with the wrong name: text, but no web page.
  await writeFile(path.join(corpus, 'trasig.html'), 'Månad;Hembesök\nJanuari;180\nFebruari;174\n', 'utf8');
  seed = await buildSeedIndex({ corpusDir: corpus });
}, 60_000);

afterAll(async () => {
  await seed?.remove();
  await rm(corpus, { recursive: true, force: true });
});

describe('ingesting saved web pages', () => {
  it('ingests both pages and the Markdown report, and skips the broken file with a clear reason', () => {
    const { reports, failures } = seed.build.ingest;
    expect(reports.map((report) => report.id).sort()).toEqual(['digitala-vardmoten', 'hembesok', 'lagesbild']);
    expect(failures).toEqual([{ file: 'trasig.html', reason: expect.stringMatching(/^trasig\.html: .*ingen webbsida/) }]);
  });

  it('takes each page’s title and region, and keeps å, ä and ö of the Windows-1252 page', () => {
    const byId = new Map(seed.build.ingest.reports.map((report) => [report.id, report]));
    expect(byId.get('hembesok')).toMatchObject({ title: 'Hembesök och mobila team 2023 – Region Provdal', region: 'Region Provdal', year: 2023, file: 'hembesok.html' });
    expect(byId.get('digitala-vardmoten')).toMatchObject({ title: 'Digitala vårdmöten i Provdal', region: 'Region Provdal' });
    const text = seed.build.ingest.passages.map((passage) => passage.text).join('\n');
    expect(text).toContain('äldre med omfattande vårdbehov får läkarbesök i hemmet');
    expect(text).not.toMatch(/\ufffd|Ã/);
  });

  it('puts passages under the pages’ headings, the table with its rows', () => {
    const passages = seed.build.ingest.passages.filter((passage) => passage.reportId === 'hembesok');
    expect(passages.find((passage) => passage.text.includes('mobila teamen'))?.headingPath).toContain('Mobila team för äldre');
    const followUp = passages.find((passage) => passage.text.includes('Januari | 180 | 265'));
    expect(followUp?.headingPath).toContain('Uppföljning');
    const digital = seed.build.ingest.passages.find((passage) => passage.text.includes('hjärtsvikt'));
    expect(digital?.headingPath).toContain('Egenmonitorering');
  });

  it('lets no site chrome and no address behind a mailto: or tel: link into any index file', async () => {
    const files = await filesUnder(seed.config.indexDir);
    expect(files.length).toBeGreaterThanOrEqual(4);
    let all = '';
    for (const file of files) all += (await readFile(file)).toString('utf8');
    expect(all).toContain('Januari | 180 | 265');
    for (const text of [...chrome, ...personal]) expect(all.includes(text), text).toBe(false);
    expect(all.replace(/\D/g, '')).not.toContain('46705556677');
    expect(all.replace(/\D/g, '')).not.toContain('0705556677');
    // Where the link text was itself the address, the text's own redaction took it; the sentence stays.
    expect(all).toContain('Frågor om teamen tas emot på');
  });
});
