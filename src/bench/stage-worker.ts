// Entry point of a bench child process (see child.ts): one request in, one result out, then exit.
// Each stage's module is imported on demand, so the serve stage loads only what the service loads.
import type { StageRequest } from './child.ts';

const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

async function run(request: StageRequest): Promise<unknown> {
  if (request.stage === 'build') return (await import('./scale-bench.ts')).runScaleBench({ ...request.options, log });
  return (await import('./serve-bench.ts')).runServeBench({ ...request.options, log });
}

process.once('message', (request: StageRequest) => {
  run(request).then(
    (result) => process.send!({ ok: true, result }, () => process.exit(0)),
    (error: unknown) => process.send!({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }, () => process.exit(1)),
  );
});
