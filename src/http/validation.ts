import type { z } from 'zod';
import { AppError } from '../errors.ts';

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'ett tal',
  int: 'ett heltal',
  boolean: 'sant eller falskt',
  array: 'en lista',
  object: 'ett objekt',
};

function describe(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'förfrågan';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `${where} saknas` : `${where} ska vara ${typeNames[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return `${where} får inte vara tom${Number(issue.minimum) > 1 ? ` (minst ${issue.minimum} tecken)` : ''}`;
      if (issue.origin === 'array' || issue.origin === 'set') return `${where} ska ha minst ${issue.minimum} element`;
      return `${where} ska vara minst ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `${where} får vara högst ${issue.maximum} tecken`;
      if (issue.origin === 'array' || issue.origin === 'set') return `${where} får ha högst ${issue.maximum} element`;
      return `${where} får vara högst ${issue.maximum}`;
    case 'invalid_value':
      return `${where} har ett ogiltigt värde (tillåtna: ${issue.values.map(String).join(', ')})`;
    case 'unrecognized_keys':
      return `okända fält i ${where}: ${issue.keys.join(', ')}`;
    case 'custom':
      return issue.message;
    default:
      return `${where} är ogiltig`;
  }
}

/** Parses a request part, turning zod's issues into one Swedish BAD_REQUEST message. */
export function parseRequest<Schema extends z.ZodType>(schema: Schema, value: unknown): z.output<Schema> {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.slice(0, 5).map(describe);
  throw new AppError('BAD_REQUEST', `Ogiltig förfrågan: ${details.join('; ')}.`, { details: { issues: details } });
}
