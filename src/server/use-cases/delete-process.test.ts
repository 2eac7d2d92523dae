/** Deleting a process through the API is refused once work was tracked on it, since its tracked events would go with it. */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';

for (const database of await testDatabases()) {
  describe(`deleting a process with tracked events on ${database.dialect}`, () => {
    let t: TestApp;
    let owner: Agent;
    let teamId: number;

    beforeEach(async () => {
      t = await createTestApp(database);
      owner = await t.setup();
      teamId = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'North Shore', timeZone: 'America/Chicago' } })).json().id;
      await t.request('PUT', `/api/teams/${teamId}/members/${owner.session.user.id}`, { as: owner });
    });
    afterEach(async () => t.close());

    const useTemplate = async (name: string): Promise<number> => {
      const library = (await t.request('GET', '/api/processes?templates=true', { as: owner })).json().processes as Array<{ id: number; name: string }>;
      const template = library.find((process) => process.name === 'Prospecting dialing')!;
      const copy = await t.request('POST', `/api/processes/${template.id}/use-template`, { as: owner, body: { teamId, name } });
      expect(copy.statusCode, copy.body).toBe(201);
      return copy.json().id;
    };
    const logDial = async (processId: number) => {
      const event = { clientId: randomUUID(), kind: 'dial', teamId, processId, disposition: 'noAnswer', occurredAt: new Date(Date.now() - 60_000).toISOString() };
      const answer = await t.request('POST', '/api/events', { as: owner, body: { events: [event] } });
      expect(answer.json(), answer.body).toMatchObject({ accepted: 1 });
    };
    const countEvents = async () => Number((await t.store.db.selectFrom('tracked_events').select((eb) => eb.fn.countAll<number | string>().as('count')).executeTakeFirstOrThrow()).count);

    it('given a process never run with dials logged on it, when deleted, then 409 PROCESS_HAS_TRACKED_EVENTS and the process and its events stay', async () => {
      const dialing = await useTemplate('Dialing');
      await logDial(dialing);
      await logDial(dialing);

      const refused = await t.request('DELETE', `/api/processes/${dialing}`, { as: owner });

      expect(refused.statusCode).toBe(409);
      expect(refused.json().error).toMatchObject({ code: 'PROCESS_HAS_TRACKED_EVENTS', details: { trackedEvents: 2 } });
      expect(refused.json().error.message).toContain('has 2 tracked events');
      expect(refused.json().error.message).toContain('Retire it instead');
      expect((await t.request('GET', `/api/processes/${dialing}`, { as: owner })).statusCode).toBe(200);
      expect(await countEvents()).toBe(2);
      const entries = (await t.request('GET', '/api/audit?limit=50', { as: owner })).json().entries as Array<{ action: string }>;
      expect(entries.map((entry) => entry.action)).not.toContain('process.deleted');
    });

    it('given a process with neither runs nor tracked events, when deleted, then it is gone while a tracked sibling is not touched', async () => {
      const tracked = await useTemplate('Tracked');
      const unused = await useTemplate('Unused');
      await logDial(tracked);

      const deleted = await t.request('DELETE', `/api/processes/${unused}`, { as: owner });

      expect(deleted.statusCode, deleted.body).toBe(200);
      expect((await t.request('GET', `/api/processes/${unused}`, { as: owner })).statusCode).toBe(404);
      expect(await countEvents()).toBe(1);
    });

    it('given a process with runs and tracked events, when deleted, then the runs are the reason given', async () => {
      const dialing = await useTemplate('Dialing');
      expect((await t.request('POST', '/api/runs', { as: owner, body: { processId: dialing } })).statusCode).toBe(201);
      await logDial(dialing);

      const refused = await t.request('DELETE', `/api/processes/${dialing}`, { as: owner });

      expect(refused.statusCode).toBe(409);
      expect(refused.json().error).toMatchObject({ code: 'PROCESS_HAS_RUNS', details: { runs: 1 } });
    });
  });
}
