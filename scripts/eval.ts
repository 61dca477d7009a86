// npm run eval [-- --gold FILE] [--extra-corpus DIR] [--items]: retrieval and answer metrics on a question
// file (default: the dev set). With --extra-corpus, corpus/ plus DIR are ingested into a temporary index
// (the documents stay where they are), so a set with documents of its own runs with one command.
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { buildReportCatalog } from '../src/answer/report-catalog.ts';
import { formatEvalTable, formatItemLines, formatTypeTable } from '../src/eval/format-report.ts';
import { readGoldSet } from '../src/eval/gold-set.ts';
import { runEval } from '../src/eval/run-eval.ts';
import { evalServices } from './eval-index.ts';

const defaultGold = fileURLToPath(new URL('../../shared/eval/dev.json', import.meta.url));
const { values } = parseArgs({
  options: {
    gold: { type: 'string', default: defaultGold },
    'extra-corpus': { type: 'string', multiple: true, default: [] },
    items: { type: 'boolean', default: false },
  },
});

const items = await readGoldSet(values.gold!);
const { deps, cleanup } = await evalServices(values['extra-corpus']!);
try {
  const started = performance.now();
  const report = await runEval(items, { search: deps.search, index: buildReportCatalog(deps.catalog) });
  console.log(`Frågefil: ${values.gold} (${items.length} frågor) · inbäddare: ${deps.embedderInfo.id} · ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  console.log(formatEvalTable(report));
  console.log(`\n${formatTypeTable(report)}`);
  if (values.items) console.log(`\n${formatItemLines(report)}`);
  console.log(`\n${JSON.stringify({ embedder: deps.embedderInfo.id, retrieval: report.retrieval, answers: report.answers, byType: report.byType }, null, 1)}`);
} finally {
  await cleanup();
}
