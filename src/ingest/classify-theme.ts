import { scoreContent } from './content-themes.ts';
import type { BankTheme, QuestionBank } from './question-bank.ts';
import { diceSimilarity, fingerprint } from './similarity.ts';
import { themeProfileOf } from './theme-profile.ts';

export interface ThemeScore {
  themeId: string;
  score: number;
}

/** Best similarity of a title to one of the theme's aliases (0–1). */
export function aliasSimilarity(theme: BankTheme, title: string): number {
  const print = fingerprint(title);
  let best = 0;
  for (const alias of theme.aliases) best = Math.max(best, diceSimilarity(print, fingerprint(alias)));
  return best;
}

/** What one discriminating keyword scores in scoreContent (weight 3 × idf ln 19): the unit of keyword evidence. */
const keywordUnit = 3 * Math.log(19);

/**
 * Scores every theme for a titled piece of text (a slide, a section without a form number): a title
 * close to an alias counts most, then keyword evidence from the same content analysis as passages
 * (scoreContent), the title counting double, on a log scale of keyword-equivalents.
 */
export function scoreThemes(bank: QuestionBank, title: string, body: string): ThemeScore[] {
  const profile = themeProfileOf(bank);
  const evidence = new Map(scoreContent(profile, [title, title, body].filter(Boolean).join('\n')).map((score) => [score.themeId, score.score]));
  return bank.themes
    .map((theme) => {
      const alias = aliasSimilarity(theme, title);
      const score = (alias >= 0.6 ? 4 * alias : 0) + Math.log1p((evidence.get(theme.id) ?? 0) / keywordUnit);
      return { themeId: theme.id, score };
    })
    .sort((a, b) => b.score - a.score);
}

export function classifyTheme(bank: QuestionBank, title: string, body: string, minimum = 1.2): ThemeScore {
  const [best] = scoreThemes(bank, title, body);
  return best && best.score >= minimum ? best : { themeId: 'ovrigt', score: 0 };
}
