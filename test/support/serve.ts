import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Listening {
  server: Server;
  /** Without a trailing slash, e.g. "http://127.0.0.1:41234". */
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * A request handler (an Express app) on a free port of 127.0.0.1. close() ends kept-alive connections
 * first: browsers and fetch keep them open, and server.close() alone would wait for them.
 */
export async function listen(handler: RequestListener): Promise<Listening> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
