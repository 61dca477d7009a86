import type { PlacedUnit } from './structure.ts';

export interface PositionedUnit extends PlacedUnit {
  start: number;
  end: number;
}

/**
 * Builds the cleaned report text from every unit that is not residue: lines of one block joined by
 * a newline, blocks by a blank line. Offsets are recorded so passages can point into it.
 */
export function assembleCleanedText(placed: PlacedUnit[]): { text: string; units: PositionedUnit[] } {
  let text = '';
  let lastBlock: number | null = null;
  const units: PositionedUnit[] = [];
  for (const item of placed) {
    if (item.role === 'drop' || item.unit.text === '') continue;
    if (lastBlock !== null) text += item.unit.block === lastBlock ? '\n' : '\n\n';
    const start = text.length;
    text += item.unit.text;
    units.push({ ...item, start, end: text.length });
    lastBlock = item.unit.block;
  }
  return { text, units };
}
