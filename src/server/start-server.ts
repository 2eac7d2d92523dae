/** Opens the store, migrates, builds the web app if needed, listens, and shuts down gracefully on SIGTERM/SIGINT. */
import type { FastifyInstance } from 'fastify';
import { openStore } from '../store/connection.ts';
import { migrateToLatest } from '../store/migrate-to-latest.ts';
import { buildApp } from './app.ts';
import { ensureSessionSecret } from './auth/session-secret.ts';
import { scheduleHousekeeping } from './housekeeping.ts';
import type { Config } from './config.ts';
import { startTimerPoller } from './runner/timer-poller.ts';
import { ensureWebBuild } from './web/ensure-web-build.ts';

export interface StartServerOptions {
  /** Build the web app when missing or stale (default true); false serves the API only. */
  serveWeb?: boolean;
}

export async function startServer(config: Config, options: StartServerOptions = {}): Promise<FastifyInstance> {
  const store = openStore(config);
  const migrations = await migrateToLatest(store);
  const webDir = options.serveWeb === false ? undefined : await ensureWebBuild();
  const sessionSecret = await ensureSessionSecret(store, config.sessionSecret);
  const app = await buildApp({ config, store, sessionSecret, webDir });
  const stopHousekeeping = scheduleHousekeeping(store, app.log);
  // Due timers are rows: whatever came due while the server was down fires on the first pass.
  const timerWorker = startTimerPoller(app.runner);
  app.addHook('onClose', async () => {
    stopHousekeeping();
    await timerWorker.stop();
    await store.close();
  });
  for (const migration of migrations) app.log.info({ migration: migration.migrationName, status: migration.status }, 'migration');

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));

  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  app.log.info({ store: store.dialect, location: store.location }, 'store opened');
  console.log(`\nSwimlane is running at http://${shownHost}:${port}\n  store: ${store.dialect} (${store.location})\n  API docs: http://${shownHost}:${port}/api/docs\n`);
  return app;
}
