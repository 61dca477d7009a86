import type { FormKind } from '../types.ts';
import { aliasSimilarity, classifyTheme } from './classify-theme.ts';
import type { BankQuestion, QuestionBank } from './question-bank.ts';
import { questionsOfForm } from './question-bank.ts';
import { containment, diceSimilarity, fingerprint, wordCount } from './similarity.ts';
import { looksLikeHeading, questionRef } from './structure.ts';
import type { PlacedUnit, Section } from './structure.ts';
import { findTableOfContents } from './table-of-contents.ts';
import type { Unit } from './units.ts';

interface Top {
  heading: string;
  themeId: string;
  question: BankQuestion | null;
}

function bestThemeAlias(bank: QuestionBank, heading: string): { themeId: string; score: number } {
  let best = { themeId: 'ovrigt', score: 0 };
  for (const theme of bank.themes) {
    const score = aliasSimilarity(theme, heading);
    if (score > best.score) best = { themeId: theme.id, score };
  }
  return best;
}

function bestQuestionForHeading(
  questions: BankQuestion[],
  heading: string,
  byWording: boolean,
): { question: BankQuestion; score: number } | null {
  const print = fingerprint(heading);
  const byWords = byWording && wordCount(heading) >= 5;
  let best: { question: BankQuestion; score: number } | null = null;
  // A comparison whose upper bound (from the gram counts alone) cannot beat the best so far is skipped:
  // Dice ≤ 2·min(a, b) / (a + b). Same result, far fewer gram walks.
  const floor = () => best?.score ?? -1;
  for (const question of questions) {
    let score = 0;
    for (const alias of question.aliases ?? []) {
      const other = fingerprint(alias);
      if ((2 * Math.min(print.size, other.size)) / (print.size + other.size || 1) <= Math.max(score, floor())) continue;
      score = Math.max(score, diceSimilarity(print, other));
    }
    // A reworked heading is often a shortened question: most of its letters occur in the question.
    if (byWords) score = Math.max(score, 0.9 * containment(print, fingerprint(question.text), 100));
    if (!best || score > best.score) best = { question, score };
  }
  return best;
}

function partOf(bank: QuestionBank, heading: string): 'a' | 'b' | null {
  const print = fingerprint(heading);
  for (const part of ['b', 'a'] as const) {
    if (bank.partHeadings[part].some((candidate) => diceSimilarity(print, fingerprint(candidate)) >= 0.8)) return part;
  }
  return null;
}

function sibling(questions: BankQuestion[], base: BankQuestion | null, part: 'a' | 'b'): BankQuestion | null {
  if (!base) return null;
  return questions.find((question) => question.number === base.number && question.part === part) ?? base;
}

/** A lead-in line ("Insatser som genomförts under året kopplat till …:") restating a form question. */
function leadInQuestion(questions: BankQuestion[], text: string): BankQuestion | null {
  if (!text.endsWith(':') || wordCount(text) < 5) return null;
  const print = fingerprint(text);
  let best: { question: BankQuestion; score: number } | null = null;
  for (const question of questions) {
    const score = diceSimilarity(print, fingerprint(question.text));
    if (!best || score > best.score) best = { question, score };
  }
  return best && best.score >= 0.55 ? best.question : null;
}

/** Decides what a section heading means; returns the new top-level heading state. */
function placeHeading(bank: QuestionBank, questions: BankQuestion[], top: Top | null, text: string) {
  const part = partOf(bank, text);
  const matched = bestQuestionForHeading(questions, text, !part);
  if (part && top) {
    // "Insatser som genomförts" / "Resultat och effekter": part a or b of the parent's question;
    // where the form has no such part, the heading's own wording may name the question.
    const partner = sibling(questions, top.question, part);
    const question = partner && partner.part === part ? partner : matched && matched.score >= 0.8 ? matched.question : partner;
    return { top, themeId: question?.theme ?? top.themeId, question, headingPath: [top.heading, text] };
  }
  if (matched && matched.score >= 0.8) {
    const question = matched.question;
    if (top?.question && top.question.number === question.number) {
      return { top, themeId: question.theme, question, headingPath: [top.heading, text] };
    }
    return { top: { heading: text, themeId: question.theme, question }, themeId: question.theme, question, headingPath: [text] };
  }
  const alias = bestThemeAlias(bank, text);
  const themeId = alias.score >= 0.75 ? alias.themeId : classifyTheme(bank, text, '').themeId;
  return { top: { heading: text, themeId, question: null }, themeId, question: null, headingPath: [text] };
}

/**
 * Reworked reports: headings instead of question numbers. A heading maps to a form question by its
 * aliases or wording, to a part (a: measures, b: results) by the generic sub-headings, or else to a
 * theme by alias; unknown short headings are sub-headings that inherit their parent's theme.
 */
export function segmentReport(units: Unit[], bank: QuestionBank, form: FormKind): PlacedUnit[] {
  const questions = questionsOfForm(bank, form);
  const toc = findTableOfContents(units);
  const tocPrints = toc.entries.map((entry) => fingerprint(entry));
  const inToc = (text: string) => {
    const print = fingerprint(text);
    return tocPrints.some((entry) => diceSimilarity(print, entry) >= 0.85);
  };
  const placed: PlacedUnit[] = [];
  let top: Top | null = null;
  let section: Section | null = null;
  let leadInOpen = false;

  const open = (themeId: string, question: BankQuestion | null, headingPath: string[]) => {
    section = { themeId, question: question ? questionRef(question) : null, headingPath, linked: false };
    leadInOpen = true;
  };

  // With a table of contents, only its entries are section headings; without one, any short
  // title-like line may be.
  const hasToc = tocPrints.length > 0;
  units.forEach((unit, index) => {
    if (toc.rows.has(index)) {
      placed.push({ unit, role: 'drop', section: null });
      return;
    }
    const text = unit.text;
    const next = units[index + 1];
    const headingLike = unit.onlyInBlock && looksLikeHeading(text) && next !== undefined;
    const listed = hasToc ? unit.firstInBlock && inToc(text) : headingLike;
    if (listed) {
      const decided = placeHeading(bank, questions, top, text);
      top = decided.top;
      open(decided.themeId, decided.question, decided.headingPath);
      placed.push({ unit, role: 'heading', section });
      return;
    }
    if (headingLike && looksLikeHeading(text, 8) && !text.includes(',') && section && next?.firstInBlock && wordCount(next.text) >= 15) {
      // A sub-heading the table of contents leaves out ("Prehospital trauma life support").
      const current: Section = section;
      section = { ...current, headingPath: [...current.headingPath.slice(0, 2), text] };
      leadInOpen = true;
      placed.push({ unit, role: 'heading', section });
      return;
    }
    // Text before the first heading (or in a report without headings) is themed passage by passage.
    section ??= { themeId: 'ovrigt', question: null, headingPath: [], linked: false };
    if (leadInOpen) {
      const restated = leadInQuestion(questions, text);
      if (restated) {
        const current: Section = section;
        section = { ...current, themeId: restated.theme, question: questionRef(restated) };
        placed.push({ unit, role: 'label', section });
        return;
      }
    }
    leadInOpen = false;
    placed.push({ unit, role: 'body', section });
  });
  return placed;
}
