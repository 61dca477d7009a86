import { describe, expect, it } from 'vitest';
import { hitsWithinNamedScope, namedScope, namedScopeFilter, withinNamedScope } from '../../../src/answer/compose/named-scope.ts';
import type { Hit } from '../../../src/types.ts';

const report = (title: string, year = 2022, region = 'Region Exempel') => ({ title, region, year });

describe('namedScope', () => {
  it('reads years and sources a question names', () => {
    expect(namedScope('Hur många besök gjordes 2021?')).toEqual({ years: [2021], sources: [] });
    expect(namedScope('Vilken andel enligt Folkhälsomyndigheten?').sources).toHaveLength(1);
    expect(namedScope('Vad visar Tandvårdsverkets rapport?').sources).toEqual([]);
    expect(namedScope('Vad visar i Tandvårdsverkets rapport om kariesfrekvens?').sources).toHaveLength(1);
    expect(namedScope('Hur många enligt rapporten?')).toEqual({ years: [], sources: [] });
  });
});

describe('withinNamedScope', () => {
  it('accepts everything when the question names no year or source', () => {
    expect(namedScopeFilter('Hur många hembesök gjordes?')({ text: 'Det gjordes 40 hembesök 2019.', report: report('Årsrapport', 2019) })).toBe(true);
  });
  it('keeps a year to sentences about that year, or without a year in a report of that year', () => {
    const scope = namedScope('Hur stor var andelen 2022?');
    expect(withinNamedScope(scope, { text: 'Andelen var 40 procent 2022.', report: report('Rapport', 2023) })).toBe(true);
    expect(withinNamedScope(scope, { text: 'Andelen var 35 procent 2021.', report: report('Rapport', 2022) })).toBe(false);
    expect(withinNamedScope(scope, { text: 'Andelen var 40 procent.', report: report('Rapport', 2022) })).toBe(true);
    expect(withinNamedScope(scope, { text: 'Andelen var 40 procent.', report: report('Rapport', 2020) })).toBe(false);
    expect(withinNamedScope(scope, { text: 'Andelen var 40 procent.', report: { ...report('Rapport', 2023), period: '2020–2023' } })).toBe(true);
  });
  it('keeps a source to reports or passages that are from or cite it', () => {
    const scope = namedScope('Hur stor andel är nöjda enligt Folkhälsomyndigheten?');
    expect(withinNamedScope(scope, { text: 'Andelen var 70 procent.', report: report('Folkhälsomyndigheten: Hälsa i Sverige') })).toBe(true);
    expect(withinNamedScope(scope, { text: 'Enligt Folkhälsomyndighetens mätning var 70 procent nöjda.', report: report('Regionens årsrapport') })).toBe(true);
    expect(withinNamedScope(scope, { text: 'Andelen var 70 procent.', report: report('Regionens årsrapport') })).toBe(false);
  });
});

describe('hitsWithinNamedScope', () => {
  const hit = (id: string, text: string, year: number, title = 'Årsrapport'): Hit => ({
    passage: { id, reportId: id, themeId: 't', question: null, headingPath: [], text, page: null, start: 0, end: text.length, isAgreementText: false, ordinal: 0 },
    report: { id, title, region: 'Region Exempel', organisation: 'region', kind: 'slides', year, file: `${id}.md`, pageCount: null, contentHash: id, passageCount: 1, themes: [], warnings: [] },
    score: 1,
    lexicalRank: null,
    denseRank: null,
  });
  const hits = [
    hit('a', 'Andelen var 35 procent 2021. Arbetet fortsätter.', 2021),
    hit('b', 'Andelen med vårdplan var 40 procent.', 2022),
    hit('c', 'Enligt Folkhälsomyndighetens enkät var 70 procent nöjda.', 2022),
  ];
  it('keeps hits with a sentence from the named year or source', () => {
    expect(hitsWithinNamedScope(hits, 'Hur stor var andelen 2022?').map((h) => h.passage.id)).toEqual(['b', 'c']);
    expect(hitsWithinNamedScope(hits, 'Hur många var nöjda enligt Folkhälsomyndigheten?').map((h) => h.passage.id)).toEqual(['c']);
  });
  it('keeps every hit when the question names neither', () => {
    expect(hitsWithinNamedScope(hits, 'Hur stor är andelen?')).toBe(hits);
  });
});
