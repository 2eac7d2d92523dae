import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describePace, projectPace } from './project-pace.ts';

describe('projectPace', () => {
  it('given 540 dials at 40% of the working week and a target of 1,500, when projected, then the week ends at 1,350: behind by 150', () => {
    const pace = projectPace({ isRatio: false, actual: 540, target: 1500, elapsedFraction: 0.4 });
    expect(pace.status).toBe('behind');
    expect(pace.projected).toBeCloseTo(1350, 9);
    expect(pace.gap).toBeCloseTo(-150, 9);
    expect(pace.expectedByNow).toBeCloseTo(600, 9);
    expect(describePace(pace, 'week', 'dials', false)).toBe('At the current pace the week ends at 1,350 of target 1,500 dials: 150 below, behind.');
  });

  it('given a counter within 5% of its target pace, when projected, then it is on track; well above, ahead', () => {
    expect(projectPace({ isRatio: false, actual: 300, target: 600, elapsedFraction: 0.49 }).status).toBe('onTrack');
    expect(projectPace({ isRatio: false, actual: 400, target: 600, elapsedFraction: 0.5 }).status).toBe('ahead');
  });

  it('given a ratio, when projected, then the current ratio is the projection', () => {
    const pace = projectPace({ isRatio: true, actual: 0.09, target: 0.12, elapsedFraction: 0.3 });
    expect(pace).toMatchObject({ projected: 0.09, status: 'behind' });
    expect(pace.gap).toBeCloseTo(-0.03, 10);
    expect(describePace(pace, 'week', 'Talk-to rate', true)).toBe('Talk-to rate is 9% this week, target 12%: 3 points below, behind.');
  });

  it('given no working time elapsed or no ratio yet, when projected, then the status is unknown rather than NaN', () => {
    expect(projectPace({ isRatio: false, actual: 0, target: 300, elapsedFraction: 0 })).toMatchObject({ projected: null, status: 'unknown' });
    expect(projectPace({ isRatio: true, actual: null, target: 0.1, elapsedFraction: 0.5 }).status).toBe('unknown');
    expect(describePace(projectPace({ isRatio: true, actual: null, target: 0.1, elapsedFraction: 0.5 }), 'day', 'Lead rate', true)).toBe('No pace yet for Lead rate this day (target 10%).');
  });

  it('given a less-is-better KPI above its target, when projected, then it is behind', () => {
    expect(projectPace({ isRatio: true, actual: 90, target: 60, elapsedFraction: 0.5, higherIsBetter: false }).status).toBe('behind');
  });

  it('given any counter progress, when projected, then the projection scales linearly and the status agrees with the gap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0.01, max: 1, noNaN: true }), (actual, target, fraction) => {
        const pace = projectPace({ isRatio: false, actual, target, elapsedFraction: fraction });
        expect(pace.projected).toBeCloseTo(actual / fraction, 6);
        if (pace.status === 'behind') expect(pace.gap!).toBeLessThan(0);
        if (pace.status === 'ahead') expect(pace.gap!).toBeGreaterThan(0);
      }),
    );
  });
});
