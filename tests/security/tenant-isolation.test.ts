/** One organization can neither see nor change another's data through any API route, and a role reaches only the routes its access rule names. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/api/roles.ts';
import { buildApp } from '../../src/server/app.ts';
import { PUBLIC } from '../../src/server/auth/access.ts';
import { openStore } from '../../src/store/connection.ts';
import { isApiRoute, isDocsRoute, isMemberRoute, isWriteRoute, routeCatalogue, type CataloguedRoute } from '../support/route-catalogue.ts';
import {
  NESTED_PARAMS,
  PATH_PARAMS,
  SAMPLE_BODIES,
  SAMPLE_QUERIES,
  SAMPLE_RAW_BODIES,
  sampleBody,
  samplePath,
  sampleQuery,
  sampleRawBody,
  sampleUrl,
  type SampleTargets,
} from '../support/sample-request.ts';
import { seedOrganization, type SeededOrganization } from '../support/seed-organization.ts';
import { snapshotOrganization } from '../support/snapshot-organization.ts';
import { snapshotTables } from '../support/snapshot-tables.ts';
import { createTestApp, testConfig, type Agent, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

/** Everything callable without logging in. Adding to it is a decision: change this list in the same commit. */
const EXPECTED_PUBLIC_ROUTES = [
  'GET /api/invitations/accept/:token',
  'GET /api/openapi.json',
  'GET /api/setup',
  // The setup page's demo option: refused once any organization exists; GET tells only the demo's progress.
  'GET /api/setup/demo',
  'GET /healthz',
  'GET /readyz',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'POST /api/invitations/accept',
  'POST /api/setup',
  'POST /api/setup/demo',
];

const routes = await routeCatalogue();
const memberRoutes = routes.filter(isMemberRoute);

/** What a call points at: each path parameter, the body when the body names resources (e.g. teamIds), and the query likewise. */
type Part = string;
const BODY: Part = 'body';
const QUERY: Part = 'query';

const PLACEHOLDERS_1: SampleTargets = { teamId: 1, userId: 1, invitationId: 1, invitationToken: 'a'.repeat(20), tokenId: 1, ownerEmail: 'one@example.test', processId: 1, scriptId: 1, runId: 1, taskId: 1, incidentId: 1, leadId: 1, webhookId: 1, deliveryId: 1, notificationId: 1 };
const PLACEHOLDERS_2: SampleTargets = { teamId: 2, userId: 2, invitationId: 2, invitationToken: 'b'.repeat(20), tokenId: 2, ownerEmail: 'two@example.test', processId: 2, scriptId: 2, runId: 2, taskId: 2, incidentId: 2, leadId: 2, webhookId: 2, deliveryId: 2, notificationId: 2 };

/** The parts of the route's request that name a resource of some organization; the body and the query do when their samples depend on the targets. */
function resourceParts(route: CataloguedRoute): Part[] {
  // A version number counts within its process: pointing at B's process is what tests isolation.
  const parts: Part[] = route.paramNames.filter((name) => !NESTED_PARAMS.has(name));
  const differs = (sample: (targets: SampleTargets) => unknown) => JSON.stringify(sample(PLACEHOLDERS_1)) !== JSON.stringify(sample(PLACEHOLDERS_2));
  if (differs((targets) => sampleBody(route, targets)) || differs((targets) => sampleRawBody(route, targets))) parts.push(BODY);
  if (differs((targets) => sampleQuery(route, targets))) parts.push(QUERY);
  return parts;
}

function isolationTestName(route: CataloguedRoute, caller: string): string {
  let parts: Part[];
  try {
    parts = resourceParts(route);
  } catch {
    // A missing sample: the test itself fails with the message saying what to add.
    return `when ${caller} calls ${route.key}, then it is isolated`;
  }
  return parts.length
    ? `when ${caller} calls ${route.key} pointing at B's ${parts.join(', ')}, then it is refused, B is unchanged and nothing of B shows`
    : `when ${caller} calls ${route.key}, then the answer holds nothing of B and B is unchanged`;
}

/** Every non-empty choice of parts to point at the other organization, the rest staying one's own: B's team with A's member too. */
function foreignChoices(parts: Part[]): Part[][] {
  const choices: Part[][] = [];
  for (let mask = 1; mask < 1 << parts.length; mask++) choices.push(parts.filter((_, index) => mask & (1 << index)));
  return choices;
}

function requestFor(route: CataloguedRoute, own: SampleTargets, foreign: SampleTargets, foreignParts: Part[]) {
  const overrides: Record<string, string> = {};
  for (const name of route.paramNames) {
    if (foreignParts.includes(name)) overrides[name] = String(foreign[PATH_PARAMS[name] as keyof SampleTargets]);
  }
  const bodyTargets = foreignParts.includes(BODY) ? foreign : own;
  return {
    url: sampleUrl(route, own, overrides, foreignParts.includes(QUERY) ? foreign : own),
    body: sampleBody(route, bodyTargets),
    rawBody: sampleRawBody(route, bodyTargets),
  };
}

function expectNoLeak(answer: { body: string }, other: SeededOrganization): void {
  const text = answer.body.toLowerCase();
  const leaked = other.identifyingStrings.filter((value) => text.includes(value.toLowerCase()));
  expect(leaked, `the answer names the other organization: ${answer.body}`).toEqual([]);
}

/** Calls the route as A with each choice of B's resources; each is refused, B's rows stay as they were, and nothing of B shows. */
async function expectIsolated(
  t: TestApp,
  a: SeededOrganization,
  b: SeededOrganization,
  route: CataloguedRoute,
  caller: { as?: Agent; bearer?: string },
): Promise<void> {
  const parts = resourceParts(route);
  for (const foreignParts of parts.length ? foreignChoices(parts) : [[]]) {
    const { url, body, rawBody } = requestFor(route, a.targets, b.targets, foreignParts);
    const before = await snapshotOrganization(t.store.db, b.id);
    const answer = await t.request(route.method, url, { ...caller, body, rawBody });
    const what = `${route.method} ${url} ${JSON.stringify(body ?? null)} pointing at B's ${foreignParts.join(' and ') || 'nothing'}: ${answer.statusCode} ${answer.body}`;
    if (foreignParts.length === 0) {
      // Nothing of B is named: A acts on its own data and must succeed without any of B in the answer.
      expect(answer.statusCode, what).toBeLessThan(400);
    } else {
      // A foreign id in the body or query is a validation problem of it (400); in the path, it does not exist (404) or is forbidden (403).
      expect(foreignParts.includes(BODY) || foreignParts.includes(QUERY) ? [400, 403, 404] : [403, 404], what).toContain(answer.statusCode);
      expect(answer.json().error.code, what).toEqual(expect.any(String));
    }
    expectNoLeak(answer, b);
    expect(await snapshotOrganization(t.store.db, b.id), `B's data changed after ${what}`).toEqual(before);
  }
}

describe('route catalogue', () => {
  it('given every registered /api route, then each declares an access rule, except the swagger UI', () => {
    const withoutRule = routes.filter((route) => isApiRoute(route) && !isDocsRoute(route) && !route.access).map((route) => route.key);
    expect(withoutRule).toEqual([]);
    expect(memberRoutes.length).toBeGreaterThan(10);
  });

  it('given a plugin adding an /api route without an access rule, when the app starts, then it refuses to', async () => {
    const store = openStore({ dataDir: '.', sqliteFile: ':memory:' });
    const app = await buildApp({ config: testConfig(), store, sessionSecret: 'test', logger: false });
    try {
      const starting = (async () => {
        await app.register(async (plugin) => {
          plugin.get('/api/forgotten', async () => ({ secret: true }));
        });
        await app.ready();
      })();
      await expect(starting).rejects.toThrow('Route GET /api/forgotten declares no access rule (config.access)');
    } finally {
      await app.close().catch(() => undefined);
      await store.close();
    }
  });

  it('given the same route with an access rule, then the app starts (the refusal above is about the rule alone)', async () => {
    const store = openStore({ dataDir: '.', sqliteFile: ':memory:' });
    const app = await buildApp({ config: testConfig(), store, sessionSecret: 'test', logger: false });
    try {
      await app.register(async (plugin) => {
        plugin.get('/api/remembered', { config: { access: PUBLIC } }, async () => ({ ok: true }));
      });
      await expect(app.ready()).resolves.toBeDefined();
    } finally {
      await app.close();
      await store.close();
    }
  });

  it('given the public routes, then they are exactly the expected list', () => {
    const reachableWithoutLogin = routes.filter((route) => !isDocsRoute(route) && route.access?.kind !== 'member').map((route) => route.key);
    expect(reachableWithoutLogin).toEqual(EXPECTED_PUBLIC_ROUTES);
  });

  it('given the swagger UI, then it only serves pages (GET)', () => {
    expect(routes.filter(isDocsRoute).every((route) => route.method === 'GET')).toBe(true);
  });

  it('given every /api route, then its path parameters, query and body have samples, and no sample is left over', () => {
    for (const route of routes.filter((candidate) => isApiRoute(candidate) && !isDocsRoute(candidate))) {
      expect(() => samplePath(route, PLACEHOLDERS_1)).not.toThrow();
      expect(() => sampleQuery(route, PLACEHOLDERS_1)).not.toThrow();
      expect(() => sampleBody(route, PLACEHOLDERS_1)).not.toThrow();
      expect(() => sampleRawBody(route, PLACEHOLDERS_1)).not.toThrow();
    }
    const keysOf = (filter: (route: CataloguedRoute) => boolean) => new Set(routes.filter(filter).map((route) => route.key));
    const routesWithBody = keysOf((route) => route.hasBody);
    expect(Object.keys(SAMPLE_BODIES).filter((key) => !routesWithBody.has(key)), 'samples for routes that do not exist or take no body').toEqual([]);
    const routesWithRawBody = keysOf((route) => route.rawBody !== undefined);
    expect(Object.keys(SAMPLE_RAW_BODIES).filter((key) => !routesWithRawBody.has(key)), 'raw samples for routes that read no raw body').toEqual([]);
    const routesWithQuery = keysOf((route) => route.hasQuery);
    expect(Object.keys(SAMPLE_QUERIES).filter((key) => !routesWithQuery.has(key)), 'query samples for routes that take no query').toEqual([]);
  });

  it('given a route whose body or parameter has no sample, then the samples fail with a message saying what to add', () => {
    const route: CataloguedRoute = {
      key: 'POST /api/widgets/:widgetId',
      method: 'POST',
      url: '/api/widgets/:widgetId',
      access: PUBLIC,
      hasBody: true,
      rawBody: ['application/xml'],
      hasQuery: true,
      bodyLimit: undefined,
      paramNames: ['widgetId'],
    };
    expect(() => sampleBody(route, PLACEHOLDERS_1)).toThrow(/POST \/api\/widgets\/:widgetId .*add a valid one to SAMPLE_BODIES/);
    expect(() => sampleRawBody(route, PLACEHOLDERS_1)).toThrow(/POST \/api\/widgets\/:widgetId reads a raw application\/xml body .*add one to SAMPLE_RAW_BODIES/);
    expect(() => sampleQuery(route, PLACEHOLDERS_1)).toThrow(/POST \/api\/widgets\/:widgetId .*add a valid one to SAMPLE_QUERIES/);
    expect(() => samplePath(route, PLACEHOLDERS_1)).toThrow(/"widgetId" is unknown .*add it to PATH_PARAMS/);
  });
});

for (const database of await testDatabases()) {
  describe(`tenant isolation on ${database.dialect}`, () => {
    let t: TestApp;
    let a: SeededOrganization;
    let b: SeededOrganization;
    beforeAll(async () => {
      t = await createTestApp(database);
      a = await seedOrganization(t, { name: 'Alpha Realty', domain: 'alpha.test', roles: ROLES.filter((role) => role !== 'owner') });
      b = await seedOrganization(t, { name: 'Bravo Holdings', domain: 'bravo.test' });
    });
    afterAll(async () => t?.close());

    describe("given A's owner logged in by cookie", () => {
      for (const route of memberRoutes) {
        it(isolationTestName(route, "A's owner (by cookie)"), async () => {
          await expectIsolated(t, a, b, route, { as: a.owner });
        });
      }
    });

    describe('given members of A in each role, and a cookie without its CSRF token', () => {
      for (const role of ROLES) {
        for (const route of memberRoutes.filter((candidate) => !candidate.access.roles.includes(role))) {
          it(`when a ${role} calls ${route.key} with A's own ids, then it is FORBIDDEN and nothing changes`, async () => {
            const caller = role === 'owner' ? a.owner : a.members[role as Exclude<Role, 'owner'>]!;
            const before = await snapshotTables(t.store.db);
            const answer = await t.request(route.method, sampleUrl(route, a.targets), { as: caller, body: sampleBody(route, a.targets), rawBody: sampleRawBody(route, a.targets) });
            expect(answer.statusCode, answer.body).toBe(403);
            expect(answer.json().error.code).toBe('FORBIDDEN');
            expect(await snapshotTables(t.store.db)).toEqual(before);
          });
        }
      }

      for (const route of memberRoutes.filter((candidate) => isWriteRoute(candidate))) {
        it(`when A's owner writes to ${route.key} by cookie without the CSRF token, then it is refused and nothing changes`, async () => {
          const before = await snapshotTables(t.store.db);
          const answer = await t.request(route.method, sampleUrl(route, a.targets), {
            as: a.owner,
            body: sampleBody(route, a.targets),
            rawBody: sampleRawBody(route, a.targets),
            headers: { 'x-csrf-token': 'forged' },
          });
          expect(answer.statusCode, answer.body).toBe(403);
          expect(answer.json().error.code).toBe('CSRF_TOKEN_INVALID');
          expect(await snapshotTables(t.store.db)).toEqual(before);
        });
      }

      it('then the va and the viewer are refused somewhere (the access rules are not all ANY_MEMBER)', () => {
        for (const role of ['va', 'viewer'] as const) expect(memberRoutes.some((route) => !route.access.roles.includes(role))).toBe(true);
      });
    });
  });

  describe(`tenant isolation by API token on ${database.dialect}`, () => {
    // A world of its own: changing the password by token ends every cookie session of A's owner.
    let t: TestApp;
    let a: SeededOrganization;
    let b: SeededOrganization;
    beforeAll(async () => {
      t = await createTestApp(database);
      a = await seedOrganization(t, { name: 'Alpha Realty', domain: 'alpha.test' });
      b = await seedOrganization(t, { name: 'Bravo Holdings', domain: 'bravo.test' });
    });
    afterAll(async () => t?.close());

    for (const route of memberRoutes) {
      it(isolationTestName(route, "A's owner (by API token)"), async () => {
        await expectIsolated(t, a, b, route, { bearer: a.ownerTokenSecret });
      });
    }
  });
}
