import { describe, expect, it } from 'vitest';
import { asksForShare, givesFigureFor, measureOf } from '../../../src/answer/compose/figures.ts';
import { scaleByLargest, scoreSentence, termMatch } from '../../../src/answer/evidence/sentence-scoring.ts';
import { inReadingOrder, rankEvidence, selectEvidence, selectPerPassage } from '../../../src/answer/evidence/evidence.ts';
import { termWeight } from '../../../src/answer/evidence/term-statistics.ts';
import { Lexicon } from '../../../src/retrieve/lexicon.ts';
import { Bm25Index } from '../../../src/store/bm25-index.ts';

const lexiconOf = (texts: string[]) => new Lexicon(Bm25Index.build(texts.map((text, n) => ({ id: String(n), text }))));
import { analyzeTopic } from '../../../src/text/analyze.ts';
import { fixtureCatalog, hitFor } from '../fixture-catalog.ts';

const catalog = fixtureCatalog();
const select = { maxSentences: 4, maxPerPassage: 2, minCoverage: 0.15, fallbackToFirst: true };

describe('termMatch', () => {
  it('gives partial credit to compounds only in the sentence direction', () => {
    expect(termMatch('sjukvård', 'hemsjukvård')).toBe(0.8);
    expect(termMatch('hembesök', 'besök')).toBe(0);
    expect(termMatch('digital', 'digitaliser')).toBe(0.8);
    expect(termMatch('vård', 'vårdplan')).toBe(0);
    expect(termMatch('patientkontrakt', 'patient')).toBe(0);
    expect(termMatch('patient', 'patientkontrakt')).toBe(0.8);
    expect(termMatch('2022', '20221')).toBe(0);
  });
});

describe('scoreSentence with synonyms (data/synonyms-sv.json)', () => {
  const statistics = lexiconOf(['Hälsocentralen har öppet på kvällen.', 'Patienter med högt blodtryck mäter hemma.', 'Vårdcentralen i byn.']);
  it('counts another region\'s word for the same unit as a match, a little below the word itself', () => {
    const [term] = analyzeTopic('vårdcentral');
    const score = scoreSentence([term!], 'Hälsocentralen har öppet på kvällen.', statistics);
    expect(score.matched).toEqual([term]);
    expect(score.coverage).toBeCloseTo(0.8);
    expect(scoreSentence([term!], 'Vårdcentralen i byn.', statistics).coverage).toBe(1);
  });
  it('counts a phrase synonym only as the whole phrase', () => {
    const [term] = analyzeTopic('hypertoni');
    expect(scoreSentence([term!], 'Patienter med högt blodtryck mäter hemma.', statistics).coverage).toBeCloseTo(0.8);
    expect(scoreSentence([term!], 'Trycket var högt och blodet rann.', statistics).coverage).toBe(0);
  });
});

describe('scoreSentence', () => {
  it('is 0 for a query without terms', () => {
    expect(scoreSentence([], 'Något')).toEqual({ coverage: 0, matched: [] });
  });
  it('weighs rare terms higher', () => {
    const stats = lexiconOf(['vård vård', 'vård robot', 'vård']);
    const [robot, care] = [analyzeTopic('robot')[0]!, analyzeTopic('vård')[0]!];
    expect(termWeight(stats, robot)).toBeGreaterThan(termWeight(stats, care));
    const rare = scoreSentence(analyzeTopic('vård robot'), 'En robot', stats);
    const common = scoreSentence(analyzeTopic('vård robot'), 'En vård', stats);
    expect(rare.coverage).toBeGreaterThan(common.coverage);
  });
  it('weighs every term 1 without statistics', () => {
    expect(termWeight(undefined, 'x')).toBe(1);
    expect(termWeight(undefined, 'vård')).toBe(1);
  });
});

describe('scaleByLargest', () => {
  it('handles empty lists, zeros and ties', () => {
    expect(scaleByLargest([])).toEqual([]);
    expect(scaleByLargest([0, 0])).toEqual([0, 0]);
    expect(scaleByLargest([2, 2, 1])).toEqual([1, 1, 0.5]);
    expect(scaleByLargest([-1, 2])).toEqual([0, 1]);
  });
});

describe('evidence', () => {
  it('returns nothing for no hits', () => {
    expect(rankEvidence([], ['x'])).toEqual([]);
    expect(selectEvidence([], select)).toEqual([]);
  });
  it('keeps search order on ties', () => {
    const hits = [hitFor(catalog, 'd-6', 1), hitFor(catalog, 'h-7', 1)];
    const ranked = rankEvidence(hits, analyzeTopic('infört'));
    expect(ranked[0]!.hit.passage.id).toBe('d-6');
    expect(ranked[1]!.hit.passage.id).toBe('h-7');
  });
  it('does not quote a sentence twice when one repeats the other with an addition', () => {
    const base = hitFor(catalog, 'h-7', 1);
    const hit = { ...base, passage: { ...base.passage, text: 'Utbildningssatsning för nyttjande av SIP.\nUtbildningssatsning för nyttjande av SIP (samordnad individuell plan).' } };
    const chosen = selectEvidence(rankEvidence([hit], analyzeTopic('utbildning SIP')), { ...select, maxPerPassage: 2 });
    expect(chosen).toHaveLength(1);
  });
  it('does not quote two versions of a sentence that differ by a typo', () => {
    const base = hitFor(catalog, 'h-7', 1);
    const first = { ...base, passage: { ...base.passage, id: 'a', text: 'Under hösten startade ett nytt mobilt team med nattbesök i alla kommuner.' } };
    const second = { ...base, passage: { ...base.passage, id: 'b', text: 'Under hösten startade ett nya mobila team med nattbesök i alla kommuner.' } };
    expect(selectEvidence(rankEvidence([first, second], analyzeTopic('mobilt team nattbesök')), select)).toHaveLength(1);
  });
  it('quotes a sentence with a figure for a figure question, even when it matches little else', () => {
    const base = hitFor(catalog, 'h-7', 1);
    const hit = { ...base, passage: { ...base.passage, text: 'Chatten infördes på alla vårdcentraler under våren.\nTotalt genomfördes 12 400 kontakter.' } };
    const ranked = rankEvidence([hit], analyzeTopic('chatt vårdcentraler kontakter'));
    const chosen = selectEvidence(ranked, { ...select, maxPerPassage: 2, requireFigure: givesFigureFor(measureOf('Hur många kontakter blev det?')) });
    expect(chosen.some((e) => e.sentence.text.includes('12 400'))).toBe(true);
  });
  it('takes a percentage for the answer to a share, with or without the word', () => {
    const question = 'Hur hög andel av hembesöken gör distriktssköterskorna?';
    expect(asksForShare(question)).toBe(true);
    const givesFigure = givesFigureFor(measureOf(question), asksForShare(question));
    expect(givesFigure('Distriktssköterskorna står för ungefär 60 procent av arbetet i hemmen.')).toBe(true);
    expect(givesFigure('Länet har 12 distriktssköterskor i tjänst.')).toBe(false);
    expect(asksForShare('Hur många hembesök gjordes?')).toBe(false);
  });
  it('translates a two-word English measure as one phrase', () => {
    expect(measureOf('How many health centres offer video visits?')).toBe(analyzeTopic('vårdcentral')[0]);
    expect(measureOf('How many patients use the app?')).toBe(analyzeTopic('patient')[0]);
  });
  it('looks for the measure of an English figure question in Swedish', () => {
    const givesFigure = givesFigureFor(measureOf('Tell me how much money the county put into video visits.'));
    expect(givesFigure('Landstinget lade fyra miljoner kronor på videobesök.')).toBe(true);
    expect(givesFigure('Fyra vårdcentraler erbjuder videobesök.')).toBe(false);
  });
  it('weighs a pointer to another answer down', () => {
    const base = hitFor(catalog, 'h-7', 1);
    const pointer = { ...base, passage: { ...base.passage, id: 'p', text: 'Se svar på fråga 9 om digitala vårdbesök.' } };
    const content = { ...base, passage: { ...base.passage, id: 'c', text: 'Digitala vårdbesök erbjuds på alla vårdcentraler.' } };
    const ranked = rankEvidence([pointer, content], analyzeTopic('digitala vårdbesök'));
    expect(ranked[0]!.hit.passage.id).toBe('c');
  });
  it('weighs quoted agreement text down', () => {
    const hits = [hitFor(catalog, 'g-2', 1), hitFor(catalog, 'h-7', 1)];
    const ranked = rankEvidence(hits, analyzeTopic('digitala vårdbesök'));
    expect(ranked[0]!.hit.passage.id).toBe('h-7');
  });
  it('falls back to the best hit opening sentence when no sentence matches', () => {
    const ranked = rankEvidence([hitFor(catalog, 'g-1')], analyzeTopic('ambulans'));
    const chosen = selectEvidence(ranked, select);
    expect(chosen).toHaveLength(1);
    expect(chosen[0]!.sentence.index).toBe(0);
    expect(selectEvidence(ranked, { ...select, fallbackToFirst: false })).toEqual([]);
  });
  it('limits sentences per passage and keeps reading order', () => {
    const ranked = rankEvidence([hitFor(catalog, 'h-6a')], analyzeTopic('hembesök utskrivningsprocessen läkarmedverkan'));
    const chosen = inReadingOrder(selectEvidence(ranked, { ...select, minCoverage: 0.01 }));
    expect(chosen.length).toBeLessThanOrEqual(2);
    expect(chosen.map((e) => e.sentence.index)).toEqual([...chosen.map((e) => e.sentence.index)].sort((a, b) => a - b));
  });
  it('per passage: quotes the judged passages in the given order, one sentence each, even when another holds more query words', () => {
    const base = hitFor(catalog, 'h-7', 1);
    // The judged passage spreads the question over two sentences; the other packs its words into one.
    const judged = { ...base, passage: { ...base.passage, id: 'j', text: 'Mobila team besöker patienter i hemmet.\nTeamen samarbetar med kommunens hemsjukvård.' } };
    const dense = { ...base, passage: { ...base.passage, id: 'd', text: 'Mobila team, hemmet, hemsjukvård och kommunens samarbete nämns i planen.' } };
    const ranked = rankEvidence([dense, judged], analyzeTopic('mobila team hemmet kommunens hemsjukvård'));
    const perSentence = selectEvidence(ranked, { ...select, maxSentences: 1 });
    expect(perSentence[0]!.hit.passage.id).toBe('d');
    const chosen = selectPerPassage(ranked, ['j', 'd'], { ...select, maxSentences: 1 });
    expect(chosen.map((e) => e.hit.passage.id)).toEqual(['j']);
    expect(selectPerPassage(ranked, ['j', 'd'], { ...select, maxSentences: 3 }).map((e) => e.hit.passage.id)).toEqual(['j', 'd']);
  });
  it('per passage: skips passages with no sentence on the question and agreement text when asked', () => {
    const base = hitFor(catalog, 'h-7', 1);
    const off = { ...base, passage: { ...base.passage, id: 'o', text: 'Budgeten för året fastställdes i mars.' } };
    const agreement = { ...base, passage: { ...base.passage, id: 'a', isAgreementText: true, text: 'Regionen ska utveckla mobila team.' } };
    const own = { ...base, passage: { ...base.passage, id: 'w', text: 'Två mobila team startade under hösten.' } };
    const ranked = rankEvidence([off, agreement, own], analyzeTopic('mobila team'));
    const chosen = selectPerPassage(ranked, ['o', 'a', 'w'], { ...select, excludeAgreementText: true });
    expect(chosen.map((e) => e.hit.passage.id)).toEqual(['w']);
    expect(selectPerPassage([], ['o'], select)).toEqual([]);
  });
  it('ignores passages of empty sentences', () => {
    const hit = hitFor(catalog, 'g-1');
    const empty = { ...hit, passage: { ...hit.passage, text: '.....\n\n' } };
    expect(rankEvidence([empty], ['fast'])).toEqual([]);
  });
});

describe('scoreSentence with the passage\'s frame', () => {
  const terms = analyzeTopic('mobila team nattetid');
  const held = new Map(terms.map((term) => [term, 1]));
  it('gives a heading\'s terms no credit to a sentence that matches nothing itself', () => {
    expect(scoreSentence(terms, 'Uppstart av arbetet inom kort.', undefined, held).coverage).toBe(0);
  });
  it('credits the frame to a sentence that speaks to the question itself', () => {
    const own = scoreSentence(terms, 'Teamet besöker patienter nattetid.', undefined).coverage;
    expect(scoreSentence(terms, 'Teamet besöker patienter nattetid.', undefined, held).coverage).toBeGreaterThan(own);
  });
  it('credits the terms of the form question a passage answers to each of its sentences', () => {
    const form = new Set(terms);
    expect(scoreSentence(terms, 'Uppstart av arbetet inom kort.', undefined, held, form).coverage).toBeGreaterThan(0);
  });
});
