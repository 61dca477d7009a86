// npm run eval [-- --gold FILE] [--items]: retrieval and answer metrics on a question file (default: the dev set).
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { indexCatalog } from '../src/answer/catalog.ts';
import { loadConfig } from '../src/config.ts';
import { formatEvalTable, formatItemLines } from '../src/eval/format-report.ts';
import { readGoldSet } from '../src/eval/gold-set.ts';
import { runEval } from '../src/eval/run-eval.ts';
import { createServices } from '../src/services.ts';

const defaultGold = fileURLToPath(new URL('../../shared/eval/dev.json', import.meta.url));
const { values } = parseArgs({ options: { gold: { type: 'string', default: defaultGold }, items: { type: 'boolean', default: false } } });

const items = await readGoldSet(values.gold!);
const deps = await createServices(loadConfig());
const started = performance.now();
const report = await runEval(items, { search: deps.search, index: indexCatalog(deps.catalog) });
console.log(`Frågefil: ${values.gold} (${items.length} frågor) · inbäddare: ${deps.embedderInfo.id} · ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
console.log(formatEvalTable(report));
if (values.items) console.log(`\n${formatItemLines(report)}`);
console.log(`\n${JSON.stringify({ embedder: deps.embedderInfo.id, retrieval: report.retrieval, answers: report.answers }, null, 1)}`);
