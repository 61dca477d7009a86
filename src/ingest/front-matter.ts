import { parse as parseYaml } from 'yaml';
import type { ReportMeta } from '../types.ts';

export interface FrontMatter {
  meta: Partial<Omit<ReportMeta, 'id' | 'file'>>;
  /** The text after the front matter. */
  body: string;
  warnings: string[];
}

const kinds = ['survey-region', 'survey-municipal', 'report', 'slides'] as const;
const organisations = ['region', 'kommunerna', 'region och kommunerna'] as const;

/** Splits YAML front matter ("---" … "---" at the very start) from a .md/.txt report. */
export function parseFrontMatter(text: string): FrontMatter {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { meta: {}, body: text, warnings: [] };
  const body = text.slice(match[0].length);
  const warnings: string[] = [];
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    return { meta: {}, body, warnings: [`front matter kunde inte läsas (${(error as Error).message.split('\n')[0]})`] };
  }
  if (typeof data !== 'object' || data === null) return { meta: {}, body, warnings };
  const record = data as Record<string, unknown>;
  const meta: FrontMatter['meta'] = {};
  const text_ = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  if (text_(record.title)) meta.title = text_(record.title);
  if (text_(record.region)) meta.region = text_(record.region);
  if (text_(record.period)) meta.period = text_(record.period);
  const sourceUrl = text_(record.source_url) ?? text_(record.sourceUrl);
  if (sourceUrl) meta.sourceUrl = sourceUrl;
  const year = typeof record.year === 'number' ? record.year : Number.parseInt(String(record.year ?? ''), 10);
  if (Number.isInteger(year) && year >= 1990 && year <= 2100) meta.year = year;
  else if (record.year !== undefined) warnings.push(`front matter: ogiltigt år "${String(record.year)}"`);
  if (record.kind !== undefined) {
    if ((kinds as readonly unknown[]).includes(record.kind)) meta.kind = record.kind as (typeof kinds)[number];
    else warnings.push(`front matter: okänd typ "${String(record.kind)}"`);
  }
  if (record.organisation !== undefined) {
    if ((organisations as readonly unknown[]).includes(record.organisation)) {
      meta.organisation = record.organisation as (typeof organisations)[number];
    } else warnings.push(`front matter: okänd organisation "${String(record.organisation)}"`);
  }
  return { meta, body, warnings };
}
