import { describe, expect, it } from 'vitest';
import { asksForFigure, holdsFigure } from '../../src/answer/figures.ts';

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
  });
});
