import { z } from 'zod';
import { readDataFile } from '../text/data-file.ts';
import { analyzeWords } from '../text/index.ts';
import type { QuestionBank } from './question-bank.ts';

/**
 * A theme's description as search terms: what the taxonomy says about it (label, heading aliases,
 * keywords, the text of its form questions), analysed exactly like indexed text (stems, folded
 * diacritics, stop words out). A term says more the fewer themes use it (an idf over themes), so
 * "patientkontrakt" points at one theme while "insatser", in every form question, points nowhere.
 */
export interface ThemeProfile {
  /** Themes that content can be filed under; övrigt is what is left, never scored. */
  themeIds: string[];
  /** Per search term, its weight for each theme (indexed like themeIds); absent terms weigh nothing. */
  termWeights: Map<string, Float64Array>;
  /** Multi-word keywords and short aliases ("fast läkarkontakt", "mobila team"): their words in a row weigh extra. */
  phrases: { terms: string[]; theme: number; weight: number }[];
  /** Terms long enough to be matched as the first part of a longer word ("egenmonitorering|smöjligheter"). */
  prefixTerms: string[];
}

export const ovrigtTheme = 'ovrigt';

/** How much each part of a theme's description counts: keywords are chosen to discriminate, question texts are long prose. */
const sourceWeights = { keyword: 3, alias: 2, question: 0.5 } as const;
/** A word of a keyword phrase counts on its own only a little: "viktigt" alone is not "vad är viktigt för dig". */
const phraseWordWeight = 1;
/** A term in the descriptions of more than this many themes says nothing about which one. */
const maxThemesPerTerm = 3;
const phraseBonus = 2;
const minimumPrefix = 6;

/** Search terms of data/theme-neutral-words.json: words of the whole domain, evidence of no theme. */
export function neutralTerms(): Set<string> {
  const data = readDataFile('theme-neutral-words.json', z.object({ words: z.array(z.string().min(1)) }));
  return new Set(data.words.flatMap((word) => analyzeWords(word)));
}

export function buildThemeProfile(bank: QuestionBank, neutral: ReadonlySet<string> = neutralTerms()): ThemeProfile {
  const themes = bank.themes.filter((theme) => theme.id !== ovrigtTheme);
  const themeIds = themes.map((theme) => theme.id);
  const raw = new Map<string, Float64Array>();
  const phrases: ThemeProfile['phrases'] = [];
  const fromQuestionsOnly = new Set<string>();
  const described = new Set<string>();
  const note = (terms: string[], theme: number, weight: number, question: boolean) => {
    for (const term of terms) {
      const weights = raw.get(term) ?? new Float64Array(themes.length);
      weights[theme] = Math.max(weights[theme]!, weight);
      raw.set(term, weights);
      if (!question) described.add(term);
      else if (!described.has(term)) fromQuestionsOnly.add(term);
    }
  };
  themes.forEach((theme, index) => {
    const sources: [string, number][] = [
      [theme.label, sourceWeights.alias],
      ...theme.aliases.map((alias): [string, number] => [alias, sourceWeights.alias]),
      ...theme.keywords.map((keyword): [string, number] => [keyword, sourceWeights.keyword]),
      ...bank.questions.filter((question) => question.theme === theme.id).map((question): [string, number] => [question.text, sourceWeights.question]),
    ];
    for (const [text, weight] of sources) {
      const terms = analyzeWords(text);
      const question = weight === sourceWeights.question;
      if (terms.length >= 2 && terms.length <= 4 && !question) phrases.push({ terms, theme: index, weight: weight * phraseBonus });
      // A wording of several words whose analysis leaves one ("vad är viktigt för dig" → "vikt",
      // "e-tjänst" → "tjänst") is no keyword for that one word: it counts only as a phrase's word would.
      const collapsed = terms.length === 1 && text.split(/[\s\-–/]+/).filter(Boolean).length > 1;
      note(terms, index, (terms.length === 1 && !collapsed) || question ? weight : Math.min(weight, phraseWordWeight), question);
    }
  });
  const termWeights = new Map<string, Float64Array>();
  for (const [term, weights] of raw) {
    // Question prose of many themes names the shift ("i omställningen till en nära vård") in passing:
    // only headings, labels and keywords decide whether a word is too common to tell themes apart.
    const themesUsing = weights.reduce((sum, weight) => sum + (weight > sourceWeights.question ? 1 : 0), 0);
    if (themesUsing > maxThemesPerTerm || neutral.has(term)) continue;
    // How many themes the term points at, counting a keyword fully and a mention in a heading alias or
    // in question prose partly: "patientkontrakt" stays delaktighet's word although the continuity
    // question also names it.
    const spread = weights.reduce((sum, weight) => sum + Math.min(1, weight / sourceWeights.keyword) ** 2, 0);
    // Question prose is full of ordinary words ("behov", "nya", "lösningar"): there a word counts only when one theme alone uses it.
    if (fromQuestionsOnly.has(term) && !described.has(term) && weights.filter((weight) => weight > 0).length > 1) continue;
    const idf = Math.log((themes.length + 1) / Math.max(1, spread));
    termWeights.set(term, weights.map((weight) => weight * idf));
  }
  const prefixTerms = [...termWeights.keys()].filter((term) => term.length >= minimumPrefix).sort((a, b) => b.length - a.length);
  return { themeIds, termWeights, phrases, prefixTerms };
}

let cached: { bank: QuestionBank; profile: ThemeProfile } | undefined;

/** The profile of a bank, built once per bank (the bank itself is loaded once). */
export function themeProfileOf(bank: QuestionBank): ThemeProfile {
  if (cached?.bank !== bank) cached = { bank, profile: buildThemeProfile(bank) };
  return cached.profile;
}
