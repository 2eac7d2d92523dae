/** Serves the built single-page app: its files as they are, index.html for every other page address. */
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export async function registerWebApp(app: FastifyInstance, options: { webDir: string }): Promise<void> {
  await app.register(fastifyStatic, { root: options.webDir, wildcard: false, index: false });
  app.get('/', (_request, reply) => reply.sendFile('index.html'));
}
