import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar-dates.ts';
import { createSeededRandom } from '../testing/seeded-random.ts';
import { checkListBurningOut } from './check-list-burning-out.ts';

/** 20 calling days of a list: 300 dials a day at a talk-to rate of `rate(day)`. */
function simulateList(seed: number, rate: (day: number) => number) {
  const random = createSeededRandom(seed);
  return Array.from({ length: 20 }, (_, day) => ({ date: addDays('2025-05-01', day), dials: 300, talkTo: random.binomial(300, rate(day)) }));
}

describe('checkListBurningOut', () => {
  it('given a list whose talk-to rate decays from 12% as its numbers are called again and again, when checked, then it fires on the drop', () => {
    const result = checkListBurningOut({ list: 'Expired Q2', days: simulateList(21, (day) => 0.12 * 0.94 ** day) });
    expect(result.fired).toBe(true);
    expect(result.why).toMatch(/^Expired Q2 reached people on [\d.]+% of its 1,500 dials over its last 5 calling days, against [\d.]+% over its first 5: 0\.\d+x \(95% interval 0\.\d+-0\.\d+\), the list is burning out\.$/);
  });

  it('given a list below the floor, when checked, then it fires on the floor alone', () => {
    const result = checkListBurningOut({ list: 'Old FSBO', days: simulateList(22, () => 0.025) });
    expect(result).toMatchObject({ fired: true });
    expect(result.why).toContain('below the 4% floor');
  });

  it('given steady lists over several seeds, when checked, then none fires', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) expect(checkListBurningOut({ list: 'Circle', days: simulateList(seed, () => 0.12) }).fired).toBe(false);
  });

  it('given a new list with a few dials, when checked, then it stays quiet', () => {
    expect(checkListBurningOut({ list: 'New', days: [{ date: '2025-05-01', dials: 50, talkTo: 0 }] })).toMatchObject({ fired: false, why: 'Too few recent dials on New to judge it (50, at least 200 needed).' });
  });
});
