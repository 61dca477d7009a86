import type { Unit } from './units.ts';

const tocTitle = /^(?:innehåll|innehållsförteckning)$/iu;
// "Inledning | 4", "Inledning 4", or a bare page number left by an empty first cell.
const tocRow = /^(?:(.*?)\s*\|\s*)?(\d{1,3})$|^(.+?)\s+(\d{1,3})$/u;

/**
 * Finds a table of contents ("Innehåll" followed by rows ending in page numbers). Its entries are
 * the report's headings, which makes heading detection in the body reliable; its rows are residue.
 */
export function findTableOfContents(units: Unit[]): { entries: string[]; rows: Set<number> } {
  const rows = new Set<number>();
  const entries: string[] = [];
  const start = units.findIndex((unit) => tocTitle.test(unit.text.trim()));
  if (start === -1) return { entries, rows };
  rows.add(start);
  for (let index = start + 1; index < units.length; index += 1) {
    const match = tocRow.exec(units[index]?.text.trim() ?? '');
    if (!match) break;
    rows.add(index);
    const entry = (match[1] ?? match[3] ?? '').trim();
    if (entry) entries.push(entry);
  }
  if (entries.length < 3) return { entries: [], rows: new Set() };
  return { entries, rows };
}
