/** Builds the real app on a fresh store for tests (no listening; requests through app.inject) and logs people in. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Role } from '../../src/api/roles.ts';
import type { Session } from '../../src/api/schemas/auth.ts';
import { buildApp } from '../../src/server/app.ts';
import { hashPassword } from '../../src/server/auth/password.ts';
import { readConfig, type Config } from '../../src/server/config.ts';
import { createOrganizationWithOwner } from '../../src/server/use-cases/create-organization-with-owner.ts';
import type { Store } from '../../src/store/connection.ts';
import type { TestDatabase } from './test-databases.ts';

export const TEST_PASSWORD = 'test password 123';

/** Cheap argon2id settings: the tests check behaviour, not hashing cost. */
export function testConfig(): Config {
  return { ...readConfig({}), passwordHashing: { memoryCost: 1024, timeCost: 1, parallelism: 1 } };
}

/** Someone logged in through the cookie session, with the CSRF token the API handed out. */
export interface Agent {
  cookie: string;
  csrfToken: string;
  session: Session;
}

export interface RequestOptions {
  as?: Agent;
  bearer?: string;
  body?: unknown;
  /** A body sent as it is with its own content type (e.g. a .bpmn file), instead of `body` as JSON. */
  rawBody?: { contentType: string; payload: string | Buffer } | undefined;
  headers?: Record<string, string>;
}

export interface TestApp {
  app: FastifyInstance;
  store: Store;
  request(method: string, url: string, options?: RequestOptions): Promise<LightMyRequestResponse>;
  setup(input?: { organizationName?: string; email?: string; name?: string }): Promise<Agent>;
  createOrganization(input: { organizationName: string; email: string; name?: string }): Promise<Agent>;
  login(email: string, password?: string): Promise<Agent>;
  invite(by: Agent, input: { email: string; role: Role; teamIds?: number[] }): Promise<{ token: string; id: number }>;
  inviteAndAccept(by: Agent, input: { email: string; role: Role; teamIds?: number[]; name?: string }): Promise<Agent>;
  close(): Promise<void>;
}

function agentFrom(response: LightMyRequestResponse): Agent {
  if (response.statusCode >= 400) throw new Error(`expected a session, got ${response.statusCode}: ${response.body}`);
  const cookie = response.cookies.find((candidate) => candidate.name === 'swimlane_session');
  if (!cookie) throw new Error('no session cookie in the answer');
  const session = response.json() as Session;
  return { cookie: `swimlane_session=${cookie.value}`, csrfToken: session.csrfToken, session };
}

export async function createTestApp(database: TestDatabase, overrides: Partial<Config> = {}): Promise<TestApp> {
  const { store, dispose } = await database.create();
  const config = { ...testConfig(), ...overrides };
  const app = await buildApp({ config, store, sessionSecret: 'test-session-secret', logger: false });
  await app.ready();

  const request: TestApp['request'] = (method, url, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.as) {
      headers.cookie = options.as.cookie;
      headers['x-csrf-token'] ??= options.as.csrfToken;
    }
    if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
    if (options.rawBody) {
      headers['content-type'] = options.rawBody.contentType;
      return app.inject({ method: method as 'POST', url, headers, payload: options.rawBody.payload });
    }
    return app.inject({
      method: method as 'GET',
      url,
      headers,
      ...(options.body === undefined ? {} : { payload: options.body as object }),
    });
  };

  const testApp: TestApp = {
    app,
    store,
    request,
    async setup(input = {}) {
      return agentFrom(
        await request('POST', '/api/setup', {
          body: {
            organizationName: input.organizationName ?? 'Acme Realty',
            name: input.name ?? 'Olivia Owner',
            email: input.email ?? 'owner@acme.test',
            password: TEST_PASSWORD,
          },
        }),
      );
    },
    async createOrganization(input) {
      const passwordHash = await hashPassword(TEST_PASSWORD, config.passwordHashing);
      await createOrganizationWithOwner(
        store.db,
        { organizationName: input.organizationName, name: input.name ?? 'Other Owner', email: input.email, passwordHash },
        { onlyIfFirst: false, now: new Date() },
      );
      return testApp.login(input.email);
    },
    async login(email, password = TEST_PASSWORD) {
      return agentFrom(await request('POST', '/api/auth/login', { body: { email, password } }));
    },
    async invite(by, input) {
      const response = await request('POST', '/api/invitations', { as: by, body: { teamIds: [], ...input } });
      if (response.statusCode !== 201) throw new Error(`invitation failed ${response.statusCode}: ${response.body}`);
      const body = response.json() as { token: string; invitation: { id: number } };
      return { token: body.token, id: body.invitation.id };
    },
    async inviteAndAccept(by, { name, ...invitation }) {
      const { token } = await testApp.invite(by, invitation);
      return agentFrom(
        await request('POST', '/api/invitations/accept', { body: { token, name: name ?? invitation.email.split('@')[0], password: TEST_PASSWORD } }),
      );
    },
    async close() {
      await app.close();
      await dispose();
    },
  };
  return testApp;
}
