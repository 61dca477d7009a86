import { z } from 'zod';
import { readDataFile } from '../../text/data-file.ts';
import type { Hit, TermMatch } from '../../types.ts';
import type { TopicTerm } from '../question/analysed-question.ts';

/*
 * The one evidence judge. Answerability, per-region states and sentence choice all ask it, at two levels:
 * - a passage: does it speak to the question? From the share of the question's content it holds
 *   (content words weighed by corpus rarity, so generic words weigh little and a verb the reports never
 *   use does not sink a paraphrase; stems, compounds, typo corrections and the glossary count as
 *   matches, see text/matching.ts), whether it holds the question's rarest word, and its ranks in the
 *   lexical and dense lists, agreement of both lists counting too;
 * - a set of passages (the whole corpus's, or one region's): do they answer the question? From the
 *   best passage's score and the share of the question's content that no report uses at all (a
 *   question about football shares only generic words with these reports).
 * Both are logistic models fitted on labelled (question, passage, relevant?) pairs by
 * `npm run calibrate`, never set by hand; data/evidence-judge.json holds the weights and the figures
 * on the held-out part.
 */

/** The features of one (question, passage) pair, each 0..1. */
export interface EvidenceFeatures {
  /** idf-weighted share of the question's content the passage holds (match strength counts). */
  coverage: number;
  /** Whether the question's rarest word the corpus knows is held (strength). */
  rarest: number;
  /** 1/rank in the lexical list (0 when absent). */
  lexical: number;
  /** 1/rank in the dense list (0 when absent). */
  dense: number;
  /** Both lists put the passage in their top ten. */
  agreement: number;
}

export const featureNames = ['coverage', 'rarest', 'lexical', 'dense', 'agreement'] as const;
export type FeatureName = (typeof featureNames)[number];

export function evidenceFeatures(topic: readonly TopicTerm[], hit: Pick<Hit, 'lexicalRank' | 'denseRank' | 'matches'>): EvidenceFeatures {
  const strengths = new Map<string, number>((hit.matches ?? []).map((match: TermMatch) => [match.term, match.strength]));
  let total = 0;
  let held = 0;
  let rarest: TopicTerm | undefined;
  for (const entry of topic) {
    total += entry.weight;
    held += entry.weight * (strengths.get(entry.term) ?? 0);
    if (entry.inCorpus && (!rarest || entry.weight > rarest.weight)) rarest = entry;
  }
  return {
    coverage: total > 0 ? held / total : 0,
    rarest: rarest ? (strengths.get(rarest.term) ?? 0) : 0,
    lexical: hit.lexicalRank ? 1 / hit.lexicalRank : 0,
    dense: hit.denseRank ? 1 / hit.denseRank : 0,
    agreement: (hit.lexicalRank ?? Infinity) <= 10 && (hit.denseRank ?? Infinity) <= 10 ? 1 : 0,
  };
}

/** A word corrected to a corpus word one typo away is only probably that word ("vädret" is not "värdet"): half absent. */
const correctedAbsence = 0.5;

/** idf-weighted share of the question's content that no report uses (a typo correction counts half). */
export function absentShare(topic: readonly TopicTerm[]): number {
  let total = 0;
  let absent = 0;
  for (const entry of topic) {
    total += entry.weight;
    if (!entry.inCorpus) absent += entry.weight;
    else if (entry.corrected) absent += entry.weight * correctedAbsence;
  }
  return total > 0 ? absent / total : 0;
}

const parametersSchema = z.object({
  note: z.string(),
  passage: z.object({
    weights: z.object(Object.fromEntries(featureNames.map((name) => [name, z.number()])) as Record<FeatureName, z.ZodNumber>),
    bias: z.number(),
    /** A passage scoring at least this is evidence. */
    threshold: z.number().min(0).max(1),
  }),
  question: z.object({
    /** Weight of the best passage's log-odds. */
    best: z.number(),
    /** Weight of the share of the question no report uses. */
    absent: z.number(),

    bias: z.number(),
  }),
  fit: z.record(z.string(), z.unknown()).optional(),
});

export type JudgeParameters = z.infer<typeof parametersSchema>;

let loaded: JudgeParameters | undefined;

/** The fitted parameters of data/evidence-judge.json (written by npm run calibrate -- --write). */
export function judgeParameters(): JudgeParameters {
  loaded ??= readDataFile('evidence-judge.json', parametersSchema);
  return loaded;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Log-odds that the passage is evidence for the question. */
export function passageLogit(features: EvidenceFeatures, parameters: JudgeParameters = judgeParameters()): number {
  let z = parameters.passage.bias;
  for (const name of featureNames) z += parameters.passage.weights[name] * features[name];
  return z;
}

/** Probability that a set of passages answers the question, from its best passage's log-odds and the share the reports lack. */
export function answerProbability(bestLogit: number, absent: number, parameters: JudgeParameters = judgeParameters()): number {
  const { question } = parameters;
  return sigmoid(question.bias + question.best * bestLogit + question.absent * absent);
}

/** A hit with the judge's verdict. */
export interface JudgedHit {
  hit: Hit;
  probability: number;
  /** The passage on its own reaches the evidence threshold. */
  speaksToQuestion: boolean;
  /** What the answer may quote: passages that speak to the question, or the best one, when the set answers it. */
  evidence: boolean;
}

export interface Verdict {
  answerable: boolean;
  /** Probability that these passages answer the question. */
  probability: number;
  /** The hits in search order, each judged; the evidence among them is what the answer may quote. */
  hits: JudgedHit[];
}

/** Judges a set of passages (the corpus's best, or one region's) for a question. */
export function judgeEvidence(topic: readonly TopicTerm[], hits: readonly Hit[], parameters: JudgeParameters = judgeParameters()): Verdict {
  if (hits.length === 0) return { answerable: false, probability: 0, hits: [] };
  if (topic.length === 0) {
    // A question of question words only names no topic to judge by: search's own ranking stands.
    return { answerable: true, probability: 0.5, hits: hits.map((hit) => ({ hit, probability: 0.5, speaksToQuestion: true, evidence: true })) };
  }
  const logits = hits.map((hit) => passageLogit(evidenceFeatures(topic, hit), parameters));
  const best = Math.max(...logits);
  const probability = answerProbability(best, absentShare(topic), parameters);
  const answerable = probability >= 0.5;
  return {
    answerable,
    probability,
    hits: hits.map((hit, index) => {
      const passageProbability = sigmoid(logits[index]!);
      // When the set answers the question, its best passage is evidence whatever its own score.
      const speaksToQuestion = passageProbability >= parameters.passage.threshold;
      return { hit, probability: passageProbability, speaksToQuestion, evidence: answerable && (speaksToQuestion || logits[index] === best) };
    }),
  };
}

/** The hits the judge takes as evidence, in search order (none when the set does not answer the question). */
export function evidenceHits(topic: readonly TopicTerm[], hits: readonly Hit[], parameters?: JudgeParameters): Hit[] {
  return judgeEvidence(topic, hits, parameters).hits.filter((entry) => entry.evidence).map((entry) => entry.hit);
}
