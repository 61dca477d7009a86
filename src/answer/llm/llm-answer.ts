import type { Answer, Hit } from '../../types.ts';
import { isAppError } from '../../errors.ts';
import type { AnswerPlan, AskRequest } from '../answer-question.ts';
import { displayRegion, type ReportCatalog } from '../report-catalog.ts';
import { CheckedAnswerBuilder, maxPassages } from './checked-answer.ts';
import type { ChatMessage, LanguageModel } from './language-model.ts';
import { stripEmails } from '../evidence/privacy.ts';
import { renderPrompt, type Prompts } from './prompts.ts';

export interface LlmAnswerDeps {
  languageModel: LanguageModel;
  prompts: Prompts;
  index: ReportCatalog;
  /** Where to report a fallback; the service keeps answering either way. */
  onFallback?: (reason: string) => void;
}

const maxHistoryTurns = 6;

/** The retrieved passages, numbered from 1, as the model sees them: the only material it may use. */
export function numberedPassages(hits: Hit[], index: ReportCatalog): string {
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
    // As worded: a negated question ("vilka regioner saknar …") is searched without its negation but asked with it.
    question: plan.question?.wording ?? plan.query,
    passages: numberedPassages(plan.hits.slice(0, maxPassages), deps.index),
    history: history.length > 0 ? history.join('\n') : '(inget)',
  });
  return [{ role: 'user', content }];
}

/** Turns a whole model reply into a checked Answer; null when too little of it is cited and backed. */
export function answerFromReply(reply: string, plan: AnswerPlan, index: ReportCatalog): Answer | null {
  const builder = new CheckedAnswerBuilder(plan, index);
  builder.push(reply);
  builder.end();
  return builder.finish().answer;
}

const unbackedNotice = 'Språkmodellens svar kunde inte beläggas i källorna, så svaret är i stället sammanställt direkt ur rapporterna.';
const failedNotice = 'Språkmodellen svarade inte, så svaret är i stället sammanställt direkt ur rapporterna.';

function fallbackAnswer(plan: AnswerPlan, notice: string): Answer {
  return { ...plan.answer, fallback: true, notice };
}

function failureReason(error: unknown): string {
  return isAppError(error) ? error.message : 'okänt fel i språkmodellen';
}

/**
 * The model's answer when enough of it is cited and backed by the passages; otherwise (refusal, error,
 * timeout, too little left) the extractive one, marked `fallback`. `signal` aborts the model call,
 * e.g. when the client has gone.
 */
export async function answerWithLanguageModel(request: AskRequest, plan: AnswerPlan, deps: LlmAnswerDeps, signal?: AbortSignal): Promise<Answer> {
  if (!plan.grounded) return plan.answer;
  try {
    const reply = await deps.languageModel.complete(answerMessages(request, plan, deps), signal ? { signal } : {});
    const answer = answerFromReply(reply, plan, deps.index);
    if (answer) return answer;
    deps.onFallback?.('för lite av språkmodellens svar hade stöd i källorna');
    return fallbackAnswer(plan, unbackedNotice);
  } catch (error) {
    if (!signal?.aborted) deps.onFallback?.(failureReason(error));
    return fallbackAnswer(plan, failedNotice);
  }
}

export type AnswerEvent = { type: 'delta'; text: string } | { type: 'done'; answer: Answer; fallback: boolean };

/**
 * Streams the model's answer as checked sentences: text is held until a sentence is complete, judged
 * like the whole reply would be, and only then sent, already numbered as in the final answer. The
 * `done` event carries the final answer and says whether it fell back to the extractive one (then
 * clients replace what they showed). When `signal` aborts, the model call stops and nothing more is yielded.
 */
export async function* streamWithLanguageModel(request: AskRequest, plan: AnswerPlan, deps: LlmAnswerDeps, signal?: AbortSignal): AsyncGenerator<AnswerEvent> {
  if (!plan.grounded) {
    yield { type: 'done', answer: plan.answer, fallback: false };
    return;
  }
  const builder = new CheckedAnswerBuilder(plan, deps.index);
  try {
    for await (const delta of deps.languageModel.stream(answerMessages(request, plan, deps), signal ? { signal } : {})) {
      const text = builder.push(delta);
      if (text) yield { type: 'delta', text };
    }
    const rest = builder.end();
    if (rest) yield { type: 'delta', text: rest };
  } catch (error) {
    if (signal?.aborted) return;
    deps.onFallback?.(failureReason(error));
    yield { type: 'done', answer: fallbackAnswer(plan, failedNotice), fallback: true };
    return;
  }
  const { answer } = builder.finish();
  if (!answer) deps.onFallback?.('för lite av språkmodellens svar hade stöd i källorna');
  yield answer ? { type: 'done', answer, fallback: false } : { type: 'done', answer: fallbackAnswer(plan, unbackedNotice), fallback: true };
}
