import { describe, expect, it } from 'vitest';
import { asksForOutcome, classifyFigures, figureKind, statementKind, wantedFigureKind } from '../../../src/answer/compose/figure-kinds.ts';

const kinds = (sentence: string) => classifyFigures(sentence).map((f) => [f.text, f.kind]);

describe('classifyFigures', () => {
  it('takes measured and achieved figures for outcomes', () => {
    expect(figureKind('Andelen listade patienter var 64 procent vid årets slut.')).toBe('outcome');
    expect(figureKind('Antalet återinskrivningar har minskat med 12 procent sedan 2021.')).toBe('outcome');
    expect(figureKind('Kostnaden uppgick till 3,4 miljoner kronor.')).toBe('outcome');
    expect(figureKind('I dag har 7 av 10 hushåll en trygghetslarm-app.')).toBe('outcome');
  });
  it('takes a figure with no marker at all as a stated fact', () => {
    expect(figureKind('Kommunen driver 14 särskilda boenden.')).toBe('outcome');
  });
  it('takes aims for targets, a modal with a figure included', () => {
    expect(figureKind('Målet är att 90 procent av remisserna besvaras inom två veckor.')).toBe('target');
    expect(figureKind('senast 2026 ska andelen med vårdplan utgöra minst 70 procent.')).toBe('target');
    expect(figureKind('Vår målsättning: högst 3 dagars väntan.')).toBe('target');
    expect(figureKind('Antalet fallolyckor ska ha minskat med 20 procent.')).toBe('target');
  });
  it('takes predictions and plans for forecasts', () => {
    expect(figureKind('Befolkningen beräknas växa med 8 000 personer.')).toBe('forecast');
    expect(figureKind('Nästa år kommer cirka 40 patienter att få prova tjänsten.')).toBe('forecast');
    expect(figureKind('Prognosen visar att behovet ökar med 15 procent.')).toBe('forecast');
    expect(figureKind('Utbyggnaden planeras omfatta 16 mottagningar.')).toBe('forecast');
  });
  it('judges each clause and each figure on its own', () => {
    expect(kinds('Andelen var 41 % jämfört med målet 60 %.')).toEqual([['41 %', 'outcome'], ['60 %', 'target']]);
    expect(kinds('Målet är 60 procent, men i dag är andelen 41 procent.')).toEqual([['60 procent', 'target'], ['41 procent', 'outcome']]);
    expect(figureKind('Målet är 60 procent, men i dag är andelen 41 procent.')).toBe('outcome');
  });
  it('is null without a figure', () => {
    expect(figureKind('Målet är en jämlik vård.')).toBeNull();
    expect(classifyFigures('')).toEqual([]);
  });
  it('reads a marker after the figure only close by, and a subordinate clause on its own', () => {
    expect(figureKind('Arbetet omfattar 11 kommuner, och ett beslut om fortsättning kommer att fattas i höst.')).toBe('outcome');
    expect(figureKind('Kostnaden ska hållas nere genom att 19 vårdcentraler delar på jouren.')).toBe('outcome');
    expect(figureKind('Omkring 300 patienter beräknas delta.')).toBe('forecast');
  });
  it('does not take motion for a forecast', () => {
    expect(figureKind('Patienterna kommer från 11 kommuner.')).toBe('outcome');
  });
});

describe('statementKind', () => {
  it('tells reported results from expectations and plans without figures', () => {
    expect(statementKind('Insatsen förväntas minska risken för fall.')).toBe('forecast');
    expect(statementKind('Rutinen ska införas i hela länet.')).toBe('forecast');
    expect(statementKind('Uppföljningen visade färre akutbesök.')).toBe('outcome');
    expect(statementKind('Antalet inläggningar har minskat.')).toBe('outcome');
    expect(statementKind('Teamet består av sjuksköterskor och läkare.')).toBeNull();
  });
  it('matches words typed without å, ä, ö, but does not take a word with them for another', () => {
    expect(statementKind('Malet ar att fler ska ha en vardplan.')).toBe('target');
    expect(figureKind('Av de äldre som bor på boendet har 90 % en vårdplan.')).toBe('outcome');
    expect(wantedFigureKind('Hur stor andel bor pa sarskilt boende?')).toBe('outcome');
  });
});

describe('wantedFigureKind', () => {
  it('tells outcome questions from questions about aims and forecasts', () => {
    expect(wantedFigureKind('Hur hög andel av invånarna hade en vårdplan 2022?')).toBe('outcome');
    expect(wantedFigureKind('Vilka resultat har hemsjukvårdsteamet gett?')).toBe('outcome');
    expect(wantedFigureKind('Vad är målet för andelen med vårdplan?')).toBe('target');
    expect(wantedFigureKind('Hur många invånare beräknas länet ha 2035?')).toBe('forecast');
    expect(wantedFigureKind('Hur samarbetar apoteken med vårdcentralerna?')).toBeNull();
    expect(asksForOutcome('Hur många hembesök gjordes?')).toBe(true);
    expect(asksForOutcome('Hur många hembesök ska göras?')).toBe(false);
    // "skulle få" asks what was planned, answered by the plan ("kommer cirka 20 patienter att få …").
    expect(asksForOutcome('Hur många patienter skulle få prova den nya utrustningen?')).toBe(false);
    expect(figureKind('Projektet skulle omfatta 40 patienter.')).not.toBe('outcome');
  });
});
