import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mantelHaenszelRateRatio } from './mantel-haenszel-rate-ratio.ts';

describe('mantelHaenszelRateRatio', () => {
  it('given one stratum of equal sizes, when compared, then it is the crude ratio with the Katz log-variance', () => {
    const result = mantelHaenszelRateRatio([{ group: { successes: 30, trials: 1000 }, baseline: { successes: 20, trials: 1000 } }])!;
    expect(result.ratio).toBeCloseTo(1.5, 12);
    expect(result.logVariance).toBeCloseTo(1 / 30 - 1 / 1000 + 1 / 20 - 1 / 1000, 12);
    // z = 1.96; simple-statistics' probit is within 0.003 of it, so the bounds agree to about 0.1%.
    const margin = 1.959964 * Math.sqrt(result.logVariance);
    expect(result.low / (1.5 * Math.exp(-margin))).toBeCloseTo(1, 2);
    expect(result.high / (1.5 * Math.exp(margin))).toBeCloseTo(1, 2);
  });

  it('given a strong VA using mostly the new script and a weak one the old, when stratified by VA, then the within-VA ratio of 2 is recovered, not the crude 10', () => {
    const strata = [
      { group: { successes: 200, trials: 1000 }, baseline: { successes: 10, trials: 100 } },
      { group: { successes: 2, trials: 100 }, baseline: { successes: 10, trials: 1000 } },
    ];
    expect(mantelHaenszelRateRatio(strata)!.ratio).toBeCloseTo(2, 12);
    const crude = mantelHaenszelRateRatio([{ group: { successes: 202, trials: 1100 }, baseline: { successes: 20, trials: 1100 } }])!;
    expect(crude.ratio).toBeCloseTo(10.1, 12);
  });

  it('given a side without successes or strata holding one side only, when compared, then there is no ratio and one-sided strata are left out', () => {
    expect(mantelHaenszelRateRatio([{ group: { successes: 5, trials: 100 }, baseline: { successes: 0, trials: 100 } }])).toBeNull();
    const result = mantelHaenszelRateRatio([
      { group: { successes: 5, trials: 100 }, baseline: { successes: 5, trials: 100 } },
      { group: { successes: 50, trials: 100 }, baseline: { successes: 0, trials: 0 } },
    ])!;
    expect(result).toMatchObject({ ratio: 1, strataUsed: 1, group: { successes: 5, trials: 100 } });
  });

  it('given any strata, when compared both ways, then the ratio lies in its interval and swapping the sides inverts both', () => {
    const count = fc.integer({ min: 1, max: 2000 }).chain((trials) => fc.record({ successes: fc.integer({ min: 0, max: trials }), trials: fc.constant(trials) }));
    fc.assert(
      fc.property(fc.array(fc.record({ group: count, baseline: count }), { minLength: 1, maxLength: 6 }), (strata) => {
        const forward = mantelHaenszelRateRatio(strata);
        const backward = mantelHaenszelRateRatio(strata.map(({ group, baseline }) => ({ group: baseline, baseline: group })));
        if (forward === null) {
          expect(backward).toBeNull();
          return;
        }
        expect(forward.low).toBeLessThanOrEqual(forward.ratio);
        expect(forward.ratio).toBeLessThanOrEqual(forward.high);
        expect(backward!.ratio).toBeCloseTo(1 / forward.ratio, 9);
        expect(backward!.high).toBeCloseTo(1 / forward.low, 6);
      }),
    );
  });
});
