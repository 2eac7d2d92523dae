/** Resolves who is calling (session cookie or API token), then enforces the route's access rule and CSRF for cookie writes. */
import type { FastifyRequest } from 'fastify';
import { appError } from '../../api/app-error.ts';
import type { Store } from '../../store/connection.ts';
import { findApiTokenByHash, touchApiToken } from '../../store/repositories/api-tokens.ts';
import { findMembership } from '../../store/repositories/memberships.ts';
import { findLiveSession } from '../../store/repositories/sessions.ts';
import type { Principal } from './access.ts';
import { csrfTokenFor } from './csrf-token.ts';
import { API_TOKEN_PREFIX } from './api-token-format.ts';
import { hashSecretToken, safeEqual } from './secret-token.ts';
import { SESSION_COOKIE } from './session-cookie.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Writing last_used_at on every call would turn each read into a write. */
const TOKEN_TOUCH_INTERVAL_MS = 60_000;

export function createAuthenticateHook(store: Store, sessionSecret: string) {
  return async function authenticate(request: FastifyRequest): Promise<void> {
    const access = request.routeOptions.config.access;
    request.principal = null;
    if (!access) return;
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      request.principal = await principalFromToken(store, authorization);
      if (!request.principal && access.kind === 'member') {
        throw appError('UNAUTHENTICATED', { message: 'The API token is not valid or was revoked.' });
      }
    } else {
      request.principal = await principalFromCookie(store, request.cookies[SESSION_COOKIE]);
    }
    if (access.kind === 'public') return;
    const principal = request.principal;
    if (!principal) throw appError('UNAUTHENTICATED');
    if (principal.via === 'session' && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      const expected = csrfTokenFor(sessionSecret, principal.sessionId ?? '');
      if (typeof sent !== 'string' || !safeEqual(sent, expected)) throw appError('CSRF_TOKEN_INVALID');
    }
    if (!access.roles.includes(principal.role)) throw appError('FORBIDDEN');
  };
}

async function principalFromCookie(store: Store, token: string | undefined): Promise<Principal | null> {
  if (!token) return null;
  const now = new Date().toISOString();
  const session = await findLiveSession(store.db, hashSecretToken(token), now);
  if (!session) return null;
  const membership = await findMembership(store.db, session.organizationId, session.userId);
  if (!membership) return null;
  return { userId: session.userId, organizationId: session.organizationId, role: membership.role, via: 'session', sessionId: session.id };
}

async function principalFromToken(store: Store, authorization: string): Promise<Principal | null> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  const secret = match?.[1];
  if (!secret || !secret.startsWith(API_TOKEN_PREFIX)) return null;
  const token = await findApiTokenByHash(store.db, hashSecretToken(secret));
  if (!token) return null;
  const membership = await findMembership(store.db, token.organizationId, token.userId);
  if (!membership) return null;
  const now = new Date();
  if (!token.lastUsedAt || now.getTime() - Date.parse(token.lastUsedAt) > TOKEN_TOUCH_INTERVAL_MS) {
    await touchApiToken(store.db, token.id, now.toISOString());
  }
  return { userId: token.userId, organizationId: token.organizationId, role: membership.role, via: 'token' };
}
