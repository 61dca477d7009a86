import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../../src/answer/question/analysed-question.ts';
import { buildReportCatalog } from '../../../src/answer/report-catalog.ts';
import { fixtureCatalog } from '../fixture-catalog.ts';

const index = buildReportCatalog(fixtureCatalog());
const analyse = (question: string) => analyseQuestion(question, undefined, index.regions, index.statistics);

describe('analyseQuestion with places', () => {
  it('scopes a question naming a municipality to its region and keeps the place out of the missing topic', () => {
    const question = analyse('Hur arbetar man i Falkenberg med digital tillsyn?');
    expect(question.regions.known).toEqual(['Region Halland']);
    expect(question.regions.places).toEqual([{ place: 'Falkenberg', region: 'Region Halland' }]);
    expect(question.topic.map((entry) => entry.surface)).toEqual(['digital', 'tillsyn']);
  });

  it('names the region of a municipality or demonym the catalog lacks as not covered', () => {
    const lerum = analyse('Hur gör man i Lerums kommun med mobila team?');
    expect(lerum.regions).toMatchObject({ known: [], unknown: ['Västra Götalandsregionen'], places: [{ place: 'Lerum', region: 'Västra Götalandsregionen' }] });
    expect(lerum.topic.every((entry) => entry.inCorpus)).toBe(true);
    const demonyms = analyse('Hur många värmlänningar har digitala vårdbesök?');
    expect(demonyms.regions.unknown).toEqual(['Region Värmland']);
    expect(demonyms.topic.map((entry) => entry.surface)).not.toContain('värmlänningar');
  });

  it('does not read an ordinary word that is also a municipality ("vara") as a place', () => {
    const question = analyse('Hur ska mobila team vara organiserade?');
    expect(question.regions).toEqual({ known: [], unknown: [], places: [] });
  });
});
