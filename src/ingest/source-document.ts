/** Text of one report as loaded, before cleaning: one entry per PDF page or slide, or one entry for text and Word files. */
export interface SourcePage {
  /** 1-based page or slide number, or null for text sources. */
  page: number | null;
  text: string;
}

export interface SourceDocument {
  pages: SourcePage[];
  pageCount: number | null;
}
