/** Every route the real app registers, with its declared access rule and schemas, as buildApp wires them. */
import type { RouteOptions } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import type { Access } from '../../src/server/auth/access.ts';
import { openStore } from '../../src/store/connection.ts';
import { testConfig } from './test-app.ts';

export interface CataloguedRoute {
  /** "PATCH /api/teams/:teamId": how the sample tables and test names refer to a route. */
  key: string;
  method: string;
  url: string;
  /** Undefined only where the app allows it (outside /api, and the swagger UI under /api/docs). */
  access: Access | undefined;
  /** The route validates a request body, so a test must send a valid one. */
  hasBody: boolean;
  /** The route reads a raw (not JSON) body of these content types, e.g. a .bpmn upload (`config.rawBody`). */
  rawBody: readonly string[] | undefined;
  /** The route validates a query string, so a test sends a valid one (some are required). */
  hasQuery: boolean;
  /** The route's own body limit, when it has one (else the server's). */
  bodyLimit: number | undefined;
  /** Names of the `:params` in the url, in order. */
  paramNames: string[];
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let catalogue: Promise<CataloguedRoute[]> | undefined;

/** Builds the app once (routes do not depend on the store's contents) and records each route as it is registered. */
export function routeCatalogue(): Promise<CataloguedRoute[]> {
  catalogue ??= collectRoutes();
  return catalogue;
}

async function collectRoutes(): Promise<CataloguedRoute[]> {
  const routes: CataloguedRoute[] = [];
  const record = (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      // Fastify adds a HEAD twin for every GET; it shares the GET's handler and access rule.
      if (method === 'HEAD') continue;
      routes.push({
        key: `${method} ${route.url}`,
        method,
        url: route.url,
        access: route.config?.access,
        hasBody: route.schema?.body !== undefined,
        rawBody: route.config?.rawBody,
        hasQuery: route.schema?.querystring !== undefined,
        bodyLimit: route.bodyLimit,
        paramNames: [...route.url.matchAll(/:(\w+)/g)].map((match) => match[1]!),
      });
    }
  };
  // Nothing reads the store while routes are registered, so an unmigrated in-memory one is enough.
  const store = openStore({ dataDir: '.', sqliteFile: ':memory:' });
  const app = await buildApp({ config: testConfig(), store, sessionSecret: 'route-catalogue', logger: false, onRouteRegistered: record });
  await app.ready();
  await app.close();
  await store.close();
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}

export function isApiRoute(route: CataloguedRoute): boolean {
  return route.url.startsWith('/api/');
}

/** The swagger UI: served without an access rule, by design (see app.ts). */
export function isDocsRoute(route: CataloguedRoute): boolean {
  return route.url === '/api/docs' || route.url.startsWith('/api/docs/');
}

export function isWriteRoute(route: CataloguedRoute): boolean {
  return WRITE_METHODS.has(route.method);
}

/** Routes only members may call; `roles` says which. */
export function isMemberRoute(route: CataloguedRoute): route is CataloguedRoute & { access: Extract<Access, { kind: 'member' }> } {
  return route.access?.kind === 'member';
}
