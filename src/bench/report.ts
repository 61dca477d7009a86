import { formatBytes, formatCount, formatMs, formatRatio, formatTable, heading } from './format.ts';
import type { BenchResult } from './run-bench.ts';
import { productRatios, type LexicalComparison } from './peer-comparison.ts';
import type { LatencySummary } from './stats.ts';

const latencyRow = (name: string, summary: LatencySummary) => [name, formatMs(summary.p50), formatMs(summary.p95), formatMs(summary.p99), formatMs(summary.max), summary.n];
const latencyHeaders = ['', 'p50', 'p95', 'p99', 'max', 'n'];

function peerTable(comparison: LexicalComparison): string {
  const product = comparison.sides[0]!.query.p50;
  return formatTable(
    ['', 'bygge', 'sök p50', 'sök p95', 'p50 / Search'],
    comparison.sides.map((side) => [
      side.name,
      side.buildMs === null ? '–' : formatMs(side.buildMs),
      formatMs(side.query.p50),
      formatMs(side.query.p95),
      formatRatio(side.query.p50 / product),
    ]),
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
      `(${(scale.denseRecallAt10WithTies * 100).toFixed(1)} % om träffar lika nära som exakt nr 10 räknas; omkombinerade passager delar meningar); ` +
      `hybridsökningens topp 10 är till ${(scale.hybridSameAsExactAt10 * 100).toFixed(1)} % densamma som med exakt tät sökning. ` +
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

  lines.push(heading('6. Lexikal sökning mot MiniSearch och Orama (samma söktexter, frågor, stoppord och k)'));
  lines.push(`Korpusen, ${corpus.peer.documents} dokument:`);
  lines.push(peerTable(corpus.peer));
  lines.push('');
  lines.push(`Syntetisk, ${formatCount(scale.peer.documents)} dokument:`);
  lines.push(peerTable(scale.peer));
  lines.push(
    `Utblick Search = tjänstens egen sökning (frågeanalys med stam, sammansättningar och stavfel, BM25, dubblettfilter, besvarbarhet), k = ${corpus.peer.k}. ` +
      'MiniSearch och Orama: samma svenska stoppord, gemener, bästa k; ingen stamning, inga sammansättningar.',
  );
  lines.push(
    `Kvot peer / Search (över 1: Utblick snabbare): ${[...productRatios(corpus.peer).map((ratio) => `${ratio.name.split(' ')[0]} ${formatRatio(ratio.p50)} (korpus)`), ...productRatios(scale.peer).map((ratio) => `${ratio.name.split(' ')[0]} ${formatRatio(ratio.p50)} (${formatCount(scale.passages)})`)].join(', ')}.`,
  );

  const serve = result.scaleServe;
  const filtered = scale.filteredCore;
  lines.push(heading(`6b. Filter och regionsvis sökning vid ${formatCount(scale.passages)} passager`));
  lines.push(
    formatTable(
      ['', 'p50', 'p95', 'n'],
      [
        latencyRow(`BM25-kärnan k ${filtered.k}`, filtered.bm25).filter((_, index) => index !== 3 && index !== 4),
        latencyRow(`BM25-kärnan k ${filtered.k}, en region`, filtered.bm25Region).filter((_, index) => index !== 3 && index !== 4),
        latencyRow(`HNSW k ${filtered.k}`, filtered.hnsw).filter((_, index) => index !== 3 && index !== 4),
        latencyRow(`vektorer k ${filtered.k}, en region (exakt)`, filtered.hnswRegion).filter((_, index) => index !== 3 && index !== 4),
        latencyRow('Search hybrid k 10 (inläst index)', serve.search.hybrid).filter((_, index) => index !== 3 && index !== 4),
        latencyRow('Search hybrid k 10, en region', serve.regionFiltered).filter((_, index) => index !== 3 && index !== 4),
        latencyRow('21 regionsökningar för en fråga', serve.fanOut).filter((_, index) => index !== 3 && index !== 4),
      ],
    ),
  );
  lines.push(`En region = ${(filtered.regionShare * 100).toFixed(1)} % av passagerna i snitt; filtret är en bitkarta byggd en gång per filter.`);

  lines.push(heading(`6c. Servern som den startas (node src/main.ts) över ${formatCount(scale.passages)}-indexet, HTTP mot 127.0.0.1`));
  lines.push(
    formatTable(
      ['arbetsprocesser', 'till /readyz', 'alla lyssnar', 'RSS per process', 'RSS totalt'],
      result.http.map((run) => [
        run.workers,
        formatMs(run.readyMs),
        formatMs(run.allListeningMs),
        run.rssBytes.map(formatBytes).join(' + '),
        formatBytes(run.rssBytes.reduce((sum, bytes) => sum + bytes, 0)),
      ]),
    ),
  );
  const single = result.http[0];
  if (single?.ask) {
    lines.push('');
    lines.push('POST /api/ask, en fråga i taget (1 arbetsprocess):');
    lines.push(formatTable(['frågor', 'p50', 'p95', 'n'], Object.entries(single.ask).map(([kind, summary]) => [kind, formatMs(summary.p50), formatMs(summary.p95), summary.n])));
  }
  lines.push('');
  lines.push('POST /api/ask i genomströmning (blandade frågor, lastgeneratorn kör på samma maskin):');
  lines.push(
    formatTable(
      ['arbetsprocesser', 'samtidighet', 'req/s', 'p50', 'p95', 'fel'],
      result.http.flatMap((run) => run.throughput.map((row) => [run.workers, row.concurrency, formatCount(row.requestsPerSecond), formatMs(row.latency.p50), formatMs(row.latency.p95), row.errors])),
    ),
  );

  lines.push(heading('6d. PDF-ingest'));
  const pdf = result.pdf;
  lines.push(
    `Genererad PDF, ${pdf.pages} sidor (${formatBytes(pdf.bytes)}, ${pdf.passages} passager), median av ${pdf.runs}: ` +
      `pdf.js ensam ${formatCount(pdf.extractPagesPerSecond)} sidor/s (${formatMs(pdf.extractMs)}), ingestReport hela vägen ${formatCount(pdf.ingestPagesPerSecond)} sidor/s (${formatMs(pdf.ingestMs)}).`,
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

  lines.push(heading('8. POST /api/compare på korpusen (fyra frågor × alla regioner, HTTP, en i taget)'));
  if (corpus.compare) {
    const compare = corpus.compare;
    lines.push(
      `${compare.questions} frågor × ${compare.regions} regioner, median av ${compare.rounds} anrop: p50 ${formatMs(compare.p50)}, p95 ${formatMs(compare.p95)}; ` +
        `celler ${Object.entries(compare.states).map(([state, count]) => `${state} ${count}`).join(', ')}.`,
    );
  } else lines.push('(hoppades över)');

  lines.push(heading('Mål'));
  lines.push(formatTable(['mål', 'krav', 'utfall', ''], result.targets.map((target) => [target.name, target.target, target.actual, target.met ? 'OK' : 'MISSAT'])));
  return lines.join('\n');
}

/** The machine-readable result; times in ms and sizes in bytes, rounded to 3 decimals. */
export function jsonBlock(result: BenchResult): string {
  return JSON.stringify(result, (_key, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1000) / 1000 : value), 2);
}
