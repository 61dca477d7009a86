/** Text of one report as loaded, before cleaning: one entry per PDF page, or one entry for text files. */
export interface SourcePage {
  /** 1-based page number, or null for text sources. */
  page: number | null;
  text: string;
}

export interface SourceDocument {
  pages: SourcePage[];
  pageCount: number | null;
}
