/** Personal API tokens for the CLI and integrations. */
import { z } from 'zod';
import { IdParam, nameText, Timestamp } from './common.ts';

export const ApiToken = z.object({
  id: z.number(),
  name: z.string(),
  prefix: z.string().describe('The first characters of the token, to recognise it'),
  createdAt: Timestamp,
  lastUsedAt: Timestamp.nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;

export const ApiTokenList = z.object({ tokens: z.array(ApiToken) });
export type ApiTokenList = z.infer<typeof ApiTokenList>;

export const CreateApiTokenBody = z.strictObject({
  name: nameText(),
});
export type CreateApiTokenBody = z.input<typeof CreateApiTokenBody>;

export const CreatedApiToken = z.object({ token: ApiToken, secret: z.string().describe('Shown once') });
export type CreatedApiToken = z.infer<typeof CreatedApiToken>;

export const ApiTokenParams = z.strictObject({ tokenId: IdParam });
