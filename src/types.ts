/** Domain types shared by every stage. Plain data only: no behaviour lives here. */

export type ReportKind = 'survey-region' | 'survey-municipal' | 'report' | 'slides';
export type Organisation = 'region' | 'kommunerna' | 'region och kommunerna';

/** What the corpus manifest (or front matter, or detection) says about one report file. */
export interface ReportMeta {
  /** Stable id derived from the file name (without extension), e.g. "000_35b61455822fcff2". */
  id: string;
  title: string;
  /** As the report names it, e.g. "Region Halland", "Dalarna". */
  region: string;
  organisation: Organisation;
  kind: ReportKind;
  /**
   * The main year the report covers (the last one for a span); null when no manifest, front matter or
   * title says it: an unknown year stays unknown ("okänt år") rather than being guessed.
   */
  year: number | null;
  /** Human description of the period covered when it spans years, e.g. "2018–2021". */
  period?: string;
  /** File name relative to the corpus folder. */
  file: string;
  sourceUrl?: string;
}

/** A report after ingestion. */
export interface Report extends ReportMeta {
  pageCount: number | null;
  /** sha256 of the source file's bytes; an unchanged file keeps its passages' ids. */
  contentHash: string;
  passageCount: number;
  themes: string[];
  warnings: string[];
}

/** One of the national agreement's areas; the same across all report kinds. */
export interface Theme {
  id: string;
  label: string;
  /** Headings and slide titles (lower-case, free wording) that mean this theme. */
  aliases: string[];
}

export type FormKind = 'region' | 'municipal';

/** A survey question a passage answers. */
export interface QuestionRef {
  form: FormKind;
  /** Form number with part letter, e.g. "6a", "17c", "3". */
  number: string;
  text: string;
}

export interface Passage {
  /** Stable across re-ingests of an unchanged report: derived from report id, position and text. */
  id: string;
  reportId: string;
  /** The primary theme: what a citation shows. */
  themeId: string;
  /** Further themes the text also speaks to (filters, summaries and counts use these too); never the primary. */
  secondaryThemeIds?: string[];
  question: QuestionRef | null;
  /** Headings from the top down, e.g. ["Undvik slutenvård genom proaktiva arbetssätt", "Resultat och effekter insatser"]. */
  headingPath: string[];
  /** Cleaned text of this passage only (no question text, no heading). */
  text: string;
  /** 1-based page in the source PDF, or null for text sources. */
  page: number | null;
  /** Character offsets of `text` in the cleaned report text. */
  start: number;
  end: number;
  /** Text quoted from the national agreement ("Från Överenskommelsen: …"), not the region's own answer. */
  isAgreementText: boolean;
  /** Position of the passage within its report (0-based), for neighbours and ordering. */
  ordinal: number;
  /**
   * Where a form links item n of part b (results) to item n of part a (measures): the passages holding
   * the partner items, by item number.
   */
  linkedItems?: { item: number; passageId: string }[];
}

export interface SearchFilters {
  regions?: string[];
  themes?: string[];
  years?: number[];
  kinds?: ReportKind[];
}

/** A passage found by search, with its report and score (higher is better). */
export interface Hit {
  passage: Passage;
  report: Report;
  score: number;
  /** Ranks in the fused lists (1-based), null when the list did not return it. */
  lexicalRank: number | null;
  denseRank: number | null;
  /** The question's topic terms this passage holds and how (see text/matching.ts); set by search, so nothing downstream judges matches again. */
  matches?: TermMatch[];
}

/** A question's topic term found in a passage. */
export interface TermMatch {
  /** The question's term (search form). */
  term: string;
  /** 1 the word itself; less for a compound, derivation, typo correction or written-out abbreviation. */
  strength: number;
  /** The passage word that matched (a correction's corpus spelling for a misspelt term). */
  word: string;
}

export interface Citation {
  n: number;
  passageId: string;
  reportId: string;
  reportTitle: string;
  region: string;
  page: number | null;
  theme: { id: string; label: string };
  /** Where in the report: the form question ("fråga 6a") or the nearest heading, or null. */
  location: string | null;
  /** Passage excerpt with the cited sentence marked as **…**. */
  excerpt: string;
}

/**
 * How a region's reports speak to a question: cited sentences that answer it ("belägg"), the topic only
 * named without a passage that speaks to it ("nämns bara"), or nothing ("inga belägg").
 */
export type RegionState = 'evidence' | 'mentioned' | 'none';

export interface RegionAccount {
  region: string;
  /**
   * Every producer sets it: the extractive path from the per-region judgement (region-fanout), the
   * language-model path 'evidence' for a region it cites with checked sentences and the extractive
   * account's own state for a region it leaves silent (checked-answer).
   */
  state: RegionState;
  summary: string;
  citations: number[];
}

export interface Answer {
  answerable: boolean;
  answer: string;
  citations: Citation[];
  regions: RegionAccount[];
  /**
   * Only with a language model: true when its reply was not used (error, timeout, too little of it
   * backed by the passages) and this is the extractive answer instead.
   */
  fallback?: boolean;
  /** Only with a language model: what was done to its reply, in Swedish, for the reader. */
  notice?: string;
}

/** Which embedder built an index; an index is never searched with another. */
export interface EmbedderInfo {
  /** e.g. "offline:ngram-hash-v1" or "transformers:Xenova/multilingual-e5-small". */
  id: string;
  kind: 'transformers' | 'offline';
  model: string | null;
  dimension: number;
}
