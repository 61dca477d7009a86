import { describe, expect, it } from 'vitest';
import { answerLine, answerLineText, nationalTaskLabel } from '../../../src/answer/compose/answer-line.ts';
import { enumerationExcerpt } from '../../../src/answer/compose/enumeration.ts';
import { distinctLines, isNearDuplicate } from '../../../src/answer/compose/near-duplicates.ts';
import { splitUnits } from '../../../src/answer/evidence/sentences.ts';

const unitOf = (text: string, fragment: string) => splitUnits(text).find((u) => u.text.includes(fragment))!;

describe('answerLine', () => {
  it('quotes a list item with its lead-in and marks both', () => {
    const text = 'Mål till 2026\n\n- ska fler ha en vårdplan.';
    const line = answerLine(unitOf(text, 'vårdplan'));
    expect(line.text).toBe('Mål till 2026 … ska fler ha en vårdplan.');
    expect(line.ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Mål till 2026', 'ska fler ha en vårdplan.']);
  });
  it('joins a lead-in ending in a colon without an ellipsis', () => {
    expect(answerLineText(unitOf('Vi har gjort följande:\n- Infört nattpatrull.', 'nattpatrull'))).toBe('Vi har gjort följande: Infört nattpatrull.');
  });
  it('leaves out a long lead-in before an item that is a whole sentence', () => {
    const text = 'Åtgärder för att fler invånare i länet ska få en fast vårdkontakt på längre sikt\n- Regionen inför en gemensam rutin.\n- en ny rutin';
    expect(answerLineText(unitOf(text, 'gemensam'))).toBe('Regionen inför en gemensam rutin.');
    expect(answerLineText(unitOf(text, 'ny rutin'))).toBe('Åtgärder för att fler invånare i länet ska få en fast vårdkontakt på längre sikt … en ny rutin');
  });
  it('keeps a lead-in ending in a colon, however long', () => {
    const text = 'Det nya arbetssättet i länets alla vårdcentraler och kommuner innebär i korthet följande:\n- Bygger på relationer och är förebyggande.';
    expect(answerLineText(unitOf(text, 'relationer'))).toBe('Det nya arbetssättet i länets alla vårdcentraler och kommuner innebär i korthet följande: Bygger på relationer och är förebyggande.');
  });
  it('carries a continuation with the heading that leads into it, or marks it', () => {
    const unit = unitOf('- fler ska få vård i hemmet', 'hemmet');
    expect(answerLineText(unit, 'Utredningen lyfter fram att')).toBe('Utredningen lyfter fram att … fler ska få vård i hemmet');
    expect(answerLineText(unit, 'Bakgrund.')).toBe('… fler ska få vård i hemmet');
    expect(answerLineText(unit)).toBe('… fler ska få vård i hemmet');
  });
  it('labels a national task', () => {
    const line = answerLine(unitOf('Regionerna ska redovisa en plan.', 'plan'));
    expect(line.nationalTask).toBe(true);
    expect(line.text).toBe(`${nationalTaskLabel} Regionerna ska redovisa en plan.`);
  });
  it('quotes only the matching items of a long enumeration', () => {
    const text = 'Exempel på nya arbetssätt är: digital signering, videobesök, hälsoplaner, tidiga insatser för barn, fler mobila team och nattpatrull.';
    const line = answerLine(splitUnits(text)[0]!, { matches: (item) => item.includes('mobila') });
    expect(line.text).toBe('Exempel på nya arbetssätt är: … fler mobila team …');
    for (const range of line.ranges) expect(text.slice(range.start, range.end)).toBe(range.text);
  });
  it('leaves an ordinary sentence as it is', () => {
    expect(answerLineText(unitOf('Regionen har infört mobila team.', 'mobila'))).toBe('Regionen har infört mobila team.');
  });
});

describe('enumerationExcerpt', () => {
  const unit = (text: string) => ({ text, start: 0, end: text.length });
  const long = 'Satsningarna omfattar bland annat nattpatrull, läkarbesök i hemmet, digitala möten (video, chatt), egenmonitorering, fallprevention och anhörigstöd.';
  it('keeps commas inside parentheses within one item', () => {
    const excerpt = enumerationExcerpt(unit(long), (item) => item.startsWith('digitala'));
    expect(excerpt?.text).toBe('Satsningarna omfattar bland annat … digitala möten (video, chatt) …');
  });
  it('joins neighbouring items with a comma and keeps the closing stop', () => {
    expect(enumerationExcerpt(unit(long), (item) => /fall|anhörig/.test(item))?.text).toBe('Satsningarna omfattar bland annat … fallprevention, anhörigstöd.');
  });
  it('is null for short lists, sentences without a lead-in, or when nothing or everything matches', () => {
    expect(enumerationExcerpt(unit('Vi har: nattpatrull, läkarbesök och chatt.'), () => true)).toBeNull();
    expect(enumerationExcerpt(unit('Nattpatrull, läkarbesök, chatt, video, fallprevention och anhörigstöd finns.'), () => true)).toBeNull();
    expect(enumerationExcerpt(unit(long), () => false)).toBeNull();
    expect(enumerationExcerpt(unit(long), () => true)).toBeNull();
  });
});

describe('near duplicates', () => {
  it('takes a repeat with an addition or a changed word for the same line', () => {
    expect(isNearDuplicate('Regionen har infört SIP.', 'Regionen har infört SIP (samordnad individuell plan).')).toBe(true);
    expect(isNearDuplicate('Alla vårdcentraler erbjuder nu videobesök för listade patienter', 'Alla vårdcentraler erbjuder videobesök för listade patienter.')).toBe(true);
    expect(isNearDuplicate('Regionen har infört mobila team.', 'Kommunen har startat en nattpatrull.')).toBe(false);
  });
  it('keeps the first of each group, in order', () => {
    const lines = ['Mobila team arbetar i länet.', 'Nattpatrull startade i maj.', 'Mobila team arbetar i hela länet.', 'Nattpatrull startade i maj!'];
    expect(distinctLines(lines, (l) => l)).toEqual(['Mobila team arbetar i länet.', 'Nattpatrull startade i maj.']);
  });
});
