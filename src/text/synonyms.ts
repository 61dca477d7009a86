import { z } from 'zod';
import { containsSequence, phraseTerms } from './abbreviations.ts';
import { readDataFile } from './data-file.ts';

/*
 * Words and phrases that name the same thing (data/synonyms-sv.json): regions call the same unit
 * "vårdcentral", "hälsocentral" or "husläkarmottagning", and an asker says "högt blodtryck" where a
 * report says "hypertoni". Without a language model offline, this is what lets a question worded
 * one way find and judge a report worded another.
 */

const synonymSchema = z.object({ sets: z.array(z.array(z.string().min(1)).min(2)) });

export interface Synonyms {
  /** Each set's members as search-term sequences ("högt blodtryck" → ["hog", "blodtryck"]), duplicates gone. */
  sets: string[][][];
  /** By a one-word member's term: the other members of its sets. */
  byTerm: Map<string, string[][]>;
  /** By the first term of each member: the sets (positions) that member may open. */
  byFirstTerm: Map<string, number[]>;
}

const sequenceKey = (terms: readonly string[]): string => terms.join(' ');

export function buildSynonyms(sets: string[][]): Synonyms {
  const built: string[][][] = [];
  for (const set of sets) {
    const members = new Map<string, string[]>();
    for (const phrase of set) {
      const terms = phraseTerms(phrase.normalize('NFC'));
      if (terms.length > 0) members.set(sequenceKey(terms), terms);
    }
    if (members.size > 1) built.push([...members.values()]);
  }
  const byTerm = new Map<string, string[][]>();
  const byFirstTerm = new Map<string, number[]>();
  built.forEach((members, position) => {
    for (const member of members) {
      const openers = byFirstTerm.get(member[0]!) ?? [];
      if (openers.at(-1) !== position) openers.push(position);
      byFirstTerm.set(member[0]!, openers);
      if (member.length !== 1) continue;
      const others = members.filter((other) => other !== member);
      const known = byTerm.get(member[0]!) ?? [];
      for (const other of others) if (!known.some((seen) => sequenceKey(seen) === sequenceKey(other))) known.push(other);
      byTerm.set(member[0]!, known);
    }
  });
  return { sets: built, byTerm, byFirstTerm };
}

let defaultSynonyms: Synonyms | undefined;

/** The synonyms of data/synonyms-sv.json, loaded once. */
export function swedishHealthcareSynonyms(): Synonyms {
  defaultSynonyms ??= buildSynonyms(readDataFile('synonyms-sv.json', synonymSchema).sets);
  return defaultSynonyms;
}

/** The one-word synonyms of a term ("halsocentral" → "vardcentral", "huslakarmottagning", …). */
export function wordSynonyms(term: string, synonyms: Synonyms = swedishHealthcareSynonyms()): string[] {
  return (synonyms.byTerm.get(term) ?? []).filter((member) => member.length === 1).map((member) => member[0]!);
}

/** Whether a text's words (in order) hold one of the term's synonym phrases ("hypertoni" in "… högt blodtryck …"). */
export function synonymPhraseIn(term: string, sequence: readonly string[], synonyms: Synonyms = swedishHealthcareSynonyms()): boolean {
  return (synonyms.byTerm.get(term) ?? []).some((member) => member.length > 1 && containsSequence(sequence, member));
}

/**
 * The terms a query's words add through synonyms: every other member of each set one of whose members
 * the query holds (a word, or a phrase in order), with whether it came as a whole word or as one word
 * of a phrase ("besök" of "digitalt besök" alone means far more than the phrase). What the query
 * already holds is not added; a term reached both ways counts as a whole word.
 */
export function synonymAdditions(terms: readonly string[], synonyms: Synonyms = swedishHealthcareSynonyms()): { term: string; wholeMember: boolean }[] {
  // Most queries hold no member at all: say so before building anything.
  if (!terms.some((term) => synonyms.byFirstTerm.has(term))) return [];
  const present = new Set(terms);
  const candidates = new Set<number>();
  for (const term of present) for (const position of synonyms.byFirstTerm.get(term) ?? []) candidates.add(position);
  const added = new Map<string, boolean>();
  for (const position of [...candidates].sort((a, b) => a - b)) {
    const members = synonyms.sets[position]!;
    const held = members.filter((member) => containsSequence(terms, member));
    if (held.length === 0) continue;
    for (const member of members) {
      if (held.includes(member)) continue;
      for (const term of member) if (!present.has(term)) added.set(term, (added.get(term) ?? false) || member.length === 1);
    }
  }
  return [...added].map(([term, wholeMember]) => ({ term, wholeMember }));
}
