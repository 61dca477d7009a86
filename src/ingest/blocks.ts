import type { SourcePage } from './source-document.ts';

/** A paragraph of the source: lines between blank lines, with the number of blank lines before it. */
export interface Block {
  lines: string[];
  /** Blank lines before this block; slide decks separate slides by runs of them. */
  gapBefore: number;
  page: number | null;
}

export function parseBlocks(pages: SourcePage[]): Block[] {
  const blocks: Block[] = [];
  for (const { page, text } of pages) {
    let gap = blocks.length === 0 ? 0 : 1;
    let current: string[] = [];
    const flush = () => {
      if (current.length > 0) blocks.push({ lines: current, gapBefore: gap, page });
      current = [];
      gap = 0;
    };
    for (const raw of text.split('\n')) {
      const line = raw.replace(/\s+$/u, '');
      if (line.trim() === '') {
        if (current.length > 0) flush();
        gap += 1;
      } else current.push(line.trim() === line ? line : line.replace(/^[ \u00a0]+/u, ''));
    }
    flush();
  }
  return blocks;
}

/**
 * Joins soft-wrapped lines: a line starting with a lower-case letter continues the one before
 * ("Ja, beskriv / dessa / insatser:", "Andelen kan / inte / uppskattas"). Markup characters that
 * cleaning removes later are looked through.
 */
const isCapsFragment = (line: string) =>
  /\p{Lu}/u.test(line) && line === line.toUpperCase() && line.trim().split(/\s+/).length <= 3;

// A table row (tab-separated cells) or a line opening with an HTML tag ("<ul style=…>• …") is never a
// wrapped continuation, even when what follows the markup is lower-case.
const isTableOrMarkup = (line: string) => line.includes('\t') || /^\s*<[a-z]/i.test(line);

export function joinSoftWraps(lines: string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const start = line.replace(/^[\s*_[(<"”“]+/u, '');
    const previous = joined.at(-1);
    // Diagram labels broken over lines ("UNGDOMS-" / "MOTTAGNING") are one label.
    if (previous !== undefined && isCapsFragment(previous) && isCapsFragment(line)) {
      joined[joined.length - 1] = previous.endsWith('-') ? `${previous.slice(0, -1)}${line.trim()}` : `${previous} ${line.trim()}`;
    } else if (previous !== undefined && /^\p{Ll}/u.test(start) && !/^\s*[-–•]\s/.test(line) && !isTableOrMarkup(line) && !isTableOrMarkup(previous)) {
      joined[joined.length - 1] = `${previous.replace(/\s+$/, '')} ${line.trim()}`;
    } else joined.push(line);
  }
  return joined;
}
