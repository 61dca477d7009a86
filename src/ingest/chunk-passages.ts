import { createHash } from 'node:crypto';
import type { Passage } from '../types.ts';
import { classifyTheme } from './classify-theme.ts';
import type { PositionedUnit } from './assemble-text.ts';
import type { QuestionBank } from './question-bank.ts';
import { wordCount } from './similarity.ts';
import type { Section } from './structure.ts';

export const passageWordLimits = { min: 60, max: 350 } as const;

interface Run {
  section: Section;
  agreement: boolean;
  units: PositionedUnit[];
}

/** Consecutive passage-worthy units of one section and one voice (answer or agreement quote). */
function runsOf(units: PositionedUnit[]): Run[] {
  const runs: Run[] = [];
  for (const unit of units) {
    const passageWorthy = unit.role === 'body' || unit.role === 'agreement';
    const last = runs.at(-1);
    if (!passageWorthy || !unit.section) {
      if (last) runs.push({ ...last, units: [] });
      continue;
    }
    const agreement = unit.role === 'agreement';
    if (last && last.section === unit.section && last.agreement === agreement) last.units.push(unit);
    else runs.push({ section: unit.section, agreement, units: [unit] });
  }
  return runs.filter((run) => run.units.length > 0);
}

/**
 * Cuts a run at line boundaries (paragraphs, list items) into pieces of about 60–350 words; a short
 * tail joins the piece before it, so a lone "Breddinfört." never becomes its own passage.
 */
function chunkRun(units: PositionedUnit[]): PositionedUnit[][] {
  const chunks: PositionedUnit[][] = [];
  let current: PositionedUnit[] = [];
  let words = 0;
  for (const unit of units) {
    const unitWords = wordCount(unit.unit.text);
    if (current.length > 0 && words + unitWords > passageWordLimits.max && words >= passageWordLimits.min) {
      chunks.push(current);
      current = [];
      words = 0;
    }
    current.push(unit);
    words += unitWords;
  }
  if (current.length > 0) {
    const previous = chunks.at(-1);
    const previousWords = previous ? previous.reduce((sum, unit) => sum + wordCount(unit.unit.text), 0) : 0;
    if (previous && words < passageWordLimits.min / 2 && previousWords + words <= passageWordLimits.max * 1.25) {
      previous.push(...current);
    } else chunks.push(current);
  }
  return chunks;
}

function sectionKey(section: Section): string {
  return section.question ? `${section.question.form}:${section.question.number}` : section.headingPath.join(' > ');
}

export function passageId(reportId: string, key: string, ordinalInSection: number, text: string): string {
  const hash = createHash('sha256').update(`${reportId}\u0000${key}\u0000${ordinalInSection}\u0000${text}`).digest('hex');
  return `${reportId}-${hash.slice(0, 16)}`;
}

export function buildPassages(reportId: string, cleanedText: string, units: PositionedUnit[], bank: QuestionBank): {
  passages: Passage[];
  unitsByPassage: Map<string, PositionedUnit[]>;
} {
  const passages: Passage[] = [];
  const unitsByPassage = new Map<string, PositionedUnit[]>();
  const perKey = new Map<string, number>();
  for (const run of runsOf(units)) {
    for (const chunk of chunkRun(run.units)) {
      const first = chunk[0];
      const last = chunk.at(-1);
      if (!first || !last) continue;
      const text = cleanedText.slice(first.start, last.end);
      const key = `${sectionKey(run.section)}${run.agreement ? ' (överenskommelsen)' : ''}`;
      const ordinalInSection = perKey.get(key) ?? 0;
      perKey.set(key, ordinalInSection + 1);
      // Text outside any heading or question (e.g. a report without headings) is themed on its own.
      const unplaced = run.section.question === null && run.section.headingPath.length === 0;
      const themeId = unplaced ? classifyTheme(bank, '', text, 2).themeId : run.section.themeId;
      const id = passageId(reportId, key, ordinalInSection, text);
      passages.push({
        id,
        reportId,
        themeId,
        question: run.section.question,
        headingPath: [...run.section.headingPath],
        text,
        page: first.unit.page,
        start: first.start,
        end: last.end,
        isAgreementText: run.agreement,
        ordinal: passages.length,
      });
      unitsByPassage.set(id, chunk);
    }
  }
  return { passages, unitsByPassage };
}
