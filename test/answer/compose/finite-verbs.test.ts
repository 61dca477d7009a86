import { describe, expect, it } from 'vitest';
import { hasFiniteVerb } from '../../../src/answer/compose/finite-verbs.ts';

describe('hasFiniteVerb', () => {
  it('finds listed forms and regular past and -era verbs', () => {
    expect(hasFiniteVerb('Teamet fick fler uppdrag')).toBe(true);
    expect(hasFiniteVerb('223 sökte till platserna')).toBe(true);
    expect(hasFiniteVerb('Regionen startade ett projekt')).toBe(true);
    expect(hasFiniteVerb('Kommunen implementerar modellen')).toBe(true);
  });
  it('takes titles and nouns for no verb, and an empty text', () => {
    expect(hasFiniteVerb('Förstärkning av ambulanssjukvården')).toBe(false);
    expect(hasFiniteVerb('patienter och invånare')).toBe(false);
    expect(hasFiniteVerb('Trygg hemgång efter sjukhusvård')).toBe(false);
    expect(hasFiniteVerb('')).toBe(false);
  });
});
