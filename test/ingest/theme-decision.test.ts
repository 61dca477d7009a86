import { describe, expect, it } from 'vitest';
import { decideThemes, themeThresholds } from '../../src/ingest/theme-passages.ts';

const keyword = 9; // about one discriminating keyword on scoreContent's scale

describe('decideThemes', () => {
  it('lets the form question decide the primary theme whatever the content says', () => {
    const decided = decideThemes({ formTheme: 'kontinuitet', context: null, content: [{ themeId: 'digitalisering', score: 80 }] });
    expect(decided.themeId).toBe('kontinuitet');
    expect(decided.secondaryThemeIds).toEqual(['digitalisering']);
  });

  it('keeps the heading theme against content that only leans elsewhere', () => {
    const content = [
      { themeId: 'samverkan', score: 30 },
      { themeId: 'mobila-losningar', score: 13 },
    ];
    expect(decideThemes({ formTheme: null, context: 'mobila-losningar', content }).themeId).toBe('mobila-losningar');
  });

  it('switches to what the content clearly says, keeping the heading theme as a secondary one', () => {
    const content = [
      { themeId: 'ambulanssjukvard', score: 40 },
      { themeId: 'delaktighet', score: 5 },
    ];
    const decided = decideThemes({ formTheme: null, context: 'delaktighet', content });
    expect(decided).toEqual({ themeId: 'ambulanssjukvard', secondaryThemeIds: ['delaktighet'] });
  });

  it('needs both the absolute and the relative margin to override a heading', () => {
    const justBelowAbsolute = [{ themeId: 'ambulanssjukvard', score: themeThresholds.override - 0.1 }];
    expect(decideThemes({ formTheme: null, context: 'delaktighet', content: justBelowAbsolute }).themeId).toBe('delaktighet');
    const notClearlyOther = [
      { themeId: 'ambulanssjukvard', score: 40 },
      { themeId: 'delaktighet', score: 40 / themeThresholds.overrideRatio + 1 },
    ];
    expect(decideThemes({ formTheme: null, context: 'delaktighet', content: notClearlyOther }).themeId).toBe('delaktighet');
  });

  it('themes from content alone when there is no heading or title theme, and övrigt below a keyword', () => {
    expect(decideThemes({ formTheme: null, context: null, content: [{ themeId: 'glesbygd', score: keyword }] }).themeId).toBe('glesbygd');
    const weak = decideThemes({ formTheme: null, context: null, content: [{ themeId: 'glesbygd', score: themeThresholds.content - 0.1 }] });
    expect(weak).toEqual({ themeId: 'ovrigt', secondaryThemeIds: [] });
    expect(decideThemes({ formTheme: null, context: null, content: [] })).toEqual({ themeId: 'ovrigt', secondaryThemeIds: [] });
  });

  it('adds at most two secondary themes, each strong on its own and near the best', () => {
    const content = [
      { themeId: 'mobila-losningar', score: 60 },
      { themeId: 'undvikbar-slutenvard', score: 40 },
      { themeId: 'samverkan', score: 30 },
      { themeId: 'kontinuitet', score: 28 },
      { themeId: 'digitalisering', score: 10 },
    ];
    const decided = decideThemes({ formTheme: null, context: null, content });
    expect(decided.themeId).toBe('mobila-losningar');
    expect(decided.secondaryThemeIds).toEqual(['undvikbar-slutenvard', 'samverkan']);
  });

  it('asks more of a secondary theme in a long form answer, which touches many themes in passing', () => {
    const content = [
      { themeId: 'kontinuitet', score: 40 },
      { themeId: 'delaktighet', score: themeThresholds.secondaryInFormAnswer - 1 },
    ];
    expect(decideThemes({ formTheme: 'kontinuitet', context: null, content }).secondaryThemeIds).toEqual([]);
    expect(decideThemes({ formTheme: null, context: null, content }).secondaryThemeIds).toEqual(['delaktighet']);
  });
  it("gives a heading theme the content overrode only a slot that the content's own themes leave free", () => {
    const content = [
      { themeId: 'kontinuitet', score: 30 },
      { themeId: 'mobila-losningar', score: 20 },
      { themeId: 'samverkan', score: 15 },
      { themeId: 'delaktighet', score: 4 },
    ];
    const decided = decideThemes({ formTheme: null, context: 'delaktighet', content });
    expect(decided).toEqual({ themeId: 'kontinuitet', secondaryThemeIds: ['mobila-losningar', 'samverkan'] });
  });

  it("carries the page title's theme on every passage of the page besides its own themes, but never as the primary one", () => {
    const content = [
      { themeId: 'halsoframjande', score: 30 },
      { themeId: 'tillganglighet', score: 14 },
      { themeId: 'kontinuitet', score: 13 },
    ];
    expect(decideThemes({ formTheme: null, context: null, content, page: 'malbild' })).toEqual({
      themeId: 'halsoframjande',
      secondaryThemeIds: ['tillganglighet', 'kontinuitet', 'malbild'],
    });
    // A passage whose own words place it nowhere stays in övrigt: the page may hold a budget note too.
    expect(decideThemes({ formTheme: null, context: null, content: [], page: 'mobila-losningar' })).toEqual({
      themeId: 'ovrigt',
      secondaryThemeIds: ['mobila-losningar'],
    });
    // Not repeated when it already is the primary or a secondary theme.
    expect(decideThemes({ formTheme: null, context: 'malbild', content: [], page: 'malbild' })).toEqual({ themeId: 'malbild', secondaryThemeIds: [] });
  });

  it("leaves a form answer's themes to the form and the answer's own words, whatever the page title says", () => {
    const decided = decideThemes({ formTheme: 'kontinuitet', context: null, content: [{ themeId: 'kontinuitet', score: 20 }], page: 'malbild' });
    expect(decided).toEqual({ themeId: 'kontinuitet', secondaryThemeIds: [] });
  });
});
