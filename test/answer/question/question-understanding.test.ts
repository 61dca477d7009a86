import { describe, expect, it } from 'vitest';
import { catalogRegionFor, regionKey, regionsInQuestion, sameRegion } from '../../../src/retrieve/regions.ts';
import { asksForResults, yearsInQuestion } from '../../../src/answer/question/question-analysis.ts';
import { isCrossRegionQuestion } from '../../../src/answer/question/cross-region.ts';
import { isEllipticFollowUp, resolveFollowUp } from '../../../src/answer/question/follow-up.ts';

const catalogRegions = ['Region Halland', 'Dalarna', 'Region Gävleborg'];

describe('regions', () => {
  it('treats Dalarna, Dalarnas län and Region Dalarna as one region', () => {
    expect(sameRegion('Dalarna', 'Dalarnas län')).toBe(true);
    expect(sameRegion('Region Dalarna', 'Dalarna')).toBe(true);
    expect(sameRegion('Region Halland', 'Region Gävleborg')).toBe(false);
    expect(catalogRegionFor('Dalarnas län', catalogRegions)).toBe('Dalarna');
    expect(catalogRegionFor('Skåne', catalogRegions)).toBeNull();
  });
  it('finds covered and uncovered regions in a question, also genitive and adjective forms', () => {
    expect(regionsInQuestion('Hur arbetar Hallands sjukhus med Dalarna?', catalogRegions).known.sort()).toEqual(['Dalarna', 'Region Halland']);
    expect(regionsInQuestion('Vad gör de halländska kommunerna?', catalogRegions).known).toEqual(['Region Halland']);
    expect(regionsInQuestion('Hur gör Region Skåne?', catalogRegions)).toEqual({ known: [], unknown: ['Region Skåne'], places: [] });
    expect(regionsInQuestion('Hur arbetar man med mobila team?', catalogRegions)).toEqual({ known: [], unknown: [], places: [] });
  });
  it('keys regions outside the general list by their own words', () => {
    expect(regionKey('Testregionen Norrland')).toBe('testregionen norrland');
    expect(regionsInQuestion('Hur gör Ankeborg?', ['Ankeborg']).known).toEqual(['Ankeborg']);
  });
});

describe('question analysis', () => {
  it('recognises cross-region questions by general patterns', () => {
    for (const question of ['Vilka regioner har läkarbilar?', 'Vilka län arbetar med SIP?', 'Hur gör länen med hemsjukvård?', 'Jämför arbetet med fast läkarkontakt', 'Ge en översikt av digitaliseringen', 'Hur ser tandvården ut i respektive län?']) {
      expect(isCrossRegionQuestion(question), question).toBe(true);
    }
    expect(isCrossRegionQuestion('Hur arbetar Region Halland med mobila team?')).toBe(false);
  });
  it('recognises result questions and years', () => {
    expect(asksForResults('Vad blev resultatet?')).toBe(true);
    expect(asksForResults('Vilka effekter har man sett?')).toBe(true);
    expect(asksForResults('Vilka insatser gjordes?')).toBe(false);
    expect(yearsInQuestion('Vad hände 2019 och 2022, och 2019?')).toEqual([2019, 2022]);
    expect(yearsInQuestion('Hur många var 12 500?')).toEqual([]);
  });
});

describe('follow-up', () => {
  const history = [
    { role: 'user' as const, content: 'Hur arbetar Region Halland med mobila team?' },
    { role: 'assistant' as const, content: 'Region Halland …' },
  ];
  it('swaps the region in an elliptic follow-up', () => {
    const resolved = resolveFollowUp('och i Dalarna?', history);
    expect(resolved.isFollowUp).toBe(true);
    expect(resolved.query).toContain('mobila team');
    expect(resolved.query).toContain('Dalarna');
    expect(resolved.query).not.toContain('Halland');
  });
  it('moves the question to a municipality or to inhabitants named in a follow-up', () => {
    const toTown = resolveFollowUp('och i Falun?', history);
    expect(toTown.query).toContain('mobila team');
    expect(toTown.query).not.toContain('Halland');
    expect(regionsInQuestion(toTown.query, catalogRegions).known).toEqual(['Dalarna']);
    // From a town back to a region: the earlier town goes too.
    const back = resolveFollowUp('och för hallänningar?', [{ role: 'user', content: 'Hur arbetar man i Falun med mobila team?' }]);
    expect(back.query).not.toContain('Falun');
    expect(regionsInQuestion(back.query, catalogRegions).known).toEqual(['Region Halland']);
  });
  it('adds result words to a result follow-up', () => {
    const resolved = resolveFollowUp('Vad blev resultatet?', history);
    expect(resolved).toMatchObject({ isFollowUp: true, wantsResults: true });
    expect(resolved.query).toMatch(/mobila team.*resultat/);
  });
  it('follows a chain of follow-ups', () => {
    const chain = [...history, { role: 'user' as const, content: 'och Dalarna då?' }, { role: 'assistant' as const, content: '…' }];
    const resolved = resolveFollowUp('vad blev resultatet?', chain);
    expect(resolved.query).toMatch(/mobila team.*Dalarna.*resultat/);
  });
  it('leaves a new question alone', () => {
    expect(resolveFollowUp('Hur arbetar Dalarna med digital tillsyn?', history)).toEqual({ query: 'Hur arbetar Dalarna med digital tillsyn?', isFollowUp: false, wantsResults: false });
    expect(resolveFollowUp('och i Dalarna?', [])).toMatchObject({ isFollowUp: false, query: 'och i Dalarna?' });
    expect(isEllipticFollowUp('och Halland då?')).toBe(true);
  });
  it('ignores the current question repeated as the last history turn', () => {
    const resolved = resolveFollowUp('och i Dalarna?', [...history, { role: 'user', content: 'och i Dalarna?' }]);
    expect(resolved.query).toContain('mobila team');
  });
});
