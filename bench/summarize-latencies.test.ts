import { describe, expect, it } from 'vitest';
import { nearestRankPercentile, summarizeLatencies } from './summarize-latencies.ts';

describe('summarizeLatencies', () => {
  it('given 1 ... 100 ms in any order, when summarized, then p50 is the 50th and p95 the 95th value (nearest rank)', () => {
    const samples = Array.from({ length: 100 }, (_, index) => ((index * 37) % 100) + 1);
    expect(summarizeLatencies(samples)).toEqual({ count: 100, p50: 50, p95: 95, min: 1, max: 100, mean: 50.5 });
  });

  it('given 50 samples, when the p95 is read, then it is the 48th fastest, an observed value', () => {
    const samples = Array.from({ length: 50 }, (_, index) => 10 + index * 0.5);
    expect(summarizeLatencies(samples).p95).toBe(samples[47]);
    expect(summarizeLatencies([7]).p95).toBe(7);
  });

  it('given no samples or a fraction outside (0, 1], when read, then NaN or a RangeError', () => {
    expect(summarizeLatencies([]).p50).toBeNaN();
    expect(() => nearestRankPercentile([1, 2], 0)).toThrow(RangeError);
    expect(() => nearestRankPercentile([1, 2], 1.5)).toThrow(RangeError);
  });
});
