import { analyzeWords } from '../text/analyze.ts';
import { createCompoundSplitter } from '../text/compounds.ts';
import type { Bm25Data } from './bm25-index.ts';
import type { Bm25Params } from './bm25-scoring.ts';

/**
 * Analyses documents and lays out postings column-wise. Two passes: the first collects the words each
 * document uses on their own (the compound vocabulary), the second adds each compound's known parts.
 */
export function buildBm25Data(documents: readonly { id: string; text: string }[], params: Bm25Params): Bm25Data {
  const words = documents.map((document) => analyzeWords(document.text));
  const standalone = new Map<string, number>();
  for (const list of words) for (const term of new Set(list)) standalone.set(term, (standalone.get(term) ?? 0) + 1);
  const splitter = createCompoundSplitter(standalone);

  const termNumbers = new Map<string, number>();
  const terms: string[] = [];
  const numberOf = (term: string): number => {
    let number = termNumbers.get(term);
    if (number === undefined) {
      number = terms.length;
      termNumbers.set(term, number);
      terms.push(term);
    }
    return number;
  };
  // Per document (term number → frequency), flattened; transposed into postings below.
  const perDocument: Map<number, number>[] = words.map((list) => {
    const counts = new Map<number, number>();
    for (const term of list) {
      const number = numberOf(term);
      counts.set(number, (counts.get(number) ?? 0) + 1);
      for (const part of splitter(term)) {
        const partNumber = numberOf(part);
        counts.set(partNumber, (counts.get(partNumber) ?? 0) + 1);
      }
    }
    return counts;
  });

  const offsets = new Int32Array(terms.length + 1);
  for (const counts of perDocument) for (const number of counts.keys()) offsets[number + 1]!++;
  for (let term = 0; term < terms.length; term++) offsets[term + 1]! += offsets[term]!;
  const postingDocuments = new Int32Array(offsets[terms.length]!);
  const postingFrequencies = new Int32Array(offsets[terms.length]!);
  const cursor = offsets.slice(0, terms.length);
  perDocument.forEach((counts, document) => {
    for (const [number, frequency] of counts) {
      const position = cursor[number]!++;
      postingDocuments[position] = document;
      postingFrequencies[position] = frequency;
    }
  });
  const standaloneFrequencies = new Int32Array(terms.length);
  for (const [term, frequency] of standalone) standaloneFrequencies[termNumbers.get(term)!] = frequency;
  return {
    params,
    ids: documents.map((document) => document.id),
    terms,
    offsets,
    postingDocuments,
    postingFrequencies,
    documentLengths: Int32Array.from(words, (list) => list.length),
    standaloneFrequencies,
  };
}
