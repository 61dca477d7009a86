import { describe, expect, it } from 'vitest';
import { formatIngestSummary } from '../../src/ingest/format-summary.ts';
import type { IngestResult } from '../../src/ingest/ingest-corpus.ts';
import { ovrigtLine, ovrigtShare, reportThemes, themesPerReport, totalsPerKind } from '../../src/ingest/theme-overview.ts';
import type { Passage, Report } from '../../src/types.ts';

function passage(reportId: string, ordinal: number, themeId: string, extra: Partial<Passage> = {}): Passage {
  return { id: `${reportId}-${ordinal}`, reportId, themeId, question: null, headingPath: [], text: 'Text.', page: null, start: 0, end: 5, isAgreementText: false, ordinal, ...extra };
}

function report(id: string, kind: Report['kind']): Report {
  return { id, title: `Rapport ${id}`, region: 'Region Exempel', organisation: 'region', kind, year: 2024, file: `${id}.md`, pageCount: null, contentHash: 'x', passageCount: 0, themes: [], warnings: [] };
}

describe('övrigt share per report', () => {
  it('warns only above one third', () => {
    expect(ovrigtLine({ passages: 3, ovrigt: 1 })).toBe('övrigt: 1 av 3 passager (33 %)');
    expect(ovrigtLine({ passages: 3, ovrigt: 2 })).toMatch(/^övrigt: 2 av 3 passager \(67 %\) — varning: mer än en tredjedel/);
    expect(ovrigtShare({ passages: 0, ovrigt: 0 })).toBe(0);
  });

  it('counts primary and any theme, and non-form passages apart from form answers', () => {
    const question = { form: 'region' as const, number: '16', text: 'Beskriv mobila lösningar.' };
    const row = reportThemes(report('a', 'report'), [
      passage('a', 0, 'mobila-losningar', { secondaryThemeIds: ['undvikbar-slutenvard'] }),
      passage('a', 1, 'ovrigt'),
      passage('a', 2, 'mobila-losningar', { question }),
    ]);
    expect(row.byTheme.get('mobila-losningar')).toEqual({ primary: 2, any: 2 });
    expect(row.byTheme.get('undvikbar-slutenvard')).toEqual({ primary: 0, any: 1 });
    expect({ nonForm: row.nonForm, nonFormOvrigt: row.nonFormOvrigt, ovrigt: row.ovrigt }).toEqual({ nonForm: 2, nonFormOvrigt: 1, ovrigt: 1 });
  });

  it('sums non-form övrigt per document kind', () => {
    const rows = themesPerReport(
      [report('a', 'report'), report('b', 'report'), report('c', 'slides')],
      [passage('a', 0, 'ovrigt'), passage('b', 0, 'glesbygd'), passage('c', 0, 'ovrigt'), passage('c', 1, 'kontinuitet')],
    );
    expect(totalsPerKind(rows)).toEqual([
      { kind: 'report', reports: 2, passages: 2, nonForm: 2, nonFormOvrigt: 1 },
      { kind: 'slides', reports: 1, passages: 2, nonForm: 2, nonFormOvrigt: 1 },
    ]);
  });

  it('puts the share and the warning in the ingest summary', () => {
    const result: IngestResult = {
      reports: [{ ...report('a', 'report'), passageCount: 2 }],
      passages: [passage('a', 0, 'ovrigt'), passage('a', 1, 'ovrigt')],
      cleanedTexts: {},
      failures: [],
      themes: [],
      questionCoverage: {},
    };
    expect(formatIngestSummary(result)).toContain('övrigt: 2 av 2 passager (100 %) — varning');
  });
});
