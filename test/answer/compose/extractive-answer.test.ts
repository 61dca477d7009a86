import { describe, expect, it } from 'vitest';
import { composeFocusedAnswer } from '../../../src/answer/compose/extractive-answer.ts';
import { buildReportCatalog } from '../../../src/answer/report-catalog.ts';
import { analyzeTopic } from '../../../src/text/analyze.ts';
import type { Hit, Passage } from '../../../src/types.ts';
import { fixtureCatalog } from '../fixture-catalog.ts';

describe('composeFocusedAnswer for a question about results', () => {
  const base = fixtureCatalog();
  const report = base.reports[0]!;
  const passage = (id: string, text: string): Passage => ({
    id, reportId: report.id, themeId: 'mobila-losningar', question: null, headingPath: [], text, page: null, start: 0, end: text.length, isAgreementText: false, ordinal: 95,
  });
  const described = passage('r-1', 'Kommunen och vårdcentralen startade ett gemensamt hembesöksteam för sköra äldre under våren.');
  const measured = passage('r-2', 'Uppföljningen visar att hembesöksteamet har minskat antalet akuta inläggningar bland sköra äldre.');
  const index = buildReportCatalog({ ...base, passages: [...base.passages, described, measured] });
  const hit = (p: Passage): Hit => ({ passage: p, report, score: 1, lexicalRank: 1, denseRank: 1 });
  const context = { index, queryTerms: analyzeTopic('Vilket resultat har hembesöksteamet för sköra äldre gett?'), wantsResults: true };

  it('says plainly that the report describes the work but reports no result, and still quotes it', () => {
    const answer = composeFocusedAnswer([hit(described)], context);
    expect(answer.answer.startsWith('Rapporten beskriver arbetet men redovisar inget resultat av det.')).toBe(true);
    expect(answer.answer).toContain('hembesöksteam för sköra äldre');
    expect(answer.citations.map((c) => c.passageId)).toEqual(['r-1']);
  });
  it('says nothing of the kind when a quoted sentence reports an outcome', () => {
    const answer = composeFocusedAnswer([hit(measured), hit(described)], context);
    expect(answer.answer).not.toContain('redovisar inget resultat');
    expect(answer.answer).toContain('har minskat antalet akuta inläggningar');
  });
  it('leaves a question that does not ask for results alone', () => {
    const answer = composeFocusedAnswer([hit(described)], { ...context, wantsResults: false });
    expect(answer.answer).not.toContain('redovisar inget resultat');
  });
});

describe('composeFocusedAnswer for a figure question', () => {
  const base = fixtureCatalog();
  const report = base.reports[0]!;
  const passage = (id: string, text: string): Passage => ({
    id, reportId: report.id, themeId: 'digitalisering', question: null, headingPath: [], text, page: null, start: 0, end: text.length, isAgreementText: false, ordinal: 96,
  });
  const about = passage('f-1', 'Patienter med högt blodtryck mäter sina värden hemma och hälsocentralen följer upp dem digitalt.');
  const figure = passage('f-2', 'I dag använder 160 patienter egenmonitorering för högt blodtryck.');
  const index = buildReportCatalog({ ...base, passages: [...base.passages, about, figure] });
  const hit = (p: Passage): Hit => ({ passage: p, report, score: 1, lexicalRank: 1, denseRank: 1 });
  const question = 'Hur många patienter mäter sitt blodtryck hemma?';

  it('puts the line that gives the figure first, even when search ranked its passage second', async () => {
    const { givesFigureFor, measureOf } = await import('../../../src/answer/compose/figures.ts');
    const answer = composeFocusedAnswer([hit(about), hit(figure)], { index, queryTerms: analyzeTopic(question), wantsResults: false, givesFigure: givesFigureFor(measureOf(question)) });
    const lines = answer.answer.split('\n').filter((line) => line.startsWith('- '));
    expect(lines[0]).toContain('160 patienter');
    expect(lines.some((line) => line.includes('följer upp dem digitalt'))).toBe(true);
  });
});
