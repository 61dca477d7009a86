import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import type { FormKind, Theme } from '../types.ts';

/** Where the bank lives: one data file with themes, both forms' questions and heading aliases. */
export const questionBankPath = new URL('../../data/question-bank.json', import.meta.url);

const themeSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  aliases: z.array(z.string()),
  keywords: z.array(z.string()),
});

const questionSchema = z.object({
  number: z.string().regex(/^\d{1,2}$/),
  part: z.string().regex(/^[a-i]$/).nullable(),
  text: z.string().min(1),
  theme: z.string(),
  options: z.array(z.string()).optional(),
  instructions: z.array(z.string()).optional(),
  aliases: z.array(z.string()).optional(),
});

const bankSchema = z.object({
  version: z.number(),
  themes: z.array(themeSchema).min(1),
  partHeadings: z.object({ a: z.array(z.string()), b: z.array(z.string()) }),
  forms: z.object({ region: z.array(questionSchema), municipal: z.array(questionSchema) }),
});

type RawQuestion = z.infer<typeof questionSchema>;

/** One question of a survey form, with the theme it belongs to. */
export interface BankQuestion extends RawQuestion {
  form: FormKind;
  /** Number with part letter, e.g. "6a", "17c", "3". */
  id: string;
}

/** A theme with the keywords that steer detection in unnumbered text. */
export interface BankTheme extends Theme {
  keywords: string[];
}

export interface QuestionBank {
  themes: BankTheme[];
  questions: BankQuestion[];
  partHeadings: { a: string[]; b: string[] };
}

let cached: QuestionBank | undefined;

export function loadQuestionBank(): QuestionBank {
  if (cached) return cached;
  const parsed = bankSchema.safeParse(JSON.parse(readFileSync(questionBankPath, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('INTERNAL', `Frågebanken är ogiltig: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const themeIds = new Set(parsed.data.themes.map((theme) => theme.id));
  const questions: BankQuestion[] = [];
  for (const form of ['region', 'municipal'] as const) {
    for (const question of parsed.data.forms[form]) {
      if (!themeIds.has(question.theme)) {
        throw new AppError('INTERNAL', `Frågebanken: fråga ${form} ${question.number} har okänt tema "${question.theme}".`);
      }
      questions.push({ ...question, form, id: `${question.number}${question.part ?? ''}` });
    }
  }
  const themes = parsed.data.themes.map((theme) => ({
    ...theme,
    aliases: theme.aliases.map((alias) => alias.toLowerCase()),
  }));
  cached = { themes, questions, partHeadings: parsed.data.partHeadings };
  return cached;
}

/** The canonical themes (id, Swedish label, lower-case aliases). */
export function loadThemes(): Theme[] {
  return loadQuestionBank().themes.map(({ id, label, aliases }) => ({ id, label, aliases: [...aliases] }));
}

export function questionsOfForm(bank: QuestionBank, form: FormKind): BankQuestion[] {
  return bank.questions.filter((question) => question.form === form);
}
