import { describe, expect, it } from 'vitest';
import { namedScope, namedScopeFilter, withinNamedScope } from '../../../src/answer/compose/named-scope.ts';

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
