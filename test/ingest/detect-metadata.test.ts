import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBlocks } from '../../src/ingest/blocks.ts';
import { detectMetadata } from '../../src/ingest/detect-metadata.ts';
import { formatIngestSummary } from '../../src/ingest/format-summary.ts';
import { parseFrontMatter } from '../../src/ingest/front-matter.ts';
import { loadQuestionBank } from '../../src/ingest/question-bank.ts';
import type { IngestResult } from '../../src/ingest/ingest-corpus.ts';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/ingest');
let directory: string;
let result: IngestResult;

beforeAll(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'utblick-meta-'));
  for (const file of ['front-matter-report.md', 'detected-report.txt']) await copyFile(path.join(fixtures, file), path.join(directory, file));
  result = await ingestCorpus(directory);
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('parseFrontMatter', () => {
  it('reads the fields and returns the body without the front matter', () => {
    const parsed = parseFrontMatter('---\ntitle: T\nregion: Region X\nyear: 2021\nkind: slides\nsource_url: https://x.se/a.pdf\n---\nText');
    expect(parsed.meta).toEqual({ title: 'T', region: 'Region X', year: 2021, kind: 'slides', sourceUrl: 'https://x.se/a.pdf' });
    expect(parsed.body).toBe('Text');
    expect(parseFrontMatter('Ingen front matter').body).toBe('Ingen front matter');
    expect(parseFrontMatter('---\nkind: broschyr\n---\nx').warnings[0]).toMatch(/okänd typ/);
  });
});

describe('reports the manifest does not list', () => {
  it('takes metadata from front matter and guesses only the rest', () => {
    const report = result.reports.find((candidate) => candidate.id === 'front-matter-report');
    expect(report).toMatchObject({ title: 'Nära vård i Region Testland 2022', region: 'Region Testland', year: 2022, kind: 'report', sourceUrl: 'https://example.org/testland-2022.pdf' });
    expect(report?.warnings).toEqual(['organisation gissad: region']);
    const passage = result.passages.find((candidate) => candidate.text.includes('från 20 till 35 procent'));
    expect(passage?.themeId).toBe('kontinuitet');
    expect(result.cleanedTexts['front-matter-report']).not.toContain('source_url');
  });

  it('detects region, kind and year from the text and names each guess in a warning', () => {
    const report = result.reports.find((candidate) => candidate.id === 'detected-report');
    expect(report).toMatchObject({ region: 'Testbygden', kind: 'survey-municipal', organisation: 'kommunerna', year: 2022 });
    const warnings = report?.warnings.join('\n') ?? '';
    expect(warnings).toMatch(/region gissad från raden "RSS:": "Testbygden"/);
    expect(warnings).toMatch(/typ gissad från texten: survey-municipal/);
    expect(warnings).toMatch(/år gissat från titeln: 2022/);
  });

  it('applies cleaning and privacy to detected reports too', () => {
    const passages = result.passages.filter((passage) => passage.reportId === 'detected-report');
    const joined = passages.map((passage) => passage.text).join('\n');
    expect(joined).not.toMatch(/Exempelsson|@|19800101-1231|Lämna gärna|Beskriv med max/);
    expect(joined).toContain('[personnummer]');
    expect(joined).not.toMatch(/^Nej, och inget förslag finns framtaget$/m);
    expect(passages.find((passage) => passage.text.includes('digitala läkemedelsskåp'))?.question?.number).toBe('6');
    expect(result.questionCoverage['detected-report']?.missed).toContain('5a');
  });
});

describe('the year of a report', () => {
  const bank = loadQuestionBank();
  const detect = (text: string) => detectMetadata(parseBlocks([{ page: null, text }]), {}, bank, 'x.txt');

  it('stays unknown when nothing names it, even when the body is full of years', () => {
    const { meta, warnings } = detect('Nära vård i Region Testland\n\nUnder 2019 startade arbetet, 2021 utvidgades det och målet gäller 2027.');
    expect(meta.year).toBeNull();
    expect(warnings.join('\n')).toMatch(/okänt år/);
    expect(warnings.join('\n')).not.toMatch(/gissat från texten/);
  });

  it('takes a past year from the title, but not a target year', () => {
    expect(detect('Lägesrapport nära vård 2021\n\nText om arbetet.').meta.year).toBe(2021);
    expect(detect('Nära vård i Testland – så ska vi ha det år 2040\n\nText om arbetet.').meta.year).toBeNull();
  });

  it('says "okänt år" in the ingest summary', () => {
    const summary = formatIngestSummary({ ...result, reports: [{ ...result.reports[0]!, year: null }] });
    expect(summary).toMatch(/okänt år/);
  });
});

describe('the region, title and year of a report nothing describes (a PDF saved from a web page)', () => {
  const bank = loadQuestionBank();
  const detect = (text: string) => detectMetadata(parseBlocks([{ page: null, text }]), {}, bank, 'x.pdf');

  it('takes the one region the title names, as the general list spells it', () => {
    const { meta, warnings } = detect('Mobila team i Kalmar län\n\nHemsjukvården i Borgholm och Mörbylånga samarbetar med Region Skåne om utbildning.');
    expect(meta.region).toBe('Region Kalmar län');
    expect(warnings.join('\n')).toMatch(/region gissad från titeln/);
  });

  it('else the region the text names clearly most, its places counting too', () => {
    const text = 'Närvårdsteam\n\nTeamen i Fagersta, Norberg och Skinnskatteberg arbetar med kommunerna. Västmanlands sjukhus stöder. En kollega i Uppsala deltog.';
    expect(detect(text).meta.region).toBe('Region Västmanland');
  });

  it('leaves a text that names several regions about equally to none of them: national when it names national bodies', () => {
    const national = 'Samverkan vid utskrivning\n\nSocialstyrelsen och SKR följer upp hur Region Skåne, Region Halland och Region Uppsala arbetar.';
    expect(detect(national).meta.region).toBe('Nationell');
    expect(detect('Nära vård\n\nVården ska finnas nära dem som behöver den.').meta.region).toBe('Okänd');
  });

  it('keeps a region outside the general list by its first "Region …"', () => {
    expect(detect('Lägesrapport\n\nRegion Provdal har öppnat två mottagningar.').meta.region).toBe('Region Provdal');
  });

  it('never takes a date line for the title, and takes the year of a publication line', () => {
    const { meta } = detect('Publicerad 9 april 2024\n\nSamverkan vid utskrivning\n\nKommunerna och regionen planerar utskrivningen tillsammans.');
    expect(meta.title).toBe('Samverkan vid utskrivning');
    expect(meta.year).toBe(2024);
    expect(detect('2021-01-15 08:40\n\nProjekt för egenmonitorering\n\nText.').meta.title).toBe('Projekt för egenmonitorering');
  });
});
