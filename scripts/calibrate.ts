// npm run calibrate [-- --write]: fits the evidence judge (src/answer/evidence/evidence-judge.ts) on labelled
// (question, passage, relevant?) pairs and prints the figures on a held-out part. Questions: the
// development sets, read from ../shared at run time (never copied), and Utblick's own questions
// (test/fixtures/questions: off-topic, English, paraphrases; the answerable ones teach only the question model).
// With --write, the fitted weights and threshold go to data/evidence-judge.json.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyseQuestion, topicTermsOf } from '../src/answer/question/analysed-question.ts';
import { isCrossRegionPlan } from '../src/answer/answer-question.ts';
import { buildReportCatalog } from '../src/answer/report-catalog.ts';
import { absentShare, evidenceFeatures, featureNames, judgeParameters } from '../src/answer/evidence/evidence-judge.ts';
import { answers, calibrate, isHeldOut, labelledPairs, pairFigures, questionFigures, type LabelledPair, type LabelledQuestion } from '../src/eval/calibration.ts';
import { isUnanswerable, readGoldSet, type GoldItem } from '../src/eval/gold-set.ts';
import { holdsQuote } from '../src/eval/quote-match.ts';
import { evalServices } from './eval-index.ts';

const shared = (relative: string) => fileURLToPath(new URL(`../../shared/eval/${relative}`, import.meta.url));
const { values } = parseArgs({
  options: {
    write: { type: 'boolean', default: false },
    gold: { type: 'string', multiple: true, default: [shared('dev.json'), shared('multi/questions.json')] },
    'extra-corpus': { type: 'string', multiple: true, default: [shared('multi/docs')] },
  },
});

const fixture = async <T>(name: string): Promise<T> => JSON.parse(await readFile(fileURLToPath(new URL(`../test/fixtures/questions/${name}`, import.meta.url)), 'utf8')) as T;
const offTopic = await fixture<{ questions: string[] }>('off-topic.json');
const english = await fixture<{ answerable: { question: string }[]; offTopic: string[] }>('english.json');
const paraphrases = await fixture<{ items: { id: string; question: string; kind: string }[] }>('paraphrase-fit.json');
const items: GoldItem[] = [];
for (const file of values.gold!) items.push(...(await readGoldSet(file)));
const own = (id: string, question: string): GoldItem => ({ id, type: 'off_topic', question, evidence: [], regions: [] });
offTopic.questions.forEach((question, position) => items.push(own(`own-${position + 1}`, question)));
english.offTopic.forEach((question, position) => items.push(own(`own-en-off-${position + 1}`, question)));
for (const item of paraphrases.items.filter((entry) => entry.kind === 'absent')) items.push(own(`own-${item.id}`, item.question));
// Our own answerable questions name the report, not the passage: they teach the question model only.
const ownAnswerable = new Set<string>();
const answerableOwn = (id: string, question: string) => {
  ownAnswerable.add(id);
  items.push({ id, type: 'own_answerable', question, evidence: [], regions: [] });
};
english.answerable.forEach((entry, position) => answerableOwn(`own-en-${position + 1}`, entry.question));
for (const item of paraphrases.items.filter((entry) => entry.kind !== 'absent')) answerableOwn(`own-${item.id}`, item.question);

const { deps, cleanup } = await evalServices(values['extra-corpus']!);
try {
  const index = buildReportCatalog(deps.catalog);
  const questions: LabelledQuestion[] = [];
  for (const item of items) {
    const question = analyseQuestion(item.question, undefined, index.regions, index.statistics);
    const topic = topicTermsOf(question);
    const answerable = ownAnswerable.has(item.id) || !isUnanswerable(item);
    const label = (text: string) => answerable && item.evidence.some((evidence) => holdsQuote(text, evidence.quote));
    const pairs: LabelledPair[] = [];
    const add = (hits: Awaited<ReturnType<typeof deps.search>>['hits']) => {
      for (const hit of hits) pairs.push({ features: evidenceFeatures(question.topic, hit), relevant: label(hit.passage.text) });
    };
    // The judge reads a focused question's top list and, across regions, each region's own list: label both.
    add((await deps.search(question.query, { k: 20, topic })).hits);
    if (isCrossRegionPlan(question, index.regions)) {
      for (const region of index.regions) add((await deps.search(question.query, { k: 5, topic, filters: { regions: [region] } })).hits);
    }
    questions.push({ id: item.id, type: item.type, answerable, absent: absentShare(question.topic), offTopic: item.type === 'off_topic', passageLabels: !ownAnswerable.has(item.id), pairs });
  }
  const fit = questions.filter((question) => !isHeldOut(question.id));
  const heldOut = questions.filter((question) => isHeldOut(question.id));
  const note =
    'Weights of the evidence judge (src/answer/evidence/evidence-judge.ts): a logistic passage model and a logistic question model over the best passage and the share of the question no report uses. ' +
    'Written by npm run calibrate -- --write: fitted on about 60 % of the questions (split by a hash of the question id) of the development sets read from ../shared at run time and of Utblick\'s own questions (off-topic, English and paraphrase fixtures; our answerable ones name a report, not a passage, so they teach only the question model); ' +
    'the passage threshold is the best F2 on that part (a missed region is silent, a weak quote is shown), the question cut the best balance of answering answerable questions and refusing the rest. Not set by hand.';
  const parameters = calibrate(fit, note);
  const describe = (name: string, part: LabelledQuestion[], judged = parameters) => {
    const pairs = pairFigures(labelledPairs(part), judged);
    const answers = questionFigures(part, judged);
    return `| ${name.padEnd(8)} | ${String(part.length).padStart(9)} | ${String(pairs.pairs).padStart(5)} (${String(pairs.relevant).padStart(3)}) | ${pairs.auc.toFixed(3)} | ${pairs.precision.toFixed(3)} / ${pairs.recall.toFixed(3)} | ${answers.answered}/${answers.answerable} | ${answers.refused}/${answers.unanswerable} |`;
  };
  console.log(`\nFrågor: ${questions.length} (${items.filter((item) => item.type === 'off_topic').length} egna utanför ämnet) · anpassning ${fit.length}, undanhållna ${heldOut.length}\n`);
  console.log('| part     | questions | pairs (relevant) | AUC   | precision / recall | answered | refused |');
  console.log('|----------|-----------|------------------|-------|--------------------|----------|---------|');
  console.log(describe('fit', fit));
  console.log(describe('held-out', heldOut));
  // The weights in use (data/evidence-judge.json) on the same parts, so a refit is written only when it does better.
  console.log(describe('in use: fit', fit, judgeParameters()));
  console.log(describe('in use: held-out', heldOut, judgeParameters()));
  console.log(`\nPassage: ${featureNames.map((name) => `${name} ${parameters.passage.weights[name].toFixed(2)}`).join(', ')}, bias ${parameters.passage.bias.toFixed(2)}, tröskel ${parameters.passage.threshold}`);
  console.log(`Fråga: bästa passage ${parameters.question.best.toFixed(2)}, frånvarande ord ${parameters.question.absent.toFixed(2)}, bias ${parameters.question.bias.toFixed(2)}`);
  const missed = heldOut.filter((question) => answers(question, parameters) !== question.answerable).map((question) => `${question.id} (${question.type})`);
  console.log(`Fel bland de undanhållna: ${missed.join(', ') || 'inga'}`);
  if (values.write) {
    const round = (value: number) => Number(value.toFixed(3));
    const held = questionFigures(heldOut, parameters);
    const written = {
      note,
      passage: { weights: Object.fromEntries(featureNames.map((name) => [name, round(parameters.passage.weights[name])])), bias: round(parameters.passage.bias), threshold: parameters.passage.threshold },
      question: { best: round(parameters.question.best), absent: round(parameters.question.absent), bias: round(parameters.question.bias) },
      fit: {
        questions: questions.length,
        fitQuestions: fit.length,
        heldOutQuestions: heldOut.length,
        heldOut: { answered: `${held.answered}/${held.answerable}`, refused: `${held.refused}/${held.unanswerable}`, passageAuc: round(pairFigures(labelledPairs(heldOut), parameters).auc) },
      },
    };
    await writeFile(fileURLToPath(new URL('../data/evidence-judge.json', import.meta.url)), `${JSON.stringify(written, null, 1)}\n`);
    console.log('Skrev data/evidence-judge.json');
  }
} finally {
  await cleanup();
}
