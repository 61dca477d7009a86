import { describe, expect, it } from 'vitest';
import { chooseOutcomes, notAnOutcomeStatement } from '../../../src/answer/compose/outcome-answer.ts';

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
    const target = { text: 'Till 2027 ska minst 75 procent av de äldre ha en namngiven sjuksköterska.' };
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
