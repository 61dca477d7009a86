import { z } from 'zod';
import { readDataFile } from '../text/data-file.ts';
import type { Hit, TermMatch } from '../types.ts';
import type { TopicTerm } from './analysed-question.ts';

/*
 * The one evidence judge: does a passage speak to the question? Answerability (is any passage
 * evidence?), per-region states and sentence choice all ask it. It decides from evidence, not from
 * every question word being present:
 * - the question's content words carry it, weighed by how rare they are in the corpus (idf), so
 *   generic words ("arbeta", "vård", "bästa") weigh little and a verb the reports never use does not
 *   sink a paraphrase;
 * - a word no report uses (no typo correction, no compound parts) is evidence the topic is absent;
 * - agreement of the lexical and the dense list on the same passage is evidence too.
 * The weights are fitted on labelled (question, passage, relevant?) pairs by `npm run calibrate`,
 * never set by hand; data/evidence-judge.json holds them with the fit's figures.
 */

/** The features of one (question, passage) pair, each 0..1. */
export interface EvidenceFeatures {
  /** idf-weighted share of the question's content the passage holds (match strength counts). */
  coverage: number;
  /** Whether the question's rarest word the corpus knows is held (strength). */
  rarest: number;
  /** idf-weighted share of the question's content no report uses at all. */
  absent: number;
  /** 1/rank in the lexical list (0 when absent). */
  lexical: number;
  /** 1/rank in the dense list (0 when absent). */
  dense: number;
  /** Both lists put the passage in their top ten. */
  agreement: number;
}

export const featureNames = ['coverage', 'rarest', 'absent', 'lexical', 'dense', 'agreement'] as const;

export function evidenceFeatures(topic: readonly TopicTerm[], hit: Pick<Hit, 'lexicalRank' | 'denseRank' | 'matches'>): EvidenceFeatures {
  const strengths = new Map<string, number>((hit.matches ?? []).map((match: TermMatch) => [match.term, match.strength]));
  let total = 0;
  let held = 0;
  let absent = 0;
  let rarest: TopicTerm | undefined;
  for (const entry of topic) {
    total += entry.weight;
    held += entry.weight * (strengths.get(entry.term) ?? 0);
    if (!entry.inCorpus) absent += entry.weight;
    else if (!rarest || entry.weight > rarest.weight) rarest = entry;
  }
  const lexical = hit.lexicalRank ? 1 / hit.lexicalRank : 0;
  const dense = hit.denseRank ? 1 / hit.denseRank : 0;
  return {
    coverage: total > 0 ? held / total : 0,
    rarest: rarest ? (strengths.get(rarest.term) ?? 0) : 0,
    absent: total > 0 ? absent / total : 0,
    lexical,
    dense,
    agreement: (hit.lexicalRank ?? Infinity) <= 10 && (hit.denseRank ?? Infinity) <= 10 ? 1 : 0,
  };
}

const parametersSchema = z.object({
  note: z.string(),
  weights: z.object(Object.fromEntries(featureNames.map((name) => [name, z.number()])) as Record<(typeof featureNames)[number], z.ZodNumber>),
  bias: z.number(),
  /** A passage with at least this probability is evidence. */
  threshold: z.number().min(0).max(1),
  fit: z.record(z.string(), z.unknown()).optional(),
});

export type JudgeParameters = z.infer<typeof parametersSchema>;

let loaded: JudgeParameters | undefined;

/** The fitted parameters of data/evidence-judge.json (written by npm run calibrate). */
export function judgeParameters(): JudgeParameters {
  loaded ??= readDataFile('evidence-judge.json', parametersSchema);
  return loaded;
}

/** Logistic model: the probability that the passage is evidence for the question. */
export function evidenceProbability(features: EvidenceFeatures, parameters: JudgeParameters = judgeParameters()): number {
  let z = parameters.bias;
  for (const name of featureNames) z += parameters.weights[name] * features[name];
  return 1 / (1 + Math.exp(-z));
}

/** A hit with the judge's verdict. */
export interface JudgedHit {
  hit: Hit;
  probability: number;
  evidence: boolean;
}

export function judgeHits(topic: readonly TopicTerm[], hits: readonly Hit[], parameters: JudgeParameters = judgeParameters()): JudgedHit[] {
  if (topic.length === 0) {
    // A question of question words only names no topic to judge by: search's own ranking stands.
    return hits.map((hit) => ({ hit, probability: 0.5, evidence: true }));
  }
  return hits.map((hit) => {
    const probability = evidenceProbability(evidenceFeatures(topic, hit), parameters);
    return { hit, probability, evidence: probability >= parameters.threshold };
  });
}
