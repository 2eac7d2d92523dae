import { describe, expect, it } from 'vitest';
import { KPI_BENCH_DEFAULTS, parseCount, parseKpiBenchArguments, sizeDemo } from './kpi-bench-arguments.ts';

describe('parseKpiBenchArguments', () => {
  it('given no options, when read, then the defaults are 10 million events on SQLite, 1 million on PostgreSQL, seed 1, 50 samples, no reuse', () => {
    expect(parseKpiBenchArguments([])).toEqual(KPI_BENCH_DEFAULTS);
    expect(KPI_BENCH_DEFAULTS).toMatchObject({ events: 10_000_000, postgresEvents: 1_000_000, seed: 1, samples: 50, reuse: false });
  });

  it('given each option as "--flag value" or "--flag=value", when read, then each lands on its field', () => {
    expect(parseKpiBenchArguments(['--events', '200k', '--postgres-events=0', '--seed', '7', '--samples=80', '--warmup', '2', '--raw-samples', '3', '--reuse'])).toEqual({
      events: 200_000,
      postgresEvents: 0,
      seed: 7,
      samples: 80,
      warmup: 2,
      rawSamples: 3,
      reuse: true,
    });
  });

  it('given a mistyped option, a missing or malformed value, or a value under the minimum, when read, then the error names the option', () => {
    expect(() => parseKpiBenchArguments(['--event', '5'])).toThrow(/unknown option "--event"/);
    expect(() => parseKpiBenchArguments(['--events'])).toThrow(/--events needs a whole number/);
    expect(() => parseKpiBenchArguments(['--samples', 'many'])).toThrow(/--samples needs a whole number .* not "many"/);
    expect(() => parseKpiBenchArguments(['--samples', '0'])).toThrow(/--samples must be at least 1/);
    expect(() => parseKpiBenchArguments(['--reuse=yes'])).toThrow(/--reuse takes no value/);
  });
});

describe('parseCount', () => {
  it('given counts written with separators or a k / M suffix, when read, then they are whole numbers', () => {
    expect(parseCount('--events', '200000')).toBe(200_000);
    expect(parseCount('--events', '200_000')).toBe(200_000);
    expect(parseCount('--events', '10,000,000')).toBe(10_000_000);
    expect(parseCount('--events', '1.5M')).toBe(1_500_000);
    expect(parseCount('--events', '250k')).toBe(250_000);
  });

  it('given something that is no whole count, when read, then it is refused', () => {
    for (const text of ['', '-5', '1e6', '2.5', '1.0001k', '12 000', 'ten']) expect(() => parseCount('--events', text), text).toThrow(/--events/);
  });
});

describe('sizeDemo', () => {
  it('given enough events for 3 VAs or more, when sized, then a year of history with the VAs it takes', () => {
    expect(sizeDemo(10_000_000, 190)).toEqual({ vas: 144, days: 365 });
    expect(sizeDemo(1_000_000, 190)).toEqual({ vas: 14, days: 365 });
  });

  it('given fewer events than 3 VAs log in a year, when sized, then 3 VAs over fewer days, never under 14', () => {
    expect(sizeDemo(100_000, 190)).toEqual({ vas: 3, days: 175 });
    expect(sizeDemo(1_000, 190)).toEqual({ vas: 3, days: 14 });
  });

  it('given more events than 2,000 VAs log in a year, when sized, then the demo stops at its 2,000 VAs', () => {
    expect(sizeDemo(1_000_000_000, 190)).toEqual({ vas: 2000, days: 365 });
    expect(() => sizeDemo(1_000, 0)).toThrow(RangeError);
  });
});
