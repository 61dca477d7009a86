import { describe, expect, it } from 'vitest';
import { mean, median, percentile, summarize } from '../../src/bench/stats.ts';

describe('percentile (linear interpolation between closest ranks)', () => {
  it('has no value for an empty list (NaN, not 0)', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(median([])).toBeNaN();
    expect(mean([])).toBeNaN();
    expect(summarize([])).toMatchObject({ n: 0, p50: NaN, p95: NaN, max: NaN });
  });

  it('returns the only value for every p', () => {
    for (const p of [0, 1, 50, 95, 100]) expect(percentile([7.5], p)).toBe(7.5);
  });

  it('interpolates p95 between the two closest ranks', () => {
    // 1..20: h = 19 · 0.95 = 18.05 → x[18] + 0.05 · (x[19] − x[18]) = 19 + 0.05 = 19.05
    const samples = Array.from({ length: 20 }, (_, index) => index + 1);
    expect(percentile(samples, 95)).toBeCloseTo(19.05, 10);
    // Two values: halfway for the median, 95 % of the way for p95.
    expect(percentile([10, 20], 50)).toBe(15);
    expect(percentile([10, 20], 95)).toBeCloseTo(19.5, 10);
  });

  it('sorts the input (without changing it) and hits min and max at p0 and p100', () => {
    const samples = [5, 1, 4, 2, 3];
    expect(percentile(samples, 0)).toBe(1);
    expect(percentile(samples, 100)).toBe(5);
    expect(median(samples)).toBe(3);
    expect(samples).toEqual([5, 1, 4, 2, 3]);
  });

  it('takes the mean of the middle pair for an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('rejects p outside [0, 100]', () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], -1)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });

  it('summarizes samples', () => {
    expect(summarize([3, 1, 2])).toEqual({ n: 3, p50: 2, p95: 2.9, p99: 2.98, mean: 2, max: 3 });
  });
});
