import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake model replies; `delayMs` makes it slow, `status` makes it fail, `pieceDelayMs` paces a stream. */
export interface ChatScript {
  reply: string;
  delayMs?: number;
  status?: number;
  pieceDelayMs?: number;
}

export interface ChatServer {
  baseUrl: string;
  requests: Array<{ body: { model: string; stream?: boolean; messages: Array<{ role: string; content: string }> }; authorization: string | undefined }>;
  script: ChatScript;
  /** Requests whose client closed the connection before the reply was complete. */
  aborted: number;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of request) text += String(chunk);
  return text;
}

/** A local server speaking the OpenAI chat-completions protocol, plain and streaming. */
export async function startChatServer(script: ChatScript): Promise<ChatServer> {
  const state: ChatServer = { baseUrl: '', requests: [], script, aborted: 0, close: async () => {} };
  const server: Server = createServer(async (request, response) => {
    const body = JSON.parse(await readBody(request));
    state.requests.push({ body, authorization: request.headers.authorization });
    response.on('close', () => {
      if (!response.writableFinished) state.aborted += 1;
    });
    const { reply, delayMs = 0, status = 200, pieceDelayMs = 0 } = state.script;
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (response.destroyed) return;
    if (status !== 200) {
      response.writeHead(status, { 'content-type': 'application/json' }).end('{"error":{"message":"fel"}}');
      return;
    }
    if (!body.stream) {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: reply }, finish_reason: 'stop' }] }));
      return;
    }
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    // Pieces of a few characters, split mid-line on the wire, as real servers do.
    const pieces = reply.match(/[\s\S]{1,7}/g) ?? [];
    let wire = '';
    for (const piece of pieces) wire += `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: piece } }] })}\n\n`;
    wire += 'data: [DONE]\n\n';
    for (let at = 0; at < wire.length; at += 50) {
      if (response.destroyed) return;
      response.write(wire.slice(at, at + 50));
      if (pieceDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, pieceDelayMs));
    }
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  state.close = () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  return state;
}
