/**
 * Fuzzy text comparison for matching report lines against form questions and headings. Character
 * trigrams over the letters only are used because the seeds split and join words at random
 * ("läns gemensam" / "länsgemensam", "arbets sätt") and carry typos; word tokens would miss those.
 */

import { normaliseText } from '../text/normalise.ts';

/** The text as fuzzy matching sees it: the shared NFC + lower-case step, then letters and digits only. */
export function matchingText(text: string): string {
  return normaliseText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function trigramCounts(text: string): Map<string, number> {
  const compact = matchingText(text).replace(/ /g, '');
  const counts = new Map<string, number>();
  for (let index = 0; index + 3 <= compact.length; index += 1) {
    const gram = compact.slice(index, index + 3);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Σ min(count) over shared grams; symmetric, so the smaller map is the one walked. */
function sharedCount(left: ReadonlyMap<string, number>, right: ReadonlyMap<string, number>): number {
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  let shared = 0;
  for (const [gram, count] of small) {
    const other = large.get(gram);
    if (other !== undefined) shared += count < other ? count : other;
  }
  return shared;
}

function total(counts: Map<string, number>): number {
  let sum = 0;
  for (const count of counts.values()) sum += count;
  return sum;
}

/** A text prepared once for many comparisons. */
export interface Fingerprint {
  readonly grams: ReadonlyMap<string, number>;
  readonly size: number;
}

/**
 * The same few hundred bank strings (question texts, aliases, part headings) are compared with every
 * heading and line of every report; each is fingerprinted once. Bounded, since report lines pass
 * through here too. Fingerprints are shared, so callers must not change them.
 */
const fingerprints = new Map<string, Fingerprint>();
const fingerprintMemoSize = 20_000;

export function fingerprint(text: string): Fingerprint {
  let print = fingerprints.get(text);
  if (!print) {
    const grams = trigramCounts(text);
    print = { grams, size: total(grams) };
    if (fingerprints.size >= fingerprintMemoSize) fingerprints.clear();
    fingerprints.set(text, print);
  }
  return print;
}

/** Dice coefficient of character trigrams, 0–1. */
export function diceSimilarity(left: Fingerprint, right: Fingerprint): number {
  if (left.size === 0 || right.size === 0) return 0;
  return (2 * sharedCount(left.grams, right.grams)) / (left.size + right.size);
}

/**
 * How much of `needle` appears in `haystack` (0–1), for lines that hold a question plus a little
 * extra (a label like "Övrigt", a trailing instruction). Returns 0 when the haystack is far longer,
 * so that a long answer quoting part of a question never counts as the question.
 */
export function containment(needle: Fingerprint, haystack: Fingerprint, maxLengthRatio = 1.6): number {
  if (needle.size === 0 || haystack.size === 0) return 0;
  if (haystack.size > needle.size * maxLengthRatio) return 0;
  return sharedCount(needle.grams, haystack.grams) / needle.size;
}

export function textSimilarity(left: string, right: string): number {
  return diceSimilarity(fingerprint(left), fingerprint(right));
}

export function wordCount(text: string): number {
  const matches = text.match(/[\p{L}\p{N}]+/gu);
  return matches ? matches.length : 0;
}
