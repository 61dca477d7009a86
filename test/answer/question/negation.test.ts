import { describe, expect, it } from 'vitest';
import { negationOf, withoutNegation } from '../../../src/answer/question/negation.ts';
import { analyseQuestion } from '../../../src/answer/question/analysed-question.ts';
import { buildReportCatalog } from '../../../src/answer/report-catalog.ts';
import { fixtureCatalog } from '../fixture-catalog.ts';
import { isRegionWord } from '../../../src/text/swedish-regions.ts';

const cues = (question: string) => negationOf(question).cues.map((cue) => cue.word);

describe('negationOf', () => {
  it.each([
    ['Vilka regioner saknar jourmottagning på helger?', ['saknar']],
    ['Vilka län har inte startat någon hälsocentral för unga?', ['inte']],
    ['Vilka regioner har ej infört listning hos sjuksköterska?', ['ej']],
    ['I vilka regioner finns det inga närakuter?', ['inga']],
    ['Vilka regioner har ingen egen ambulansdirigering?', ['ingen']],
    ['Vilka regioner är fortfarande utan nattöppen mottagning?', ['utan']],
    ['Finns det regioner som inte erbjuder videobesök till äldre?', ['inte']],
    ['Vilka regioner är det som saknar en plan för läkemedelsgenomgångar?', ['saknar']],
    ['Vilka av de 21 regionerna har aldrig mätt patienternas nöjdhet?', ['aldrig']],
    ['Which regions lack a night clinic?', ['lack']],
    ['Which regions have no walk-in centre?', ['no']],
    ['Which counties do not offer video consultations?', ['not']],
    ["Which regions haven't started patient councils?", ["haven't"]],
    ['Which regions don’t use remote monitoring?', ['don’t']],
    ['Which of the regions are still without an elderly care team?', ['without']],
    ['Which regions no longer run mobile clinics?', ['no']],
  ])('finds the negation in %s', (question, expected) => {
    expect(negationOf(question).negated).toBe(true);
    expect(cues(question)).toEqual(expected);
  });

  it('keeps both negations of a coordinated predicate', () => {
    expect(cues('Which regions have no night clinic and no walk-in centre?')).toEqual(['no', 'no']);
    expect(cues('Vilka regioner har inte infört listning och inte heller valfrihet?')).toEqual(['inte', 'inte']);
  });

  it.each([
    // Negation inside a compound or set phrase of the topic.
    'Vilka regioner erbjuder inte-akuta besök via chatt?',
    'Vilka regioner har icke-akut sjukvård på kvällstid?',
    'Vilka regioner har ej akut rådgivning per telefon?',
    'Vilka regioner arbetar inte bara med äldre utan också med barn?',
    'Which regions have not only GPs but also nurses on call?',
    // A preposition of the topic, not a lack.
    'Vilka regioner erbjuder besök utan remiss?',
    'Which regions offer physiotherapy without referral?',
    // A clause about someone else: the people who lack, not the regions.
    'Vilka regioner når patienter som saknar fast läkare?',
    'Which regions help people who cannot travel to a clinic?',
    'Vilka regioner har tagit fram stöd för när hemtjänsten inte räcker?',
    'Vilka regioner har valt att inte införa listning?',
    // A contrast or an either-or: both sides asked about.
    'Vilka regioner har startat hälsocentraler men inte närakuter?',
    'Vilka regioner har infört listning eller inte?',
    'Which regions report no increase in waiting times?',
    // Reasons, not which regions lack something.
    'Varför fungerar inte videobesöken i glesbygd?',
    'Varför har vissa regioner inte infört listning?',
    'Why do some regions not offer video consultations?',
    // No question about regions at all.
    'Hur arbetar Dalarna med patienter som inte har fast läkare?',
    'Vilka åtgärder har regionerna inte vidtagit?',
    // A quoted phrase is the asker's citation.
    'Vilka regioner skriver om "ingen fel dörr"?',
    'Vilka regioner arbetar med mobila team?',
  ])('finds no negation of the question in %s', (question) => {
    expect(negationOf(question)).toEqual({ negated: false, cues: [] });
  });

  it.each([
    ['Saknar Dalarna ett mobilt team för äldre?', ['Saknar']],
    ['Har Region Halland inte infört listning?', ['inte']],
    ['Har Dalarna inga närakuter?', ['inga']],
    ['Är Halland fortfarande utan närakut?', ['utan']],
    ["Doesn't Halland offer video consultations?", ["Doesn't"]],
    ['Does Dalarna lack a night clinic?', ['lack']],
  ])('finds the negation of a yes/no question about a named region: %s', (question, expected) => {
    expect(negationOf(question, isRegionWord).cues.map((cue) => cue.word)).toEqual(expected);
  });

  it.each([
    'Har Dalarna infört listning?',
    'Erbjuder Halland besök utan remiss?',
    'Har Dalarna inte bara mobila team?',
    'Hur arbetar Dalarna med patienter som inte har fast läkare?',
    'I Dalarna, vad saknas?',
    'Varför har Halland inte infört listning?',
  ])('finds no negation of the yes/no question %s', (question) => {
    expect(negationOf(question, isRegionWord).negated).toBe(false);
  });

  it('needs to be told which words name regions for a yes/no question', () => {
    expect(negationOf('Saknar Dalarna ett mobilt team?').negated).toBe(false);
  });

  it('leaves the question without its negation words, spacing tidied', () => {
    const question = 'Vilka regioner har inte infört listning?';
    expect(withoutNegation(question, negationOf(question))).toBe('Vilka regioner har infört listning?');
    const plain = 'Vilka regioner erbjuder besök utan remiss?';
    expect(withoutNegation(plain, negationOf(plain))).toBe(plain);
    const first = 'Saknar Dalarna listning?';
    expect(withoutNegation(first, negationOf(first, isRegionWord))).toBe('Dalarna listning?');
  });
});

describe('analyseQuestion with a negation', () => {
  const index = buildReportCatalog(fixtureCatalog());
  const analyse = (question: string) => analyseQuestion(question, undefined, index.regions, index.statistics);

  it('leaves the negation words out of the topic and the search, but keeps them in the wording', () => {
    for (const question of ['Vilka regioner saknar mobila team?', 'Which regions lack mobile teams?', 'Which regions have no mobile teams?', "Which regions don't have mobile teams?"]) {
      const analysed = analyse(question);
      expect(analysed.negated, question).toBe(true);
      expect(analysed.topic.map((entry) => entry.surface.toLowerCase()), question).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(saknar|lack|no|don)$/)]));
      expect(analysed.topic.map((entry) => entry.term)).toContain('team');
      expect(analysed.query).not.toMatch(/saknar|lack|\bno\b|don't/);
      expect(analysed.wording).toBe(question);
    }
  });

  it('keeps a lack that is part of the topic as a topic word', () => {
    const analysed = analyse('Vilka regioner når patienter som saknar fast läkare?');
    expect(analysed.negated).toBe(false);
    expect(analysed.topic.map((entry) => entry.surface)).toContain('saknar');
    expect(analysed.query).toBe(analysed.wording);
  });
});
