import type { Passage } from '../types.ts';
import type { PositionedUnit } from './assemble-text.ts';

// Part a numbers its items "1." / "1)"; part b also writes "1/", "1.En …" or just "3 Region …".
const itemInPartA = /^(\d{1,2})[.)/]\s*(?=\S)/u;
const itemInPartB = /^(\d{1,2})(?:\s*[./)]\s*|\s+)(?=[\p{L}"”])/u;

function itemNumbers(units: PositionedUnit[], pattern: RegExp): number[] {
  const numbers: number[] = [];
  for (const unit of units) {
    const match = pattern.exec(unit.unit.text);
    if (match?.[1]) numbers.push(Number(match[1]));
  }
  return numbers;
}

/**
 * Where the form says "Svaren 1-X i fråga a hänger ihop med svaren 1-X i fråga b", links item n of
 * part b (results) to item n of part a (measures), on both passages.
 */
export function linkItems(passages: Passage[], unitsByPassage: Map<string, PositionedUnit[]>): void {
  const linkedSection = (passage: Passage) => unitsByPassage.get(passage.id)?.[0]?.section?.linked === true;
  const byQuestion = new Map<string, Passage[]>();
  for (const passage of passages) {
    if (!passage.question || passage.isAgreementText || !linkedSection(passage)) continue;
    const list = byQuestion.get(passage.question.number) ?? [];
    list.push(passage);
    byQuestion.set(passage.question.number, list);
  }
  for (const [number, partB] of byQuestion) {
    const match = /^(\d{1,2})b$/.exec(number);
    if (!match) continue;
    const partA = byQuestion.get(`${match[1]}a`) ?? [];
    const holderOfA = new Map<number, Passage>();
    for (const passage of partA) {
      for (const item of itemNumbers(unitsByPassage.get(passage.id) ?? [], itemInPartA)) if (!holderOfA.has(item)) holderOfA.set(item, passage);
    }
    for (const passage of partB) {
      for (const item of itemNumbers(unitsByPassage.get(passage.id) ?? [], itemInPartB)) {
        const partner = holderOfA.get(item);
        if (!partner) continue;
        addLink(passage, item, partner.id);
        addLink(partner, item, passage.id);
      }
    }
  }
}

function addLink(passage: Passage, item: number, passageId: string): void {
  passage.linkedItems ??= [];
  if (!passage.linkedItems.some((link) => link.item === item && link.passageId === passageId)) {
    passage.linkedItems.push({ item, passageId });
  }
  passage.linkedItems.sort((a, b) => a.item - b.item);
}
