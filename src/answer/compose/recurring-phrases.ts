import { searchTerm } from '../../text/stem.ts';
import { isStopWord } from '../../text/stopwords.ts';
import { isQuestionWord } from '../../text/question-words.ts';
import { tokenizeWithOffsets, type TokenSpan } from '../../text/tokenize.ts';
import { isRegionWord } from '../../text/swedish-regions.ts';
import { hasFiniteVerb } from './finite-verbs.ts';

/** A phrase several regions use, as most of them write it. */
export interface RecurringPhrase {
  /** The most common surface form ("mobila team"). */
  phrase: string;
  /** Regions using it (any inflection: "mobilt team", "mobila teamen"), in the order given. */
  regions: string[];
}

export interface PhraseOptions {
  /** A term's corpus idf (termWeight over the catalog's statistics); without it every term counts alike. */
  idf?: (term: string) => number;
  /** The question's own terms: a phrase made only of them says nothing new. */
  topicTerms?: string[];
  /** At most this many phrases. */
  limit?: number;
  /** Fewest regions that must use a phrase. */
  minRegions?: number;
}

interface PhraseUse {
  terms: string[];
  regions: Set<string>;
  surfaces: Map<string, number>;
  /** Uses where the phrase ends (no content word follows it in the same run of words). */
  ends: number;
}

const maxWords = 3;
const minEdgeLength = 3;
/*
 * A phrase whose rarest word has an idf this low, i.e. is in more than about 15 % of all passages
 * ("god och nära", "hälso- och sjukvård" in this domain), is the domain itself, not something regions
 * have in common. ln(1/0.15) ≈ 1.9 with BM25's idf, ln(1 + 1/0.15) ≈ 2.0 with the smoothed one.
 */
const domainWideIdf = 1.95;

// A phrase starts and ends on a content word: not a function word, question word, region name, number or verb.
function isEdge(token: string): boolean {
  return (
    token.length >= minEdgeLength &&
    !isStopWord(token) &&
    !isQuestionWord(token) &&
    !isRegionWord(token) &&
    !/\p{N}/u.test(token) &&
    !hasFiniteVerb(token)
  );
}

/*
 * The stemmer leaves the adjective's -t ("mobilt team", "digitalt stöd") apart from "mobila", "digitala";
 * phrase keys drop it so that the inflections meet. Keys are internal; the display keeps the report's words.
 */
function phraseTerm(token: string): string {
  const term = searchTerm(token);
  return term.length >= 5 && /[^t]t$/u.test(term) ? term.slice(0, -1) : term;
}

// Words of a phrase stand side by side in one clause: only spaces or a hyphen between them.
const joinable = /^[\s\u00a0-]*$/u;

// "komplexa" in "patienter med komplexa vårdbehov": an adjective ending that leans on the next word.
const adjectiveEnding = /(?:a|iga|ska|ade|ande|ende)$/u;

/** Whether a phrase's last word is an adjective cut off from the noun right after it. */
function isAttributive(text: string, last: TokenSpan, next: TokenSpan | undefined): boolean {
  if (!next || !adjectiveEnding.test(last.token) || isStopWord(next.token)) return false;
  return joinable.test(text.slice(last.end, next.start));
}

/** Whether a content word follows the phrase's last word in the same run ("namngiven fast" in "namngiven fast läkarkontakt"). */
function continues(text: string, last: TokenSpan, next: TokenSpan | undefined): boolean {
  return next !== undefined && isEdge(next.token) && joinable.test(text.slice(last.end, next.start));
}

export interface CandidatePhrase {
  key: string;
  terms: string[];
  surface: string;
  /** A content word follows in the same run: this use is part of a longer name. */
  continued: boolean;
}

/** Candidate phrases of a text: runs of 2–3 words that start and end on content words. */
export function candidatePhrases(text: string): CandidatePhrase[] {
  const tokens = tokenizeWithOffsets(text);
  const found: CandidatePhrase[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (!isEdge(tokens[i]!.token)) continue;
    for (let n = 2; n <= maxWords && i + n <= tokens.length; n += 1) {
      const run = tokens.slice(i, i + n);
      if (!run.slice(1).every((t, k) => joinable.test(text.slice(run[k]!.end, t.start)))) break;
      const last = run[n - 1]!.token;
      if (!isEdge(last) || isAttributive(text, run[n - 1]!, tokens[i + n])) continue;
      // Inside a three-word phrase, only a short linking word ("vård i hemmet", "hälso- och sjukvård").
      if (n === 3 && !isStopWord(run[1]!.token)) continue;
      const terms = run.filter((t) => !isStopWord(t.token)).map((t) => searchTerm(t.token));
      found.push({ key: run.map((t) => phraseTerm(t.token)).join(' '), terms, surface: text.slice(run[0]!.start, run[n - 1]!.end), continued: continues(text, run[n - 1]!, tokens[i + n]) });
    }
  }
  return found;
}

function displayForm(surface: string): string {
  // "Mobila team" opening a sentence is "mobila team"; "SIP-möte" and names keep their capitals.
  return /^\p{Lu}\p{Ll}*(?:[\s-]+\p{Ll}+)+$/u.test(surface) ? surface.toLocaleLowerCase('sv-SE') : surface;
}

function mostCommon(surfaces: Map<string, number>): string {
  return [...surfaces.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0], 'sv'))[0]![0];
}

function isDomainWide(terms: string[], idf: ((term: string) => number) | undefined): boolean {
  return idf !== undefined && terms.every((term) => idf(term) < domainWideIdf);
}

/**
 * What recurs across regions: multi-word phrases from their own texts ("mobila team", "fast
 * läkarkontakt"), matched across inflections through the project's stemming and shown in their most
 * common form, never single loose words. Most widely used first, then longer, then rarer in the corpus.
 * A phrase contained in a longer one used by the same regions gives way to it.
 */
export function recurringPhrases(regions: Array<{ region: string; texts: string[] }>, options: PhraseOptions = {}): RecurringPhrase[] {
  const minRegions = options.minRegions ?? 2;
  const topic = new Set(options.topicTerms ?? []);
  const uses = new Map<string, PhraseUse>();
  for (const { region, texts } of regions) {
    for (const text of texts) {
      for (const candidate of candidatePhrases(text)) {
        const use = uses.get(candidate.key) ?? { terms: candidate.terms, regions: new Set<string>(), surfaces: new Map<string, number>(), ends: 0 };
        use.regions.add(region);
        if (!candidate.continued) use.ends += 1;
        const surface = displayForm(candidate.surface);
        use.surfaces.set(surface, (use.surfaces.get(surface) ?? 0) + 1);
        uses.set(candidate.key, use);
      }
    }
  }
  const weight = (use: PhraseUse) => Math.max(...use.terms.map((term) => options.idf?.(term) ?? 1));
  const ranked = [...uses.entries()]
    .filter(([, use]) => use.regions.size >= minRegions)
    // A phrase that never ends where it is used ("namngiven fast", always "… läkarkontakt") is a cut-off name.
    .filter(([, use]) => use.ends > 0)
    .filter(([, use]) => !use.terms.every((term) => topic.has(term)))
    .filter(([, use]) => !isDomainWide(use.terms, options.idf))
    .sort(([keyA, a], [keyB, b]) => b.regions.size - a.regions.size || b.terms.length - a.terms.length || weight(b) - weight(a) || keyA.localeCompare(keyB));
  const chosen: Array<[string, PhraseUse]> = [];
  for (const [key, use] of ranked) {
    const covered = chosen.some(([longer, other]) => ` ${longer} `.includes(` ${key} `) && other.regions.size === use.regions.size);
    const overlapping = chosen.some(([shorter, other]) => ` ${key} `.includes(` ${shorter} `) && other.regions.size >= use.regions.size);
    if (covered || overlapping) continue;
    chosen.push([key, use]);
    if (chosen.length >= (options.limit ?? 4)) break;
  }
  const order = regions.map((r) => r.region);
  return chosen.map(([, use]) => ({ phrase: mostCommon(use.surfaces), regions: order.filter((region) => use.regions.has(region)) }));
}
