import { z } from 'zod';
import { readDataFile } from '../../text/data-file.ts';
import { normaliseText } from '../../text/normalise.ts';
import { nationalBodyNames } from '../../text/national-bodies.ts';
import { redactedName } from '../../text/redaction-marks.ts';
import { phrasePattern } from '../../text/word-pattern.ts';
import { holdsFigure } from './figures.ts';
import { hasFiniteVerb } from './finite-verbs.ts';

interface RoleWords {
  nationalTask: RegExp;
  courtesy: RegExp;
}

let words: RoleWords | undefined;

function load(): RoleWords {
  const data = readDataFile(
    'sentence-roles-sv.json',
    z.object({ taskVerbs: z.array(z.string()), regionTasks: z.array(z.string()), courtesies: z.array(z.string()) }),
  );
  const bodies = nationalBodyNames().map(phrasePattern).join('|');
  const verbs = data.taskVerbs.map(phrasePattern).join('|');
  const tasks = data.regionTasks.map(phrasePattern).join('|');
  return {
    nationalTask: new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:${bodies})(?::s)?\\s+(?:${verbs})|${tasks})(?![\\p{L}\\p{N}])`, 'u'),
    courtesy: new RegExp(`(?<![\\p{L}\\p{N}])(?:${data.courtesies.map(phrasePattern).join('|')})(?![\\p{L}\\p{N}])`, 'u'),
  };
}

const closingPunctuation = /[.!?…]["'”»)]*$/u;
// Longer verbless lines are, in forms and web pages, more often statements than titles (measured on the
// multi-region set: allowing 12 words lost a region's cited evidence).
const maxHeadingWords = 8;

/**
 * Whether a line (a whole line, not a list item) is a heading or slide title, context rather than an
 * answer line: ALL CAPS ("SJUKHUSVÅRD OCH SPECIALISERAD VÅRD"), a question heading a FAQ answer, or a
 * short line without closing punctuation and without a finite verb ("Förstärkning av
 * ambulanssjukvården"). A line giving a figure ("Andel i procent 38") is a form answer, not a heading.
 */
export function isHeadingLine(line: string): boolean {
  const text = line.trim();
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length >= 3 && !/\p{Ll}/u.test(text)) return true;
  // A line that is a question ("Vad är en fast läkarkontakt?") heads the answer that follows it.
  if (/\?["'”»)]*$/u.test(text)) return true;
  if (closingPunctuation.test(text) || holdsFigure(text)) return false;
  const wordCount = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return wordCount <= maxHeadingWords && !hasFiniteVerb(text);
}

const personLine = new RegExp(`^\\s*(?:[-•*–]\\s*|\\d+[.)]\\s*)?${redactedName.replace(/[[\]]/g, '\\$&')}`, 'u');

/**
 * Whether a unit is a removed person with a title and no verb ("[namn], regiondirektör", an attendee or
 * contact list): it says who someone is, not what was done, so it is never an answer line.
 * "[namn], verksamhetschef, leder arbetet" says what is done and stays a sentence.
 */
export function namesPerson(text: string): boolean {
  return personLine.test(text) && !hasFiniteVerb(text);
}

/**
 * Whether a unit is an aside rather than a statement: a courtesy ("Vi vill rikta ett varmt tack till …")
 * or a unit wholly in brackets ("(Om ja – ange vem)", a form's instruction). Neither is an answer line.
 */
export function isAside(text: string): boolean {
  words ??= load();
  const trimmed = text.trim();
  if (/^\(.*\)[.:]?$/su.test(trimmed) && !/\)\s*\S.*\(/su.test(trimmed)) return true;
  return words.courtesy.test(normaliseText(trimmed));
}

/** Whether a line closes like a sentence (. ! ? …), as opposed to a title or a lead-in. */
export function closesLikeSentence(text: string): boolean {
  return closingPunctuation.test(text.trim());
}

/**
 * Whether the text gives the regions a task from the national level: "Regionerna ska …",
 * "Socialstyrelsen har i uppdrag …", "Enligt överenskommelsen ska …", "Medlen får användas till …".
 * Such text describes what the state asks for, not what a region did.
 */
export function isNationalTask(text: string): boolean {
  words ??= load();
  return words.nationalTask.test(normaliseText(text));
}
