import { describe, expect, it } from 'vitest';
import { asksForFigure, givesFigureFor, holdsFigure, measureOf } from '../../src/answer/figures.ts';
import { analyzeTopic } from '../../src/text/analyze.ts';

describe('asksForFigure', () => {
  it('recognises questions that want a number', () => {
    expect(asksForFigure('Hur många patienter fick hembesök?')).toBe(true);
    expect(asksForFigure('Hur stor andel har fast läkarkontakt?')).toBe(true);
    expect(asksForFigure('Vilka väntetider hade akutmottagningen?')).toBe(true);
    expect(asksForFigure('How many nurses were trained?')).toBe(true);
  });
  it('leaves descriptive questions alone', () => {
    expect(asksForFigure('Hur arbetar kommunerna med trygg hemgång?')).toBe(false);
    expect(asksForFigure('Vilka regioner har mobila team?')).toBe(false);
  });
});

describe('holdsFigure', () => {
  it('accepts counts, shares, decimals and numbers with units', () => {
    expect(holdsFigure('Under året genomfördes 28 306 kontakter.')).toBe(true);
    expect(holdsFigure('Andelen var 76 % år 2022.')).toBe(true);
    expect(holdsFigure('Indexet var 0,17.')).toBe(true);
    expect(holdsFigure('Väntan minskade med 3 dagar.')).toBe(true);
  });
  it('does not take years, form numbers or priority labels for figures', () => {
    expect(holdsFigure('Responstider vid prio 1 ska mätas under 2023.')).toBe(false);
    expect(holdsFigure('Se svaret på fråga 6.')).toBe(false);
    expect(holdsFigure('Inget värde kan anges.')).toBe(false);
    expect(holdsFigure('Informationen finns på 1177.se och i journalen via 1777-se.')).toBe(false);
  });
});

describe('measureOf and givesFigureFor', () => {
  const term = (word: string) => analyzeTopic(word)[0];
  it('finds what a figure question measures', () => {
    expect(measureOf('Hur många patientkontakter hade chatten?')).toBe(term('patientkontakter'));
    expect(measureOf('Hur stor andel av befolkningen har fast läkarkontakt?')).toBe(term('befolkningen'));
    expect(measureOf('Vilka väntetider hade akuten?')).toBe(term('väntetider'));
    expect(measureOf('Hur arbetar regionen?')).toBeNull();
  });
  it('accepts only a figure given for that measure', () => {
    const forContacts = givesFigureFor(measureOf('Hur många patientkontakter blev det?'));
    expect(forContacts('Totalt genomfördes 28 306 patientkontakter.')).toBe(true);
    expect(forContacts('Hälsosamtal erbjuds alla 75-åringar och 40 vårdcentraler deltar.')).toBe(false);
    expect(givesFigureFor(null)('Det var 40 besök.')).toBe(true);
  });
});
