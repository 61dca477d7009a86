import { describe, expect, it } from 'vitest';
import { escapeRegExp, phrasePattern } from '../../src/text/word-pattern.ts';

describe('escapeRegExp and phrasePattern', () => {
  it('match their text literally', () => {
    expect(new RegExp(escapeRegExp('index.tmp (1) [a]+')).test('ett index.tmp (1) [a]+ här')).toBe(true);
    expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false);
  });
  it('match a phrase in normalised text across any white space, lower-case', () => {
    const pattern = new RegExp(phrasePattern('Sveriges Kommuner  och Regioner'), 'u');
    expect(pattern.test('sveriges kommuner\noch   regioner ska')).toBe(true);
    expect(pattern.test('Sveriges Kommuner och Regioner')).toBe(false);
  });
});
