/** The setup page's demo option: a demo agency with a history instead of an empty organization, and its progress. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { appError } from '../../api/app-error.ts';
import { DEMO_SIZES, DemoSetupStatus, SetupDemoBody } from '../../api/schemas/auth.ts';
import { countOrganizations } from '../../store/repositories/organizations.ts';
import { PUBLIC } from '../auth/access.ts';
import { hashPassword } from '../auth/password.ts';
import { createDemoSetupJob } from '../demo/demo-setup-job.ts';

const DEMO_ORGANIZATION = 'Demo Agency';

export async function registerDemoSetupRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { store, config } = app;
  const job = createDemoSetupJob((error) => app.log.error({ err: error }, 'the demo organization could not be created'));

  app.get(
    '/api/setup/demo',
    { schema: { tags: ['session'], summary: 'How the demo organization being created on this server is getting on', response: { 200: DemoSetupStatus } }, config: { access: PUBLIC } },
    async () => job.status(),
  );

  app.post(
    '/api/setup/demo',
    {
      schema: {
        tags: ['session'],
        summary: 'Create a demo agency with a history, owned by this email and password (only on an empty installation); answers at once, then GET tells the progress',
        body: SetupDemoBody,
        response: { 202: DemoSetupStatus },
      },
      config: { access: PUBLIC },
    },
    async (request, reply) => {
      if (job.isRunning()) throw appError('SETUP_ALREADY_DONE', { message: 'A demo organization is being created: wait for it, then log in.' });
      if ((await countOrganizations(store.db)) > 0) throw appError('SETUP_ALREADY_DONE');
      const passwordHash = await hashPassword(request.body.password, config.passwordHashing);
      const { vas, days } = DEMO_SIZES[request.body.size];
      job.start(store.db, { vas, days, seed: 1, organization: DEMO_ORGANIZATION, ownerEmail: request.body.email, endAtMs: Date.now() }, passwordHash);
      return reply.code(202).send(job.status());
    },
  );
}
