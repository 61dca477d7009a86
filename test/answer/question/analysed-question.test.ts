import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../../src/answer/question/analysed-question.ts';
import { isCrossRegionPlan } from '../../../src/answer/answer-question.ts';
import { buildReportCatalog } from '../../../src/answer/report-catalog.ts';
import { fixtureCatalog } from '../fixture-catalog.ts';

const index = buildReportCatalog(fixtureCatalog());
const analyse = (question: string, history?: Parameters<typeof analyseQuestion>[1]) => analyseQuestion(question, history, index.regions, index.statistics);

describe('analyseQuestion', () => {
  it('keeps the topic without question words or region names, each term with what was typed', () => {
    const question = analyse('Hur arbetar Dalarna med läkemedelsrobotar?');
    expect(question.topic.map((entry) => entry.surface)).toEqual(['läkemedelsrobotar']);
    expect(question.regions.known).toEqual(['Dalarna']);
  });
  it('weighs general language below content words', () => {
    const question = analyse('Vilken är den bästa digitala tillsynen?');
    const weight = (surface: string) => question.topic.find((entry) => entry.surface === surface)!.weight;
    expect(weight('bästa')).toBeLessThan(weight('tillsynen'));
  });
  it('marks words no report uses, but not numbers or form references', () => {
    const question = analyse('Fråga 10a om fotbollsklubbar');
    const inCorpus = Object.fromEntries(question.topic.map((entry) => [entry.surface, entry.inCorpus]));
    expect(inCorpus).toMatchObject({ '10a': true, fotbollsklubbar: false });
  });
  it('in an English question, weighs untranslated vocabulary little but keeps a name as absent content', () => {
    const question = analyse('Do the health centres use drones for deliveries in Norway?');
    const entry = (surface: string) => question.topic.find((term) => term.surface === surface)!;
    expect(question.topic.map((term) => term.surface)).not.toContain('the');
    // "drones" is vocabulary the lexicon lacks: Swedish reports would not use it whatever they cover.
    expect(entry('drones').weight).toBeLessThan(entry('Norway').weight);
    expect(entry('Norway').inCorpus).toBe(false);
  });
  it('says what kind of answer is wanted', () => {
    expect(analyse('Vilka regioner har digitala hälsorum?').kind).toBe('list-regions');
    expect(analyse('Hur många digitala besök gjordes?').kind).toBe('figure');
    expect(analyse('Ge goda exempel på digital tillsyn').kind).toBe('good-practice');
    expect(analyse('Sammanfatta arbetet med samverkan').kind).toBe('summary');
    expect(analyse('Hur fungerar digital tillsyn?').kind).toBe('fact');
  });
  it('names the years and continues a follow-up', () => {
    expect(analyse('Vad gjordes 2022?').years).toEqual([2022]);
    const followUp = analyse('och i Halland?', [{ role: 'user', content: 'Hur arbetar Dalarna med digital tillsyn?' }]);
    expect(followUp.isFollowUp).toBe(true);
    expect(followUp.topic.map((entry) => entry.surface)).toEqual(['digital', 'tillsyn']);
  });
});

describe('isCrossRegionPlan', () => {
  it('fans out for comparing wording or two named regions, never within one region', () => {
    const all = index.regions;
    expect(isCrossRegionPlan(analyse('Vilka län har infört digital tillsyn?'), all)).toBe(true);
    expect(isCrossRegionPlan(analyse('Digital tillsyn i Halland och Dalarna'), all)).toBe(true);
    expect(isCrossRegionPlan(analyse('Digital tillsyn i Hallands län'), ['Region Halland'])).toBe(false);
    expect(isCrossRegionPlan(analyse('Vilka län har infört digital tillsyn?'), ['Dalarna'])).toBe(false);
  });
});
