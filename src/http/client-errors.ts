import type { Server } from 'node:http';

/**
 * Requests Node's HTTP parser refuses before Express sees them (raw non-ASCII bytes in the path, a
 * broken request line, oversized headers) get the same error JSON as every other refusal, instead of
 * Node's bare "400 Bad Request" without a body.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, reason, message] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', 'Förfrågans huvuden är för stora.']
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'Request Timeout', 'Förfrågan kom inte fram i tid.']
          : [400, 'Bad Request', 'Förfrågan är felaktigt formad.'];
    const body = JSON.stringify({ error: { code: status === 431 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST', message } });
    // A HEAD response has headers only; its body would be read as garbage by the client.
    const head = (error as { rawPacket?: Buffer }).rawPacket?.subarray(0, 5).toString('latin1') === 'HEAD ';
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${head ? '' : body}`,
    );
  });
}
