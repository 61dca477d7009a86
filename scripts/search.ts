// npm run search -- "fråga" [--k 10] [--mode hybrid|lexical|dense] [--region X] [--diverse]
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { createServices } from '../src/services.ts';
import { buildReportCatalog } from '../src/answer/report-catalog.ts';
import { analyseQuestion } from '../src/answer/question/analysed-question.ts';
import { judgeEvidence } from '../src/answer/evidence/evidence-judge.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    k: { type: 'string', default: '10' },
    mode: { type: 'string', default: 'hybrid' },
    region: { type: 'string', multiple: true },
    theme: { type: 'string', multiple: true },
    diverse: { type: 'boolean', default: false },
  },
});
const query = positionals.join(' ').trim();
if (!query) {
  console.error('Ange en fråga: npm run search -- "vilka regioner använder mobila team?"');
  process.exit(2);
}
const mode = values.mode as 'hybrid' | 'lexical' | 'dense';
if (!['hybrid', 'lexical', 'dense'].includes(mode)) {
  console.error('--mode ska vara hybrid, lexical eller dense');
  process.exit(2);
}
const deps = await createServices(loadConfig());
const index = buildReportCatalog(deps.catalog);
// The question analysed as the answer analyses it: its topic is what search matches and the judge reads.
const question = analyseQuestion(query, undefined, index.regions, index.statistics);
const outcome = await deps.search(query, {
  k: Number(values.k),
  mode,
  diverse: values.diverse,
  filters: { regions: values.region, themes: values.theme },
  topic: question.topic.map((entry) => entry.term),
});
const themes = new Map(deps.catalog.themes.map((theme) => [theme.id, theme.label]));
const verdict = judgeEvidence(question.topic, outcome.hits);
const judged = verdict.hits;
const answerable = verdict.answerable;
console.log(`Inbäddare: ${deps.embedderInfo.id} · besvarbar: ${answerable ? 'ja' : 'nej'} · frågans ämnesord: ${question.topic.map((t) => `${t.surface} (${t.weight.toFixed(2)}${t.inCorpus ? '' : ', okänt'})`).join(', ')}\n`);
outcome.hits.forEach((hit, index) => {
  const verdict = judged[index]!;
  console.log(`   bedömning ${verdict.probability.toFixed(2)}${verdict.evidence ? ' belägg' : ''} · träffar: ${(hit.matches ?? []).map((m) => `${m.term}→${m.word} ${m.strength.toFixed(1)}`).join(', ')}`);
  const question = hit.passage.question ? ` · fråga ${hit.passage.question.number}` : '';
  const page = hit.passage.page ? ` · s. ${hit.passage.page}` : '';
  console.log(`${index + 1}. ${hit.score.toFixed(4)}  ${hit.report.region} · ${themes.get(hit.passage.themeId) ?? hit.passage.themeId}${question}${page}  [${hit.passage.id}]`);
  console.log(`   ${hit.passage.text.replace(/\s+/g, ' ').slice(0, 220)}…\n`);
});
