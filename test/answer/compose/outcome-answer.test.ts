import { describe, expect, it } from 'vitest';
import { chooseOutcomes, givesOutcomeFor, notAnOutcomeStatement } from '../../../src/answer/compose/outcome-answer.ts';
import { composeFocusedAnswer } from '../../../src/answer/compose/extractive-answer.ts';
import { analyzeTopic } from '../../../src/text/analyze.ts';
import { buildReportCatalog } from '../../../src/answer/report-catalog.ts';
import { givesFigureFor, measureOf } from '../../../src/answer/compose/figures.ts';
import type { Hit, Passage } from '../../../src/types.ts';
import { fixtureCatalog } from '../fixture-catalog.ts';

const text = (s: { text: string }) => s.text;

describe('chooseOutcomes', () => {
  it('keeps only outcome sentences, in the given order', () => {
    const candidates = [{ text: 'Målet är minst 70 procent.' }, { text: 'Andelen var 52 procent 2023.' }, { text: 'Antalet ökade till 310 besök.' }];
    const choice = chooseOutcomes(candidates, text);
    expect(choice.answered).toBe(true);
    expect(choice.outcomes.map(text)).toEqual(['Andelen var 52 procent 2023.', 'Antalet ökade till 310 besök.']);
    expect(choice.missing).toBeNull();
  });
  it('says plainly when only a target exists, from the sentence’s own figure, and cites it', () => {
    const target = { text: 'Till 2027 ska minst 75 procent av de äldre ha en egen sjuksköterska.' };
    const choice = chooseOutcomes([{ text: 'Arbetet pågår i alla kommuner.' }, target], text);
    expect(choice.answered).toBe(false);
    expect(choice.outcomes).toEqual([]);
    expect(choice.missing).toEqual({ kind: 'target', statement: 'Rapporten anger målet minst 75 procent, men inget utfall.', cite: target });
  });
  it('prefers a target over a forecast and names a forecast as such', () => {
    const forecast = { text: 'Behovet beräknas öka med 20 procent.' };
    const target = { text: 'Målet är högst 2 dagars väntan.' };
    expect(chooseOutcomes([forecast, target], text).missing?.cite).toBe(target);
    expect(chooseOutcomes([forecast], text).missing?.statement).toBe('Rapporten anger en prognos eller plan (20 procent), men inget utfall.');
  });
  it('gives nothing when no candidate has a figure', () => {
    expect(chooseOutcomes([{ text: 'Vi arbetar med kontinuitet.' }], text)).toEqual({ outcomes: [], missing: null, answered: false });
    expect(chooseOutcomes([], text).answered).toBe(false);
  });
});

describe('notAnOutcomeStatement', () => {
  it('names every target figure of the sentence', () => {
    expect(notAnOutcomeStatement('Målet är att 80 procent ska ha en vårdplan och att väntan ska vara högst 14 dagar.')?.statement).toBe(
      'Rapporten anger målet 80 procent och högst 14 dagar, men inget utfall.',
    );
    expect(notAnOutcomeStatement('Andelen var 30 procent.')).toBeNull();
  });
});

describe('an outcome question answered only by a target (composeFocusedAnswer), and givesOutcomeFor', () => {
  const base = fixtureCatalog();
  const report = base.reports[0]!;
  const passage = (id: string, text: string, headingPath: string[] = []): Passage => ({
    id, reportId: report.id, themeId: 'kontinuitet', question: null, headingPath, text, page: null, start: 0, end: text.length, isAgreementText: false, ordinal: 90,
  });
  const target = passage('t-1', 'Mål till utgången av 2026\n\n- ska andelen invånare med en egen sjuksköterska utgöra minst 65 procent.');
  const plain = passage('t-2', 'Arbetet med egen sjuksköterska pågår i alla länsdelar.');
  const otherMeasure = passage('t-3', 'Mål för 2026\n\n- ska andelen hembesök som görs digitalt utgöra minst 30 procent.');
  const catalog = { ...base, passages: [...base.passages, target, plain, otherMeasure] };
  const index = buildReportCatalog(catalog);
  const hit = (p: Passage): Hit => ({ passage: p, report, score: 1, lexicalRank: null, denseRank: null });
  const question = 'Hur hög andel invånare hade en egen sjuksköterska?';
  const context = { index, queryTerms: analyzeTopic(question), wantsResults: true, givesFigure: givesFigureFor(measureOf(question), true), outcomeOnly: true };

  it('says plainly that the report gives a target, quotes the whole line and cites it, not answered', () => {
    const answer = composeFocusedAnswer([hit(plain), hit(target)], context);
    expect(answer.answerable).toBe(false);
    expect(answer.answer).toContain('Rapporten anger målet minst 65 procent, men inget utfall. [1]');
    expect(answer.answer).toContain('- Mål till utgången av 2026 … ska andelen invånare med en egen sjuksköterska utgöra minst 65 procent. [1]');
    expect(answer.citations).toHaveLength(1);
    expect(answer.citations[0]!.passageId).toBe('t-1');
    expect(answer.citations[0]!.excerpt).toContain('**ska andelen invånare');
    expect(answer.regions).toEqual([{ region: answer.citations[0]!.region, state: 'mentioned', summary: 'Rapporten anger målet minst 65 procent, men inget utfall.', citations: [1] }]);
  });
  it('never offers or quotes the target of another measure that only shares the word "andel"', () => {
    const answer = composeFocusedAnswer([hit(otherMeasure), hit(plain)], context);
    expect(answer.answer).not.toContain('anger målet');
    expect(answer.citations.map((c) => c.passageId)).not.toContain('t-3');
  });
  it('lets only outcome sentences answer an outcome question', () => {
    const outcome = givesOutcomeFor(givesFigureFor(measureOf(question)));
    expect(outcome('Andelen invånare med egen sjuksköterska var 41 procent 2023.')).toBe(true);
    expect(outcome(target.text)).toBe(false);
  });
});
