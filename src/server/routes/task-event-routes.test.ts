/** The live inbox stream: a `tasks` event reaches the teams whose tasks changed, whoever changed them, and nobody else. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishTestProcess, readProspectingBpmn } from '../../../tests/support/publish-test-process.ts';
import { createTestApp, type Agent, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';

/** The events of a text/event-stream body, in order. */
function readEvents(body: string): Array<{ event: string; data: unknown }> {
  return body
    .split('\n\n')
    .map((block) => ({ event: /^event: (.+)$/m.exec(block)?.[1], data: /^data: (.+)$/m.exec(block)?.[1] }))
    .filter((entry): entry is { event: string; data: string } => Boolean(entry.event && entry.data))
    .map(({ event, data }) => ({ event, data: JSON.parse(data) as unknown }));
}

for (const database of await testDatabases()) {
  describe(`task event stream on ${database.dialect}`, () => {
    let t: TestApp;
    let owner: Agent;
    let va: Agent;
    let otherVa: Agent;
    let teamId: number;
    let processId: number;

    beforeEach(async () => {
      t = await createTestApp(database);
      owner = await t.setup();
      teamId = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'North Shore' } })).json().id;
      const otherTeamId = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'South Shore' } })).json().id;
      va = await t.inviteAndAccept(owner, { email: 'va@acme.test', role: 'va', teamIds: [teamId], name: 'Vera VA' });
      otherVa = await t.inviteAndAccept(owner, { email: 'south@acme.test', role: 'va', teamIds: [otherTeamId], name: 'Sam South' });
      ({ processId } = await publishTestProcess(t.store.db, { organizationId: owner.session.organization.id, teamId, xml: await readProspectingBpmn() }));
    });
    afterEach(async () => t.close());

    /** Opens streams for these people, lets `act` change things, and returns each stream's events once they end. */
    async function listen(agents: Agent[], act: () => Promise<void>) {
      const streams = agents.map((agent) => t.request('GET', '/api/tasks/events?seconds=2', { as: agent }));
      while (t.app.taskChanges.listenerCount < agents.length) await new Promise((resolve) => setTimeout(resolve, 10));
      await t.app.taskChanges.poll();
      await act();
      await t.app.taskChanges.poll();
      return Promise.all(
        streams.map(async (stream) => {
          const response = await stream;
          expect(response.statusCode).toBe(200);
          expect(response.headers['content-type']).toContain('text/event-stream');
          return readEvents(response.body);
        }),
      );
    }

    it('given a va of the team and a va of another team listening, when a run starts in the team, then only the team is told', async () => {
      const [mine, other] = await listen([va, otherVa], async () => {
        expect((await t.request('POST', '/api/runs', { as: owner, body: { processId } })).statusCode).toBe(201);
      });
      expect(mine).toEqual([
        { event: 'ready', data: { seconds: 2 } },
        { event: 'tasks', data: { teamIds: [teamId] } },
      ]);
      expect(other).toEqual([{ event: 'ready', data: { seconds: 2 } }]);
    });

    it('given a listener, when nothing changes, then only the ready event comes and the stream ends on time', async () => {
      const [events] = await listen([va], async () => undefined);
      expect(events).toEqual([{ event: 'ready', data: { seconds: 2 } }]);
      expect(t.app.taskChanges.listenerCount).toBe(0);
    });

    it('given a stream length out of range, when asked, then it is a clear 400', async () => {
      const response = await t.request('GET', '/api/tasks/events?seconds=900', { as: va });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'seconds' });
    });
  });
}
