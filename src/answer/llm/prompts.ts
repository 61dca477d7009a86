import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../errors.ts';

/** Each template and the placeholders it must use, no more and no fewer. */
export const promptSpecs = {
  answer: ['question', 'passages', 'history'],
  summary: ['topic', 'points'],
} as const;

export type PromptName = keyof typeof promptSpecs;
export type Prompts = Record<PromptName, string>;

/** The repository's prompts/ folder, found from this file rather than the working directory. */
export const defaultPromptsDir = fileURLToPath(new URL('../../../prompts/', import.meta.url));

export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{\{\s*([\w-]+)\s*\}\}/g)].map((match) => match[1]!))];
}

/**
 * Reads and checks every template at start-up, so that a typo in a placeholder fails the service
 * loudly instead of sending a model "{{pasages}}".
 */
export function loadPrompts(dir: string = defaultPromptsDir, specs: Record<string, readonly string[]> = promptSpecs): Prompts {
  const prompts: Record<string, string> = {};
  for (const [name, declared] of Object.entries(specs)) {
    let template: string;
    try {
      template = readFileSync(join(dir, `${name}.txt`), 'utf8');
    } catch (error) {
      throw new AppError('PROMPT_INVALID', `Promptmallen ${name}.txt saknas i ${dir}.`, { cause: error });
    }
    const used = placeholdersOf(template);
    const missing = declared.filter((placeholder) => !used.includes(placeholder));
    const unknown = used.filter((placeholder) => !declared.includes(placeholder));
    if (missing.length > 0 || unknown.length > 0) {
      const parts = [
        missing.length > 0 ? `saknar ${missing.map((p) => `{{${p}}}`).join(', ')}` : '',
        unknown.length > 0 ? `har okända ${unknown.map((p) => `{{${p}}}`).join(', ')}` : '',
      ].filter(Boolean);
      throw new AppError('PROMPT_INVALID', `Promptmallen ${name}.txt ${parts.join(' och ')}.`, { details: { missing, unknown } });
    }
    prompts[name] = template;
  }
  return prompts as Prompts;
}

/** Fills placeholders; values are inserted verbatim, once, so text inside a value is never re-expanded. */
export function renderPrompt(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}
