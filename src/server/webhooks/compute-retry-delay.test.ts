/** The back-off doubles per attempt from a minute, stops growing at six hours, and jitters within the upper half. */
import { describe, expect, it } from 'vitest';
import { computeRetryDelay, RETRY_BASE_MS, RETRY_CAP_MS } from './compute-retry-delay.ts';

describe('computeRetryDelay', () => {
  it('given the first failures, when the jitter is at its ends, then the delay lies in [half, whole] of a doubling base', () => {
    expect(computeRetryDelay(1, () => 0)).toBe(RETRY_BASE_MS / 2);
    expect(computeRetryDelay(1, () => 0.999999)).toBeCloseTo(RETRY_BASE_MS, -1);
    expect(computeRetryDelay(3, () => 0)).toBe(2 * RETRY_BASE_MS);
    expect(computeRetryDelay(4, () => 0.5)).toBe(6 * RETRY_BASE_MS);
  });

  it('given many failures, then the delay never exceeds the cap', () => {
    for (let attempt = 1; attempt <= 40; attempt++) expect(computeRetryDelay(attempt, () => 0.999999)).toBeLessThanOrEqual(RETRY_CAP_MS);
    expect(computeRetryDelay(40, () => 0)).toBe(RETRY_CAP_MS / 2);
  });
});
