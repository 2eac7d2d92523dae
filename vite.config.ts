/** Builds the web app from src/web into dist/web, and proxies the API to a running server during development. */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiUrl = process.env.SWIMLANE_API_URL ?? 'http://127.0.0.1:3000';
const proxied = ['/api', '/healthz', '/readyz', '/docs'];

export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
  },
  server: {
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: apiUrl, changeOrigin: false }])),
  },
});
