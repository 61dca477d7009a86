/*
 * Whether a question asks which regions LACK its topic ("Vilka regioner saknar mobila team?", "Which
 * regions have no home hospital?"). Such a question is answered the other way round (regions without
 * evidence first), and its negation words are no topic: "saknar" or "no" is not something the reports
 * must hold.
 *
 * Precision first: a negation read wrongly would lead a positive question with the regions that have
 * nothing to show, which misleads more than the positive answer a missed negation gets. So a negation
 * counts only when
 * - the question asks for regions: a region noun with a which-word before it ("vilka regioner", "which
 *   of the regions", "några län") or a relative after it ("regioner som", "regions that");
 * - it negates that question's predicate: it follows the region noun, before any subordinate clause or
 *   contrast. A negation inside a clause about something else is part of the topic ("patienter som
 *   saknar fast läkare", "when patients do not …", "valt att inte …" too, for want of knowing the verb),
 *   and so is one after "men"/"but" ("har X men inte Y" asks about both, answered as the positive);
 * - it is a word of negation, not of a compound or a set phrase: "inte-akuta", "icke-akut", "ej akut"
 *   and "icke" at all (a prefix in today's Swedish), "inte bara"/"not only", "inte minst", "eller
 *   inte"/"or not";
 * - "ingen"/"inga"/"no" follow a verb of having or being ("har inga", "have no", "is there no"): after
 *   another verb they are what is reported ("report no increase"). "utan"/"without" likewise only after a
 *   verb of being ("är utan", "are still without"); elsewhere they name the topic ("vård utan remiss").
 * A question asking why ("Varför har vissa regioner inte …?", "how come") asks for reasons, not for
 * which regions lack something: never negated. A yes/no question about a named region counts the same way
 * when its verb comes first and the region right after ("Saknar Dalarna …?", "Har Halland inte …?",
 * "Doesn't Halland …?"); the caller says which words name regions.
 */

/** A negation word of the question's predicate, as typed, with its place in the question. */
export interface NegationCue {
  word: string;
  start: number;
  end: number;
}

export interface Negation {
  /** The question asks which regions lack its topic. */
  negated: boolean;
  /** The words that negate it (blanked from the topic and the search); empty when not negated. */
  cues: NegationCue[];
}

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const regionNouns = new Set([
  'region', 'regionen', 'regioner', 'regionerna', 'län', 'länen', 'landsting', 'landstingen', 'kommun', 'kommuner', 'kommunerna',
  'regions', 'counties', 'county', 'municipalities',
]);
const whichWords = new Set(['vilka', 'vilken', 'vilket', 'några', 'någon', 'något', 'which', 'what', 'any']);
/** Words that may stand between the which-word and the region noun ("vilka av de 21 regionerna", "which of the regions"). */
const headFillers = new Set(['av', 'de', 'dessa', 'alla', 'landets', 'of', 'the', 'these', 'all', 'swedish', 'svenska']);
/** A relative pronoun right after the region noun belongs to the question ("regioner som saknar …"). */
const relatives = new Set(['som', 'där', 'that', 'which', 'who', 'where']);
/** Words that open a clause about something else: a negation after one is part of the topic. */
const clauseOpeners = new Set([
  'som', 'där', 'att', 'när', 'om', 'trots', 'eftersom', 'medan', 'innan', 'ifall', 'men', 'fast',
  'that', 'who', 'whom', 'whose', 'which', 'where', 'when', 'if', 'because', 'although', 'though', 'since', 'unless', 'while', 'whether', 'but', 'about',
]);
const coordinators = new Set(['och', 'eller', 'samt', 'and', 'or', 'nor']);
/** "inte bara", "not only": the words after qualify, they do not negate. */
const notNegating = new Set(['bara', 'enbart', 'endast', 'blott', 'minst', 'only', 'just', 'merely', 'least']);
/** Adjectives that "ej"/"inte" make a care category of ("ej akut vård", "inte brådskande besök"), not a negation. */
const categoryAdjectives = /^(akut|brådskande|planerad|urgent)/u;
const adverbs = new Set(['inte', 'ej', 'aldrig', 'not', 'never', 'cannot']);
const lackVerbs = new Set(['sakna', 'saknar', 'saknade', 'saknat', 'saknas', 'lack', 'lacks', 'lacked', 'lacking']);
const determiners = new Set(['ingen', 'inget', 'inga', 'no', 'none']);
const withoutWords = new Set(['utan', 'without']);
/** Verbs a "no"/"inga" after negates ("har inga", "have no", "is there no"). */
const havingVerbs = new Set([
  'har', 'hade', 'haft', 'finns', 'fanns', 'erbjuder', 'erbjöd', 'använder', 'är', 'var', 'det',
  'have', 'has', 'had', 'offer', 'offers', 'use', 'uses', 'provide', 'provides', 'is', 'are', 'was', 'were', 'there',
]);
/** Verbs of being a "utan"/"without" after negates ("är utan", "remain without"). */
const beingVerbs = new Set(['är', 'var', 'står', 'stod', 'blir', 'förblir', 'is', 'are', 'was', 'were', 'remain', 'remains', 'be', 'go', 'do']);
/** Adverbs that may stand between the verb and the negation ("är fortfarande utan", "have still no"). */
const inBetween = new Set(['fortfarande', 'ännu', 'än', 'helt', 'idag', 'still', 'yet', 'currently', 'entirely', 'completely']);
/** First words that are no verb of a yes/no question ("I Dalarna, vad saknas?", "Hur …"). */
const notVerbs = new Set(['i', 'på', 'för', 'om', 'enligt', 'inom', 'vad', 'hur', 'vem', 'när', 'var', 'vilka', 'vilken', 'vilket', 'in', 'for', 'about', 'what', 'how', 'who', 'when', 'where', 'which']);
const reasonQuestion = /(?<![\p{L}])(varför|why|how come|hur kommer det sig|vad beror)(?![\p{L}])/iu;
/** Quoted text is a phrase the asker cites, its negations included. */
const quoted = /"[^"]*"|”[^”]*”|“[^”]*”|«[^»]*»/gu;

function wordsOf(question: string): Word[] {
  const blanked = question.replace(quoted, (match) => ' '.repeat(match.length));
  // A contraction ("don't", "haven’t") is one word.
  return [...blanked.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)].map((match) => ({
    text: match[0],
    lower: match[0].toLocaleLowerCase('sv-SE').replace('’', "'"),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The region noun the question asks about ("vilka regioner", "län som"): the predicate follows it. */
function questionHead(words: Word[], question: string): number {
  return words.findIndex((word, i) => {
    if (!regionNouns.has(word.lower)) return false;
    let j = i - 1;
    while (j >= 0 && (headFillers.has(words[j]!.lower) || /^\p{N}+$/u.test(words[j]!.lower))) j--;
    return (j >= 0 && whichWords.has(words[j]!.lower)) || (relatives.has(words[i + 1]?.lower ?? '') && !/[,;]/.test(question.slice(word.end, words[i + 1]!.start)));
  });
}

/** Where the word a negation word follows is, skipping adverbs like "fortfarande"; -1 at the start. */
function verbBefore(words: readonly Word[], i: number): number {
  let j = i - 1;
  while (j >= 0 && inBetween.has(words[j]!.lower)) j--;
  return j;
}

/** "inte-akuta", "icke-akut": a negation joined to a word by a hyphen is part of a compound of the topic. */
function inCompound(word: Word, question: string): boolean {
  return question[word.end] === '-' || question[word.start - 1] === '-';
}

function isNegationWord(lower: string): boolean {
  return /n't$/.test(lower) || adverbs.has(lower) || lackVerbs.has(lower) || determiners.has(lower) || withoutWords.has(lower);
}

/** Whether the word at `i` is a word of negation (not of a compound or a set phrase). */
function negates(words: Word[], i: number, question: string, verb: string): boolean {
  const word = words[i]!;
  const next = words[i + 1]?.lower ?? '';
  if (inCompound(word, question)) return false;
  if (/n't$/.test(word.lower) || adverbs.has(word.lower)) return !notNegating.has(next) && !categoryAdjectives.test(next);
  if (lackVerbs.has(word.lower)) return true;
  if (determiners.has(word.lower)) {
    // "No." or "no 5" is a number, "No," an answer.
    if (word.lower === 'no' && /^\s*[.,\d]/u.test(question.slice(word.end))) return false;
    if (next === 'longer') return true;
    return havingVerbs.has(verb);
  }
  if (withoutWords.has(word.lower)) return beingVerbs.has(verb);
  return false;
}

/**
 * A yes/no question about a named region: its verb first, the region right after ("Saknar Dalarna …?",
 * "Har Region Halland inte …?", "Doesn't Halland …?"). The region's index and the verb when it negates.
 */
function yesNoHead(words: Word[], question: string, isRegionName: (word: string) => boolean): { head: number; cues: NegationCue[] } | null {
  const [verb, second, third] = words;
  if (!verb || !second || notVerbs.has(verb.lower)) return null;
  const head = isRegionName(second.text) ? 1 : ['region', 'regionen'].includes(second.lower) && third && isRegionName(third.text) ? 2 : -1;
  if (head < 0) return null;
  const negatingVerb = (lackVerbs.has(verb.lower) || /n't$/.test(verb.lower)) && !inCompound(verb, question);
  return { head, cues: negatingVerb ? [{ word: verb.text, start: verb.start, end: verb.end }] : [] };
}

/**
 * Whether, and by which words, a question asks which regions lack its topic (see the rules above), or,
 * with `isRegionName`, whether a yes/no question asks if a named region lacks it ("Har Dalarna inte …?").
 */
export function negationOf(question: string, isRegionName: (word: string) => boolean = () => false): Negation {
  const none: Negation = { negated: false, cues: [] };
  if (reasonQuestion.test(question)) return none;
  const words = wordsOf(question);
  const yesNo = yesNoHead(words, question, isRegionName);
  const head = yesNo ? yesNo.head : questionHead(words, question);
  if (head < 0) return none;
  let i = head + 1;
  // "regioner som …", "vilka regioner är det som …", "which regions are there that …": still the question's own clause.
  if (relatives.has(words[i]?.lower ?? '')) i += 1;
  else if (['är', 'finns', 'is', 'are'].includes(words[i]?.lower ?? '') && ['det', 'de', 'there'].includes(words[i + 1]?.lower ?? '') && relatives.has(words[i + 2]?.lower ?? '')) i += 3;
  const cues: NegationCue[] = [...(yesNo?.cues ?? [])];
  for (; i < words.length; i++) {
    const word = words[i]!;
    if (clauseOpeners.has(word.lower)) break;
    // A comma-separated aside ("…, trots att …") or a second clause ends the predicate.
    if (/[,;:]/.test(question.slice(words[i - 1]!.end, word.start)) && cues.length > 0) break;
    const afterCoordinator = coordinators.has(words[i - 1]!.lower);
    // "no X and no Y": a negation repeated after "och"/"and" negates as the first did.
    const repeated = afterCoordinator && cues.length > 0 && isNegationWord(word.lower) && !inCompound(word, question);
    // "har X och inte Y", "X or not": a contrast with a positive first part.
    // Right after the region of a yes/no question, the verb is the question's first word ("Har Dalarna inga …").
    const before = verbBefore(words, i);
    const verb = yesNo && before === head ? words[0]!.lower : (words[before]?.lower ?? '');
    if (!repeated && (!negates(words, i, question, verb) || afterCoordinator)) continue;
    cues.push({ word: word.text, start: word.start, end: word.end });
  }
  return cues.length > 0 ? { negated: true, cues } : none;
}

/** The question without its negation words: what the regions' reports are searched for. */
export function withoutNegation(question: string, negation: Negation): string {
  if (!negation.negated) return question;
  let text = '';
  let from = 0;
  for (const cue of negation.cues) {
    text += question.slice(from, cue.start);
    from = cue.end;
  }
  return `${text}${question.slice(from)}`.replace(/[ \t]{2,}/g, ' ').trim();
}
