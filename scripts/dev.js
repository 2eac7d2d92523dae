// `npm run dev`: the API with restart on change (tsx watch) and the web app with hot reload (Vite), one command.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const apiPort = process.env.PORT ?? '3000';
process.env.SWIMLANE_API_URL ??= `http://127.0.0.1:${apiPort}`;
const api = spawn(
  path.join(root, 'node_modules/.bin/tsx'),
  ['watch', '--clear-screen=false', '--exclude', 'src/web/**', 'bin/swimlane.js', 'serve', '--api-only', '--port', apiPort],
  { cwd: root, stdio: 'inherit', env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' } },
);
const web = await createServer({ configFile: path.join(root, 'vite.config.ts'), server: { host: '127.0.0.1' } });
await web.listen();
console.log('\nOpen the web app (hot reload) at:');
web.printUrls();

function stop() {
  api.kill('SIGTERM');
  web.close().finally(() => process.exit(0));
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
api.on('exit', (code) => {
  if (code) console.error(`API server exited with ${code}`);
});
