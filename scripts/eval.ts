// npm run eval [-- --gold FILE] [--extra-corpus DIR] [--items]: retrieval and answer metrics on a question
// file (default: the dev set). With --extra-corpus, corpus/ plus DIR are ingested into a temporary index
// (the documents stay where they are), so a set with documents of its own runs with one command.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { indexCatalog } from '../src/answer/catalog.ts';
import { loadConfig, type Config } from '../src/config.ts';
import { formatEvalTable, formatItemLines, formatTypeTable } from '../src/eval/format-report.ts';
import { readGoldSet } from '../src/eval/gold-set.ts';
import { runEval } from '../src/eval/run-eval.ts';
import { buildIndex } from '../src/ingest/build-index.ts';
import { stageCombinedCorpus } from '../src/ingest/combined-corpus.ts';
import { createServices } from '../src/services.ts';

const defaultGold = fileURLToPath(new URL('../../shared/eval/dev.json', import.meta.url));
const { values } = parseArgs({
  options: {
    gold: { type: 'string', default: defaultGold },
    'extra-corpus': { type: 'string', multiple: true, default: [] },
    items: { type: 'boolean', default: false },
  },
});

const items = await readGoldSet(values.gold!);
const cleanups: (() => Promise<void>)[] = [];
try {
  let config: Config = loadConfig();
  const extras = values['extra-corpus']!;
  if (extras.length > 0) {
    const staged = await stageCombinedCorpus(config.corpusDir, extras);
    const work = await mkdtemp(path.join(tmpdir(), 'utblick-eval-'));
    cleanups.push(staged.cleanup, () => rm(work, { recursive: true, force: true }));
    config = { ...config, corpusDir: staged.dir, indexDir: path.join(work, 'index') };
    const built = await buildIndex(config);
    console.log(`Tillfälligt index: ${built.manifest.counts.reports} rapporter, ${built.manifest.counts.passages} passager (corpus/ + ${extras.join(', ')})`);
  }
  const deps = await createServices(config);
  const started = performance.now();
  const report = await runEval(items, { search: deps.search, index: indexCatalog(deps.catalog) });
  console.log(`Frågefil: ${values.gold} (${items.length} frågor) · inbäddare: ${deps.embedderInfo.id} · ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  console.log(formatEvalTable(report));
  console.log(`\n${formatTypeTable(report)}`);
  if (values.items) console.log(`\n${formatItemLines(report)}`);
  console.log(`\n${JSON.stringify({ embedder: deps.embedderInfo.id, retrieval: report.retrieval, answers: report.answers, byType: report.byType }, null, 1)}`);
} finally {
  for (const cleanup of cleanups) await cleanup();
}
