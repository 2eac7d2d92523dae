/** Reads `npm run bench -- kpi [--events N] [--postgres-events M] [--seed S] [--samples K] [--warmup W] [--raw-samples R] [--reuse]`, and sizes a demo for a number of events. */

export interface KpiBenchOptions {
  /** Tracked events to generate on SQLite (about: the demo is sized in whole VAs and days). */
  events: number;
  /** Tracked events on PostgreSQL; 0 leaves PostgreSQL out. */
  postgresEvents: number;
  seed: number;
  /** Timed requests per dashboard call, after `warmup` untimed ones. */
  samples: number;
  warmup: number;
  /** Timed runs of the raw-event aggregate (it takes long: far fewer than the API calls'). */
  rawSamples: number;
  /** Use the SQLite file a previous run generated for the same size and seed, when there is one. */
  reuse: boolean;
}

export const KPI_BENCH_DEFAULTS: KpiBenchOptions = { events: 10_000_000, postgresEvents: 1_000_000, seed: 1, samples: 50, warmup: 5, rawSamples: 5, reuse: false };

const NUMBER_FLAGS = {
  '--events': { key: 'events', min: 1_000 },
  '--postgres-events': { key: 'postgresEvents', min: 0 },
  '--seed': { key: 'seed', min: 0 },
  '--samples': { key: 'samples', min: 1 },
  '--warmup': { key: 'warmup', min: 0 },
  '--raw-samples': { key: 'rawSamples', min: 1 },
} as const satisfies Record<string, { key: keyof KpiBenchOptions; min: number }>;

/** "200000", "200_000", "200,000", "200k" and "1.5M" are all counts; anything else is not. */
export function parseCount(flag: string, text: string | undefined): number {
  const match = /^(\d+(?:[_,]\d{3})*(?:\.\d+)?)([kKmM]?)$/.exec(text ?? '');
  if (!match) throw new Error(`${flag} needs a whole number such as 200000, 200k or 10M${text === undefined ? '' : `, not "${text}"`}`);
  const scale = { '': 1, k: 1_000, m: 1_000_000 }[match[2]!.toLowerCase() as '' | 'k' | 'm'];
  const value = Number(match[1]!.replace(/[_,]/g, '')) * scale;
  if (!Number.isSafeInteger(value)) throw new Error(`${flag} needs a whole number, not "${text}"`);
  return value;
}

export function parseKpiBenchArguments(argv: readonly string[]): KpiBenchOptions {
  const options: KpiBenchOptions = { ...KPI_BENCH_DEFAULTS };
  for (let index = 0; index < argv.length; index++) {
    const [flag, inline] = argv[index]!.split(/=(.*)/s, 2) as [string, string | undefined];
    if (flag === '--reuse') {
      if (inline !== undefined) throw new Error('--reuse takes no value');
      options.reuse = true;
      continue;
    }
    const spec = NUMBER_FLAGS[flag as keyof typeof NUMBER_FLAGS];
    if (!spec) throw new Error(`unknown option "${flag}"; the kpi benchmark takes ${[...Object.keys(NUMBER_FLAGS), '--reuse'].join(', ')}`);
    const value = parseCount(flag, inline ?? argv[++index]);
    if (value < spec.min) throw new Error(`${flag} must be at least ${spec.min.toLocaleString('en')}`);
    options[spec.key] = value;
  }
  return options;
}

export interface DemoSize {
  vas: number;
  days: number;
}

/**
 * The demo's VAs and days for about `events` tracked events, given how many a VA logs a day on average (weekends
 * included): a year of history with as many VAs as it takes (at least the demo's 3, at most its 2,000), and fewer
 * days than a year only when 3 VAs over a year would already be too many.
 */
export function sizeDemo(events: number, eventsPerVaDay: number): DemoSize {
  if (!(eventsPerVaDay > 0)) throw new RangeError('eventsPerVaDay must be positive');
  const days = 365;
  const vas = Math.round(events / (eventsPerVaDay * days));
  if (vas >= 3) return { vas: Math.min(vas, 2000), days };
  return { vas: 3, days: Math.min(days, Math.max(14, Math.round(events / (3 * eventsPerVaDay)))) };
}
