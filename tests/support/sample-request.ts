/** A valid request for any route: its path filled in from given resources and a valid sample body, or a failure telling the developer what to add. */
import type { CataloguedRoute } from './route-catalogue.ts';
import { TEST_PASSWORD } from './test-app.ts';

/** The resources a request may point at, all of one organization. */
export interface SampleTargets {
  teamId: number;
  /** A member who is not the caller. */
  userId: number;
  /** A pending invitation. */
  invitationId: number;
  /** Its link token. */
  invitationToken: string;
  /** An API token of the owner. */
  tokenId: number;
  ownerEmail: string;
}

/** Which resource each path parameter names. */
export const PATH_PARAMS: Readonly<Record<string, keyof SampleTargets>> = {
  teamId: 'teamId',
  userId: 'userId',
  invitationId: 'invitationId',
  tokenId: 'tokenId',
  token: 'invitationToken',
};

/**
 * A valid body for every route that takes one, keyed by "METHOD /url". The security suites send these with
 * another organization's ids, with a role that may not call the route, and mutated at random; a route
 * without an entry fails them, so no new route escapes those checks.
 */
export const SAMPLE_BODIES: Readonly<Record<string, (targets: SampleTargets) => Record<string, unknown>>> = {
  'POST /api/setup': () => ({ organizationName: 'Sample Org', name: 'Sam Sample', email: 'sample.owner@example.test', password: TEST_PASSWORD }),
  'POST /api/auth/login': ({ ownerEmail }) => ({ email: ownerEmail, password: TEST_PASSWORD }),
  // The same password again: a valid change that leaves the caller able to log in.
  'POST /api/session/password': () => ({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }),
  'POST /api/teams': () => ({ name: 'Sample Team', timeZone: 'America/Chicago' }),
  'PATCH /api/teams/:teamId': () => ({ name: 'Renamed Team', timeZone: 'Europe/Paris' }),
  'PATCH /api/members/:userId': () => ({ role: 'viewer' }),
  'POST /api/invitations': ({ teamId }) => ({ email: 'sample.invitee@example.test', role: 'va', teamIds: [teamId] }),
  'POST /api/invitations/accept': ({ invitationToken }) => ({ token: invitationToken, name: 'Sample Person', password: TEST_PASSWORD }),
  'POST /api/tokens': () => ({ name: 'Sample token' }),
};

/** The route's url with each `:param` replaced by the target it names, or by an override, inserted as given so a test can send any raw path. */
export function samplePath(route: CataloguedRoute, targets: SampleTargets, overrides: Readonly<Record<string, string>> = {}): string {
  return route.url.replace(/:(\w+)/g, (_, name: string) => {
    if (Object.hasOwn(overrides, name)) return overrides[name]!;
    const target = PATH_PARAMS[name];
    if (!target) {
      throw new Error(
        `${route.key}: the path parameter "${name}" is unknown to the security tests; add it to PATH_PARAMS in tests/support/sample-request.ts (and a resource for it in seed-organization.ts)`,
      );
    }
    return encodeURIComponent(String(targets[target]));
  });
}

/** A valid body for the route, or undefined when it takes none. */
export function sampleBody(route: CataloguedRoute, targets: SampleTargets): Record<string, unknown> | undefined {
  const sample = SAMPLE_BODIES[route.key];
  if (route.hasBody && !sample) {
    throw new Error(
      `${route.key} validates a request body but has no sample; add a valid one to SAMPLE_BODIES in tests/support/sample-request.ts so the tenant-isolation, role and bad-input tests cover it`,
    );
  }
  return route.hasBody ? sample!(targets) : undefined;
}

export function sampleRequest(route: CataloguedRoute, targets: SampleTargets): { url: string; body: Record<string, unknown> | undefined } {
  return { url: samplePath(route, targets), body: sampleBody(route, targets) };
}
