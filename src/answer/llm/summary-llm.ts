import { isAppError } from '../../errors.ts';
import { checkCitations } from './citation-check.ts';
import { unsupportedClaims, type ClaimSource } from './claim-support.ts';
import type { LanguageModel } from './language-model.ts';
import { stripEmails } from '../evidence/privacy.ts';
import { renderPrompt, type Prompts } from './prompts.ts';
import type { Summary } from '../summary/summary.ts';
import { summaryMarkdown } from '../summary/summary-markdown.ts';

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

/** What citation n stands for in the material the model saw: its points and the cited excerpt. */
function pointSource(summary: Summary, n: number): ClaimSource {
  const citation = summary.citations.find((candidate) => candidate.n === n);
  const points = summary.regions.flatMap(({ points }) => points.filter((point) => point.citations.includes(n)).map((point) => `${point.text} ${point.result ?? ''}`));
  return {
    text: `${points.join(' ')} ${citation?.excerpt.replaceAll('**', '') ?? ''}`,
    region: citation?.region ?? '',
    title: citation?.reportTitle ?? '',
  };
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
    // The same judgement as for answers: the cited points must back the sentence's numbers and regions.
    const text = checked.lines
      .flatMap((line) => line.segments)
      .filter((segment) => unsupportedClaims(segment.text, segment.cites.map((n) => pointSource(summary, n))).length === 0)
      .map((segment) => segment.text.replace(/([.!?;:,]*)$/, ` ${segment.cites.map((n) => `[${n}]`).join('')}$1`))
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
