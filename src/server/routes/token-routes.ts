/** My personal API tokens, for the CLI and integrations. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { appError } from '../../api/app-error.ts';
import { Ok } from '../../api/schemas/common.ts';
import { ApiTokenList, ApiTokenParams, CreateApiTokenBody, CreatedApiToken } from '../../api/schemas/tokens.ts';
import { listApiTokensOfUser, revokeApiToken } from '../../store/repositories/api-tokens.ts';
import { ANY_MEMBER } from '../auth/access.ts';
import { createApiToken } from '../use-cases/create-api-token.ts';
import { recordAudit } from '../use-cases/record-audit.ts';

function tokenToResponse(token: { id: number; name: string; prefix: string; createdAt: string; lastUsedAt: string | null }) {
  return { id: token.id, name: token.name, prefix: token.prefix, createdAt: token.createdAt, lastUsedAt: token.lastUsedAt };
}

export async function registerTokenRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app.store;

  app.get(
    '/api/tokens',
    { schema: { tags: ['tokens'], summary: 'My API tokens', response: { 200: ApiTokenList } }, config: { access: ANY_MEMBER } },
    async (request) => {
      const principal = request.principal!;
      return { tokens: (await listApiTokensOfUser(db, principal.organizationId, principal.userId)).map(tokenToResponse) };
    },
  );

  app.post(
    '/api/tokens',
    { schema: { tags: ['tokens'], summary: 'Create an API token; its secret is shown only in this answer', body: CreateApiTokenBody, response: { 201: CreatedApiToken } }, config: { access: ANY_MEMBER } },
    async (request, reply) => {
      const { token, secret } = await createApiToken(db, request.principal!, request.body.name);
      return reply.code(201).send({ token: tokenToResponse(token), secret });
    },
  );

  app.delete(
    '/api/tokens/:tokenId',
    { schema: { tags: ['tokens'], summary: 'Revoke one of my API tokens', params: ApiTokenParams, response: { 200: Ok } }, config: { access: ANY_MEMBER } },
    async (request) => {
      const principal = request.principal!;
      await db.transaction().execute(async (trx) => {
        if (!(await revokeApiToken(trx, principal.organizationId, principal.userId, request.params.tokenId, new Date().toISOString()))) {
          throw appError('NOT_FOUND', { field: 'tokenId', message: 'There is no such token.' });
        }
        await recordAudit(trx, principal, 'api_token.revoked', { type: 'api_token', id: request.params.tokenId });
      });
      return { ok: true as const };
    },
  );
}
