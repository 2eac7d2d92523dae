import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../testing/seeded-random.ts';
import { checkVoicemailsAsTalkTos, type CallCounts } from './check-voicemails-as-talk-tos.ts';

/** A week of ten VAs on cold lists: about 12% talk-to's of about 2.5 minutes; VA 7 (when planted) also logs voicemails (a third of dials, 25 s each) as talk-to's. */
function simulateTeam(seed: number, plant: boolean): CallCounts[] {
  const random = createSeededRandom(seed);
  return Array.from({ length: 10 }, (_, index) => {
    const dials = Math.round(1500 * (1 + 0.1 * random.normal()));
    const talkTo = random.binomial(dials, 0.12 * (1 + 0.15 * random.normal()));
    let talkToSeconds = talkTo * (150 + 20 * random.normal());
    if (plant && index === 7) {
      const voicemails = random.binomial(dials - talkTo, 0.33);
      return { dials, talkTo: talkTo + voicemails, talkToSeconds: talkToSeconds + voicemails * 25 };
    }
    talkToSeconds = Math.max(0, talkToSeconds);
    return { dials, talkTo, talkToSeconds };
  });
}

function checkEveryVa(team: CallCounts[]) {
  return team.map((va, index) => {
    const rest = team.filter((_, other) => other !== index).reduce((sum, other) => ({ dials: sum.dials + other.dials, talkTo: sum.talkTo + other.talkTo, talkToSeconds: sum.talkToSeconds + other.talkToSeconds }), { dials: 0, talkTo: 0, talkToSeconds: 0 });
    return checkVoicemailsAsTalkTos({ subject: `VA ${index}`, va, team: rest });
  });
}

describe('checkVoicemailsAsTalkTos', () => {
  it('given a team where one VA logs voicemails as talk-to\'s, when every VA is checked, then only that VA fires, saying why', () => {
    const results = checkEveryVa(simulateTeam(11, true));
    expect(results.map((result) => result.fired)).toEqual([false, false, false, false, false, false, false, true, false, false]);
    expect(results[7]!.why).toMatch(/^VA 7's talk-to rate is [\d.]+%, [\d.]+x the team's [\d.]+%, with talk-to calls averaging \d+ s against the team's \d+ s: voicemails may be logged as talk-to's\.$/);
  });

  it('given clean teams over several seeds, when every VA is checked, then none fires', () => {
    for (const seed of [1, 2, 3, 4, 5]) expect(checkEveryVa(simulateTeam(seed, false)).some((result) => result.fired)).toBe(false);
  });

  it('given a VA with too few dials or a team without talk-to\'s, when checked, then it stays quiet rather than dividing by zero', () => {
    const team = { dials: 5000, talkTo: 600, talkToSeconds: 90_000 };
    expect(checkVoicemailsAsTalkTos({ subject: 'Ben', va: { dials: 40, talkTo: 30, talkToSeconds: 300 }, team }).fired).toBe(false);
    expect(checkVoicemailsAsTalkTos({ subject: 'Ben', va: { dials: 400, talkTo: 300, talkToSeconds: 3000 }, team: { dials: 5000, talkTo: 0, talkToSeconds: 0 } }).fired).toBe(false);
  });
});
