import { describe, expect, it } from 'vitest';
import { describeDuration } from './describe-duration.ts';

describe('describeDuration', () => {
  it('says a duration in words', () => {
    expect(describeDuration('PT1H')).toBe('1 hour');
    expect(describeDuration('PT1H30M')).toBe('1 hour 30 minutes');
    expect(describeDuration('P2D')).toBe('2 days');
    expect(describeDuration('P1W')).toBe('1 week');
  });

  it('refuses what is not an ISO-8601 duration', () => {
    expect(describeDuration('1 hour')).toBeNull();
    expect(describeDuration('P')).toBeNull();
    expect(describeDuration('PT')).toBeNull();
  });
});
