// npm run bench [-- --quick] [--size N] [--ef-construction N] [--seed N] [--keep] [--no-ask]
// Measures ingest, embedding, search (corpus and a synthetic 100k corpus), filtered and per-region search, index size, memory,
// the product's lexical Search against MiniSearch and Orama, PDF ingest, and the real server (time to /readyz,
// /api/ask latency and req/s with 1 and 2 workers); prints a table and then the result as JSON.
import { parseArgs } from 'node:util';
import { createApp } from '../src/http/create-app.ts';
import { formatReport, jsonBlock } from '../src/bench/report.ts';
import { runBench } from '../src/bench/run-bench.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    size: { type: 'string' },
    'ef-construction': { type: 'string' },
    seed: { type: 'string', default: '1' },
    corpus: { type: 'string', default: 'corpus' },
    keep: { type: 'boolean', default: false },
    'no-ask': { type: 'boolean', default: false },
  },
});
const integer = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) {
    console.error(`--${name} ska vara ett positivt heltal`);
    process.exit(2);
  }
  return parsed;
};

const result = await runBench({
  quick: values.quick,
  corpusDir: values.corpus,
  syntheticCount: integer('size', values.size),
  efConstruction: integer('ef-construction', values['ef-construction']),
  seed: integer('seed', values.seed) ?? 1,
  keep: values.keep,
  createApp: values['no-ask'] ? null : createApp,
  log: (message) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`),
});
console.log(formatReport(result));
console.log('\nJSON:');
console.log(jsonBlock(result));
