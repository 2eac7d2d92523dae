/** Targets per person: each VA's own target on a KPI and period kind, set by a team lead over the documented per-VA target. */
import { z } from 'zod';
import { KPI_PERIODS } from './process-documentation.ts';
import { Id } from './common.ts';

const TargetValue = z.number({ error: 'must be a number' }).min(0, 'must be 0 or more').max(1e9, 'is too large');

export const SetPersonTargetBody = z.strictObject({
  userId: Id,
  kpiKey: z.string().min(1, 'is required').max(50, 'must be at most 50 characters'),
  period: z.enum(KPI_PERIODS),
  /** A count for a counter, a fraction (0 ... 1) for a percentage, a number per hour for a per-hour rate; null removes the person's target. */
  value: TargetValue.nullable(),
});
export type SetPersonTargetBody = z.infer<typeof SetPersonTargetBody>;

export const TargetKpi = z.object({
  key: z.string(),
  label: z.string(),
  numerator: z.string(),
  denominator: z.string().nullable(),
  /** A counter adds up over VAs; a ratio does not. */
  isRatio: z.boolean(),
  /** A ratio shown (and set) as a fraction of 1; a per-hour rate is a plain number. */
  isPercent: z.boolean(),
  /** The documented per-VA targets. */
  targets: z.array(z.object({ period: z.enum(KPI_PERIODS), value: z.number() })),
});
export type TargetKpi = z.infer<typeof TargetKpi>;

export const PersonTargetEntry = z.object({
  userId: z.number(),
  kpiKey: z.string(),
  period: z.enum(KPI_PERIODS),
  value: z.number(),
  setByUserId: z.number().nullable(),
  setAt: z.string(),
});
export type PersonTargetEntry = z.infer<typeof PersonTargetEntry>;

export const TeamTargets = z.object({
  team: z.object({ id: z.number(), name: z.string() }),
  /** The process whose documented KPIs are shown (the team's first published one); null when the team has none. */
  process: z.object({ id: z.number(), name: z.string(), version: z.number().nullable() }).nullable(),
  kpis: z.array(TargetKpi),
  /** The team's VAs (a va: only themselves). */
  people: z.array(z.object({ userId: z.number(), name: z.string() })),
  /** Each person's own targets (a va: only their own). */
  targets: z.array(PersonTargetEntry),
});
export type TeamTargets = z.infer<typeof TeamTargets>;
