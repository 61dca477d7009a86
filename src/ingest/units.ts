import type { CleanBlock } from './clean-blocks.ts';

/** One line of cleaned text: the atom that structure detection classifies and passages are cut from. */
export interface Unit {
  index: number;
  text: string;
  kind: 'text' | 'link-note';
  emphasised: boolean;
  page: number | null;
  block: number;
  /** Blank lines before the unit's block when the unit opens it, else 0. */
  gapBefore: number;
  firstInBlock: boolean;
  onlyInBlock: boolean;
}

export function toUnits(blocks: CleanBlock[]): Unit[] {
  const units: Unit[] = [];
  blocks.forEach((block, blockIndex) => {
    block.lines.forEach((line, lineIndex) => {
      units.push({
        index: units.length,
        text: line.text,
        kind: line.kind,
        emphasised: line.emphasised,
        page: block.page,
        block: blockIndex,
        gapBefore: lineIndex === 0 ? block.gapBefore : 0,
        firstInBlock: lineIndex === 0,
        onlyInBlock: block.lines.length === 1,
      });
    });
  });
  return units;
}
