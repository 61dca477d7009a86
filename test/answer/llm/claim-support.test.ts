import { describe, expect, it } from 'vitest';
import { unsupportedClaims, type ClaimSource } from '../../../src/answer/llm/claim-support.ts';

const halland: ClaimSource = {
  text: 'Region Halland har infört digitala vårdbesök i primärvården. Under 2022 genomfördes 12 500 digitala besök, och andelen ökade till 4,5 procent.',
  region: 'Region Halland',
  year: 2022,
  title: 'Slutredovisning 2022 – Region Halland',
};
const dalarna: ClaimSource = { text: 'Kommunerna samverkar med Region Gävleborg om mobila team.', region: 'Dalarnas län', year: 2021, period: '2018–2021', title: 'Kommunernas arbete' };

describe('unsupportedClaims', () => {
  it('names invented numbers, even next to a valid citation', () => {
    expect(unsupportedClaims('Region Halland har 9000 mobila team och en budget på 5 miljarder kronor.', [halland])).toEqual(['9000', '5']);
  });
  it('accepts numbers the passage states, however they are spaced or written', () => {
    expect(unsupportedClaims('Halland genomförde 12 500 digitala besök.', [halland])).toEqual([]);
    expect(unsupportedClaims('Halland genomförde 12\u00a0500 digitala besök.', [halland])).toEqual([]);
    expect(unsupportedClaims('Halland genomförde 12500 digitala besök.', [halland])).toEqual([]);
    expect(unsupportedClaims('Andelen var 4.5 procent.', [halland])).toEqual([]);
    expect(unsupportedClaims('Andelen var 4,6 procent.', [halland])).toEqual(['4,6']);
  });
  it('accepts the report year and period, not other years', () => {
    expect(unsupportedClaims('Under 2022 infördes digitala vårdbesök.', [halland])).toEqual([]);
    expect(unsupportedClaims('Mellan 2018 och 2021 samverkade kommunerna.', [dalarna])).toEqual([]);
    expect(unsupportedClaims('Under 2019 infördes digitala vårdbesök.', [halland])).toEqual(['2019']);
  });
  it('names regions that no cited passage backs', () => {
    expect(unsupportedClaims('Region Skåne har infört digitala vårdbesök.', [halland])).toEqual(['Region Skåne']);
    expect(unsupportedClaims('I Halland infördes digitala vårdbesök.', [halland])).toEqual([]);
    // The report's region in another spelling, and a region the passage itself names.
    expect(unsupportedClaims('Kommunerna i Dalarna samverkar med Gävleborg.', [dalarna])).toEqual([]);
    expect(unsupportedClaims('Halland och Dalarna har mobila team.', [halland])).toEqual(['Region Dalarna']);
    expect(unsupportedClaims('Halland och Dalarna har mobila team.', [halland, dalarna])).toEqual([]);
  });
});
