import { absentShare, answerProbability, featureNames, passageLogit, type EvidenceFeatures, type JudgeParameters } from '../answer/evidence/evidence-judge.ts';

/** One labelled (question, passage) pair. */
export interface LabelledPair {
  features: EvidenceFeatures;
  relevant: boolean;
}

/** One question with its judged passages and whether the reports answer it. */
export interface LabelledQuestion {
  id: string;
  type: string;
  answerable: boolean;
  /** idf-weighted share of the question no report uses (see evidence-judge.ts). */
  absent: number;
  /** Written to be outside the reports' subject (sport, weather, food …), not unanswerable for a missing year or figure. */
  offTopic?: boolean;
  /**
   * Whether its pairs carry passage labels. Our own questions name the report that answers them, not
   * the passage: their pairs give the question model its best passage but teach the passage model nothing.
   */
  passageLabels?: boolean;
  pairs: LabelledPair[];
}

/** The pairs whose relevance is known: what the passage model is fitted and measured on. */
export function labelledPairs(questions: readonly LabelledQuestion[]): LabelledPair[] {
  return questions.filter((question) => question.passageLabels !== false).flatMap((question) => question.pairs);
}

export { absentShare };

/**
 * Fit or held out, by a hash of the question id: stable across runs and independent of file order,
 * so a question never lends its passages to both parts.
 */
export function isHeldOut(questionId: string, heldOutShare = 0.4): boolean {
  let hash = 2166136261;
  for (const char of questionId) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return (hash % 1000) / 1000 < heldOutShare;
}

export interface Sample {
  x: number[];
  y: boolean;
}

/**
 * Logistic regression by batch gradient descent with a little L2, classes weighed to equal total weight
 * (relevant pairs are few). Small and dependency-free: a handful of features, a few thousand samples.
 */
export function fitLogistic(samples: readonly Sample[], options: { iterations?: number; rate?: number; l2?: number } = {}): { weights: number[]; bias: number } {
  const iterations = options.iterations ?? 3000;
  const rate = options.rate ?? 0.5;
  const l2 = options.l2 ?? 0.001;
  const dimension = samples[0]?.x.length ?? 0;
  if (samples.length === 0) return { weights: [], bias: 0 };
  const positives = samples.filter((sample) => sample.y).length;
  const negatives = samples.length - positives;
  const classWeight = (y: boolean) => samples.length / (2 * Math.max(1, y ? positives : negatives));
  const weights = new Array<number>(dimension).fill(0);
  let bias = 0;
  for (let step = 0; step < iterations; step++) {
    const gradient = new Array<number>(dimension).fill(0);
    let biasGradient = 0;
    for (const sample of samples) {
      let z = bias;
      for (let i = 0; i < dimension; i++) z += weights[i]! * sample.x[i]!;
      const error = (1 / (1 + Math.exp(-z)) - (sample.y ? 1 : 0)) * classWeight(sample.y);
      for (let i = 0; i < dimension; i++) gradient[i]! += error * sample.x[i]!;
      biasGradient += error;
    }
    for (let i = 0; i < dimension; i++) weights[i]! -= rate * (gradient[i]! / samples.length + l2 * weights[i]!);
    bias -= rate * (biasGradient / samples.length);
  }
  return { weights, bias };
}

/** A question's best passage log-odds, the first feature of the question model. */
export function bestLogit(question: LabelledQuestion, parameters: JudgeParameters): number {
  return question.pairs.length > 0 ? Math.max(...question.pairs.map((pair) => passageLogit(pair.features, parameters))) : -10;
}

export function answers(question: LabelledQuestion, parameters: JudgeParameters): boolean {
  return question.pairs.length > 0 && answerProbability(bestLogit(question, parameters), question.absent, parameters) >= 0.5;
}

export interface QuestionFigures {
  answerable: number;
  answered: number;
  unanswerable: number;
  refused: number;
  /** Mean of the answered share and the refused share. */
  balanced: number;
}

export function questionFigures(questions: readonly LabelledQuestion[], parameters: JudgeParameters): QuestionFigures {
  let answerable = 0;
  let answered = 0;
  let unanswerable = 0;
  let refused = 0;
  for (const question of questions) {
    const yes = answers(question, parameters);
    if (question.answerable) {
      answerable += 1;
      if (yes) answered += 1;
    } else {
      unanswerable += 1;
      if (!yes) refused += 1;
    }
  }
  const share = (a: number, b: number) => (b > 0 ? a / b : 1);
  return { answerable, answered, unanswerable, refused, balanced: (share(answered, answerable) + share(refused, unanswerable)) / 2 };
}

export interface PairFigures {
  pairs: number;
  relevant: number;
  precision: number;
  recall: number;
  /** Area under the ROC curve: the chance a relevant pair scores above an irrelevant one. */
  auc: number;
}

export function pairFigures(pairs: readonly LabelledPair[], parameters: JudgeParameters): PairFigures {
  const scored = pairs.map((pair) => ({ relevant: pair.relevant, p: 1 / (1 + Math.exp(-passageLogit(pair.features, parameters))) }));
  const predicted = scored.filter((entry) => entry.p >= parameters.passage.threshold);
  const relevant = scored.filter((entry) => entry.relevant);
  const irrelevant = scored.filter((entry) => !entry.relevant);
  const truePositives = predicted.filter((entry) => entry.relevant).length;
  const sorted = [...scored].sort((a, b) => a.p - b.p);
  // AUC by ranks (Mann–Whitney), ties counted half.
  let rankSum = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j]!.p === sorted[i]!.p) j++;
    const averageRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (sorted[k]!.relevant) rankSum += averageRank;
    i = j;
  }
  const auc = relevant.length > 0 && irrelevant.length > 0 ? (rankSum - (relevant.length * (relevant.length + 1)) / 2) / (relevant.length * irrelevant.length) : 0;
  return {
    pairs: pairs.length,
    relevant: relevant.length,
    precision: predicted.length > 0 ? truePositives / predicted.length : 0,
    recall: relevant.length > 0 ? truePositives / relevant.length : 0,
    auc,
  };
}

/**
 * Recall counts twice as much as precision when a passage is taken as evidence (F2): a region whose
 * evidence is missed is silently left out of an answer, while a weak quote is shown and can be judged.
 */
export const passageRecallWeight = 2;

export function fBeta(precision: number, recall: number, beta: number): number {
  const b2 = beta * beta;
  return precision + recall > 0 ? ((1 + b2) * precision * recall) / (b2 * precision + recall) : 0;
}

/** The middle of the best run of candidates: robust when the held-out part shifts a little. */
function middleOfBest<T>(candidates: { value: T; score: number }[]): T {
  const best = Math.max(...candidates.map((candidate) => candidate.score));
  const top = candidates.filter((candidate) => candidate.score >= best - 1e-9);
  return top[Math.floor(top.length / 2)]!.value;
}

/**
 * Fits both levels on the fit part: the passage model on pairs, its evidence threshold at the best F2,
 * then the question model on [best passage log-odds, absent share], its cut shifted to the best
 * balance of answering answerable questions and refusing the rest.
 */
export function calibrate(fit: readonly LabelledQuestion[], note: string): JudgeParameters {
  const pairs = labelledPairs(fit);
  const passage = fitLogistic(pairs.map((pair) => ({ x: featureNames.map((name) => pair.features[name]), y: pair.relevant })));
  const weights = Object.fromEntries(featureNames.map((name, i) => [name, passage.weights[i]!])) as JudgeParameters['passage']['weights'];
  let parameters: JudgeParameters = { note, passage: { weights, bias: passage.bias, threshold: 0.5 }, question: { best: 1, absent: 0, bias: 0 } };
  const thresholds: { value: number; score: number }[] = [];
  for (let step = 1; step < 100; step++) {
    const threshold = step / 100;
    const figures = pairFigures(pairs, { ...parameters, passage: { ...parameters.passage, threshold } });
    thresholds.push({ value: threshold, score: fBeta(figures.precision, figures.recall, passageRecallWeight) });
  }
  parameters = { ...parameters, passage: { ...parameters.passage, threshold: middleOfBest(thresholds) } };
  // The question model learns whether the reports speak to a question's topic at all. Questions that are
  // on topic yet unanswerable for another reason (a year, region or figure the reports lack) are judged by
  // those rules, so they teach it nothing here; they still count in the figures.
  const onTopic = fit.filter((entry) => entry.answerable || entry.offTopic);
  const question = fitLogistic(onTopic.map((entry) => ({ x: [bestLogit(entry, parameters), entry.absent], y: entry.answerable })));
  const shifts: { value: number; score: number }[] = [];
  for (let shift = -4; shift <= 4.0001; shift += 0.1) {
    const candidate = { ...parameters, question: { best: question.weights[0]!, absent: question.weights[1]!, bias: question.bias + shift } };
    shifts.push({ value: shift, score: questionFigures(onTopic, candidate).balanced });
  }
  return { ...parameters, question: { best: question.weights[0]!, absent: question.weights[1]!, bias: question.bias + middleOfBest(shifts) } };
}
