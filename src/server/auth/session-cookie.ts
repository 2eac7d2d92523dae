/** The login session cookie: HttpOnly, SameSite=Lax, Secure when served over https. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { insertSession } from '../../store/repositories/sessions.ts';
import type { Database } from '../../store/tables.ts';
import { generateSecretToken, hashSecretToken } from './secret-token.ts';

export const SESSION_COOKIE = 'swimlane_session';

export async function startSession(
  db: Kysely<Database>,
  request: FastifyRequest,
  reply: FastifyReply,
  session: { userId: number; organizationId: number; days: number },
  now: Date,
): Promise<string> {
  const token = generateSecretToken();
  const id = hashSecretToken(token);
  const expiresAt = new Date(now.getTime() + session.days * 86_400_000);
  await insertSession(db, {
    id,
    userId: session.userId,
    organizationId: session.organizationId,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    expires: expiresAt,
  });
  return id;
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https' });
}
