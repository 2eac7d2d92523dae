/** Call scripts: their own versioned markdown documents, so results can be compared by script version. */
import { z } from 'zod';
import { Id, IdParam, nameText, Timestamp } from './common.ts';

export const ScriptSummary = z.object({
  id: z.number(),
  name: z.string(),
  teamId: z.number().nullable(),
  latestPublishedVersion: z.number().nullable(),
  hasDraft: z.boolean(),
  updatedAt: Timestamp,
});
export type ScriptSummary = z.infer<typeof ScriptSummary>;

export const ScriptList = z.object({ scripts: z.array(ScriptSummary) });
export type ScriptList = z.infer<typeof ScriptList>;

export const ScriptVersion = z.object({
  /** The version's own id: what tracked events record as their scriptVersionId. */
  id: z.number(),
  scriptId: z.number(),
  number: z.number(),
  status: z.enum(['draft', 'published']),
  revision: z.number(),
  body: z.string(),
  createdAt: Timestamp,
  publishedAt: Timestamp.nullable(),
});
export type ScriptVersion = z.infer<typeof ScriptVersion>;

export const ScriptDetail = ScriptSummary.extend({ versions: z.array(ScriptVersion.omit({ body: true })) });
export type ScriptDetail = z.infer<typeof ScriptDetail>;

export const CreateScriptBody = z.strictObject({
  name: nameText(),
  teamId: Id.nullable().default(null),
  body: z.string().max(100_000, 'must be at most 100,000 characters').default(''),
});
export type CreateScriptBody = z.input<typeof CreateScriptBody>;

export const SaveScriptDraftBody = z.strictObject({
  body: z.string().max(100_000, 'must be at most 100,000 characters'),
  baseRevision: z.number().int().min(0).nullable(),
});
export type SaveScriptDraftBody = z.input<typeof SaveScriptDraftBody>;

export const UpdateScriptBody = z.strictObject({ name: nameText() });
export type UpdateScriptBody = z.input<typeof UpdateScriptBody>;

export const PublishScriptBody = z.strictObject({ revision: z.number().int().min(0) });

export const ScriptQuery = z.strictObject({ teamId: IdParam.optional() });

export const ScriptParams = z.strictObject({ scriptId: IdParam });
export const ScriptVersionParams = z.strictObject({ scriptId: IdParam, version: IdParam });
