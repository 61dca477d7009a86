import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../errors.ts';

/** Reads and validates one of the project's data/*.json files; a broken data file is a build error, not a runtime surprise. */
export function readDataFile<T>(name: string, schema: z.ZodType<T>): T {
  const url = new URL(`../../data/${name}`, import.meta.url);
  try {
    return schema.parse(JSON.parse(readFileSync(url, 'utf8')));
  } catch (error) {
    throw new AppError('INTERNAL', `Datafilen data/${name} kunde inte läsas: ${(error as Error).message}`, { cause: error });
  }
}
