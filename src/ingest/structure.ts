import type { QuestionRef } from '../types.ts';
import type { BankQuestion } from './question-bank.ts';
import type { Unit } from './units.ts';

/** A stretch of a report that answers one question or sits under one heading: passages never cross it. */
export interface Section {
  themeId: string;
  question: QuestionRef | null;
  headingPath: string[];
  /** The form says items 1–X of part a and part b belong together. */
  linked: boolean;
}

/**
 * body: the report's own text; agreement: quoted from the national agreement; question, heading,
 * label: structure and form text kept in the cleaned text but never in a passage; preamble: form
 * introduction before the first question; drop: residue left out of the cleaned text altogether.
 */
export type UnitRole = 'body' | 'agreement' | 'question' | 'heading' | 'label' | 'preamble' | 'drop';

export interface PlacedUnit {
  unit: Unit;
  role: UnitRole;
  section: Section | null;
}

export function questionRef(question: BankQuestion): QuestionRef {
  return { form: question.form, number: question.id, text: question.text };
}

const headingEnd = /[.!?;,:]$/u;

/** A short single line that reads like a title rather than a sentence. */
export function looksLikeHeading(text: string, maxWords = 14): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > maxWords) return false;
  if (headingEnd.test(text) || /^[-–•]\s/.test(text) || /^\d{1,2}[.)/]/.test(text)) return false;
  return /^[\p{Lu}\p{N}]/u.test(text);
}

export const agreementLabel = /^från överenskommelsen\s*:?\s*$/iu;
export const agreementInline = /^från överenskommelsen\s*:\s*\S/iu;
