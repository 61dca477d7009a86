// npx tsx scripts/hnsw-sweep.ts [--size N] [--settings 16x200,16x100,24x100] [--ef 100,200,400]
// Build time and recall@10 of HNSW graphs over one synthetic corpus (see src/bench/hnsw-sweep.ts).
import { parseArgs } from 'node:util';
import { benchConfig } from '../src/bench/bench-config.ts';
import { runHnswSweep } from '../src/bench/hnsw-sweep.ts';
import { benchQueries } from '../src/bench/queries.ts';
import { ingestCorpus } from '../src/ingest/ingest-corpus.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100000' },
    settings: { type: 'string', default: '16x200,16x100,24x100,32x64' },
    ef: { type: 'string', default: '100,200,400' },
    seed: { type: 'string', default: '1' },
  },
});
const log = (message: string) => console.error(`[sweep ${new Date().toISOString().slice(11, 19)}] ${message}`);
const source = await ingestCorpus('corpus');
const rows = await runHnswSweep({
  source,
  count: Number(values.size),
  seed: Number(values.seed),
  dimension: benchConfig({}).offlineDimension,
  queries: benchQueries,
  settings: values.settings!.split(',').map((pair) => {
    const [m, efConstruction] = pair.split('x').map(Number);
    return { m: m!, efConstruction: efConstruction! };
  }),
  efSearch: values.ef!.split(',').map(Number),
  log,
});
console.log(JSON.stringify(rows, null, 1));
