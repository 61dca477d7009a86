import { describe, expect, it } from 'vitest';
import { buildThemeProfile } from '../../src/ingest/theme-profile.ts';
import type { QuestionBank } from '../../src/ingest/question-bank.ts';
import { analyzeWords } from '../../src/text/index.ts';

/** A bank of our own with a handful of themes, so that weights depend on nothing in data/. */
function bank(keywords: Record<string, string[]>): QuestionBank {
  return {
    themes: Object.entries(keywords).map(([id, words]) => ({ id, label: id, aliases: [], keywords: words })),
    questions: [],
    partHeadings: { a: [], b: [] },
  };
}

function weightOf(profile: ReturnType<typeof buildThemeProfile>, word: string, themeId: string): number {
  const [term] = analyzeWords(word);
  return profile.termWeights.get(term!)?.[profile.themeIds.indexOf(themeId)] ?? 0;
}

describe('buildThemeProfile', () => {
  const themes = { alfa: ['trädgårdsmästare', 'vad är viktigt för dig', 'e-tjänst'], beta: ['cykelverkstad'], gamma: ['sjöräddning'] };
  const profile = buildThemeProfile(bank(themes), new Set());

  it('weighs a one-word keyword fully', () => {
    expect(weightOf(profile, 'trädgårdsmästare', 'alfa')).toBeGreaterThan(0);
    expect(weightOf(profile, 'cykelverkstad', 'beta')).toBeCloseTo(weightOf(profile, 'trädgårdsmästare', 'alfa'), 5);
  });

  it('counts the one word left of a wording of several words only as a phrase word, not as a keyword', () => {
    const full = weightOf(profile, 'trädgårdsmästare', 'alfa');
    // "vad är viktigt för dig" keeps only "viktigt" after stop words, "e-tjänst" only "tjänst".
    expect(analyzeWords('vad är viktigt för dig')).toHaveLength(1);
    expect(weightOf(profile, 'viktigt', 'alfa')).toBeGreaterThan(0);
    expect(weightOf(profile, 'viktigt', 'alfa')).toBeLessThan(full / 2);
    expect(weightOf(profile, 'tjänst', 'alfa')).toBeLessThan(full / 2);
  });
});
