/** The documentation that travels with each process version: objective, roles, tools, scripts, metrics, KPIs and per-step guidance. */
import { z } from 'zod';

const Key = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9_]{0,49}$/, 'must start with a lowercase letter and use only letters, digits and _ (at most 50)');
const Label = z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters');
const Markdown = z.string().max(20_000, 'must be at most 20,000 characters');
/** ISO-8601 duration such as PT1H or P1D. */
export const IsoDuration = z.string().regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/, 'must be an ISO-8601 duration such as PT1H');

/** A member of the organization, by user id, named in an assignment rule. */
const UserId = z.number().int().min(1).max(2_147_483_647);

/**
 * Who gets the tasks of a role (lane) when a run creates them. Absent or `pool`: the role's pool, where any member of
 * the run's team may claim a task. `person`: that member. `roundRobin`: these members in turn, per team and role.
 * Someone named who is not (or no longer) in the run's team is skipped, and the task goes to the pool.
 */
export const RoleAssignment = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('pool') }),
  z.strictObject({ mode: z.literal('person'), userId: UserId }),
  z.strictObject({ mode: z.literal('roundRobin'), userIds: z.array(UserId).min(1, 'must name at least one member').max(200) }),
]);
export type RoleAssignment = z.infer<typeof RoleAssignment>;

/**
 * Who gets one step's task, before its role's rule: `completerOf` gives it to whoever completed the step `stepId`
 * earlier in the same run ("the agent who set the campaign follows up the lead"); `person` to that member; `starter`
 * to whoever started the run ("the VA who logged the callback calls back"). When nobody qualifies (the step has not
 * been completed, the person left the team, the run was started by a timer), the role's rule applies.
 */
export const StepAssignment = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('completerOf'), stepId: z.string().min(1).max(200) }),
  z.strictObject({ mode: z.literal('person'), userId: UserId }),
  z.strictObject({ mode: z.literal('starter') }),
]);
export type StepAssignment = z.infer<typeof StepAssignment>;

export const RoleDoc = z.strictObject({
  /** The lane's id in the diagram: a role is a lane. */
  laneId: z.string().min(1).max(200),
  responsibilities: Markdown.default(''),
  /** Optional: how the role's tasks are assigned (default: the pool). */
  assignment: RoleAssignment.optional(),
});

export const ToolDoc = z.strictObject({
  key: Key,
  name: Label,
  url: z.union([z.url('must be a web address'), z.literal('')]).default(''),
  purpose: z.string().max(500).default(''),
  /** Lane ids of the roles that use the tool. */
  laneIds: z.array(z.string().max(200)).max(50).default([]),
});

export const DISPOSITION_OUTCOMES = ['talkTo', 'lead', 'appointmentSet', 'appointmentHeld', 'callback', 'doNotCall'] as const;

export const CounterDoc = z.strictObject({ key: Key, label: Label });

export const DispositionDoc = z.strictObject({
  key: Key,
  label: Label,
  /** What this disposition counts as: a voicemail counts as nothing, a booked appointment as talkTo + lead + appointmentSet. */
  countsAs: z.array(z.enum(DISPOSITION_OUTCOMES)).max(DISPOSITION_OUTCOMES.length).default([]),
});

export const KPI_PERIODS = ['day', 'week', 'month'] as const;

export const KpiDoc = z.strictObject({
  key: Key,
  label: Label,
  /** A counter key or disposition outcome; for a ratio, the numerator. */
  numerator: z.string().max(50),
  /** Present for a ratio (e.g. talkTo / dials); a per-hour rate uses "phoneHours". */
  denominator: z.string().max(50).nullable().default(null),
  targets: z.array(z.strictObject({ period: z.enum(KPI_PERIODS), value: z.number().min(0).max(1e9) })).max(KPI_PERIODS.length).default([]),
});

export const StepDoc = z.strictObject({
  instructions: Markdown.default(''),
  checklist: z.array(z.string().trim().min(1).max(500)).max(100).default([]),
  toolKeys: z.array(Key).max(50).default([]),
  /** Counter keys, and "dispositions" when the step logs dials with the disposition set. */
  metricKeys: z.array(z.string().max(50)).max(50).default([]),
  /** Service level: how long the step may take once it starts (ISO-8601). */
  dueIn: IsoDuration.nullable().default(null),
  /** Optional: who gets this step's task, before its role's rule. */
  assignTo: StepAssignment.optional(),
});

export const ProcessDocumentation = z.strictObject({
  objective: Markdown.default(''),
  roles: z.array(RoleDoc).max(50).default([]),
  tools: z.array(ToolDoc).max(100).default([]),
  /** Script ids used by this process. */
  scriptIds: z.array(z.number().int().min(1)).max(50).default([]),
  counters: z.array(CounterDoc).max(50).default([]),
  dispositions: z.array(DispositionDoc).max(50).default([]),
  kpis: z.array(KpiDoc).max(50).default([]),
  /** Per diagram element id. */
  steps: z.record(z.string().max(200), StepDoc).default({}),
});
export type ProcessDocumentation = z.infer<typeof ProcessDocumentation>;
export type ProcessDocumentationInput = z.input<typeof ProcessDocumentation>;
