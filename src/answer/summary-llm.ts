import { isAppError } from '../errors.ts';
import { checkCitations } from './citation-check.ts';
import type { LanguageModel } from './language-model.ts';
import { stripEmails } from './privacy.ts';
import { renderPrompt, type Prompts } from './prompts.ts';
import type { Summary } from './summary.ts';
import { summaryMarkdown } from './summary-markdown.ts';

export interface SummaryLlmDeps {
  languageModel: LanguageModel;
  prompts: Prompts;
  onFallback?: (reason: string) => void;
}

/** The points as the model sees them, numbered by the summary's own citation numbers. */
export function numberedPoints(summary: Summary): string {
  return summary.regions
    .map(({ region, points }) => {
      if (points.length === 0) return `${region}:\n- (inget material)`;
      const lines = points.map((point) => {
        const result = point.result ? ` Resultat: ${point.result}` : '';
        return `- ${point.text}${result} ${point.citations.map((n) => `[${n}]`).join('')}`;
      });
      return `${region}:\n${lines.join('\n')}`;
    })
    .join('\n\n');
}

/**
 * Lets the model rephrase only the overview; the points stay extractive. A reply without valid
 * citations, an error or a timeout keeps the deterministic overview.
 */
export async function withModelOverview(summary: Summary, topic: string, deps: SummaryLlmDeps): Promise<Summary> {
  if (summary.citations.length === 0) return summary;
  try {
    const content = renderPrompt(deps.prompts.summary, { topic, points: numberedPoints(summary) });
    const reply = await deps.languageModel.complete([{ role: 'user', content }]);
    const checked = checkCitations(reply, summary.citations.length);
    const text = checked.lines
      .map((line) => line.segments.map((s) => `${s.text.replace(/([.!?;:,]*)$/, ` ${s.cites.map((n) => `[${n}]`).join('')}$1`)}`).join(' '))
      .filter(Boolean)
      .join(' ');
    if (!text) {
      deps.onFallback?.('språkmodellens översikt hade inga giltiga hänvisningar');
      return summary;
    }
    // The model may leave out regions without material; the service names them regardless.
    const missing = summary.regions.filter((r) => r.points.length === 0).map((r) => r.region);
    const note = missing.length > 0 ? ` Inget material om detta: ${missing.join(', ')}.` : '';
    const overview = stripEmails(`${text}${note}`);
    return { ...summary, overview, markdown: summaryMarkdown(summary.title, overview, summary.regions, summary.citations) };
  } catch (error) {
    deps.onFallback?.(isAppError(error) ? error.message : 'okänt fel i språkmodellen');
    return summary;
  }
}
