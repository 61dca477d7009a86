import type { Answer, Hit, RegionAccount } from '../types.ts';
import { isAppError } from '../errors.ts';
import type { AnswerPlan, AskRequest } from './answer-question.ts';
import { displayRegion, type CatalogIndex } from './catalog.ts';
import { checkCitations } from './citation-check.ts';
import { createCitationList } from './citations.ts';
import type { ChatMessage, LanguageModel } from './language-model.ts';
import { stripEmails } from './privacy.ts';
import { renderPrompt, type Prompts } from './prompts.ts';
import { splitSentences } from './sentences.ts';
import { scoreSentence } from './sentence-scoring.ts';
import { analyzeTopic } from '../text/analyze.ts';

export interface LlmAnswerDeps {
  languageModel: LanguageModel;
  prompts: Prompts;
  index: CatalogIndex;
  /** Where to report a fallback; the service keeps answering either way. */
  onFallback?: (reason: string) => void;
}

const maxPassages = 12;
const maxHistoryTurns = 6;

/** The retrieved passages, numbered from 1, as the model sees them: the only material it may use. */
export function numberedPassages(hits: Hit[], index: CatalogIndex): string {
  return hits
    .map((hit, i) => {
      const page = hit.passage.page === null ? '' : `, s. ${hit.passage.page}`;
      return `[${i + 1}] ${displayRegion(index, hit.report.region)} – ${hit.report.title}${page}\n${stripEmails(hit.passage.text)}`;
    })
    .join('\n\n');
}

export function answerMessages(request: AskRequest, plan: AnswerPlan, deps: LlmAnswerDeps): ChatMessage[] {
  const history = (request.history ?? []).slice(-maxHistoryTurns).map((turn) => `${turn.role === 'user' ? 'Användare' : 'Utblick'}: ${turn.content}`);
  const content = renderPrompt(deps.prompts.answer, {
    question: plan.query,
    passages: numberedPassages(plan.hits.slice(0, maxPassages), deps.index),
    history: history.length > 0 ? history.join('\n') : '(inget)',
  });
  return [{ role: 'user', content }];
}

/** Turns a checked model reply into an Answer with renumbered citations; null when nothing valid remains. */
export function answerFromReply(reply: string, plan: AnswerPlan, index: CatalogIndex): Answer | null {
  const hits = plan.hits.slice(0, maxPassages);
  const checked = checkCitations(reply, hits.length);
  const citations = createCitationList(index);
  const byRegion = new Map<string, { quotes: string[]; numbers: Set<number> }>();
  const out: string[] = [];
  for (const line of checked.lines) {
    if ('heading' in line) {
      out.push(line.heading);
      continue;
    }
    const parts = line.segments.map((segment) => {
      const numbers = segment.cites.map((given) => {
        const hit = hits[given - 1]!;
        const best = bestSentence(hit, segment.text);
        const n = citations.cite(hit.passage, best);
        const region = displayRegion(index, hit.report.region);
        const entry = byRegion.get(region) ?? { quotes: [], numbers: new Set<number>() };
        entry.numbers.add(n);
        byRegion.set(region, entry);
        return n;
      });
      const markers = numbers.map((n) => `[${n}]`).join('');
      const quote = stripEmails(segment.text.replace(/([.!?;:,]*)$/, ` ${markers}$1`));
      for (const given of segment.cites) byRegion.get(displayRegion(index, hits[given - 1]!.report.region))!.quotes.push(quote);
      return quote;
    });
    out.push(`${line.prefix}${parts.join(' ')}`);
  }
  if (!checked.lines.some((line) => 'segments' in line)) return null;
  const regions: RegionAccount[] = [...byRegion.entries()].map(([region, entry]) => ({
    region,
    summary: [...new Set(entry.quotes)].slice(0, 2).join(' '),
    citations: [...entry.numbers],
  }));
  // Regions the extractive pass found silent stay named: the model must not make them disappear.
  for (const account of plan.answer.regions) {
    if (account.citations.length === 0 && !byRegion.has(account.region)) regions.push(account);
  }
  const silent = regions.filter((r) => r.citations.length === 0).map((r) => r.region);
  const note = silent.length > 0 ? `\n\nInget om detta i rapporten: ${silent.join(', ')}.` : '';
  return { answerable: true, answer: stripEmails(`${out.join('\n')}${note}`), citations: citations.finish(), regions };
}

function bestSentence(hit: Hit, claim: string): { start: number; end: number } | null {
  const terms = analyzeTopic(claim);
  let best: { start: number; end: number; coverage: number } | null = null;
  for (const sentence of splitSentences(hit.passage.text)) {
    const { coverage } = scoreSentence(terms, sentence.text);
    if (coverage > 0 && (!best || coverage > best.coverage)) best = { start: sentence.start, end: sentence.end, coverage };
  }
  return best ? { start: best.start, end: best.end } : null;
}

/** The model's answer when it gives a usable one; otherwise (refusal, error, timeout, no valid citation) the extractive one. */
export async function answerWithLanguageModel(request: AskRequest, plan: AnswerPlan, deps: LlmAnswerDeps): Promise<Answer> {
  if (!plan.grounded) return plan.answer;
  try {
    const reply = await deps.languageModel.complete(answerMessages(request, plan, deps));
    const answer = answerFromReply(reply, plan, deps.index);
    if (answer) return answer;
    deps.onFallback?.('språkmodellens svar hade inga giltiga hänvisningar');
  } catch (error) {
    deps.onFallback?.(isAppError(error) ? error.message : 'okänt fel i språkmodellen');
  }
  return plan.answer;
}

export type AnswerEvent = { type: 'delta'; text: string } | { type: 'done'; answer: Answer; fallback: boolean };

/**
 * Streams the model's text as it comes, then the checked answer. Deltas are raw model text; clients
 * replace them with the final `done` answer, whose citations are verified.
 */
export async function* streamWithLanguageModel(request: AskRequest, plan: AnswerPlan, deps: LlmAnswerDeps): AsyncGenerator<AnswerEvent> {
  if (!plan.grounded) {
    yield { type: 'done', answer: plan.answer, fallback: false };
    return;
  }
  let reply = '';
  try {
    for await (const delta of deps.languageModel.stream(answerMessages(request, plan, deps))) {
      reply += delta;
      yield { type: 'delta', text: stripEmails(delta) };
    }
  } catch (error) {
    deps.onFallback?.(isAppError(error) ? error.message : 'okänt fel i språkmodellen');
    yield { type: 'done', answer: plan.answer, fallback: true };
    return;
  }
  const answer = answerFromReply(reply, plan, deps.index);
  if (!answer) deps.onFallback?.('språkmodellens svar hade inga giltiga hänvisningar');
  yield { type: 'done', answer: answer ?? plan.answer, fallback: !answer };
}
