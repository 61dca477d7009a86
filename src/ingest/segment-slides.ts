import { aliasSimilarity, classifyTheme } from './classify-theme.ts';
import type { QuestionBank } from './question-bank.ts';
import { matchingText, wordCount } from './similarity.ts';
import { looksLikeHeading } from './structure.ts';
import type { PlacedUnit, Section } from './structure.ts';
import type { Unit } from './units.ts';

interface Slide {
  units: Unit[];
}

/** An all-capitals fragment of a diagram ("KOMMUNAL OMSORG", "SAMHÄLLET"). */
function isDiagramLabel(unit: Unit): boolean {
  return /\p{Lu}/u.test(unit.text) && unit.text === unit.text.toUpperCase() && wordCount(unit.text) <= 4;
}

function slideWords(slide: Slide): number {
  return slide.units.reduce((sum, unit) => sum + wordCount(unit.text), 0);
}

/**
 * Slides are separated by runs of blank lines. Exports scatter a slide over several such runs, so:
 * a lone title line joins the slide after it, diagram labels and few-word fragments join the slide
 * before them.
 */
function splitSlides(units: Unit[]): Slide[] {
  const raw: Slide[] = [];
  for (const unit of units) {
    const startsSlide = raw.length === 0 || (unit.firstInBlock && unit.gapBefore >= 2);
    if (startsSlide) raw.push({ units: [unit] });
    else raw.at(-1)?.units.push(unit);
  }
  const forward: Slide[] = [];
  let pendingTitle: Unit | null = null;
  raw.forEach((slide, index) => {
    const only = slide.units.length === 1 ? slide.units[0] : undefined;
    const next = raw[index + 1];
    const loneTitle =
      only && index > 0 && next && slideWords(next) >= 8 && looksLikeHeading(only.text) && wordCount(only.text) >= 2 && !isDiagramLabel(only);
    if (loneTitle && !pendingTitle) {
      pendingTitle = only;
      return;
    }
    forward.push(pendingTitle ? { units: [pendingTitle, ...slide.units] } : slide);
    pendingTitle = null;
  });
  if (pendingTitle) forward.push({ units: [pendingTitle] });
  const merged: Slide[] = [];
  for (const slide of forward) {
    const previous = merged.at(-1);
    if (previous) {
      while (slide.units.length > 1 && slide.units[0] && isDiagramLabel(slide.units[0])) {
        previous.units.push(slide.units.shift() as Unit);
      }
    }
    if (previous && slideWords(slide) < 6) previous.units.push(...slide.units);
    else merged.push(slide);
  }
  return merged;
}

/** Lines repeated on many slides (a running subtitle) say nothing about any one slide. */
function repeatedLines(units: Unit[], titles: Set<number>): Set<number> {
  const counts = new Map<string, number>();
  for (const unit of units) {
    if (unit.onlyInBlock) counts.set(matchingText(unit.text), (counts.get(matchingText(unit.text)) ?? 0) + 1);
  }
  const repeated = new Set<number>();
  for (const unit of units) {
    if (unit.onlyInBlock && !titles.has(unit.index) && (counts.get(matchingText(unit.text)) ?? 0) >= 3) repeated.add(unit.index);
  }
  return repeated;
}

function isSubTitle(bank: QuestionBank, unit: Unit): boolean {
  if (!unit.onlyInBlock || !looksLikeHeading(unit.text.replace(/:$/, ''), 12)) return false;
  return bank.themes.some((theme) => aliasSimilarity(theme, unit.text) >= 0.72);
}

/**
 * Slide decks: the first line of a slide is its title; a line inside a slide that reads like a
 * theme's title starts a sub-slide (decks exported as one long slide). The theme comes from title
 * and text by alias and keyword similarity, falling back to "ovrigt".
 */
export function segmentSlides(units: Unit[], bank: QuestionBank): PlacedUnit[] {
  const slides = splitSlides(units);
  const titles = new Set(slides.map((slide) => slide.units[0]?.index ?? -1));
  const repeated = repeatedLines(units, titles);
  const placed: PlacedUnit[] = [];
  for (const slide of slides) {
    const [titleUnit, ...rest] = slide.units;
    if (!titleUnit) continue;
    const title = titleUnit.text.replace(/^[-–]\s*/, '');
    const groups: { subtitle: Unit | null; units: Unit[] }[] = [{ subtitle: null, units: [] }];
    for (const unit of rest) {
      if (repeated.has(unit.index)) {
        placed.push({ unit, role: 'drop', section: null });
        continue;
      }
      if (isSubTitle(bank, unit)) groups.push({ subtitle: unit, units: [] });
      else groups.at(-1)?.units.push(unit);
    }
    let titleSection: Section | null = null;
    const sections = groups.map((group) => {
      const heading = group.subtitle ? group.subtitle.text : title;
      const body = group.units.map((unit) => unit.text).join('\n');
      // One keyword is enough on a slide: its text is short and all of it is on the title's topic.
      const themeId = classifyTheme(bank, heading, body, 0.65).themeId;
      const headingPath = group.subtitle ? [title, group.subtitle.text] : [title];
      const section: Section = { themeId, question: null, headingPath, linked: false };
      titleSection ??= section;
      return section;
    });
    placed.push({ unit: titleUnit, role: 'heading', section: titleSection });
    groups.forEach((group, index) => {
      const section = sections[index] ?? null;
      if (group.subtitle) placed.push({ unit: group.subtitle, role: 'heading', section });
      for (const unit of group.units) placed.push({ unit, role: 'body', section });
    });
  }
  placed.sort((a, b) => a.unit.index - b.unit.index);
  return placed;
}
