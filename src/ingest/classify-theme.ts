import type { BankTheme, QuestionBank } from './question-bank.ts';
import { diceSimilarity, fingerprint, normaliseText } from './similarity.ts';

export interface ThemeScore {
  themeId: string;
  score: number;
}

function countPrefixHits(haystack: string, keyword: string): number {
  const needle = ` ${normaliseText(keyword)}`;
  let hits = 0;
  let from = haystack.indexOf(needle);
  while (from !== -1) {
    hits += 1;
    from = haystack.indexOf(needle, from + needle.length);
  }
  return hits;
}

/** Best similarity of a title to one of the theme's aliases (0–1). */
export function aliasSimilarity(theme: BankTheme, title: string): number {
  const print = fingerprint(title);
  let best = 0;
  for (const alias of theme.aliases) best = Math.max(best, diceSimilarity(print, fingerprint(alias)));
  return best;
}

/**
 * Scores every theme for a titled piece of text (a slide, a section without a form number):
 * a title close to an alias counts most, then keyword hits (title hits double). Keywords are
 * matched as word prefixes of normalised text, a cheap stand-in for stemming.
 */
export function scoreThemes(bank: QuestionBank, title: string, body: string): ThemeScore[] {
  const titleText = ` ${normaliseText(title)} `;
  const bodyText = ` ${normaliseText(body)} `;
  return bank.themes
    .map((theme) => {
      const alias = aliasSimilarity(theme, title);
      let hits = 0;
      for (const keyword of theme.keywords) {
        hits += 2 * countPrefixHits(titleText, keyword) + countPrefixHits(bodyText, keyword);
      }
      const score = (alias >= 0.6 ? 4 * alias : 0) + Math.log1p(hits);
      return { themeId: theme.id, score };
    })
    .sort((a, b) => b.score - a.score);
}

export function classifyTheme(bank: QuestionBank, title: string, body: string, minimum = 1.2): ThemeScore {
  const [best] = scoreThemes(bank, title, body);
  return best && best.score >= minimum ? best : { themeId: 'ovrigt', score: 0 };
}
