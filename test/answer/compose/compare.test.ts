import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../../src/types.ts';
import { compareCell, defaultColumns, leadingCitedSentences } from '../../../src/answer/compose/compare.ts';
import { analyseQuestion } from '../../../src/answer/question/analysed-question.ts';
import { isCrossRegionPlan } from '../../../src/answer/answer-question.ts';
import { buildReportCatalog } from '../../../src/answer/report-catalog.ts';
import { fixtureCatalog } from '../fixture-catalog.ts';

function citation(n: number, region: string): Citation {
  return { n, passageId: `p${n}`, reportId: 'r', reportTitle: 'Rapport', region, page: n, theme: { id: 't', label: 'Tema' }, location: null, excerpt: '**x**' };
}

const answered: Answer = {
  answerable: true,
  answer: '**Region Halland**\n- Ett. [1]',
  citations: [citation(1, 'Region Halland'), citation(2, 'Region Halland'), citation(3, 'Region Halland')],
  regions: [{ region: 'Region Halland', state: 'evidence', summary: 'Digitala besök införs i primärvården. [1] Antalet ökade till 12 500. [2] Fler tjänster planeras. [3]', citations: [1, 2, 3] }],
};

describe('leadingCitedSentences', () => {
  it('keeps the first two cited sentences', () => {
    expect(leadingCitedSentences(answered.regions[0]!.summary)).toBe('Digitala besök införs i primärvården. [1] Antalet ökade till 12 500. [2]');
  });
  it('drops text without a citation and copes with an empty summary', () => {
    expect(leadingCitedSentences('Inget om detta i rapporten.')).toBe('');
    expect(leadingCitedSentences('')).toBe('');
  });
});

describe('compareCell', () => {
  const answeredJudgement = { state: 'evidence' as const, mention: null };
  it('is evidence with only the citations its sentences use', () => {
    const cell = compareCell(answered, 'Hallands län', answeredJudgement);
    expect(cell.state).toBe('evidence');
    expect(cell.citations.map((c) => c.n)).toEqual([1, 2]);
  });
  it('follows the per-region judgement when the answer carries one', () => {
    const judged: Answer = { ...answered, regions: [{ ...answered.regions[0]!, state: 'mentioned' }] };
    expect(compareCell(judged, 'Region Halland', answeredJudgement).state).toBe('mentioned');
    const none: Answer = { ...answered, regions: [{ ...answered.regions[0]!, state: 'none' }] };
    expect(compareCell(none, 'Region Halland', answeredJudgement)).toEqual({ state: 'none', text: '', citations: [] });
  });
  it('takes a refused region’s state from its own judgement, pointing at the passage that names the topic', () => {
    const refusal: Answer = { answerable: false, answer: 'Rapporterna tar inte upp detta.', citations: [citation(1, 'Dalarna')], regions: [] };
    expect(compareCell(refusal, 'Dalarna', { state: 'mentioned', mention: citation(4, 'Dalarna') })).toEqual({ state: 'mentioned', text: '', citations: [citation(4, 'Dalarna')] });
    expect(compareCell(refusal, 'Dalarna', { state: 'none', mention: null })).toEqual({ state: 'none', text: '', citations: [] });
  });
  it('calls evidence without a quotable sentence a mention', () => {
    const unquotable: Answer = { ...answered, regions: [{ region: 'Region Halland', state: 'evidence', summary: 'Inget citat.', citations: [] }] };
    expect(compareCell(unquotable, 'Region Halland', answeredJudgement)).toEqual({ state: 'mentioned', text: '', citations: [] });
  });
});

describe('defaultColumns', () => {
  it('asks what is done, what it gave and what is planned, about the theme', () => {
    const columns = defaultColumns('Kontinuitet och fast läkarkontakt');
    expect(columns).toHaveLength(3);
    expect(columns.every((column) => column.includes('kontinuitet och fast läkarkontakt') && column.endsWith('?'))).toBe(true);
  });
});

describe('isCrossRegionPlan when the matrix asks across regions', () => {
  const index = buildReportCatalog(fixtureCatalog());
  const question = analyseQuestion('Hur arbetar man med digital tillsyn?', undefined, index.regions, index.statistics);
  it('judges each region on its own even when the wording names no regions', () => {
    expect(isCrossRegionPlan(question, index.regions)).toBe(false);
    expect(isCrossRegionPlan(question, index.regions, true)).toBe(true);
    // One region in scope is a focused answer either way.
    expect(isCrossRegionPlan(question, ['Dalarna'], true)).toBe(false);
  });
});
