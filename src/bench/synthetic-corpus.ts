import type { Passage, Report, ReportKind } from '../types.ts';
import { pick, seededRandom } from './random.ts';

/**
 * A large corpus made of the real one, for measuring search at scale: every synthetic passage takes
 * an "anchor" passage's metadata (theme, form question, heading path, agreement flag) and a length
 * near the anchor's, and its text is a fresh mix of real sentences, mostly from passages of the same
 * theme. So the vocabulary, term statistics, passage lengths and search texts look like the real
 * reports', while every text is distinct. Reports get varied Swedish regions, kinds and years so that
 * filters and region-aware ranking see realistic spread. Deterministic for a given seed and source.
 */
export interface SyntheticCorpusOptions {
  count: number;
  seed?: number;
  /** Passages per synthetic report (default 60, close to the real survey reports). */
  passagesPerReport?: number;
  /**
   * Grow the vocabulary with the corpus as real text does (Heaps' law, default true): recombined
   * sentences alone never use a word the seed reports lack, so at 100,000 passages the term
   * dictionary, postings and typo search would be unrealistically small.
   */
  vocabularyGrowth?: boolean;
}

export interface SyntheticCorpus {
  passages: Passage[];
  reports: Report[];
  /** Per report, its passages' texts as the cleaned report text (passage offsets point into it). */
  cleanedTexts: Record<string, string>;
}

/**
 * Heaps' law V(n) = K·n^β for distinct words after n running words; K 30 and β 0.55 lie in the range
 * measured for Swedish and English prose (K 10–100, β 0.4–0.6), giving ~150,000 words at 100,000 passages.
 */
export const heapsK = 30;
export const heapsBeta = 0.55;

/**
 * Replaces running words with new ones while the corpus has fewer distinct words than Heaps' law
 * gives for its length; new words are Swedish-style compounds of two source words (as new place
 * names, projects and compounds are in real reports), and once made they recur, Zipf-like.
 */
function vocabularyGrower(random: () => number, sourceWords: readonly string[]): (text: string) => string {
  const known = new Set(sourceWords);
  const parts = sourceWords.filter((word) => word.length >= 4);
  const invented: string[] = [];
  const seen = new Set<string>();
  let running = 0;
  const invent = (): string => {
    let word = `${pick(random, parts)}${pick(random, parts)}`;
    while (known.has(word)) word += pick(random, ['s', 'en', 'et', 'ar', 'na']);
    known.add(word);
    invented.push(word);
    return word;
  };
  return (text) =>
    text.replace(/\p{L}+/gu, (word) => {
      running++;
      const lower = word.toLowerCase();
      if (!seen.has(lower)) seen.add(lower);
      if (seen.size + invented.length < heapsK * running ** heapsBeta && parts.length > 0) return invent();
      // An invented word recurs now and then, the first made most often.
      if (invented.length > 0 && random() < 0.02) return invented[Math.floor(invented.length * random() ** 3)]!;
      return word;
    });
}

/** The 21 regions; synthetic reports are spread over them (and over kommunerna in each län). */
export const swedishRegions = [
  'Region Stockholm',
  'Region Uppsala',
  'Region Sörmland',
  'Region Östergötland',
  'Region Jönköpings län',
  'Region Kronoberg',
  'Region Kalmar län',
  'Region Gotland',
  'Region Blekinge',
  'Region Skåne',
  'Region Halland',
  'Västra Götalandsregionen',
  'Region Värmland',
  'Region Örebro län',
  'Region Västmanland',
  'Region Dalarna',
  'Region Gävleborg',
  'Region Västernorrland',
  'Region Jämtland Härjedalen',
  'Region Västerbotten',
  'Region Norrbotten',
] as const;

const kinds: { kind: ReportKind; organisation: Report['organisation']; title: string }[] = [
  { kind: 'survey-region', organisation: 'region', title: 'Slutredovisning av regionens arbete inom ramen för god och nära vård' },
  { kind: 'survey-municipal', organisation: 'kommunerna', title: 'Slutredovisning av kommunernas arbete inom ramen för god och nära vård' },
  { kind: 'report', organisation: 'region och kommunerna', title: 'Arbetet med Nära vård' },
  { kind: 'slides', organisation: 'region', title: 'God och nära vård – lägesrapport' },
];

/** Sentences of a passage: split after . ! ? and at line breaks (list items stay whole). */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d"”–-])|\n+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

export function syntheticCorpus(source: { passages: readonly Passage[] }, options: SyntheticCorpusOptions): SyntheticCorpus {
  const { count } = options;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
  const anchors = source.passages.filter((passage) => splitSentences(passage.text).length > 0);
  if (anchors.length === 0) throw new RangeError('the source corpus has no passage with text');
  const random = seededRandom(options.seed ?? 1);
  const perReport = Math.max(1, options.passagesPerReport ?? 60);

  const allSentences: string[] = [];
  const sentencesByTheme = new Map<string, string[]>();
  for (const passage of anchors) {
    const sentences = splitSentences(passage.text);
    allSentences.push(...sentences);
    const list = sentencesByTheme.get(passage.themeId) ?? [];
    list.push(...sentences);
    sentencesByTheme.set(passage.themeId, list);
  }

  const reports: Report[] = [];
  const passages: Passage[] = [];
  const cleanedTexts: Record<string, string> = {};
  const seen = new Set<string>();
  const sourceWords = [...new Set(allSentences.flatMap((sentence) => sentence.toLowerCase().match(/\p{L}+/gu) ?? []))];
  const grow = options.vocabularyGrowth === false ? (text: string) => text : vocabularyGrower(random, sourceWords);
  const reportCount = Math.ceil(count / perReport);
  for (let reportNumber = 0; reportNumber < reportCount; reportNumber++) {
    const region = pick(random, swedishRegions);
    const template = pick(random, kinds);
    const year = 2019 + Math.floor(random() * 6);
    const reportId = `syn-r${reportNumber}`;
    const size = Math.min(perReport, count - reportNumber * perReport);
    const themes = new Set<string>();
    const texts: string[] = [];
    let offset = 0;
    for (let ordinal = 0; ordinal < size; ordinal++) {
      const anchor = pick(random, anchors);
      const themeSentences = sentencesByTheme.get(anchor.themeId)!;
      // Within ±25 % of the anchor's length: the real length distribution, not one fixed size.
      const targetLength = anchor.text.length * (0.75 + random() * 0.5);
      const parts = [pick(random, themeSentences)];
      let length = parts[0]!.length;
      const addSentence = () => {
        const sentence = random() < 0.8 ? pick(random, themeSentences) : pick(random, allSentences);
        parts.push(sentence);
        length += sentence.length + 1;
      };
      while (length < targetLength) addSentence();
      let text = grow(parts.join(' '));
      // A repeat (likely for one-sentence passages) grows by a sentence until it is new.
      while (seen.has(text)) {
        addSentence();
        text = grow(parts.join(' '));
      }
      texts.push(text);
      seen.add(text);
      themes.add(anchor.themeId);
      passages.push({
        id: `${reportId}-p${ordinal}`,
        reportId,
        themeId: anchor.themeId,
        question: anchor.question,
        headingPath: anchor.headingPath,
        text,
        page: null,
        start: offset,
        end: offset + text.length,
        isAgreementText: anchor.isAgreementText,
        ordinal,
      });
      offset += text.length + 2;
    }
    cleanedTexts[reportId] = texts.join('\n\n');
    reports.push({
      id: reportId,
      title: `${template.title} ${year} – ${region} (syntetisk ${reportNumber})`,
      region: template.kind === 'survey-municipal' ? region.replace(/^Region /, '').replace('Västra Götalandsregionen', 'Västra Götaland') : region,
      organisation: template.organisation,
      kind: template.kind,
      year,
      file: `${reportId}.txt`,
      pageCount: null,
      contentHash: `synthetic-${reportNumber}`,
      passageCount: size,
      themes: [...themes].sort(),
      warnings: [],
    });
  }
  return { passages, reports, cleanedTexts };
}
