/** A small seeded random source for the KPI tests' simulations (mulberry32), so every simulated case is the same on every run. */

export interface SeededRandom {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal (Box-Muller). */
  normal(): number;
  /** Successes in `trials` Bernoulli draws with probability `p`. */
  binomial(trials: number, p: number): number;
}

export function createSeededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
    binomial: (trials, p) => {
      let successes = 0;
      for (let index = 0; index < trials; index += 1) if (next() < p) successes += 1;
      return successes;
    },
  };
}
