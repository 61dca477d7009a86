import { closesLikeSentence, isAside, isHeadingLine, isNationalTask, namesPerson } from '../compose/sentence-roles.ts';

/** A stretch of the passage text, exactly as the report has it. */
export interface TextRange {
  text: string;
  /** Offsets into the passage text. */
  start: number;
  end: number;
}

/**
 * What a unit is: a sentence, a whole list item, a heading or slide title (context, never an answer
 * line), the lead-in line of a list ("Åtgärder under året:"), which is quoted with the items it introduces,
 * a removed person with a title ("[namn], regiondirektör": who someone is), or an aside (a thank-you, a
 * bracketed instruction); the last two are never answer lines.
 */
export type UnitRole = 'sentence' | 'item' | 'heading' | 'lead-in' | 'person' | 'aside';

/** One unit of a passage: a sentence, or a list item line, exactly as the report has it. */
export interface SentenceSpan extends TextRange {
  /** Number of the enclosing numbered list item ("3. …", "3/ …"), which links measures to results. */
  item: number | null;
  /** 0-based position within the passage (among the units returned). */
  index: number;
  role: UnitRole;
  /** The lead-in of the list this item belongs to, when the passage has it ("Mål till 2025:"). */
  leadIn: TextRange | null;
  /**
   * Starts mid-sentence (lower-case) with no lead-in in the passage to carry it, e.g. a list continuing
   * a heading ("Utredningen lyfter fram att" / "- fler ska få vård hemma"): quote it with that heading.
   */
  continuation: boolean;
  /** The national agreement or a national body gives the regions a task here; not the region's own work. */
  nationalTask: boolean;
}

// "2.Leder till …" (no space) occurs in converted forms; an upper-case letter right after still marks an item.
// Forms also number result items with a bare number ("3 Region Halland har …", linked to measure 3): a
// number of one or two digits opening a line before a capitalised word is a marker, not a count ("3 regioner").
const itemMarker = /^(\s*)(\d{1,2})(?:\s*[./)](?:\s+|(?=\p{Lu}))|\s+(?=\p{Lu}\p{Ll}))/u;
const bulletMarker = /^(\s*)[-•*–]\s+/;
// Form residue such as "....." or "Beskriv med max 3000 tecken." carries no content.
const residueLine = /^[\s.…_-]*$/;
const abbreviations = new Set([
  't.ex', 'tex', 'bl.a', 's.k', 'm.m', 'dvs', 'osv', 'ca', 'resp', 'nr', 'kap', 'prop', 'jfr', 'inkl',
  'exkl', 'fr.o.m', 't.o.m', 'o.s.v', 'd.v.s', 'p.g.a', 'pga', 'mfl', 'm.fl', 'ev', 'st', 'f.d',
]);

interface Line {
  text: string;
  offset: number;
  kind: 'blank' | 'residue' | 'item' | 'bullet' | 'plain';
  contentStart: number;
  number: number | null;
}

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const item = itemMarker.exec(line);
    const bullet = bulletMarker.exec(line);
    const kind = line.trim() === '' ? 'blank' : residueLine.test(line) ? 'residue' : item ? 'item' : bullet ? 'bullet' : 'plain';
    const contentStart = item ? item[0].length : bullet ? bullet[0].length : 0;
    lines.push({ text: line, offset, kind, contentStart, number: item ? Number(item[2]) : null });
    offset += line.length + 1;
  }
  return lines;
}

function nextContentLine(lines: Line[], from: number): Line | undefined {
  for (let i = from + 1; i < lines.length; i += 1) if (lines[i]!.kind !== 'blank') return lines[i];
  return undefined;
}

const isListLine = (line: Line | undefined) => line?.kind === 'item' || line?.kind === 'bullet';

/**
 * Every unit of a passage with its role, keeping exact text and offsets: headings and lead-ins too.
 * Use splitSentences for the units that may be quoted as answer lines.
 */
export function splitUnits(text: string): SentenceSpan[] {
  const units: SentenceSpan[] = [];
  const lines = readLines(text);
  let currentItem: number | null = null;
  let leadIn: TextRange | null = null;
  lines.forEach((line, position) => {
    if (line.kind === 'blank') return;
    if (line.kind === 'residue') {
      currentItem = null;
      leadIn = null;
      return;
    }
    if (line.kind === 'item') currentItem = line.number;
    else if (line.kind === 'bullet') currentItem = null;
    const listLine = line.kind === 'item' || line.kind === 'bullet';
    const bounds = sentenceBounds(line.text, line.contentStart).filter(([a, b]) => b - a >= 3 && /\p{L}/u.test(line.text.slice(a, b)));
    const content = line.text.slice(line.contentStart).trim();
    // A plain line right before a list that does not close like a sentence ("Mål till 2025", "Vi har
    // gjort följande:") introduces the list; its last sentence is the lead-in of the items that follow.
    const introducesList = !listLine && isListLine(nextContentLine(lines, position)) && !closesLikeSentence(content);
    const wholeLineHeading = !listLine && !introducesList && bounds.length === 1 && isHeadingLine(content);
    if (!listLine) leadIn = null;
    bounds.forEach(([start, end], k) => {
      const sentence = line.text.slice(start, end);
      const isLast = k === bounds.length - 1;
      // A bullet that is only a title ("- Mobila team uppföljning och utveckling") and has no lead-in
      // to read it with is a slide heading too.
      const titleItem = listLine && leadIn === null && bounds.length === 1 && isHeadingLine(sentence);
      // A line ending in a colon announces what follows even when that is cut off by the passage's end
      // ("Vår gemensamma målbild för vår färd är:"): alone it says nothing, so it is never an answer line.
      const announces = !listLine && isLast && /:\s*$/u.test(sentence);
      const role: UnitRole =
        namesPerson(sentence) ? 'person' : isAside(sentence) ? 'aside' : wholeLineHeading || titleItem ? 'heading' : (introducesList || announces) && isLast ? 'lead-in' : listLine ? 'item' : 'sentence';
      const range = { text: sentence, start: line.offset + start, end: line.offset + end };
      const ownLeadIn: TextRange | null = listLine ? leadIn : null;
      units.push({
        ...range,
        item: currentItem,
        index: units.length,
        role,
        leadIn: ownLeadIn,
        continuation: /^\p{Ll}/u.test(sentence) && k === 0 && ownLeadIn === null,
        nationalTask: isNationalTask(ownLeadIn ? `${ownLeadIn.text} ${sentence}` : sentence),
      });
      if (role === 'lead-in') leadIn = range;
    });
  });
  return units;
}

/** Whether a unit may be quoted as an answer line: a sentence or a whole list item, not a heading or lead-in. */
export function isAnswerLine(unit: SentenceSpan): boolean {
  return unit.role === 'sentence' || unit.role === 'item';
}

/** Splits a passage into the sentences and list items that may be quoted, keeping exact text and offsets. */
export function splitSentences(text: string): SentenceSpan[] {
  return splitUnits(text)
    .filter(isAnswerLine)
    .map((unit, index) => ({ ...unit, index }));
}

function sentenceBounds(line: string, from: number): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let start = from;
  const boundary = /[.!?](?=\s+["'”»(]?[\p{Lu}\p{N}])/gu;
  boundary.lastIndex = from;
  for (let match = boundary.exec(line); match; match = boundary.exec(line)) {
    const before = line.slice(start, match.index).split(/\s+/).pop() ?? '';
    if (abbreviations.has(before.toLowerCase()) || /^\p{L}$/u.test(before)) continue;
    bounds.push(trimmed(line, start, match.index + 1));
    start = match.index + 1;
  }
  bounds.push(trimmed(line, start, line.length));
  return bounds.filter(([a, b]) => b > a);
}

function trimmed(line: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(line[start]!)) start += 1;
  while (end > start && /\s/.test(line[end - 1]!)) end -= 1;
  return [start, end];
}
