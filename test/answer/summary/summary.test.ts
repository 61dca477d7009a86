import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/answer/summary/summary.ts';
import { buildReportCatalog } from '../../../src/answer/report-catalog.ts';
import { AppError } from '../../../src/errors.ts';
import { fixtureCatalog, recordingSearch } from '../fixture-catalog.ts';

const catalog = fixtureCatalog();
const index = buildReportCatalog(catalog);
const deps = () => ({ search: recordingSearch(catalog).search, index });

describe('summarize', () => {
  it('summarises a theme per region, naming regions without material', async () => {
    const summary = await summarize({ theme: 'digitalisering' }, deps());
    expect(summary.title).toBe('Sammanfattning: Digitalisering');
    expect(summary.regions.map((r) => [r.region, r.points.length > 0])).toEqual([
      ['Region Halland', true],
      ['Dalarna', true],
      ['Region Gävleborg', false],
    ]);
    expect(summary.overview).toContain('Inget material om detta: Region Gävleborg');
    for (const region of summary.regions) expect(region.points.length).toBeLessThanOrEqual(5);
    expect(JSON.stringify(summary)).not.toMatch(/@/);
  });

  it('also searches for the theme across other questions, in each region in scope on its own', async () => {
    const { search, calls } = recordingSearch(catalog);
    await summarize({ theme: 'digitalisering', regions: ['Dalarnas län', 'Region Halland'] }, { search, index });
    expect(calls).toHaveLength(2);
    for (const call of calls) expect(call.query.toLowerCase()).toContain('digitalisering');
    expect(calls.map((call) => call.options?.filters)).toEqual([{ regions: ['Dalarna'] }, { regions: ['Region Halland'] }]);
  });

  it('writes markdown with headings, markers and a numbered source list', async () => {
    const summary = await summarize({ theme: 'digitalisering' }, deps());
    expect(summary.markdown).toMatch(/^## Sammanfattning: Digitalisering/);
    expect(summary.markdown).toContain('### Dalarna');
    expect(summary.markdown).toMatch(/- .+ \[\d\]/);
    expect(summary.markdown).toContain('### Källor\n1. Slutredovisning 2022 – Region Halland, Region Halland, fråga 7, s. 6 (Digitalisering)');
  });

  it('is deterministic', async () => {
    expect(await summarize({ theme: 'digitalisering' }, deps())).toEqual(await summarize({ theme: 'digitalisering' }, deps()));
  });

  it('attaches linked results to points', async () => {
    const summary = await summarize({ theme: 'personcentrerat' }, deps());
    const halland = summary.regions.find((r) => r.region === 'Region Halland')!;
    expect(halland.points.some((p) => p.result !== undefined && p.citations.length === 2)).toBe(true);
    expect(summary.markdown).toContain('  - Resultat: ');
  });

  it('summarises a query through search, restricted to the requested regions', async () => {
    const recording = recordingSearch(catalog);
    const summary = await summarize({ query: 'mobila team samverkan', regions: ['Dalarnas län'] }, { search: recording.search, index });
    // One search per region in scope, each with its own region filter.
    expect(recording.calls.map((call) => call.options?.filters?.regions)).toEqual([['Dalarna']]);
    expect(summary.regions.map((r) => r.region)).toEqual(['Dalarna']);
    expect(summary.regions[0]!.points[0]!.text).toContain('Mobila team');
  });

  it('names requested regions that the catalog lacks', async () => {
    const summary = await summarize({ theme: 'digitalisering', regions: ['Halland', 'Skåne'] }, deps());
    expect(summary.regions.map((r) => r.region)).toEqual(['Region Halland', 'Skåne']);
    expect(summary.overview).toContain('Skåne');
  });

  it('rejects a request without theme or query, and an unknown theme', async () => {
    await expect(summarize({}, deps())).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(summarize({ theme: 'finns-inte' }, deps())).rejects.toBeInstanceOf(AppError);
  });

  it('gives good practice from other regions than one’s own, results first', async () => {
    const summary = await summarize({ theme: 'personcentrerat', ownRegion: 'Dalarnas län', mode: 'good-practice' }, deps());
    expect(summary.title).toContain('andra regioner än Dalarna');
    expect(summary.regions.map((r) => r.region)).not.toContain('Dalarna');
    const halland = summary.regions.find((r) => r.region === 'Region Halland')!;
    expect(halland.points[0]!.result).toBeDefined();
  });
});

describe('pointKind', () => {
  it('tells a reported result from one only aimed at or expected, and says nothing of a bare measure', async () => {
    const { pointKind } = await import('../../../src/answer/summary/summary-points.ts');
    expect(pointKind({ text: 'Mobila team besöker äldre i hemmet.', citations: [1], result: 'Antalet inläggningar har minskat med 20 procent.' })).toBe('outcome');
    expect(pointKind({ text: 'Mobila team besöker äldre i hemmet.', citations: [1], result: 'Insatsen förväntas minska antalet inläggningar.' })).toBe('forecast');
    expect(pointKind({ text: 'Målet är att minst 70 procent ska ha en fast läkarkontakt.', citations: [1] })).toBe('target');
    expect(pointKind({ text: 'Mobila team besöker äldre i hemmet.', citations: [1] })).toBeUndefined();
  });
});
