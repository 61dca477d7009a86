import { describe, expect, it } from 'vitest';
import { calibrate, fitLogistic, isHeldOut, pairFigures, questionFigures, type LabelledQuestion } from '../../src/eval/calibration.ts';

const features = (coverage: number) => ({ coverage, rarest: coverage, lexical: 0.5, dense: 0.5, agreement: 0 });

describe('fitLogistic', () => {
  it('separates separable data', () => {
    const samples = [0, 0.1, 0.2, 0.8, 0.9, 1].map((x) => ({ x: [x], y: x > 0.5 }));
    const { weights, bias } = fitLogistic(samples);
    expect(weights[0]).toBeGreaterThan(0);
    expect(bias + weights[0]! * 0.9).toBeGreaterThan(0);
    expect(bias + weights[0]! * 0.1).toBeLessThan(0);
  });
  it('returns zeros for no samples', () => {
    expect(fitLogistic([])).toEqual({ weights: [], bias: 0 });
  });
});

describe('isHeldOut', () => {
  it('is stable and holds out about the share asked', () => {
    const ids = Array.from({ length: 400 }, (_, n) => `q${n}`);
    expect(ids.map((id) => isHeldOut(id))).toEqual(ids.map((id) => isHeldOut(id)));
    const share = ids.filter((id) => isHeldOut(id)).length / ids.length;
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.5);
  });
});

describe('calibrate', () => {
  const question = (id: string, answerable: boolean, best: number, absent = 0): LabelledQuestion => ({
    id, type: answerable ? 'fact' : 'off_topic', answerable, absent, offTopic: !answerable,
    pairs: [{ features: features(best), relevant: answerable }, { features: features(0.05), relevant: false }],
  });
  const questions = [
    question('a', true, 0.9), question('b', true, 0.8), question('c', true, 0.7),
    question('d', false, 0.2, 0.7), question('e', false, 0.1, 0.8), question('f', false, 0.15, 0.6),
  ];
  it('fits both levels so that the fit part is judged right', () => {
    const parameters = calibrate(questions, 'test');
    expect(questionFigures(questions, parameters)).toMatchObject({ answered: 3, refused: 3, balanced: 1 });
    const pairs = pairFigures(questions.flatMap((entry) => entry.pairs), parameters);
    expect(pairs.auc).toBe(1);
    expect(pairs.recall).toBe(1);
  });
});
