/** Serves the built single-page app: its files as they are, index.html for every other page address. */
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export async function registerWebApp(app: FastifyInstance, options: { webDir: string }): Promise<void> {
  await app.register(fastifyStatic, { root: options.webDir, wildcard: false, index: false });
  app.get('/', (_request, reply) => reply.sendFile('index.html'));
  // The app's own router handles /library, /invite/<token> and the rest; API routes and missing files
  // (an address whose last part has a dot, like /assets/old.js) still get a real 404.
  app.get('/*', (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/') || /\.[^/]*$/.test(path)) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
}
