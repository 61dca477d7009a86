import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { swedishHealthcareGlossary } from '../../src/text/abbreviations.ts';

describe('data files', () => {
  it('has a usable glossary: every entry expands to search terms, no abbreviation twice', () => {
    const glossary = swedishHealthcareGlossary();
    expect(glossary.entries.length).toBeGreaterThan(30);
    for (const entry of glossary.entries) expect(entry.expansions.length).toBeGreaterThan(0);
    const names = glossary.entries.map((entry) => entry.abbreviation.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it('keeps domain words out of the stop-word list', () => {
    const words: string[] = JSON.parse(readFileSync(new URL('../../data/stopwords-sv.json', import.meta.url), 'utf8')).words;
    for (const domainWord of ['nära', 'god', 'vård', 'år', 'region', 'kommun']) expect(words).not.toContain(domainWord);
  });
});
