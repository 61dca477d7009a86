import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../../src/bench/random.ts';


/** Words of the seed corpus, most frequent first: synthetic passages then have a realistic, Zipf-like vocabulary. */
export function corpusWords(): string[] {
  const directory = path.join(import.meta.dirname, '..', '..', 'corpus');
  const counts = new Map<string, number>();
  for (const file of readdirSync(directory).filter((name) => name.endsWith('.txt'))) {
    for (const word of readFileSync(path.join(directory, file), 'utf8').toLowerCase().match(/[\p{L}]{2,}/gu) ?? []) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([word]) => word);
}

/** `count` passages of about `words` words each, drawn Zipf-like from the corpus vocabulary. */
export function syntheticPassages(count: number, words: number, seed = 1): { id: string; text: string }[] {
  const vocabulary = corpusWords();
  const random = seededRandom(seed);
  const pick = (): string => vocabulary[Math.min(vocabulary.length - 1, Math.floor(Math.exp(random() * Math.log(vocabulary.length + 1)) - 1))]!;
  return Array.from({ length: count }, (_, index) => ({
    id: `p${index}`,
    text: Array.from({ length: words }, pick).join(' '),
  }));
}
