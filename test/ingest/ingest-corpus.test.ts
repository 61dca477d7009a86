import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestResult } from '../../src/ingest/ingest-corpus.ts';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';
import { formatIngestSummary } from '../../src/ingest/format-summary.ts';
import { loadQuestionBank } from '../../src/ingest/question-bank.ts';
import { matchingText } from '../../src/ingest/similarity.ts';
import { ingestSeeds, passageHolding, passagesOf, seedCorpusDir, seedIds, seedLine, seedOpening } from './seed-corpus.ts';

let result: IngestResult;
beforeAll(async () => {
  result = await ingestSeeds();
});

const contactNames = ['Pernilla', 'Wallerstedt', 'Maria Högvist', 'Högvist', 'hogkvist', 'Gunilla', 'N Larsson', 'Monica Wahlström', 'Wahlström', 'Carina Forsberg', 'Ingrid Kvist', 'Frida Gårdstam', 'Jessica Wide'];
const emailLike = /[\p{L}\p{N}._%+-]+\s?@\s?[\p{L}\p{N}-]+\.[\p{L}]{2,}/u;

describe('ingestCorpus on the seeds', () => {
  it('ingests all five reports with metadata, hashes and themes', () => {
    expect(result.reports.map((report) => report.id)).toEqual(Object.values(seedIds));
    expect(result.failures).toEqual([]);
    for (const report of result.reports) {
      expect(report.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(report.passageCount).toBe(passagesOf(result, report.id).length);
      expect(report.passageCount).toBeGreaterThan(5);
      expect(report.themes.length).toBeGreaterThan(1);
    }
    expect(result.themes.map((theme) => theme.id)).toContain('undvikbar-slutenvard');
  });

  it('keeps personal data out of every passage and every cleaned text', () => {
    for (const passage of result.passages) {
      for (const name of contactNames) expect(passage.text, passage.id).not.toContain(name);
      expect(passage.text, passage.id).not.toMatch(emailLike);
    }
    for (const text of Object.values(result.cleanedTexts)) {
      expect(text).not.toMatch(emailLike);
      for (const name of contactNames) expect(text).not.toContain(name);
    }
  });

  it('keeps form residue out of passages', () => {
    const residue = [/\.{3,}/, /Klicka eller tryck/i, /\]\(#\)/, /<ul/i, /<input/i, /\*\*/, /\\\(/, /Beskriv med max/i, /Lämna gärna en kommentar/i, /^Nej$/m, /^Ja, beskriv/im];
    for (const passage of result.passages) for (const pattern of residue) expect(passage.text, `${passage.id} ${pattern}`).not.toMatch(pattern);
  });

  it('drops the unticked option lists but keeps the answers after them', () => {
    const halland = passagesOf(result, seedIds.halland);
    expect(halland.some((passage) => passage.text.includes('Nej, och inget förslag finns framtaget'))).toBe(false);
    // Halland answers 17c in a table row: label, tab, figure, tab, an unticked box.
    const [label, figure] = seedLine(seedIds.halland, 460).split('\t');
    expect(figure).toMatch(/^\d+$/);
    expect(passageHolding(result, seedIds.halland, `${label} ${figure}`).question?.number).toBe('17c');
    expect(passageHolding(result, seedIds.halland, 'Antagen i november 2022').question?.number).toBe('1');
    const dalarna = passagesOf(result, seedIds.dalarna);
    expect(dalarna.some((passage) => /^I alla länets kommuner$/m.test(passage.text))).toBe(false);
  });

  it('never lets a passage cross a question: no passage holds a question line of the bank', () => {
    const bank = loadQuestionBank();
    for (const passage of result.passages) {
      const text = matchingText(passage.text);
      for (const question of bank.questions) expect(text.includes(matchingText(question.text)), `${passage.id} ${question.id}`).toBe(false);
    }
  });

  it('keeps numbered answer lists inside their question', () => {
    for (let item = 1; item <= 11; item += 1) {
      const holder = passagesOf(result, seedIds.halland).find((passage) => new RegExp(`^${item}\\. `, 'm').test(passage.text) && passage.question?.number === '6a');
      expect(holder, `6a punkt ${item}`).toBeDefined();
    }
    const firstItemOf14a = passageHolding(result, seedIds.halland, seedOpening(seedIds.halland, 369));
    expect(firstItemOf14a.question?.number).toBe('14a');
    expect(passageHolding(result, seedIds.halland, '1. Mellan 2020-2022 pågick').question?.number).toBe('11a');
  });

  it('gives offsets that slice exactly the passage text out of the cleaned text', () => {
    for (const passage of result.passages) {
      expect(result.cleanedTexts[passage.reportId]?.slice(passage.start, passage.end)).toBe(passage.text);
    }
    const ordinals = passagesOf(result, seedIds.halland).map((passage) => passage.ordinal);
    expect(ordinals).toEqual(ordinals.map((_, index) => index));
  });

  it('keeps Swedish letters and numbers intact', () => {
    const raw = readFileSync(path.join(seedCorpusDir, `${seedIds.halland}.txt`), 'utf8');
    const cleaned = result.cleanedTexts[seedIds.halland] ?? '';
    // Whole lines with å, ä, ö and figures in several notations: decimal commas, per cent with and without
    // a space, a space between thousands, a figure joined to a word by a hyphen.
    const lines: [string, number][] = [[seedIds.halland, 324], [seedIds.halland, 330], [seedIds.dalarna, 486], [seedIds.vasterbotten, 152]];
    for (const [report, line] of lines) {
      const text = seedOpening(report, line, Number.POSITIVE_INFINITY);
      expect(text).toMatch(/\d/);
      expect(text).toMatch(/[åäö]/);
      expect(result.cleanedTexts[report], `${report} rad ${line}`).toContain(text);
    }
    const letters = (text: string) => (text.match(/[åäöÅÄÖ]/g) ?? []).length;
    expect(letters(cleaned)).toBeGreaterThan(letters(raw) * 0.9);
    expect(cleaned).not.toMatch(/Ã|�/);
  });

  it('marks text quoted from the agreement', () => {
    const quote = passageHolding(result, seedIds.halland, 'Sjukhusbunden slutenvård är en betydligt dyrare vårdform');
    expect(quote.isAgreementText).toBe(true);
    expect(quote.themeId).toBe('undvikbar-slutenvard');
    expect(quote.question).toBeNull();
    expect(passageHolding(result, seedIds.halland, seedOpening(seedIds.halland, 369)).isAgreementText).toBe(false);
    expect(passageHolding(result, seedIds.halland, 'För att få ta del av medlen ska regionerna genomföra insatser som syftar till att utveckla ambulanssjukvården').isAgreementText).toBe(true);
  });

  it('links item n of part b to item n of part a where the form says so', () => {
    const measures = passageHolding(result, seedIds.halland, '3. Ny funktion är tillsatt inom slutenvården');
    const results = passageHolding(result, seedIds.halland, '3/ Stärker samarbetet och övergång till mottagande part');
    expect(results.question?.number).toBe('6b');
    expect(results.linkedItems).toContainEqual({ item: 3, passageId: measures.id });
    expect(measures.linkedItems).toContainEqual({ item: 3, passageId: results.id });
    const competenceResult = passageHolding(result, seedIds.halland, '3 Region Halland har realiserat');
    const competenceMeasure = passageHolding(result, seedIds.halland, '3. Kompetensbehovsinventering');
    expect(competenceResult.linkedItems).toContainEqual({ item: 3, passageId: competenceMeasure.id });
  });

  it('splits long answers into passages of bounded size that stay within one question', () => {
    for (const passage of result.passages) expect(passage.text.split(/\s+/).length, passage.id).toBeLessThan(600);
    const sizes = passagesOf(result, seedIds.dalarna).filter((passage) => passage.question?.number === '5a');
    expect(sizes.length).toBeGreaterThanOrEqual(1);
  });

  it('keeps ids stable across two ingests of an unchanged corpus', async () => {
    const again = await ingestCorpus(seedCorpusDir);
    expect(again.passages.map((passage) => passage.id)).toEqual(result.passages.map((passage) => passage.id));
    expect(new Set(result.passages.map((passage) => passage.id)).size).toBe(result.passages.length);
  });

  it('reports progress and summarises found and missed form questions', async () => {
    const calls: string[] = [];
    await ingestCorpus(seedCorpusDir, { onProgress: (done, total, file) => calls.push(`${done}/${total} ${file}`) });
    expect(calls).toHaveLength(5);
    expect(calls.at(-1)).toBe(`5/5 ${seedIds.gnhh}.txt`);
    expect(result.questionCoverage[seedIds.halland]?.missed).toEqual([]);
    expect(result.questionCoverage[seedIds.dalarna]?.found).toHaveLength(25);
    const summary = formatIngestSummary(result);
    expect(summary).toContain(seedIds.vasterbotten);
    expect(summary).toMatch(/frågor hittade \(region\): 42\/42/);
  });
});
