import type { SentenceSpan, TextRange } from '../evidence/sentences.ts';
import { hasFiniteVerb } from './finite-verbs.ts';
import { closesLikeSentence } from './sentence-roles.ts';
import { enumerationExcerpt } from './enumeration.ts';

/** What an answer shows for a unit, and the ranges of the passage to mark in its citation. */
export interface AnswerLine {
  text: string;
  ranges: TextRange[];
  /** The unit gives the regions a task from the national level; the text then says so first. */
  nationalTask: boolean;
}

/** How an answer line tells that its text is a national task, not the region's own work. */
export const nationalTaskLabel = 'Nationellt uppdrag:';

export interface AnswerLineOptions {
  /** The passage's closest heading, which carries a list that starts mid-sentence. */
  heading?: string | null;
  /** Whether an item of a long enumeration speaks to the question; without it, enumerations are quoted whole. */
  matches?: (text: string) => boolean;
}

// A lead-in this short always helps ("Mål 2026:", "En kommun har infört följande:"); a longer one only
// when the item cannot stand alone.
const shortLeadInWords = 8;

/**
 * Whether an item needs its lead-in: it starts mid-sentence, has no verb of its own, the lead-in ends in a
 * colon (it introduces exactly these items: "Teamet gör så här:" / "Besöker
 * patienten inom ett dygn"), or the lead-in is short. A long title over a list of whole sentences is left out.
 */
function needsLeadIn(item: string, leadIn: string): boolean {
  if (/^\p{Ll}/u.test(item) || !hasFiniteVerb(item) || /:$/u.test(leadIn.trim())) return true;
  return leadIn.trim().split(/\s+/).length <= shortLeadInWords;
}

function joined(leadIn: string, text: string): string {
  return /:$/u.test(leadIn.trim()) ? `${leadIn.trim()} ${text}` : `${leadIn.trim()} … ${text}`;
}

/**
 * The answer line for a unit: a whole sentence or list item, never a bare fragment. A list item comes
 * with its lead-in ("Mål till 2025 … ska andelen …") unless it is a whole sentence and the lead-in long; an item that starts mid-sentence without one
 * comes with the passage's heading when that heading leads into it, else marked "…"; from a long
 * enumeration only the matching items come, with the lead-in. A national task is labelled as such.
 */
export function answerLine(unit: SentenceSpan, options: AnswerLineOptions = {}): AnswerLine {
  const line = unlabelledLine(unit, options);
  return unit.nationalTask ? { ...line, text: `${nationalTaskLabel} ${line.text}`, nationalTask: true } : { ...line, nationalTask: false };
}

function unlabelledLine(unit: SentenceSpan, options: AnswerLineOptions): Omit<AnswerLine, 'nationalTask'> {
  const own: TextRange = { text: unit.text, start: unit.start, end: unit.end };
  const enumeration = options.matches && !unit.leadIn ? enumerationExcerpt(own, options.matches) : null;
  const body = enumeration ?? { text: unit.text, ranges: [own] };
  if (unit.leadIn && needsLeadIn(unit.text, unit.leadIn.text)) return { text: joined(unit.leadIn.text, body.text), ranges: [unit.leadIn, ...body.ranges] };
  if (unit.continuation) {
    const heading = options.heading?.trim();
    const leads = heading && !closesLikeSentence(heading);
    return { text: leads ? joined(heading, body.text) : `… ${body.text}`, ranges: body.ranges };
  }
  return body;
}

/** The answer line's text alone: `answerLineText(evidence.sentence, passage.headingPath.at(-1))`. */
export function answerLineText(unit: SentenceSpan, heading?: string | null): string {
  return answerLine(unit, { heading }).text;
}
