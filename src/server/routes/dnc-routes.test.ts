/** The do-not-call list through the API: a VA records a request at once, spellings collapse to one entry, bulk imports report bad rows, and only team leads take numbers off (audited). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';

for (const database of await testDatabases()) {
  describe(`dnc routes on ${database.dialect}`, () => {
    let t: TestApp;
    let owner: Agent;
    let va: Agent;
    let teamId: number;
    let list: string;

    beforeEach(async () => {
      t = await createTestApp(database);
      owner = await t.setup();
      teamId = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'North Shore', timeZone: 'America/Chicago' } })).json().id;
      va = await t.inviteAndAccept(owner, { email: 'va@acme.test', role: 'va', teamIds: [teamId], name: 'Vera VA' });
      list = `/api/teams/${teamId}/dnc-numbers`;
    });
    afterEach(async () => t.close());

    const countRows = async () => Number((await t.store.db.selectFrom('dnc_numbers').select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow()).count);
    const auditActions = async () => ((await t.request('GET', '/api/audit', { as: owner })).json().entries as Array<{ action: string; details: Record<string, unknown> }>);

    it('given a do-not-call request during a call, when the VA adds the number, then it is listed at once as E.164, and any other spelling of it answers the same entry', async () => {
      const added = await t.request('POST', list, { as: va, body: { number: '(312) 555-0143', source: 'callRequest', note: 'Asked twice' } });
      expect(added.statusCode, added.body).toBe(201);
      const entry = added.json().dncNumber;
      expect(added.json()).toMatchObject({ added: true, dncNumber: { number: '+13125550143', source: 'callRequest', note: 'Asked twice', addedBy: { id: va.session.user.id, name: 'Vera VA' }, addedAt: expect.any(String) } });

      const again = await t.request('POST', list, { as: owner, body: { number: '+1 312-555-0143' } });
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual({ added: false, dncNumber: entry });
      expect(await countRows()).toBe(1);

      expect((await t.request('GET', `${list}/${encodeURIComponent('312.555.0143')}`, { as: va })).json()).toEqual(entry);
      expect((await t.request('GET', list, { as: va })).json()).toEqual({ numbers: [entry], total: 1, nextBefore: null });
      const missing = await t.request('GET', `${list}/${encodeURIComponent('+13125550199')}`, { as: va });
      expect(missing.statusCode).toBe(404);
      expect(missing.json().error).toMatchObject({ code: 'NOT_FOUND', field: 'phoneNumber' });
    });

    it('given text that is not a phone number, when it is added, then it is refused naming the field and nothing is stored', async () => {
      for (const number of ['call me maybe', '123-456-7890', '555-0143']) {
        const refused = await t.request('POST', list, { as: va, body: { number } });
        expect(refused.statusCode, number).toBe(400);
        expect(refused.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'number', message: expect.stringMatching(/^number is not a/) });
      }
      const badSource = await t.request('POST', list, { as: va, body: { number: '3125550143', source: 'import' } });
      expect(badSource.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'source' });
      expect(await countRows()).toBe(0);
    });

    it('given 10,000 rows with bad rows, repeats and a listed number, when they are imported, then every valid number is added once and each bad row is reported by its position', async () => {
      await t.request('POST', list, { as: va, body: { number: '(312) 201-0000' } });
      const numbers = Array.from({ length: 10_000 }, (_, index) => `(312) ${201 + Math.floor(index / 1000)}-${String(index % 1000).padStart(4, '0')}`);
      numbers[2] = 'not a number';
      numbers[6] = '123-456-7890';
      numbers[9_999] = numbers[10]!;
      const started = Date.now();
      const imported = await t.request('POST', `${list}/bulk`, { as: owner, body: { numbers, note: 'County list' } });
      expect(imported.statusCode, imported.body).toBe(200);
      expect(Date.now() - started, 'a 10,000-row import answers within a few seconds').toBeLessThan(10_000);
      // 10,000 rows: 2 invalid, 1 repeat of row 11, 1 already listed (row 1) -> 9,996 new.
      expect(imported.json()).toEqual({
        received: 10_000,
        added: 9_996,
        alreadyListed: 2,
        invalid: [
          { row: 3, value: 'not a number', message: 'not a number is not a phone number' },
          { row: 7, value: '123-456-7890', message: expect.stringMatching(/^123-456-7890 is not a valid phone number/) },
        ],
      });
      expect(await countRows()).toBe(9_997);
      const page = (await t.request('GET', `${list}?limit=1`, { as: va })).json();
      expect(page).toMatchObject({ total: 9_997, numbers: [{ source: 'import', note: 'County list', addedBy: { name: 'Olivia Owner' } }] });
      expect((await auditActions())[0]).toMatchObject({ action: 'dnc.imported', details: { received: 10_000, added: 9_996, invalid: 2 } });

      const tooMany = await t.request('POST', `${list}/bulk`, { as: owner, body: { numbers: [...numbers, '3125550143'] } });
      expect(tooMany.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'numbers', message: 'numbers must hold at most 10000 numbers' });
    });

    it('given a listed number, when a VA tries to take it off, then it is forbidden; when a manager does, then it is gone and the audit log says who, why and what the entry was', async () => {
      const manager = await t.inviteAndAccept(owner, { email: 'lead@acme.test', role: 'manager', name: 'Lee Lead' });
      await t.request('POST', list, { as: va, body: { number: '3125550143', source: 'callRequest' } });
      const path = `${list}/${encodeURIComponent('+13125550143')}`;
      const forbidden = await t.request('DELETE', path, { as: va });
      expect(forbidden.statusCode).toBe(403);
      expect(await countRows()).toBe(1);

      const removed = await t.request('DELETE', `${list}/${encodeURIComponent('(312) 555-0143')}?reason=${encodeURIComponent('Written consent on file')}`, { as: manager });
      expect(removed.statusCode, removed.body).toBe(200);
      expect(await countRows()).toBe(0);
      const [entry] = await auditActions();
      expect(entry).toMatchObject({
        action: 'dnc.removed',
        details: { number: '+13125550143', reason: 'Written consent on file', source: 'callRequest', addedBy: va.session.user.id, addedAt: expect.any(String) },
      });
      const again = await t.request('DELETE', path, { as: manager });
      expect(again.statusCode).toBe(404);
      expect(again.json().error).toMatchObject({ code: 'NOT_FOUND', field: 'phoneNumber' });
    });

    it('given many numbers, when the list is paged and searched by digits, then pages follow newest first and the search finds the digits anywhere', async () => {
      for (let index = 0; index < 5; index++) await t.request('POST', list, { as: va, body: { number: `312-555-014${index}` } });
      const first = (await t.request('GET', `${list}?limit=2`, { as: va })).json();
      expect(first.numbers.map((entry: { number: string }) => entry.number)).toEqual(['+13125550144', '+13125550143']);
      expect(first).toMatchObject({ total: 5, nextBefore: first.numbers[1].id });
      const second = (await t.request('GET', `${list}?limit=2&before=${first.nextBefore}`, { as: va })).json();
      expect(second.numbers.map((entry: { number: string }) => entry.number)).toEqual(['+13125550142', '+13125550141']);
      const found = (await t.request('GET', `${list}?search=${encodeURIComponent('555-0142')}`, { as: va })).json();
      expect(found).toMatchObject({ total: 1, numbers: [{ number: '+13125550142' }], nextBefore: null });
      const noDigits = await t.request('GET', `${list}?search=abc`, { as: va });
      expect(noDigits.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'search' });
    });

    it("given a VA outside the team, a viewer and another organization, then the VA and the other organization see no such team, and the viewer reads but cannot add", async () => {
      const outsider = await t.inviteAndAccept(owner, { email: 'outsider@acme.test', role: 'va', name: 'Out Sider' });
      const viewer = await t.inviteAndAccept(owner, { email: 'viewer@acme.test', role: 'viewer', teamIds: [teamId], name: 'Vi Ewer' });
      const other = await t.createOrganization({ organizationName: 'Other Realty', email: 'owner@other.test' });
      await t.request('POST', list, { as: va, body: { number: '3125550143' } });
      for (const agent of [outsider, other]) {
        expect((await t.request('GET', list, { as: agent })).statusCode).toBe(404);
        expect((await t.request('POST', list, { as: agent, body: { number: '3125550144' } })).statusCode).toBe(404);
      }
      expect((await t.request('GET', list, { as: viewer })).json()).toMatchObject({ total: 1 });
      expect((await t.request('POST', list, { as: viewer, body: { number: '3125550144' } })).statusCode).toBe(403);
      expect(await countRows()).toBe(1);
    });
  });
}
