import type { Passage, Report, Theme } from '../../src/types.ts';

export function sampleReport(id: string, overrides: Partial<Report> = {}): Report {
  return {
    id,
    title: `Rapport ${id}`,
    region: 'Region Västerbotten',
    organisation: 'region',
    kind: 'report',
    year: 2022,
    file: `${id}.txt`,
    pageCount: null,
    contentHash: 'a'.repeat(64),
    passageCount: 1,
    themes: ['kontinuitet'],
    warnings: [],
    ...overrides,
  };
}

export function samplePassage(id: string, text: string, reportId = 'r1', ordinal = 0): Passage {
  return {
    id,
    reportId,
    themeId: 'kontinuitet',
    question: { form: 'region', number: '6a', text: 'Har hälsocentralerna infört fast läkarkontakt?' },
    headingPath: ['Kontinuitet', 'Fast läkarkontakt'],
    text,
    page: null,
    start: 0,
    end: text.length,
    isAgreementText: false,
    ordinal,
  };
}

export const sampleThemes: Theme[] = [{ id: 'kontinuitet', label: 'Kontinuitet och fast läkarkontakt', aliases: ['fast läkarkontakt'] }];
