import { describe, expect, it } from 'vitest';
import { compareRates } from './compare-rates.ts';
import type { Stratum } from './mantel-haenszel-rate-ratio.ts';
import { createSeededRandom } from './testing/seeded-random.ts';

/**
 * Six VAs whose skill multiplies the lead rate; the skilled ones use the new script more (confounding, as when a
 * manager gives the new script to the best callers). The new script multiplies the lead rate by `effect`.
 */
function simulateScriptTrial(seed: number, effect: number, talkTosPerVa = 3000): Stratum[] {
  const random = createSeededRandom(seed);
  const vas = [
    { skill: 0.6, shareOnNewScript: 0.2 },
    { skill: 0.8, shareOnNewScript: 0.3 },
    { skill: 1.0, shareOnNewScript: 0.5 },
    { skill: 1.1, shareOnNewScript: 0.6 },
    { skill: 1.3, shareOnNewScript: 0.8 },
    { skill: 1.5, shareOnNewScript: 0.9 },
  ];
  const baseLeadRate = 0.05;
  return vas.map(({ skill, shareOnNewScript }) => {
    const onNew = Math.round(talkTosPerVa * shareOnNewScript);
    const onOld = talkTosPerVa - onNew;
    return {
      group: { successes: random.binomial(onNew, baseLeadRate * skill * effect), trials: onNew },
      baseline: { successes: random.binomial(onOld, baseLeadRate * skill), trials: onOld },
    };
  });
}

const crude = (strata: Stratum[]): Stratum[] => [
  strata.reduce(
    (sum, { group, baseline }) => ({
      group: { successes: sum.group.successes + group.successes, trials: sum.group.trials + group.trials },
      baseline: { successes: sum.baseline.successes + baseline.successes, trials: sum.baseline.trials + baseline.trials },
    }),
    { group: { successes: 0, trials: 0 }, baseline: { successes: 0, trials: 0 } },
  ),
];

const scripts = { groupLabel: 'script v2', baselineLabel: 'v1', trialsNoun: "talk-to's" };

describe('compareRates', () => {
  it('given a seeded trial where script v2 truly converts 1.4x, when compared within VAs, then the interval holds 1.4 and the verdict says v2 converts more', () => {
    const comparison = compareRates({ ...scripts, strata: simulateScriptTrial(1, 1.4) });
    expect(comparison.kind).toBe('higher');
    expect(comparison.rateRatio!.low).toBeLessThan(1.4);
    expect(comparison.rateRatio!.high).toBeGreaterThan(1.4);
    expect(comparison.verdict).toMatch(/^script v2 converts 1\.\dx v1, 95% interval 1\.\d+-\d\.\d+, over 18,000 talk-to's$/);
    expect(comparison.moreTrialsNeeded).toBe(0);
  });

  it('given a seeded trial where the scripts are truly equal, when compared within VAs, then there is no clear difference, though the crude comparison is fooled by who used v2', () => {
    const strata = simulateScriptTrial(2, 1.0, 6000);
    const comparison = compareRates({ ...scripts, strata });
    expect(comparison.kind).toBe('noClearDifference');
    expect(comparison.verdict).toMatch(/^no clear difference between script v2 and v1: /);
    expect(compareRates({ ...scripts, strata: crude(strata) }).kind).toBe('higher');
  });

  it('given 40 seeded trials with a true 1.4x, when each is compared, then the 95% interval holds 1.4 in about 95% of them', () => {
    const covered = Array.from({ length: 40 }, (_, seed) => compareRates({ ...scripts, strata: simulateScriptTrial(100 + seed, 1.4, 1500) }).rateRatio!).filter(
      (ratio) => ratio.low <= 1.4 && 1.4 <= ratio.high,
    ).length;
    expect(covered).toBeGreaterThanOrEqual(34);
  });

  it('given a few hundred talk-to\'s, when compared, then it says not enough data and how many more talk-to\'s would do', () => {
    const strata = [{ group: { successes: 9, trials: 200 }, baseline: { successes: 6, trials: 200 } }];
    const comparison = compareRates({ ...scripts, strata });
    expect(comparison.kind).toBe('notEnoughData');
    expect(comparison.verdict).toMatch(/^not enough data yet, about [\d,]+ more talk-to's needed \(script v2 1\.5x v1 so far, 95% interval 0\.\d+-\d+(\.\d)?, over 400 talk-to's\)$/);
    // With that many more at the same rates and split, the comparison gives a verdict.
    const factor = (400 + comparison.moreTrialsNeeded!) / 400;
    const grown = strata.map(({ group, baseline }) => ({
      group: { successes: group.successes * factor, trials: group.trials * factor },
      baseline: { successes: baseline.successes * factor, trials: baseline.trials * factor },
    }));
    expect(compareRates({ ...scripts, strata: grown }).kind).not.toBe('notEnoughData');
    // At 80% power the interval clears 1 at about (z / (z + z_power))^2 = 49% of that total; well before it, not yet.
    const early = strata.map(({ group, baseline }) => ({
      group: { successes: group.successes * factor * 0.4, trials: group.trials * factor * 0.4 },
      baseline: { successes: baseline.successes * factor * 0.4, trials: baseline.trials * factor * 0.4 },
    }));
    expect(factor * 0.4).toBeGreaterThan(1);
    expect(compareRates({ ...scripts, strata: early }).kind).toBe('notEnoughData');
  });

  it('given no leads yet on one side, when compared, then it still estimates the talk-to\'s needed; given no trials on a side, then it says so', () => {
    const none = compareRates({ ...scripts, strata: [{ group: { successes: 3, trials: 80 }, baseline: { successes: 0, trials: 60 } }] });
    expect(none.kind).toBe('notEnoughData');
    expect(none.moreTrialsNeeded).toBeGreaterThan(0);
    expect(none.verdict).toMatch(/^not enough data yet, about [\d,]+ more talk-to's needed \(over 140 talk-to's so far\)$/);
    const empty = compareRates({ ...scripts, strata: [{ group: { successes: 3, trials: 80 }, baseline: { successes: 0, trials: 0 } }] });
    expect(empty).toMatchObject({ kind: 'notEnoughData', moreTrialsNeeded: null, verdict: "not enough data yet, more talk-to's needed on both sides (over 0 talk-to's so far)" });
  });

  it('given a list that reaches people less often, when compared on dials, then the verdict says lower with its own verb', () => {
    const comparison = compareRates({ groupLabel: 'list A', baselineLabel: 'list B', trialsNoun: 'dials', verb: 'reaches people', strata: [{ group: { successes: 300, trials: 5000 }, baseline: { successes: 600, trials: 5000 } }] });
    expect(comparison.kind).toBe('lower');
    expect(comparison.verdict).toBe('list A reaches people 0.5x list B, 95% interval 0.44-0.57, over 10,000 dials');
  });
});
