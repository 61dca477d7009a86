import { Router, type Request } from 'express';
import { planAnswer, type AnswerDeps } from '../../answer/answer-question.ts';
import { answerWithLanguageModel, streamWithLanguageModel, type LlmAnswerDeps } from '../../answer/llm/llm-answer.ts';
import { summarize } from '../../answer/summary/summary.ts';
import { withModelOverview, type SummaryLlmDeps } from '../../answer/llm/summary-llm.ts';
import type { Summary } from '../../answer/summary/summary.ts';
import { askBodySchema, goodPracticeBodySchema, summaryBodySchema } from '../request-schemas.ts';
import { parseRequest } from '../validation.ts';
import { canonicalFilters } from './search-route.ts';
import { sendEvent, startEventStream } from '../sse.ts';

export interface AnswerRouteDeps extends AnswerDeps {
  /** Present only when a language model is configured. */
  llm?: LlmAnswerDeps & SummaryLlmDeps;
}

function wantsStream(request: Request, bodyFlag: boolean | undefined): boolean {
  const flag = request.query.stream;
  return bodyFlag === true || flag === '1' || flag === 'true';
}

export function answerRoutes(deps: AnswerRouteDeps): Router {
  const router = Router();

  router.post('/api/ask', async (request, response) => {
    const body = parseRequest(askBodySchema, request.body);
    const ask = { question: body.question, filters: canonicalFilters(body.filters, deps.index), history: body.history };
    const plan = await planAnswer(ask, deps);
    // A client that leaves must not keep the model working until its timeout.
    const clientGone = new AbortController();
    response.on('close', () => {
      if (!response.writableFinished) clientGone.abort();
    });
    if (!wantsStream(request, body.stream)) {
      const answer = deps.llm ? await answerWithLanguageModel(ask, plan, deps.llm, clientGone.signal) : plan.answer;
      if (!clientGone.signal.aborted) response.json(answer);
      return;
    }
    startEventStream(response);
    if (!deps.llm) {
      sendEvent(response, 'done', plan.answer);
      response.end();
      return;
    }
    // Deltas are checked sentences; `done` carries the final answer, whose `fallback` says whether it is the model's.
    for await (const event of streamWithLanguageModel(ask, plan, deps.llm, clientGone.signal)) {
      if (event.type === 'delta') sendEvent(response, 'delta', { text: event.text });
      else sendEvent(response, 'done', event.answer);
    }
    response.end();
  });

  async function summaryResponse(body: Parameters<typeof summarize>[0]): Promise<Summary> {
    const summary = await summarize(body, deps);
    if (!deps.llm) return summary;
    const topic = summary.title.replace(/^[^:]*:\s*/, '');
    return withModelOverview(summary, topic, deps.llm);
  }

  router.post('/api/summary', async (request, response) => {
    response.json(await summaryResponse(parseRequest(summaryBodySchema, request.body)));
  });

  // Good practice is the summary in another mode; the route exists so clients need not know that.
  router.post('/api/good-practice', async (request, response) => {
    const body = parseRequest(goodPracticeBodySchema, request.body);
    response.json(await summaryResponse({ ...body, mode: 'good-practice' }));
  });
  return router;
}
