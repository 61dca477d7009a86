import { describe, expect, it } from 'vitest';
import { asksForFigure, figureMentions, givesFigureFor, holdsFigure, measureOf } from '../../../src/answer/compose/figures.ts';
import { analyzeTopic } from '../../../src/text/analyze.ts';

describe('asksForFigure', () => {
  it('recognises questions that want a number', () => {
    expect(asksForFigure('Hur många barn fick tandvård i hemmet?')).toBe(true);
    expect(asksForFigure('Hur stor är andelen patienter med vårdplan?')).toBe(true);
    expect(asksForFigure('Vilka ledtider gäller för remisser?')).toBe(true);
    expect(asksForFigure('How many midwives were hired?')).toBe(true);
  });
  it('leaves descriptive questions alone', () => {
    expect(asksForFigure('Hur samarbetar apoteken med vårdcentralerna?')).toBe(false);
    expect(asksForFigure('Vilka kommuner har nattpatrull?')).toBe(false);
  });
  it('takes no verb for the measure: "hur många sökte" counts people doing something, and any figure may answer', () => {
    expect(measureOf('Hur många sökte till utbildningsplatserna i fjol?')).toBeNull();
    expect(givesFigureFor(measureOf('Hur många sökte till utbildningsplatserna i fjol?'))('Totalt inkom 223 sökande till platserna.')).toBe(true);
    expect(measureOf('Hur många patienter sökte vård?')).toBe(analyzeTopic('patienter')[0]);
  });
  it('takes a price question for a figure in kronor, however the report writes it', () => {
    expect(asksForFigure('Vad kostar ett besök på jourcentralen?')).toBe(true);
    expect(asksForFigure('Vilken patientavgift gäller för hembesök?')).toBe(true);
    const givesPrice = givesFigureFor(measureOf('Vad kostar ett besök på jourcentralen?'));
    expect(givesPrice('Ett besök kostar 200 kr för vuxna.')).toBe(true);
    expect(givesPrice('Satsningen omfattar 3 miljoner kronor.')).toBe(true);
    expect(givesPrice('Besöket tar oftast 20 minuter.')).toBe(false);
  });
  it('takes "vilka tider" for when, answered by clock times, but a named time ("väntetider") for a figure', () => {
    expect(asksForFigure('Vilka tider har jourmottagningen i Ystad öppet?')).toBe(false);
    expect(asksForFigure('Vilken tid stänger mottagningen?')).toBe(false);
    expect(asksForFigure('Vilka öppettider har jourcentralen i Ystad?')).toBe(false);
    expect(asksForFigure('Vilka telefontider har barnavårdscentralen?')).toBe(false);
    expect(asksForFigure('Vilka väntetider har barnpsykiatrin?')).toBe(true);
    expect(measureOf('Vilka väntetider har barnpsykiatrin?')).toBe(analyzeTopic('väntetider')[0]);
  });
});

describe('figureMentions and holdsFigure', () => {
  it('takes opening hours for a time of day, not a figure, also as a range after "klockan"', () => {
    expect(figureMentions('Mottagningen har öppet klockan 8.00–22.00 alla dagar.')).toEqual([]);
    expect(figureMentions('Öppet kl. 7.30-16.30 på vardagar.')).toEqual([]);
    expect(figureMentions('Väntetiden var 22,5 dagar.').map((f) => f.text)).toEqual(['22,5 dagar']);
  });
  it('accepts counts, shares, decimals and numbers with units, with their qualifier', () => {
    expect(figureMentions('I fjol gjordes 14 205 hembesök.').map((f) => f.text)).toEqual(['14 205']);
    expect(figureMentions('Målet är högst 3 dagars väntan.').map((f) => f.text)).toEqual(['högst 3 dagars']);
    expect(figureMentions('Andelen nöjda var 83 % år 2021.').map((f) => f.text)).toEqual(['83 %']);
    expect(figureMentions('Kvoten sjönk till 0,42.').map((f) => f.text)).toEqual(['0,42']);
    expect(figureMentions('Väntan ska vara högst 5 dagar.').map((f) => f.text)).toEqual(['högst 5 dagar']);
    expect(figureMentions('Satsningen kostar 12 miljoner kronor.').map((f) => f.text)).toEqual(['12 miljoner kronor']);
  });
  it('takes counts written as words when a counted word follows, not names or lone words', () => {
    expect(figureMentions('Numera har sju vårdcentraler ett mobilt team.').map((m) => m.text)).toEqual(['sju']);
    expect(figureMentions('Nu deltar minst tolv kommuner och 40 % av invånarna.').map((m) => m.text)).toEqual(['minst tolv', '40 %']);
    expect(holdsFigure('Fyra team arbetar i länet.')).toBe(true);
    expect(holdsFigure('Stiftelsen Tre Kronor bidrar.')).toBe(false);
    expect(holdsFigure('Sex och samlevnad tas upp.')).toBe(false);
    expect(holdsFigure('Vi valde de två.')).toBe(false);
  });
  it('gives offsets into the sentence', () => {
    const sentence = 'Totalt deltog cirka 300 personer och 45 procent var nöjda.';
    for (const f of figureMentions(sentence)) expect(sentence.slice(f.start, f.end)).toBe(f.text);
    expect(figureMentions(sentence).map((f) => f.text)).toEqual(['cirka 300 personer', '45 procent']);
  });
  it('does not take years, dates, item numbers or addresses for figures', () => {
    expect(holdsFigure('Mätningen av nivå 2 görs under 2024.')).toBe(false);
    expect(holdsFigure('Läs mer under punkt 4.')).toBe(false);
    expect(holdsFigure('Nämnden beslutade 2023-05-17.')).toBe(false);
    expect(holdsFigure('Gå in på 1177.se, vardguiden-2.se eller kanal H5.')).toBe(false);
    expect(holdsFigure('Inget värde kan anges.')).toBe(false);
    expect(holdsFigure('Mötet hölls 14–15 oktober.')).toBe(false);
    expect(holdsFigure('Se även svaret på fråga 11 och bilaga 12b.')).toBe(false);
    expect(holdsFigure('Mottagningen har öppet 7.30–16.30 och ringer klockan 14 vid covid-19.')).toBe(false);
    expect(holdsFigure('Ring 1177 på telefon.')).toBe(false);
    expect(holdsFigure('Boka tid via 1177 Vårdguiden.')).toBe(false);
    expect(holdsFigure('Rapporten lämnas senast 241130 enligt lag (2019:123).')).toBe(false);
  });
});

describe('measureOf and givesFigureFor', () => {
  const term = (word: string) => analyzeTopic(word)[0];
  it('finds what a figure question measures', () => {
    expect(measureOf('Hur många hembesök gjorde teamet?')).toBe(term('hembesök'));
    expect(measureOf('Hur hög andel av invånarna har en vårdplan?')).toBe(term('invånarna'));
    expect(measureOf('Vilka ledtider har röntgen?')).toBe(term('ledtider'));
    expect(measureOf('Hur samarbetar man?')).toBeNull();
  });
  it('accepts only a figure given for that measure', () => {
    const forVisits = givesFigureFor(measureOf('Hur många hembesök blev det?'));
    expect(forVisits('Under året gjordes 412 hembesök.')).toBe(true);
    expect(forVisits('Alla 80-åringar erbjuds samtal och 30 mottagningar deltar.')).toBe(false);
    expect(givesFigureFor(null)('Det var 40 besök.')).toBe(true);
  });
});
