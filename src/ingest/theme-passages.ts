import type { Passage } from '../types.ts';
import { analyzeWords, createCompoundSplitter, type CompoundSplitter } from '../text/index.ts';
import { scoreContent, type ContentScore } from './content-themes.ts';
import type { QuestionBank } from './question-bank.ts';
import { ovrigtTheme, themeProfileOf, type ThemeProfile } from './theme-profile.ts';

/**
 * Thresholds of the judgement, on the scale of scoreContent: one discriminating keyword scores about
 * 9 (weight 3 × idf ≈ 2.9), a word that only appears in a keyword phrase or question prose about 1.5–3.
 */
export const themeThresholds = {
  /**
   * A heading or title places its text with one keyword (headings are short: one keyword is all they
   * hold), but not with a phrase the whole domain shares: "nära vård" alone scores 6.
   */
  heading: 6.5,
  /** Content alone places a passage with at least one keyword's worth. */
  content: 8,
  /** Content overrides its heading only when it says something else clearly: this strong… */
  override: 20,
  /** …and this many times stronger than what it says for the heading's theme. */
  overrideRatio: 2.5,
  /** A further theme must reach this share of the primary one's content score… */
  secondaryShare: 0.4,
  /**
   * …and at least a keyword's worth on its own, as for placing a passage at all (more in long form
   * answers, which touch many themes in passing).
   */
  secondary: 8,
  secondaryInFormAnswer: 25,
  maxSecondary: 2,
} as const;

/** A heading of at most this many words (stop words aside) is a label, not a headline. */
const labelHeadingWords = 3;

export interface ThemeDecision {
  themeId: string;
  secondaryThemeIds: string[];
}

interface PassageEvidence {
  /** The theme the passage's heading (or, failing that, its document's title: the outermost heading) gives it, if any. */
  context: string | null;
  /** What the passage's own text says, best first. */
  content: ContentScore[];
  /** The form question's theme, which always decides the primary theme. */
  formTheme: string | null;
  /**
   * The theme the document's title gives the whole page ("Mobila team", "Patientkontrakt – …"), if any.
   * Every passage of the page is part of that topic even when its own words do not name it, so it is
   * carried as a further theme. It never becomes the primary theme on its own: a page also holds
   * passages on nothing in particular (a budget note, who comes to a meeting), and on the calibration
   * half of the hand labels making it primary where nothing else placed a passage cost more than it won.
   */
  page?: string | null;
}

function scoreOf(scores: ContentScore[], themeId: string): number {
  return scores.find((score) => score.themeId === themeId)?.score ?? 0;
}

/**
 * Primary and secondary themes of one passage (pure). The form question decides where there is one;
 * otherwise the heading's theme holds unless the content clearly says otherwise; with neither, the
 * content decides, and övrigt is what remains when nothing reaches a keyword's worth of evidence.
 */
export function decideThemes(evidence: PassageEvidence, limits = themeThresholds): ThemeDecision {
  const [best] = evidence.content;
  let primary: string;
  const demoted: string[] = [];
  if (evidence.formTheme) primary = evidence.formTheme;
  else if (evidence.context) {
    primary = evidence.context;
    const clearlyOther =
      best && best.themeId !== evidence.context && best.score >= limits.override && best.score >= limits.overrideRatio * scoreOf(evidence.content, evidence.context);
    if (clearlyOther) {
      primary = best.themeId;
      demoted.push(evidence.context);
    }
  } else primary = best && best.score >= limits.content ? best.themeId : ovrigtTheme;

  const floor = evidence.formTheme ? limits.secondaryInFormAnswer : limits.secondary;
  const reference = Math.max(best?.score ?? 0, scoreOf(evidence.content, primary));
  // What the passage's own words say comes before a heading theme its content overrode: the content
  // was judged clearly about something else, so the heading keeps a slot only if one is left.
  const secondary = [
    ...evidence.content
      .filter((score) => score.score >= floor && score.score >= limits.secondaryShare * reference)
      .map((score) => score.themeId),
    ...demoted,
  ]
    .filter((themeId, index, all) => themeId !== primary && themeId !== ovrigtTheme && all.indexOf(themeId) === index)
    .slice(0, limits.maxSecondary);
  // The page's theme is a property of the whole document, not a competitor for the passage's own
  // slots: it is carried in addition (never for a form answer, whose theme the form fixes).
  const page = evidence.formTheme ? null : evidence.page;
  if (page && page !== primary && page !== ovrigtTheme && !secondary.includes(page)) secondary.push(page);
  return { themeId: primary, secondaryThemeIds: secondary };
}

/** Compounds of a report split into parts its own text or the theme descriptions use, as search splits them. */
function reportSplitter(profile: ThemeProfile, passages: readonly Passage[]): CompoundSplitter {
  const vocabulary = new Map<string, number>();
  for (const passage of passages) {
    for (const term of new Set(analyzeWords(passage.text))) vocabulary.set(term, (vocabulary.get(term) ?? 0) + 1);
  }
  for (const term of profile.termWeights.keys()) vocabulary.set(term, (vocabulary.get(term) ?? 0) + 1);
  return createCompoundSplitter(vocabulary);
}

function bestAbove(scores: ContentScore[], minimum: number): string | null {
  const [best] = scores;
  return best && best.score >= minimum ? best.themeId : null;
}

/**
 * Themes every passage of one report from its content (in place: sets themeId and secondaryThemeIds).
 * Context, nearest first: the theme the segmenter gave the passage's heading (a known alias or a form
 * heading), the heading's own words, the report's title (a web page's title is its outermost heading)
 * where the passage's own heading is only a label. The title's theme is also carried by every other
 * passage of the report as a further theme (see decideThemes).
 * Agreement quotes keep what the form gave them: they are the national text, not the report's own.
 */
export function themePassages(passages: Passage[], reportTitle: string, bank: QuestionBank): void {
  const profile = themeProfileOf(bank);
  const compounds = reportSplitter(profile, passages);
  const titleTheme = bestAbove(scoreContent(profile, reportTitle, compounds), themeThresholds.heading);
  const headingThemes = new Map<string, string | null>();
  for (const passage of passages) {
    if (passage.isAgreementText) continue;
    const formTheme = passage.question ? passage.themeId : null;
    let context: string | null = null;
    if (!formTheme) {
      const headings = passage.headingPath.join('\n');
      if (passage.headingPath.length > 0 && passage.themeId !== ovrigtTheme) context = passage.themeId;
      else if (headings) {
        if (!headingThemes.has(headings)) headingThemes.set(headings, bestAbove(scoreContent(profile, headings, compounds), themeThresholds.heading));
        context = headingThemes.get(headings) ?? null;
      }
      // The title reaches a passage through a heading that is a mere label ("Bakgrund", "Så går det
      // till"), not through a headline of its own, which starts a topic of its own.
      const ownHeading = passage.headingPath.at(-1) ?? '';
      if (analyzeWords(ownHeading).length <= labelHeadingWords) context ??= titleTheme;
    }
    const decided = decideThemes({ context, content: scoreContent(profile, passage.text, compounds), formTheme, page: titleTheme });
    passage.themeId = decided.themeId;
    if (decided.secondaryThemeIds.length > 0) passage.secondaryThemeIds = decided.secondaryThemeIds;
    else delete passage.secondaryThemeIds;
  }
}
