import { request as httpRequest, Agent } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface RawRequest {
  method?: string;
  /** Sent exactly as given: no normalisation of dots or percent-encoding, unlike fetch. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** One request over node:http, so tests can send what browsers and fetch refuse to (odd Host, broken paths). */
export function rawRequest(baseUrl: string, options: RawRequest, agent?: Agent): Promise<RawResponse> {
  const url = new URL(baseUrl);
  // Explicit framing: Node sends a DELETE or OPTIONS body unframed otherwise, which the server would read as a second request.
  const headers = { ...options.headers, ...(options.body !== undefined ? { 'content-length': String(Buffer.byteLength(options.body)) } : {}) };
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: url.hostname, port: url.port, method: options.method ?? 'GET', path: options.path, headers, ...(agent ? { agent } : {}) },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}
