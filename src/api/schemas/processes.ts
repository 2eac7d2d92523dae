/** Processes and their versions: drafts, published versions, validation problems, diffs, import/export and templates. */
import { z } from 'zod';
import { Id, IdParam, nameText, Timestamp } from './common.ts';
import { ProcessDocumentation } from './process-documentation.ts';

export const VERSION_STATUSES = ['draft', 'published', 'retired'] as const;

export const ProcessSummary = z.object({
  id: z.number(),
  name: z.string(),
  /** null: in the organization's library, not in a team. */
  teamId: z.number().nullable(),
  isTemplate: z.boolean(),
  latestPublishedVersion: z.number().nullable(),
  hasDraft: z.boolean(),
  /** For a copy made from a template: where it came from. */
  origin: z.object({ processId: z.number(), version: z.number(), name: z.string() }).nullable(),
  /** For a copy: a newer published version of its template exists. */
  updateAvailable: z.number().nullable(),
  updatedAt: Timestamp,
  /** When it was retired (no new runs start on it), else null. */
  retiredAt: Timestamp.nullable(),
});
export type ProcessSummary = z.infer<typeof ProcessSummary>;

export const ProcessList = z.object({ processes: z.array(ProcessSummary) });
export type ProcessList = z.infer<typeof ProcessList>;

export const ProcessQuery = z.strictObject({
  teamId: IdParam.optional(),
  templates: z.enum(['true', 'false']).optional(),
  /** 'true': retired processes too (left out by default). */
  includeRetired: z.enum(['true', 'false']).optional(),
});

export const VersionSummary = z.object({
  number: z.number(),
  status: z.enum(VERSION_STATUSES),
  revision: z.number(),
  createdAt: Timestamp,
  createdBy: z.string().nullable(),
  publishedAt: Timestamp.nullable(),
  publishedBy: z.string().nullable(),
  /** For a template copy: the template version this version's content was taken from (a draft holding an update names it). */
  templateVersion: z.number().nullable(),
});
export type VersionSummary = z.infer<typeof VersionSummary>;

export const ProcessDetail = ProcessSummary.extend({ versions: z.array(VersionSummary) });
export type ProcessDetail = z.infer<typeof ProcessDetail>;

export const ProcessVersion = VersionSummary.extend({
  processId: z.number(),
  xml: z.string(),
  documentation: ProcessDocumentation,
});
export type ProcessVersion = z.infer<typeof ProcessVersion>;

export const CreateProcessBody = z.strictObject({
  name: nameText(),
  /** null or absent: a library template of the organization. */
  teamId: Id.nullable().default(null),
  isTemplate: z.boolean().default(false),
  /** Role (lane) names of the starting diagram. */
  roles: z.array(nameText()).min(1).max(10).default(['Virtual professional', 'Agent']),
});
export type CreateProcessBody = z.input<typeof CreateProcessBody>;

export const UpdateProcessBody = z.strictObject({ name: nameText().optional(), isTemplate: z.boolean().optional() });
export type UpdateProcessBody = z.input<typeof UpdateProcessBody>;

export const ProcessParams = z.strictObject({ processId: IdParam });
export const ProcessVersionParams = z.strictObject({ processId: IdParam, version: IdParam });

export const MAX_BPMN_BYTES = 5 * 1024 * 1024;

export const SaveDraftBody = z.strictObject({
  xml: z.string().min(1, 'is required').max(MAX_BPMN_BYTES, 'is larger than 5 MB'),
  documentation: ProcessDocumentation,
  /** The draft revision this edit started from; another revision answers 409 DRAFT_CONFLICT. Omit to start a draft from the latest version. */
  baseRevision: z.number().int().min(0).nullable(),
  /** The modeler's rendering of the diagram, kept for SVG export and the handbook. */
  svg: z.string().max(MAX_BPMN_BYTES).optional(),
});
export type SaveDraftBody = z.input<typeof SaveDraftBody>;

export const PROBLEM_SEVERITIES = ['error', 'warning'] as const;

export const Problem = z.object({
  /** The diagram element the problem is on; null for the process as a whole. */
  elementId: z.string().nullable(),
  rule: z.string(),
  severity: z.enum(PROBLEM_SEVERITIES),
  message: z.string(),
});
export type Problem = z.infer<typeof Problem>;

export const ProblemList = z.object({ problems: z.array(Problem), publishable: z.boolean() });
export type ProblemList = z.infer<typeof ProblemList>;

export const PublishBody = z.strictObject({ revision: z.number().int().min(0) });
export type PublishBody = z.input<typeof PublishBody>;

export const DiffQuery = z.strictObject({ from: IdParam, to: IdParam });

export const ElementChange = z.object({
  elementId: z.string(),
  type: z.string(),
  name: z.string().nullable(),
  change: z.enum(['added', 'removed', 'changed']),
  /** For a change: what differs, e.g. "name", "lane", "incoming flows", "documentation.instructions". */
  fields: z.array(z.string()),
});
export type ElementChange = z.infer<typeof ElementChange>;

export const ProcessDiff = z.object({
  from: z.number(),
  to: z.number(),
  elements: z.array(ElementChange),
  /** Process-level documentation changes, e.g. "objective", "tools.dialer", "kpis.talkToRate". */
  documentation: z.array(z.object({ path: z.string(), change: z.enum(['added', 'removed', 'changed']) })),
});
export type ProcessDiff = z.infer<typeof ProcessDiff>;

export const ImportQuery = z.strictObject({
  teamId: IdParam.optional(),
  name: nameText().optional(),
});

export const ImportResult = z.object({ process: ProcessSummary, warnings: z.array(z.string()) });
export type ImportResult = z.infer<typeof ImportResult>;

export const EXPORT_FORMATS = ['bpmn', 'svg'] as const;
export const ExportQuery = z.strictObject({
  version: IdParam.optional(),
  format: z.enum(EXPORT_FORMATS).default('bpmn'),
});

export const UseTemplateBody = z.strictObject({ teamId: Id, name: nameText().optional() });
export type UseTemplateBody = z.input<typeof UseTemplateBody>;

/** A template update as the copy would get it: the copy's current published version against the template's version. */
export const TemplateUpdatePreview = z.object({
  template: z.object({ processId: z.number(), name: z.string() }),
  /** The copy's latest published version (what the team runs now). */
  current: ProcessVersion,
  /** The template's version on offer. */
  update: ProcessVersion,
  diff: ProcessDiff,
});
export type TemplateUpdatePreview = z.infer<typeof TemplateUpdatePreview>;

export const TemplateUpdateQuery = z.strictObject({ version: IdParam });

/** A FEEL condition to check as the server's validation does. */
export const CheckConditionBody = z.strictObject({ expression: z.string().max(10_000, 'must be at most 10,000 characters') });
export type CheckConditionBody = z.input<typeof CheckConditionBody>;
export const ConditionCheck = z.object({ valid: z.boolean(), message: z.string().nullable() });
export type ConditionCheck = z.infer<typeof ConditionCheck>;

export const TakeUpdateBody = z.strictObject({
  /** The template version to take, as previewed. */
  version: Id,
});
export type TakeUpdateBody = z.input<typeof TakeUpdateBody>;
