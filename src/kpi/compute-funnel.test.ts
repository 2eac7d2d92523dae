import { describe, expect, it } from 'vitest';
import { computeFunnel } from './compute-funnel.ts';

describe('computeFunnel', () => {
  it("given DOMAIN.md's sanity check, when the funnel is computed, then each step carries its ratio", () => {
    const funnel = computeFunnel({ dials: 1000, talkTo: 120, lead: 3, appointmentSet: 1, appointmentHeld: 1 });
    expect(funnel.map((step) => step.count)).toEqual([1000, 120, 3, 1, 1]);
    expect(funnel.map((step) => step.rateFromPrevious)).toEqual([null, 0.12, 0.025, 1 / 3, 1]);
    expect(funnel[2]!.rateFromFirst).toBe(0.003);
  });

  it('given no leads at all, when the funnel is computed, then the later ratios are null', () => {
    const funnel = computeFunnel({ dials: 50, talkTo: 4 });
    expect(funnel.map((step) => step.rateFromPrevious)).toEqual([null, 0.08, 0, null, null]);
    expect(computeFunnel({}).every((step) => step.rateFromFirst === null)).toBe(true);
  });
});
