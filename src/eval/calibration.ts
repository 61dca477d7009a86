import { evidenceProbability, featureNames, type EvidenceFeatures, type JudgeParameters } from '../answer/evidence-judge.ts';

/** One labelled (question, passage) pair. */
export interface LabelledPair {
  questionId: string;
  features: EvidenceFeatures;
  relevant: boolean;
}

/** One question with its judged passages and whether the reports answer it. */
export interface LabelledQuestion {
  id: string;
  type: string;
  answerable: boolean;
  pairs: LabelledPair[];
}

/**
 * Fit or held out, by a hash of the question id: stable across runs and independent of file order,
 * so a question never lends its passages to both parts.
 */
export function isHeldOut(questionId: string, heldOutShare = 0.4): boolean {
  let hash = 2166136261;
  for (const char of questionId) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return (hash % 1000) / 1000 < heldOutShare;
}

/**
 * Logistic regression by batch gradient descent with a little L2, classes weighed to equal total
 * weight (relevant pairs are few). Small and dependency-free: six features, a few thousand pairs.
 */
export function fitLogistic(pairs: readonly LabelledPair[], options: { iterations?: number; rate?: number; l2?: number } = {}): Pick<JudgeParameters, 'weights' | 'bias'> {
  const iterations = options.iterations ?? 4000;
  const rate = options.rate ?? 0.5;
  const l2 = options.l2 ?? 0.001;
  const positives = pairs.filter((pair) => pair.relevant).length;
  const negatives = pairs.length - positives;
  const weightOf = (pair: LabelledPair) => (pair.relevant ? pairs.length / (2 * Math.max(1, positives)) : pairs.length / (2 * Math.max(1, negatives)));
  const weights = Object.fromEntries(featureNames.map((name) => [name, 0])) as Record<(typeof featureNames)[number], number>;
  let bias = 0;
  for (let step = 0; step < iterations; step++) {
    const gradient = Object.fromEntries(featureNames.map((name) => [name, 0])) as Record<(typeof featureNames)[number], number>;
    let biasGradient = 0;
    for (const pair of pairs) {
      let z = bias;
      for (const name of featureNames) z += weights[name] * pair.features[name];
      const error = (1 / (1 + Math.exp(-z)) - (pair.relevant ? 1 : 0)) * weightOf(pair);
      for (const name of featureNames) gradient[name] += error * pair.features[name];
      biasGradient += error;
    }
    for (const name of featureNames) weights[name] -= rate * (gradient[name] / pairs.length + l2 * weights[name]);
    bias -= rate * (biasGradient / pairs.length);
  }
  return { weights, bias };
}

/** The best probability among a question's passages: the question is answerable when it reaches the threshold. */
export function questionScore(question: LabelledQuestion, parameters: JudgeParameters): number {
  return Math.max(0, ...question.pairs.map((pair) => evidenceProbability(pair.features, parameters)));
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
    const yes = questionScore(question, parameters) >= parameters.threshold;
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
  const scored = pairs.map((pair) => ({ relevant: pair.relevant, p: evidenceProbability(pair.features, parameters) }));
  const predicted = scored.filter((entry) => entry.p >= parameters.threshold);
  const relevant = scored.filter((entry) => entry.relevant);
  const truePositives = predicted.filter((entry) => entry.relevant).length;
  const irrelevant = scored.filter((entry) => !entry.relevant);
  let above = 0;
  for (const positive of relevant) for (const negative of irrelevant) above += positive.p > negative.p ? 1 : positive.p === negative.p ? 0.5 : 0;
  return {
    pairs: pairs.length,
    relevant: relevant.length,
    precision: predicted.length > 0 ? truePositives / predicted.length : 0,
    recall: relevant.length > 0 ? truePositives / relevant.length : 0,
    auc: relevant.length > 0 && irrelevant.length > 0 ? above / (relevant.length * irrelevant.length) : 0,
  };
}

/**
 * The question-level threshold: the one that best balances answering answerable questions and refusing
 * the rest on the fit part; among equals, the middle of the best run (robust to a shifted held-out part).
 */
export function chooseThreshold(questions: readonly LabelledQuestion[], fitted: Pick<JudgeParameters, 'weights' | 'bias'>): number {
  const candidates: { threshold: number; balanced: number }[] = [];
  for (let step = 1; step < 100; step++) {
    const threshold = step / 100;
    candidates.push({ threshold, balanced: questionFigures(questions, { ...fitted, threshold, note: '' }).balanced });
  }
  const best = Math.max(...candidates.map((candidate) => candidate.balanced));
  const top = candidates.filter((candidate) => candidate.balanced >= best - 1e-9);
  return top[Math.floor(top.length / 2)]!.threshold;
}
