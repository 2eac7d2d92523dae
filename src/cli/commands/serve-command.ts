/** `swimlane serve`: runs the web app and API. */
import type { Command } from 'commander';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('run the web app and the API (migrates the store and builds the web app first when needed)')
    .option('-p, --port <port>', 'port to listen on (default: $PORT or 3000)')
    .option('--host <host>', 'address to listen on (default: $HOST or 127.0.0.1; 0.0.0.0 for every interface)')
    .option('--api-only', 'serve the API without the web app (no build)')
    .action(async (options: { port?: string; host?: string; apiOnly?: boolean }) => {
      // Loaded on use, so `swimlane --help` and the API commands start fast.
      const { readConfig } = await import('../../server/config.ts');
      const { startServer } = await import('../../server/start-server.ts');
      const config = readConfig({
        ...process.env,
        ...(options.port ? { PORT: options.port } : {}),
        ...(options.host ? { HOST: options.host } : {}),
      });
      await startServer(config, { serveWeb: !options.apiOnly });
    });
}
