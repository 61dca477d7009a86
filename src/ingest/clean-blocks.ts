import { joinSoftWraps } from './blocks.ts';
import type { Block } from './blocks.ts';
import { classifyBoilerplate } from './boilerplate.ts';
import { cleanInline, isEmphasised } from './clean-inline.ts';
import { createRedactor, namesFromContactLines, namesInRoleContext, signatureName } from './redact.ts';

export interface CleanLine {
  text: string;
  kind: 'text' | 'link-note';
  /** The whole line was bold in the source (how the form marks a chosen option). */
  emphasised: boolean;
}

export interface CleanBlock {
  lines: CleanLine[];
  gapBefore: number;
  page: number | null;
}

export interface CleaningResult {
  blocks: CleanBlock[];
  /** Names found in contact and signature blocks (for the report's warnings, never for passages). */
  redactedNames: string[];
}

const endsSentence = /[.!?:;]["”)]*$/u;

/**
 * Rejoins a sentence that a blank line broke in two: the first part has no closing punctuation and
 * the next starts in lower case. Only across a single blank line, never across a slide break.
 */
function mergeBrokenSentences(blocks: CleanBlock[]): CleanBlock[] {
  const merged: CleanBlock[] = [];
  for (const block of blocks) {
    const previous = merged.at(-1);
    const last = previous?.lines.at(-1);
    const first = block.lines[0];
    if (
      previous &&
      last &&
      first &&
      block.gapBefore <= 1 &&
      last.kind === 'text' &&
      first.kind === 'text' &&
      !endsSentence.test(last.text) &&
      !/^[-–]\s/.test(last.text) &&
      /^\p{Ll}/u.test(first.text)
    ) {
      last.text = `${last.text} ${first.text}`;
      previous.lines.push(...block.lines.slice(1));
    } else merged.push({ ...block, lines: [...block.lines] });
  }
  return merged;
}

export function cleanBlocks(blocks: Block[]): CleaningResult {
  const wrapped = blocks.map((block) => {
    const raw = joinSoftWraps(block.lines);
    return { block, lines: raw.map((line) => ({ raw: line, text: cleanInline(line) })) };
  });

  const names = new Set<string>();
  const signatureBlocks = new Set<number>();
  wrapped.forEach(({ lines }, index) => {
    const texts = lines.map((line) => line.text).filter((text) => text !== '');
    for (const name of namesFromContactLines(texts)) names.add(name);
    // A name seen once with its role ("Samordnaren Lisa Ek") is removed wherever else the report repeats it.
    for (const name of texts.flatMap(namesInRoleContext)) names.add(name);
    const signature = signatureName(texts);
    if (signature) {
      names.add(signature);
      signatureBlocks.add(index);
    }
  });
  const redact = createRedactor([...names]);

  const cleaned: CleanBlock[] = [];
  wrapped.forEach(({ block, lines }, index) => {
    if (signatureBlocks.has(index)) return;
    const kept: CleanLine[] = [];
    for (const line of lines) {
      const text = redact(line.text);
      const kind = classifyBoilerplate(text);
      if (kind === 'drop') continue;
      kept.push({ text, kind: kind === 'link-note' ? 'link-note' : 'text', emphasised: isEmphasised(line.raw) });
    }
    if (kept.length > 0) cleaned.push({ lines: kept, gapBefore: block.gapBefore, page: block.page });
  });
  return { blocks: mergeBrokenSentences(cleaned), redactedNames: [...names] };
}
