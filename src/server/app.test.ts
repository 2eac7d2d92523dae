/** The wiring itself: every API route is documented by its schemas, and the OpenAPI document and docs page are served. */
import type { RouteOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { testConfig } from '../../tests/support/test-app.ts';
import { openStore } from '../store/connection.ts';
import { buildApp } from './app.ts';

async function buildRecordingApp() {
  const routes: RouteOptions[] = [];
  const store = openStore({ dataDir: '.', sqliteFile: ':memory:' });
  const app = await buildApp({ config: testConfig(), store, sessionSecret: 'app-test', logger: false, onRouteRegistered: (route) => routes.push(route) });
  await app.ready();
  return { app, routes, store };
}

function isDocumentedApiRoute(route: RouteOptions): boolean {
  return route.url.startsWith('/api/') && !route.url.startsWith('/api/docs') && route.url !== '/api/openapi.json';
}

describe('app wiring', () => {
  it('declares a zod response schema (success and error shapes) on every API route', async () => {
    const { app, routes, store } = await buildRecordingApp();
    try {
      const apiRoutes = routes.filter(isDocumentedApiRoute);
      expect(apiRoutes.length).toBeGreaterThan(20);
      for (const route of apiRoutes) {
        const response = (route.schema?.response ?? {}) as Record<string, unknown>;
        const success = Object.keys(response).filter((status) => /^2\d\d$/.test(status));
        expect(success, `${String(route.method)} ${route.url} has no success response schema`).not.toHaveLength(0);
        expect(response['4xx'], `${String(route.method)} ${route.url} lacks the error schema`).toBeDefined();
      }
    } finally {
      await app.close();
      await store.close();
    }
  });

  it('serves an OpenAPI 3 document listing every API route, and a readable docs page', async () => {
    const { app, routes, store } = await buildRecordingApp();
    try {
      const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { openapi: string; paths: Record<string, object> };
      expect(document.openapi).toMatch(/^3\./);
      for (const route of routes.filter(isDocumentedApiRoute)) {
        const path = route.url.replace(/:(\w+)/g, '{$1}');
        expect(Object.keys(document.paths), `${route.url} missing from the OpenAPI document`).toContain(path);
      }
      const docs = await app.inject({ method: 'GET', url: '/api/docs/' });
      expect(docs.statusCode).toBe(200);
      expect(docs.headers['content-type']).toContain('text/html');
    } finally {
      await app.close();
      await store.close();
    }
  });
});
