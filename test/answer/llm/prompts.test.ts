import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPrompts, placeholdersOf, renderPrompt } from '../../../src/answer/llm/prompts.ts';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'utblick-prompts-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('loadPrompts', () => {
  it('loads the repository prompts', () => {
    const prompts = loadPrompts();
    expect(placeholdersOf(prompts.answer).sort()).toEqual(['history', 'passages', 'question']);
    expect(prompts.summary).toContain('{{points}}');
  });
  it('throws PROMPT_INVALID on a missing placeholder', () => {
    const dir = folder({ 'answer.txt': '{{question}} {{passages}}', 'summary.txt': '{{topic}} {{points}}' });
    expect(() => loadPrompts(dir)).toThrow(expect.objectContaining({ code: 'PROMPT_INVALID', message: expect.stringContaining('{{history}}') }));
  });
  it('throws PROMPT_INVALID on an unknown placeholder', () => {
    const dir = folder({ 'answer.txt': '{{question}} {{passages}} {{history}} {{pasages}}', 'summary.txt': '{{topic}} {{points}}' });
    expect(() => loadPrompts(dir)).toThrow(expect.objectContaining({ code: 'PROMPT_INVALID', message: expect.stringContaining('{{pasages}}') }));
  });
  it('throws PROMPT_INVALID on a missing file', () => {
    expect(() => loadPrompts(folder({ 'answer.txt': '' }))).toThrow(expect.objectContaining({ code: 'PROMPT_INVALID' }));
  });
});

describe('renderPrompt', () => {
  it('fills placeholders once, without re-expanding values', () => {
    expect(renderPrompt('Fråga: {{question}} / {{ question }}', { question: 'Vad är {{history}}?' })).toBe('Fråga: Vad är {{history}}? / Vad är {{history}}?');
  });
});
