// npm run bench:compare [-- --extra-corpus DIR] [--rounds N]: POST /api/compare latency for four
// questions over every region, and POST /api/ask for the bench's questions one at a time. With --extra-corpus (e.g. ../shared/eval/multi/docs, 21 regions with the
// seed corpus) corpus/ plus DIR are ingested into a temporary index outside the repository.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchConfig } from '../src/bench/bench-config.ts';
import { benchCompare } from '../src/bench/compare-bench.ts';
import { benchAsk } from '../src/bench/corpus-bench.ts';
import { benchQueries } from '../src/bench/queries.ts';
import { createApp } from '../src/http/create-app.ts';
import { buildIndex } from '../src/ingest/build-index.ts';
import { stageCombinedCorpus } from '../src/ingest/combined-corpus.ts';
import { createServices } from '../src/services.ts';

const { values } = parseArgs({
  options: {
    'extra-corpus': { type: 'string', multiple: true, default: [] },
    rounds: { type: 'string', default: '10' },
    corpus: { type: 'string', default: 'corpus' },
  },
});
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error('--rounds ska vara ett positivt heltal');
  process.exit(2);
}

const work = await mkdtemp(path.join(tmpdir(), 'utblick-bench-compare-'));
const staged = values['extra-corpus']!.length ? await stageCombinedCorpus(values.corpus!, values['extra-corpus']!) : null;
try {
  const config = benchConfig({ corpusDir: staged?.dir ?? values.corpus!, indexDir: path.join(work, 'index'), cacheDir: path.join(work, 'cache') });
  await buildIndex(config);
  const services = await createServices(config);
  const app = createApp({ ...services, logger: { warn: () => {}, error: () => {} } });
  const result = await benchCompare(app, { rounds, warmupRounds: 1 });
  console.log(`POST /api/compare, ${result.questions} frågor × ${result.regions} regioner, ${result.rounds} anrop: p50 ${result.p50.toFixed(0)} ms, p95 ${result.p95.toFixed(0)} ms`);
  console.log(`celler: ${Object.entries(result.states).map(([state, n]) => `${state} ${n}`).join(', ')}`);
  const ask = await benchAsk(services, createApp, { rounds, warmupRounds: 1, questions: benchQueries });
  console.log(`POST /api/ask, ${benchQueries.length} frågor × ${rounds} varv, en i taget: p50 ${ask.p50.toFixed(1)} ms, p95 ${ask.p95.toFixed(1)} ms`);
  console.log(JSON.stringify({ compare: result, ask }));
} finally {
  await staged?.cleanup();
  await rm(work, { recursive: true, force: true });
}
