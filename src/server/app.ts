/** Builds the Fastify app: plugins, hooks and every route, wired in this one file. */
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { appError } from '../api/app-error.ts';
import { ErrorResponse } from '../api/schemas/common.ts';
import type { Store } from '../store/connection.ts';
import { createAuthenticateHook } from './auth/authenticate.ts';
import type { Config } from './config.ts';
import { errorBody, handleError } from './http/error-handler.ts';
import { registerAuditRoutes } from './routes/audit-routes.ts';
import { registerComplianceRoutes } from './routes/compliance-routes.ts';
import { registerDashboardRoutes } from './routes/dashboard-routes.ts';
import { registerTargetRoutes } from './routes/target-routes.ts';
import { registerDncRoutes } from './routes/dnc-routes.ts';
import { registerHealthRoutes } from './routes/health-routes.ts';
import { registerIncidentRoutes } from './routes/incident-routes.ts';
import { registerInvitationRoutes } from './routes/invitation-routes.ts';
import { registerMemberRoutes } from './routes/member-routes.ts';
import { registerNotificationRoutes } from './routes/notification-routes.ts';
import { registerProcessFileRoutes } from './routes/process-file-routes.ts';
import { registerProcessRoutes } from './routes/process-routes.ts';
import { registerRunRoutes } from './routes/run-routes.ts';
import { registerStartTimerRoutes } from './routes/start-timer-routes.ts';
import { registerTaskEventRoutes } from './routes/task-event-routes.ts';
import { registerLeadRoutes } from './routes/lead-routes.ts';
import { registerScriptRoutes } from './routes/script-routes.ts';
import { registerSessionRoutes } from './routes/session-routes.ts';
import { registerDemoSetupRoutes } from './routes/demo-setup-routes.ts';
import { registerTaskRoutes } from './routes/task-routes.ts';
import { registerTeamRoutes } from './routes/team-routes.ts';
import { registerTokenRoutes } from './routes/token-routes.ts';
import { registerTrackedEventRoutes } from './routes/tracked-event-routes.ts';
import { registerWebhookRoutes } from './routes/webhook-routes.ts';
import { registerCallLogImportRoutes } from './routes/call-log-import-routes.ts';
import { TaskChangeFeed } from './live/task-change-feed.ts';
import { createRunner, type Runner } from './runner/runner.ts';
import { VersionAnalysisCache } from './use-cases/version-analysis-cache.ts';
import { registerWebApp } from './web/register-web-app.ts';

export interface AppOptions {
  config: Config;
  store: Store;
  sessionSecret: string;
  /** Folder of the built web app; omitted in API-only tests. */
  webDir?: string | undefined;
  /** pino options, or false to stay silent in tests. */
  logger?: boolean | object;
  /** Sees every route as it is registered; the security tests use it to list every route and its access rule. */
  onRouteRegistered?: (route: RouteOptions) => void;
}

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
    config: Config;
    sessionSecret: string;
    /** Problems and element summaries of published versions, read once (they never change). */
    versionAnalysis: VersionAnalysisCache;
    /** Runs processes: compiled versions, service handlers, the one-transaction command path (see runner/). */
    runner: Runner;
    /** Which teams' tasks changed, for the live inboxes (see live/). */
    taskChanges: TaskChangeFeed;
  }
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, store } = options;
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    // A malformed %-escape or an over-long path parameter fails before routing: answer it in the catalogue's shape too.
    frameworkErrors: handleError,
  });
  app.decorate('store', store);
  app.decorate('config', config);
  app.decorate('sessionSecret', options.sessionSecret);
  const runner = createRunner(store, app.log);
  app.decorate('versionAnalysis', new VersionAnalysisCache(200, () => runner.handlers.names()));
  app.decorate('runner', runner);
  app.decorate('taskChanges', new TaskChangeFeed(store.db, 1000, (error) => app.log.error({ err: error }, 'reading task changes failed')));
  app.decorateRequest('principal', null);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  // JSON only: a cross-site form cannot send it without a CORS preflight, which this app never grants.
  app.removeContentTypeParser('text/plain');

  app.addHook('onRoute', (route) => {
    const url = route.url ?? '';
    if (url.startsWith('/api/') && !url.startsWith('/api/docs') && !route.config?.access) {
      throw new Error(`Route ${String(route.method)} ${url} declares no access rule (config.access)`);
    }
    // Every API answer other than success has the catalogue's shape; say so in the OpenAPI document too.
    if (url.startsWith('/api/') && route.schema && !route.schema.hide) {
      route.schema.response = { '4xx': ErrorResponse, '5xx': ErrorResponse, ...(route.schema.response as object) };
    }
  });
  if (options.onRouteRegistered) app.addHook('onRoute', options.onRouteRegistered);

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Swimlane API',
        version: '0.1.0',
        description:
          'Authenticate with the session cookie (browser; send x-csrf-token on writes) or with `Authorization: Bearer <API token>`. Errors: `{ "error": { "code", "message", "field" } }`.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { access: { kind: 'public' } } }, async () => app.swagger());
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  app.addHook('onRequest', createAuthenticateHook(store, options.sessionSecret));

  await app.register(registerHealthRoutes);
  await app.register(registerSessionRoutes);
  await app.register(registerDemoSetupRoutes);
  await app.register(registerTeamRoutes);
  await app.register(registerMemberRoutes);
  await app.register(registerInvitationRoutes);
  await app.register(registerTokenRoutes);
  await app.register(registerAuditRoutes);
  await app.register(registerProcessRoutes);
  await app.register(registerProcessFileRoutes);
  await app.register(registerScriptRoutes);
  await app.register(registerRunRoutes);
  await app.register(registerStartTimerRoutes);
  await app.register(registerTaskEventRoutes);
  await app.register(registerLeadRoutes);
  await app.register(registerTaskRoutes);
  await app.register(registerIncidentRoutes);
  await app.register(registerTrackedEventRoutes);
  await app.register(registerDncRoutes);
  await app.register(registerComplianceRoutes);
  await app.register(registerDashboardRoutes);
  await app.register(registerTargetRoutes);
  await app.register(registerWebhookRoutes);
  await app.register(registerNotificationRoutes);
  await app.register(registerCallLogImportRoutes);

  if (options.webDir) await app.register(registerWebApp, { webDir: options.webDir });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/')) return reply.code(404).send(errorBody('ROUTE_NOT_FOUND'));
    throw appError('NOT_FOUND');
  });
  return app;
}
