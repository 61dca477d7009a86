import { formatBytes, formatCount, formatMs, formatRatio, formatTable, heading } from './format.ts';
import type { BenchResult } from './run-bench.ts';
import type { PeerComparison } from './peer-comparison.ts';
import type { LatencySummary } from './stats.ts';

const latencyRow = (name: string, summary: LatencySummary) => [name, formatMs(summary.p50), formatMs(summary.p95), formatMs(summary.p99), formatMs(summary.max), summary.n];
const latencyHeaders = ['', 'p50', 'p95', 'p99', 'max', 'n'];

function peerTable(comparison: PeerComparison): string {
  const { ours, peer, ratio } = comparison;
  return formatTable(
    ['', 'bygge', 'sök p50', 'sök p95'],
    [
      ['Utblick BM25 (Bm25Index)', formatMs(ours.buildMs), formatMs(ours.query.p50), formatMs(ours.query.p95)],
      ['MiniSearch (standard)', formatMs(peer.buildMs), formatMs(peer.query.p50), formatMs(peer.query.p95)],
      ['kvot MiniSearch / vår', formatRatio(ratio.build), formatRatio(ratio.p50), formatRatio(ratio.p95)],
    ],
  );
}

/** The human-readable report; the JSON block (`jsonBlock`) follows it in the script's output. */
export function formatReport(result: BenchResult): string {
  const { machine, corpus, scale, settings } = result;
  const lines: string[] = [];
  lines.push(heading(`Utblick – prestandamätning (${result.mode === 'full' ? 'full' : 'snabb, --quick'})`));
  lines.push(
    `Maskin: ${machine.cpus} kärnor (${machine.cpuModel}), ${formatBytes(machine.totalMemoryBytes)} RAM, ${machine.platform}, Node ${machine.node}, belastning vid start ${machine.loadAverage.join(' / ')}`,
  );
  lines.push(
    'OBS: siffrorna är medianer (tider) och percentiler på en delad, brusig maskin; jämför helst körningar på samma maskin. ' +
      'Percentiler: linjär interpolation mellan närmaste rangerna (numpy-standard). Allt med reservinbäddningen (offline), i en temporär mapp.',
  );
  lines.push(`Körtid: ${formatMs(result.durationMs)}. Frågor: ${corpus.searchSettings.queries} egna svenska frågor, k = ${corpus.searchSettings.k}.`);

  lines.push(heading(`1. Ingest av korpusen (${corpus.reports} rapporter, ${corpus.passages} passager; median av ${settings.ingestRuns})`));
  const ingestRow = (name: string, stats: BenchResult['corpus']['ingest']['cold']) => [
    name,
    formatMs(stats.median.totalMs),
    formatMs(stats.median.ingestMs),
    formatMs(stats.median.embedMs),
    formatMs(stats.median.writeMs),
    `${Math.min(...stats.runs.map((run) => run.cachedVectors))}/${stats.runs[0]?.passages ?? 0}`,
  ];
  lines.push(
    formatTable(
      ['buildIndex', 'totalt', 'läsa', 'bädda in', 'skriva', 'ur cachen'],
      [ingestRow('kall (tom cache)', corpus.ingest.cold), ingestRow('varm (fylld cache)', corpus.ingest.warm)],
    ),
  );
  lines.push(`Indexmapp: ${formatBytes(corpus.index.bytes)} (${Object.entries(corpus.index.files).map(([file, bytes]) => `${file} ${formatBytes(bytes)}`).join(', ')})`);

  lines.push(heading('2. Inbäddning (offline) av korpusens söktexter'));
  lines.push(
    `${formatCount(corpus.embedding.passagesPerSecond)} passager/s (median av ${corpus.embedding.runs} körningar à ${corpus.embedding.passages} passager, ny inbäddare per körning; ` +
      `vid ${formatCount(scale.passages)} syntetiska: ${formatCount(scale.build.embedPassagesPerSecond)} passager/s)`,
  );

  lines.push(
    heading(
      `3. Söklatens på korpusen (${corpus.passages} passager; ${corpus.searchSettings.rounds} varv × ${corpus.searchSettings.queries} frågor efter ${corpus.searchSettings.warmupRounds} uppvärmningsvarv)`,
    ),
  );
  lines.push(formatTable(latencyHeaders, (['lexical', 'dense', 'hybrid'] as const).map((mode) => latencyRow(`search(${mode})`, corpus.search[mode]))));

  lines.push(heading(`4. Syntetisk korpus: ${formatCount(scale.passages)} passager i ${formatCount(scale.reports)} rapporter (frö ${scale.seed})`));
  lines.push(
    `Byggd av korpusens meningar (medellängd ${formatCount(scale.meanPassageChars)} tecken, ${formatCount(scale.lexicalTerms)} termer); ` +
      `HNSW M ${scale.hnsw.m}, efConstruction ${scale.hnsw.efConstruction}, efSearch ${scale.hnsw.efSearch}, ${scale.dimension} dim.`,
  );
  lines.push(
    formatTable(
      ['byggsteg', 'tid'],
      [
        ['generera passager', formatMs(scale.build.generateMs)],
        ['söktexter + offline-tillstånd (IDF)', formatMs(scale.build.fitOfflineStateMs)],
        ['BM25-index', formatMs(scale.build.bm25Ms)],
        ['inbäddning', formatMs(scale.build.embedMs)],
        ['HNSW-infogning', formatMs(scale.build.hnswInsertMs)],
        ['createHybridSearch', formatMs(scale.build.hybridSetupMs)],
        ['totalt', formatMs(scale.build.totalMs)],
      ],
    ),
  );
  lines.push('');
  lines.push(
    formatTable(
      latencyHeaders,
      (['lexical', 'dense', 'hybrid'] as const).map((mode) => latencyRow(`search(${mode})`, scale.search[mode])),
    ),
  );
  lines.push(
    `Ovan: createHybridSearch över indexen i minnet, direkt efter bygget. HNSW recall@10 mot exakt sökning: ${(scale.denseRecallAt10 * 100).toFixed(1)} % ` +
      `(${(scale.denseRecallAt10WithTies * 100).toFixed(1)} % om träffar lika nära som exakt nr 10 räknas; omkombinerade passager delar meningar). ` +
      `Nedan: samma index skrivet till disk och inläst med createServices i en ny process, som tjänsten gör (inläsning ${formatMs(result.scaleServe.loadMs)}):`,
  );
  lines.push(formatTable(latencyHeaders, (['lexical', 'dense', 'hybrid'] as const).map((mode) => latencyRow(`search(${mode})`, result.scaleServe.search[mode]))));
  lines.push(`(${scale.searchSettings.rounds} varv × ${scale.searchSettings.queries} frågor efter ${scale.searchSettings.warmupRounds} uppvärmningsvarv i båda.)`);
  lines.push('');
  lines.push(`HNSW ensam (VectorIndex.search) vid olika ef, ${formatCount(scale.passages)} vektorer:`);
  lines.push(
    formatTable(
      ['ef', 'recall@10', 'p50', 'p95'],
      scale.efSweep.map((entry) => [entry.ef, `${(entry.recallAt10 * 100).toFixed(1)} %`, formatMs(entry.latency.p50), formatMs(entry.latency.p95)]),
    ),
  );

  lines.push(heading('5. Storlek och minne'));
  lines.push(
    formatTable(
      ['', 'värde'],
      [
        ['korpusindex på disk', formatBytes(corpus.index.bytes)],
        [`${formatCount(scale.passages)}-index på disk (indexmappens format)`, formatBytes(scale.disk.bytes)],
        [`topp-RSS, process som bygger + söker ${formatCount(scale.passages)}`, formatBytes(scale.memory.peakRssBytes)],
        ['  RSS / V8-heap efter bygget', `${formatBytes(scale.memory.rssAfterBuildBytes)} / ${formatBytes(scale.memory.heapUsedAfterBuildBytes)}`],
        ['  topp-RSS med MiniSearch-index byggt ovanpå', formatBytes(scale.memory.peakRssWithPeerBytes)],
        [`topp-RSS, tjänst som läser in ${formatCount(scale.passages)}-index + söker`, formatBytes(result.scaleServe.peakRssBytes)],
        ['  RSS före / direkt efter inläsning', `${formatBytes(result.scaleServe.rssBeforeLoadBytes)} / ${formatBytes(result.scaleServe.rssAfterLoadBytes)}`],
        ['topp-RSS, huvudprocessen (korpusstegen)', formatBytes(result.peakRssBytes)],
      ],
    ),
  );
  lines.push('');
  lines.push(`Minne per steg i byggprocessen (${formatCount(scale.passages)}; skräpsamling före varje mätpunkt):`);
  lines.push(
    formatTable(
      ['efter steg', 'RSS', 'V8-heap', 'maxRSS hittills'],
      scale.memory.steps.map((step) => [step.step, formatBytes(step.rssBytes), formatBytes(step.heapUsedBytes), formatBytes(step.peakRssBytes)]),
    ),
  );
  lines.push(
    'maxRSS = process.resourceUsage().maxRSS; de syntetiska stegen körs i egna processer så att deras topp är deras egen. ' +
      '"Före inläsning" är grundkostnaden (Node, tsx och services importer, bl.a. transformers.js/onnxruntime), utan index.',
  );
  lines.push(`Filer: ${Object.entries(scale.disk.files).map(([file, bytes]) => `${file} ${formatBytes(bytes)}`).join(', ')}; skrivtid ${formatMs(scale.disk.writeMs)}.`);

  lines.push(heading('6. Jämförelse med MiniSearch (samma söktexter, samma frågor)'));
  lines.push(`Korpusen, ${corpus.peer.documents} dokument (bygge: median av ${corpus.peer.ours.buildRuns}):`);
  lines.push(peerTable(corpus.peer));
  lines.push('');
  lines.push(`Syntetisk, ${formatCount(scale.peer.documents)} dokument (ett bygge var):`);
  lines.push(peerTable(scale.peer));
  lines.push(
    `Vår: Bm25Index.search(fråga, ${corpus.peer.k}) med frågeanalys (stam, sammansättningar, stavfel). MiniSearch: search(fråga) med standardinställningar, returnerar alla träffar rankade.`,
  );

  lines.push(heading('7. POST /api/ask på korpusen (HTTP mot 127.0.0.1, en fråga i taget)'));
  if (corpus.ask) {
    const ask = corpus.ask;
    lines.push(
      formatTable(
        ['', 'p50', 'p95', 'n'],
        [
          [`median av ${ask.rounds} varv`, formatMs(ask.p50), formatMs(ask.p95), ask.questions],
          ['alla anrop', formatMs(ask.pooled.p50), formatMs(ask.pooled.p95), ask.pooled.n],
        ],
      ),
    );
    lines.push(`Status: ${Object.entries(ask.statuses).map(([status, count]) => `${status} × ${count}`).join(', ')}; besvarade ${ask.answerable}, avböjda ${ask.refused}.`);
  } else lines.push('(hoppades över)');

  lines.push(heading('Mål'));
  lines.push(formatTable(['mål', 'krav', 'utfall', ''], result.targets.map((target) => [target.name, target.target, target.actual, target.met ? 'OK' : 'MISSAT'])));
  return lines.join('\n');
}

/** The machine-readable result; times in ms and sizes in bytes, rounded to 3 decimals. */
export function jsonBlock(result: BenchResult): string {
  return JSON.stringify(result, (_key, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1000) / 1000 : value), 2);
}
