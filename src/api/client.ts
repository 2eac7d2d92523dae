/** A small typed client of the REST API, shared by the web app (cookie session) and the CLI (API token). */
import type { ErrorBody, ErrorCode } from './error-catalogue.ts';
import type { AuditList } from './schemas/audit.ts';
import type { ChangePasswordBody, LoginBody, Session, SetupBody, SetupStatus } from './schemas/auth.ts';
import type { Ok } from './schemas/common.ts';
import type {
  AcceptInvitationBody,
  CreatedInvitation,
  CreateInvitationBody,
  InvitationList,
  InvitationPreview,
} from './schemas/invitations.ts';
import type { ChangeRoleBody, Member, MemberList } from './schemas/members.ts';
import type { Team, TeamList, CreateTeamBody, UpdateTeamBody } from './schemas/teams.ts';
import type { ApiTokenList, CreateApiTokenBody, CreatedApiToken } from './schemas/tokens.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | 'NETWORK_ERROR';
  readonly field: string | undefined;

  constructor(status: number, code: ErrorCode | 'NETWORK_ERROR', message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

export interface ApiClientOptions {
  /** Origin of the server, e.g. http://127.0.0.1:3000; empty for the same origin in the browser. */
  baseUrl?: string;
  /** A personal API token; without it the browser's session cookie is used. */
  token?: string;
  fetch?: typeof fetch;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export function createApiClient(options: ApiClientOptions = {}) {
  const baseUrl = (options.baseUrl ?? '').replace(/\/$/, '');
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  let csrfToken: string | undefined;

  async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    else if (csrfToken && method !== 'GET') headers['x-csrf-token'] = csrfToken;
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
      });
    } catch (cause) {
      throw new ApiError(0, 'NETWORK_ERROR', `Cannot reach the server${baseUrl ? ` at ${baseUrl}` : ''}.`);
    }
    const text = await response.text();
    const json = text ? (JSON.parse(text) as unknown) : undefined;
    if (!response.ok) {
      const error = (json as ErrorBody | undefined)?.error;
      throw new ApiError(response.status, error?.code ?? 'INTERNAL', error?.message ?? response.statusText, error?.field);
    }
    return json as T;
  }

  function rememberSession(session: Session): Session {
    csrfToken = session.csrfToken;
    return session;
  }

  return {
    setupStatus: () => request<SetupStatus>('GET', '/api/setup'),
    setup: (body: SetupBody) => request<Session>('POST', '/api/setup', body).then(rememberSession),
    login: (body: LoginBody) => request<Session>('POST', '/api/auth/login', body).then(rememberSession),
    logout: () => request<Ok>('POST', '/api/auth/logout'),
    session: () => request<Session>('GET', '/api/session').then(rememberSession),
    changePassword: (body: ChangePasswordBody) => request<Ok>('POST', '/api/session/password', body),

    listTeams: () => request<TeamList>('GET', '/api/teams'),
    getTeam: (teamId: number) => request<Team>('GET', `/api/teams/${teamId}`),
    createTeam: (body: CreateTeamBody) => request<Team>('POST', '/api/teams', body),
    updateTeam: (teamId: number, body: UpdateTeamBody) => request<Team>('PATCH', `/api/teams/${teamId}`, body),
    listTeamMembers: (teamId: number) => request<MemberList>('GET', `/api/teams/${teamId}/members`),
    addTeamMember: (teamId: number, userId: number) => request<Ok>('PUT', `/api/teams/${teamId}/members/${userId}`),
    removeTeamMember: (teamId: number, userId: number) => request<Ok>('DELETE', `/api/teams/${teamId}/members/${userId}`),

    listMembers: () => request<MemberList>('GET', '/api/members'),
    changeRole: (userId: number, body: ChangeRoleBody) => request<Member>('PATCH', `/api/members/${userId}`, body),
    removeMember: (userId: number) => request<Ok>('DELETE', `/api/members/${userId}`),

    listInvitations: () => request<InvitationList>('GET', '/api/invitations'),
    createInvitation: (body: CreateInvitationBody) => request<CreatedInvitation>('POST', '/api/invitations', body),
    revokeInvitation: (invitationId: number) => request<Ok>('DELETE', `/api/invitations/${invitationId}`),
    previewInvitation: (token: string) => request<InvitationPreview>('GET', `/api/invitations/accept/${encodeURIComponent(token)}`),
    acceptInvitation: (body: AcceptInvitationBody) => request<Session>('POST', '/api/invitations/accept', body).then(rememberSession),

    listTokens: () => request<ApiTokenList>('GET', '/api/tokens'),
    createToken: (body: CreateApiTokenBody) => request<CreatedApiToken>('POST', '/api/tokens', body),
    revokeToken: (tokenId: number) => request<Ok>('DELETE', `/api/tokens/${tokenId}`),

    listAudit: (query: { before?: number; limit?: number } = {}) => {
      const search = new URLSearchParams();
      if (query.before) search.set('before', String(query.before));
      if (query.limit) search.set('limit', String(query.limit));
      const suffix = search.size ? `?${search}` : '';
      return request<AuditList>('GET', `/api/audit${suffix}`);
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
