import { isPlaceWord, placesIn } from '../../text/place-mentions.ts';
import { isRegionWord } from '../../text/swedish-regions.ts';
import { swedishRegionsIn } from '../../text/swedish-regions.ts';
import { asksForResults, resultQueryWords } from './question-analysis.ts';
import { analyzeTopic } from '../../text/analyze.ts';

export interface ChatTurn {
  role: 'user' | 'assistant';
  content: string;
}

export interface ResolvedQuestion {
  /** The question to search with: the asked one, or the previous question it continues. */
  query: string;
  isFollowUp: boolean;
  wantsResults: boolean;
}

// Words that carry no topic in an elliptic follow-up ("och Halland då?", "vad blev resultatet?").
const followUpFiller = /^(resultat\w*|effekt\w*|utfall\w*|ledde|lett|då|där|dom|samma|motsvarande|gäller|sen|sedan)$/;

/** A region or a place in it ("Dalarna", "Falkenberg", "skåningar"): what a follow-up moves the question to, not its topic. */
const isScopeWord = (word: string): boolean => isRegionWord(word) || isPlaceWord(word);

function topicTerms(question: string): string[] {
  return analyzeTopic(question.replace(/[\p{L}]+/gu, (word) => (isScopeWord(word) || followUpFiller.test(word.toLowerCase()) ? ' ' : word)));
}

/** The regions and places a follow-up names, as the question is to name them: a municipality by its name, inhabitants by their region. */
function scopeNamed(question: string): string[] {
  const regions = swedishRegionsIn(question).map((region) => region.name);
  const places = placesIn(question).map((mention) => (mention.kind === 'municipality' ? mention.place : mention.region));
  return [...new Set([...regions, ...places])];
}

/** A short question without its own topic continues the previous one. */
export function isEllipticFollowUp(question: string): boolean {
  const words = question.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  const topic = topicTerms(question);
  if (topic.length === 0) return true;
  return /^(och|men|än|samt)\b/i.test(question.trim()) && topic.length <= 1 && words.length <= 4;
}

function withoutRegions(question: string): string {
  return question
    .split(/\s+/)
    .filter((word) => !isScopeWord(word.replace(/[^\p{L}-]/gu, '')))
    .join(' ')
    .replace(/\b(i|för|inom)\s+(region(en)?\s+)?(?=[?.!]|$)/giu, '')
    .trim();
}

/** Resolves one question against the previous resolved one. */
export function resolveAgainst(question: string, previous: string | null): ResolvedQuestion {
  const wantsResults = asksForResults(question);
  if (!previous || !isEllipticFollowUp(question)) return { query: question, isFollowUp: false, wantsResults };
  const newRegions = scopeNamed(question);
  let query = newRegions.length > 0 ? `${withoutRegions(previous)} ${newRegions.join(' ')}` : previous;
  if (wantsResults && !asksForResults(previous)) query = `${query} ${resultQueryWords}`;
  const extra = topicTerms(question).length > 0 ? ` ${question}` : '';
  return { query: `${query}${extra}`.trim(), isFollowUp: true, wantsResults: wantsResults || asksForResults(previous) };
}

/**
 * Follows the chat history: each earlier user question is resolved against the one before it, so that a
 * chain of follow-ups ("och Dalarna?" then "vad blev resultatet?") keeps its topic.
 */
export function resolveFollowUp(question: string, history: ChatTurn[] = []): ResolvedQuestion {
  const userTurns = history.filter((turn) => turn.role === 'user').map((turn) => turn.content.trim());
  // Clients may or may not include the current question as the last turn.
  if (userTurns[userTurns.length - 1] === question.trim()) userTurns.pop();
  let previous: string | null = null;
  for (const turn of userTurns) previous = resolveAgainst(turn, previous).query;
  return resolveAgainst(question, previous);
}
