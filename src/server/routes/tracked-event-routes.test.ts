/** Tracked events through the API: batched ingest that counts each event once (also under concurrent retries), per-event rejections, undo, calling sessions, the rollup summary and who may do what. */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../../tests/support/test-app.ts';
import { setUpDialingTeam } from '../../../tests/support/dialing-team.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';

interface ResultJson {
  clientId: string;
  status: 'accepted' | 'duplicate' | 'rejected';
  code?: string;
  field?: string;
}

const ago = (seconds: number) => new Date(Date.now() - seconds * 1000).toISOString();

for (const database of await testDatabases()) {
  describe(`tracked event routes on ${database.dialect}`, () => {
    let t: TestApp;
    let owner: Agent;
    let va: Agent;
    let manager: Agent;
    let teamId: number;
    let processId: number;

    beforeEach(async () => {
      t = await createTestApp(database);
      ({ owner, va, manager, teamId, processId } = await setUpDialingTeam(t));
    });
    afterEach(async () => t.close());

    const dial = (disposition: string, extra: Record<string, unknown> = {}) => ({
      clientId: randomUUID(),
      kind: 'dial',
      teamId,
      processId,
      disposition,
      occurredAt: ago(60),
      ...extra,
    });
    const send = (as: Agent, events: unknown[]) => t.request('POST', '/api/events', { as, body: { events } });
    const summary = async (as: Agent, query = '') => {
      const answer = await t.request('GET', `/api/tracking/summary?teamId=${teamId}${query}`, { as });
      expect(answer.statusCode, answer.body).toBe(200);
      return answer.json();
    };
    const countRows = async (table: 'tracked_events' | 'daily_rollups') =>
      Number((await t.store.db.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as('count')).executeTakeFirstOrThrow()).count);

    it('given a va logging dials, when the batch arrives, then each is accepted and the summary counts dials, outcomes, dispositions and rates', async () => {
      const lead = dial('lead', { list: 'Expired', phoneNumber: '512.555.0100', durationSeconds: 120 });
      const answer = await send(va, [dial('noAnswer'), lead, dial('appointmentSet', { list: 'Expired' })]);
      expect(answer.statusCode, answer.body).toBe(200);
      expect(answer.json()).toMatchObject({ accepted: 3, duplicates: 0, rejected: 0 });
      const today = await summary(va);
      expect(today.totals).toEqual({
        dials: 3,
        talkTo: 2,
        lead: 2,
        appointmentSet: 1,
        callSeconds: 120,
        'disposition.noAnswer': 1,
        'disposition.lead': 1,
        'disposition.appointmentSet': 1,
      });
      expect(today.rates).toMatchObject({ talkToRate: 2 / 3, leadRate: 1, appointmentRate: 0.5, dialsPerPhoneHour: null });
      expect(today).toMatchObject({ timeZone: 'America/Chicago', userId: va.session.user.id });
      const byList = await summary(owner, '&groupBy=list');
      expect(byList.groups.map((group: { key: string | null; totals: { dials: number } }) => [group.key, group.totals.dials])).toEqual([
        [null, 1],
        ['Expired', 2],
      ]);
      const { events } = (await t.request('GET', `/api/events?teamId=${teamId}`, { as: va })).json();
      expect(events).toHaveLength(3);
      expect(events.find((event: { clientId: string }) => event.clientId === lead.clientId)).toMatchObject({ disposition: 'lead', phoneNumber: '+15125550100', list: 'Expired', userId: va.session.user.id, counts: { dials: 1, talkTo: 1, lead: 1, callSeconds: 120 } });
    });

    it('given the same batch sent twice, then the second is all duplicates and nothing counts twice', async () => {
      const batch = [dial('lead'), dial('voicemail'), dial('notInterested')];
      expect((await send(va, batch)).json()).toMatchObject({ accepted: 3 });
      const again = await send(va, batch);
      expect(again.json()).toMatchObject({ accepted: 0, duplicates: 3, rejected: 0 });
      // A batch that repeats an event within itself counts it once too.
      const inner = dial('busy');
      expect((await send(va, [inner, inner])).json().results.map((result: ResultJson) => result.status)).toEqual(['accepted', 'duplicate']);
      expect((await summary(va)).totals).toMatchObject({ dials: 4, talkTo: 2, lead: 1 });
      expect(await countRows('tracked_events')).toBe(4);
    });

    it('given the same batch sent by several requests at once, then every event is accepted by exactly one and counted once', async () => {
      const batch = Array.from({ length: 60 }, (_, index) => dial(index % 3 === 0 ? 'lead' : 'noAnswer'));
      const reversed = [...batch].reverse();
      const answers = await Promise.all([send(va, batch), send(va, reversed), send(va, batch), send(va, reversed), send(va, batch)]);
      for (const answer of answers) expect(answer.statusCode, answer.body).toBe(200);
      expect(answers.reduce((sum, answer) => sum + answer.json().accepted, 0)).toBe(60);
      expect(answers.reduce((sum, answer) => sum + answer.json().duplicates, 0)).toBe(240);
      expect((await summary(va)).totals).toMatchObject({ dials: 60, talkTo: 20, lead: 20, 'disposition.noAnswer': 40 });
      expect(await countRows('tracked_events')).toBe(60);
    });

    it('given a batch with bad events among good ones, then the good are kept and each bad one is rejected naming its field', async () => {
      const good = dial('lead');
      const answer = await send(va, [
        good,
        dial('hungUp'),
        dial('lead', { occurredAt: new Date(Date.now() + 60 * 60 * 1000).toISOString() }),
        dial('lead', { occurredAt: ago(31 * 24 * 60 * 60) }),
        dial('lead', { userId: manager.session.user.id }),
        { clientId: randomUUID(), kind: 'counted', teamId, processId, counter: 'doorsKnocked', occurredAt: ago(10) },
      ]);
      expect(answer.statusCode, answer.body).toBe(200);
      expect(answer.json()).toMatchObject({ accepted: 1, rejected: 5 });
      expect(answer.json().results.map((result: ResultJson) => [result.status, result.code, result.field])).toEqual([
        ['accepted', undefined, undefined],
        ['rejected', 'UNKNOWN_DISPOSITION', 'disposition'],
        ['rejected', 'IN_THE_FUTURE', 'occurredAt'],
        ['rejected', 'TOO_OLD', 'occurredAt'],
        ['rejected', 'NOT_ALLOWED', 'userId'],
        ['rejected', 'UNKNOWN_COUNTER', 'counter'],
      ]);
      expect((await summary(va)).totals).toMatchObject({ dials: 1, lead: 1 });
    });

    it('given dials with phone numbers, then they are stored as E.164 read with the team default country, and a number that is not one rejects only its dial', async () => {
      const chicago = dial('noAnswer', { phoneNumber: '(312) 555-0143' });
      const international = dial('noAnswer', { phoneNumber: '+44 20 7946 0958' });
      const answer = await send(va, [chicago, dial('lead', { phoneNumber: 'call me' }), international, dial('lead', { phoneNumber: '(111) 555-0143' })]);
      expect(answer.statusCode, answer.body).toBe(200);
      expect(answer.json().results.map((result: ResultJson) => [result.status, result.code, result.field])).toEqual([
        ['accepted', undefined, undefined],
        ['rejected', 'INVALID_PHONE_NUMBER', 'phoneNumber'],
        ['accepted', undefined, undefined],
        ['rejected', 'INVALID_PHONE_NUMBER', 'phoneNumber'],
      ]);
      expect(answer.json().results[1].reason).toContain('phoneNumber is not a phone number');
      // The team reads numbers without a country code as British from now on.
      const settings = await t.request('PUT', `/api/teams/${teamId}/compliance`, { as: owner, body: { guardMode: 'warn', callingWindow: { start: '08:00', end: '21:00' }, defaultCountry: 'GB' } });
      expect(settings.statusCode, settings.body).toBe(200);
      const london = dial('noAnswer', { phoneNumber: '020 7946 0958' });
      expect((await send(va, [london])).json()).toMatchObject({ accepted: 1 });
      const { events } = (await t.request('GET', `/api/events?teamId=${teamId}`, { as: va })).json();
      const stored = (clientId: string) => events.find((event: { clientId: string }) => event.clientId === clientId)?.phoneNumber;
      expect([stored(chicago.clientId), stored(international.clientId), stored(london.clientId)]).toEqual(['+13125550143', '+442079460958', '+442079460958']);
    });

    it('given a doNotCall dial with a phone number, then the number is on the team list at once, a retry adds nothing, and an undo of the dial leaves it listed', async () => {
      const listed = async () => (await t.request('GET', `/api/teams/${teamId}/dnc-numbers`, { as: owner })).json();
      const request = dial('doNotCall', { phoneNumber: '(312) 555-0143', occurredAt: ago(30) });
      // A doNotCall dial without a number, and other dispositions with one, add nothing.
      const batch = [request, dial('doNotCall'), dial('lead', { phoneNumber: '(312) 555-0199' })];
      expect((await send(va, batch)).json()).toMatchObject({ accepted: 3 });
      const first = await listed();
      expect(first.total).toBe(1);
      expect(first.numbers[0]).toMatchObject({ number: '+13125550143', source: 'callRequest', addedBy: { id: va.session.user.id }, note: `tracked event ${request.clientId}` });
      const check = await t.request('GET', `/api/teams/${teamId}/dnc-numbers/3125550143`, { as: va });
      expect(check.statusCode, check.body).toBe(200);

      expect((await send(va, batch)).json()).toMatchObject({ accepted: 0, duplicates: 3 });
      expect(await listed()).toEqual(first);

      const undo = { clientId: randomUUID(), kind: 'undo', teamId, correctsClientId: request.clientId, occurredAt: ago(10) };
      expect((await send(va, [undo])).json()).toMatchObject({ accepted: 1 });
      // Of the two doNotCall dials, the undone one no longer counts.
      expect((await summary(va)).totals).toMatchObject({ doNotCall: 1, 'disposition.doNotCall': 1 });
      // Taking a number off the list is an explicit, audited action; undoing the dial is not one.
      expect(await listed()).toEqual(first);

      // The same number requested again by another dial finds it listed already: one entry, the first one.
      expect((await send(va, [dial('doNotCall', { phoneNumber: '+1 312-555-0143' })])).json()).toMatchObject({ accepted: 1 });
      expect(await listed()).toEqual(first);
    });

    it('given a member of another team or a process of another team, then those events are rejected and the rest kept', async () => {
      const otherTeam = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'South Side' } })).json().id;
      const stranger = await t.inviteAndAccept(owner, { email: 'other@acme.test', role: 'va', teamIds: [otherTeam] });
      const fromStranger = await send(stranger, [dial('lead')]);
      expect(fromStranger.json().results[0]).toMatchObject({ status: 'rejected', code: 'NOT_A_MEMBER', field: 'teamId' });
      const forStranger = await send(manager, [dial('lead', { userId: stranger.session.user.id }), dial('lead', { userId: va.session.user.id })]);
      expect(forStranger.json().results.map((result: ResultJson) => result.code ?? result.status)).toEqual(['NOT_A_MEMBER', 'accepted']);
      const wrongTeam = await send(manager, [dial('lead', { teamId: otherTeam })]);
      expect(wrongTeam.json().results[0]).toMatchObject({ status: 'rejected', code: 'NOT_A_MEMBER' });
      expect(await countRows('tracked_events')).toBe(1);
    });

    it('given a malformed event, then the whole batch is refused with 400 naming it, and nothing is stored', async () => {
      const answer = await send(va, [dial('lead'), { ...dial('lead'), occurredAt: 'yesterday' }]);
      expect(answer.statusCode).toBe(400);
      expect(answer.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'events.1.occurredAt' });
      const noProcess = await send(va, [{ clientId: randomUUID(), kind: 'dial', teamId, disposition: 'lead', occurredAt: ago(1) }]);
      expect(noProcess.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'events.0.processId' });
      const longPhone = await send(va, [dial('lead', { phoneNumber: '5'.repeat(41) })]);
      expect(longPhone.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'events.0.phoneNumber' });
      const tooMany = await send(va, Array.from({ length: 1001 }, () => dial('lead')));
      expect(tooMany.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'events' });
      expect(await countRows('tracked_events')).toBe(0);
      expect(await countRows('daily_rollups')).toBe(0);
    });

    it('given an id the organization does not have, then the batch is refused with 404 naming the event and field', async () => {
      const answer = await send(owner, [dial('lead'), dial('lead', { teamId: 999_999 })]);
      expect(answer.statusCode).toBe(404);
      expect(answer.json().error).toMatchObject({ code: 'NOT_FOUND', field: 'events.1.teamId' });
      const task = await send(va, [dial('lead', { taskId: 999_999 })]);
      expect(task.json().error).toMatchObject({ code: 'NOT_FOUND', field: 'events.0.taskId' });
      expect(await countRows('tracked_events')).toBe(0);
    });

    it('given a dial logged on a task, then the run, the process version and the step come from the task', async () => {
      await t.request('PUT', `/api/teams/${teamId}/members/${owner.session.user.id}`, { as: owner });
      const run = (await t.request('POST', '/api/runs', { as: va, body: { processId } })).json();
      const task = run.tasks[0];
      const answer = await send(va, [{ clientId: randomUUID(), kind: 'dial', teamId, taskId: task.id, disposition: 'callbackRequested', occurredAt: ago(5) }]);
      expect(answer.json()).toMatchObject({ accepted: 1 });
      const { events } = (await t.request('GET', `/api/events?teamId=${teamId}&taskId=${task.id}`, { as: va })).json();
      expect(events).toEqual([expect.objectContaining({ runId: run.id, taskId: task.id, processId, elementId: task.elementId, counts: { dials: 1, talkTo: 1, callback: 1, 'disposition.callbackRequested': 1 } })]);
      const mismatch = await send(va, [{ clientId: randomUUID(), kind: 'dial', teamId, taskId: task.id, runId: run.id, processId: processId + 1000, disposition: 'lead', occurredAt: ago(5) }]);
      expect(mismatch.statusCode).toBe(404);
    });

    it('given an undo within two minutes, then the dial no longer counts, is marked undone, and a second undo is refused', async () => {
      const lead = dial('lead', { occurredAt: ago(90) });
      await send(va, [lead, dial('noAnswer')]);
      const undo = { clientId: randomUUID(), kind: 'undo', teamId, correctsClientId: lead.clientId, occurredAt: ago(30) };
      expect((await send(va, [undo])).json().results[0]).toMatchObject({ status: 'accepted' });
      expect((await send(va, [undo])).json().results[0]).toMatchObject({ status: 'duplicate' });
      const second = await send(va, [{ ...undo, clientId: randomUUID() }]);
      expect(second.json().results[0]).toMatchObject({ status: 'rejected', code: 'ALREADY_UNDONE', field: 'correctsClientId' });
      expect((await summary(va)).totals).toMatchObject({ dials: 1, talkTo: 0, lead: 0, 'disposition.noAnswer': 1, 'disposition.lead': 0 });
      const { events } = (await t.request('GET', `/api/events?teamId=${teamId}`, { as: va })).json();
      expect(events.find((event: { clientId: string }) => event.clientId === lead.clientId)).toMatchObject({ undone: true, disposition: 'lead' });
      expect(events.find((event: { clientId: string }) => event.clientId === undo.clientId)).toMatchObject({ kind: 'undo', correctsClientId: lead.clientId, counts: { dials: -1, talkTo: -1, lead: -1 } });
      expect(await countRows('tracked_events')).toBe(3);
    });

    it('given undos that are too late, of someone else, of a session, or before the entry, then each is rejected', async () => {
      const old = dial('lead', { occurredAt: ago(600) });
      const start = { clientId: randomUUID(), kind: 'sessionStarted', teamId, processId, occurredAt: ago(600) };
      const managersDial = dial('lead', { occurredAt: ago(60), userId: va.session.user.id });
      await send(va, [old, start]);
      await send(manager, [managersDial]);
      const undoOf = (clientId: string, occurredAt = ago(0)) => ({ clientId: randomUUID(), kind: 'undo', teamId, correctsClientId: clientId, occurredAt });
      const stranger = dial('lead', { occurredAt: ago(60) });
      await t.request('PUT', `/api/teams/${teamId}/members/${owner.session.user.id}`, { as: owner });
      await send(owner, [stranger]);
      const answer = await send(va, [undoOf(old.clientId), undoOf(start.clientId, ago(590)), undoOf(stranger.clientId), undoOf(randomUUID()), undoOf(managersDial.clientId, ago(120))]);
      expect(answer.json().results.map((result: ResultJson) => [result.code, result.field])).toEqual([
        ['UNDO_TOO_LATE', 'occurredAt'],
        ['NOT_UNDOABLE', 'correctsClientId'],
        ['UNDO_TARGET_NOT_FOUND', 'correctsClientId'],
        ['UNDO_TARGET_NOT_FOUND', 'correctsClientId'],
        ['NOT_UNDOABLE', 'occurredAt'],
      ]);
      // The dial a manager logged for the va is the va's to undo.
      expect((await send(va, [undoOf(managersDial.clientId, ago(30))])).json()).toMatchObject({ accepted: 1 });
    });

    it('given several different undos of one dial sent at once, then exactly one takes effect', async () => {
      const lead = dial('lead', { occurredAt: ago(30) });
      await send(va, [lead]);
      const answers = await Promise.all(Array.from({ length: 4 }, () => send(va, [{ clientId: randomUUID(), kind: 'undo', teamId, correctsClientId: lead.clientId, occurredAt: ago(10) }])));
      const statuses = answers.map((answer) => answer.json().results[0]);
      expect(statuses.filter((result: ResultJson) => result.status === 'accepted')).toHaveLength(1);
      expect(statuses.filter((result: ResultJson) => result.code === 'ALREADY_UNDONE')).toHaveLength(3);
      expect((await summary(va)).totals).toMatchObject({ dials: 0, lead: 0 });
    });

    it('given a calling session started, paused, resumed and stopped, then phone time and dials per phone-hour follow', async () => {
      const sessionId = randomUUID();
      const base = { teamId, occurredAt: '' };
      await send(va, [{ ...base, clientId: sessionId, kind: 'sessionStarted', processId, list: 'FSBO', occurredAt: ago(3600) }, dial('lead', { occurredAt: ago(3000), list: 'FSBO' })]);
      // The rest arrives out of order, in two batches (an offline tracker syncing).
      await send(va, [{ ...base, clientId: randomUUID(), kind: 'sessionStopped', sessionId, occurredAt: ago(600) }]);
      expect((await summary(va)).totals.phoneSeconds).toBe(3000);
      await send(va, [
        { ...base, clientId: randomUUID(), kind: 'sessionResumed', sessionId, occurredAt: ago(1800) },
        { ...base, clientId: randomUUID(), kind: 'sessionPaused', sessionId, occurredAt: ago(2400) },
      ]);
      const totals = await summary(va, '&groupBy=list');
      expect(totals.totals).toMatchObject({ phoneSeconds: 2400, dials: 1 });
      expect(totals.rates.dialsPerPhoneHour).toBeCloseTo(1.5);
      expect(totals.groups).toEqual([expect.objectContaining({ key: 'FSBO', totals: expect.objectContaining({ phoneSeconds: 2400 }) })]);
      const unknown = await send(va, [{ ...base, clientId: randomUUID(), kind: 'sessionPaused', sessionId: randomUUID(), occurredAt: ago(1) }]);
      expect(unknown.json().results[0]).toMatchObject({ status: 'rejected', code: 'SESSION_NOT_FOUND', field: 'sessionId' });
      const { events } = (await t.request('GET', `/api/events?teamId=${teamId}&sessionId=${sessionId}`, { as: va })).json();
      expect(events).toHaveLength(4);
    });

    it('given dials on both sides of local midnight, then they count on their team-local days', async () => {
      const kolkata = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'Pune', timeZone: 'Asia/Kolkata' } })).json().id;
      await t.request('PUT', `/api/teams/${kolkata}/members/${va.session.user.id}`, { as: owner });
      const library = (await t.request('GET', '/api/processes?templates=true', { as: owner })).json().processes as Array<{ id: number; name: string }>;
      const copy = (await t.request('POST', `/api/processes/${library.find((process) => process.name === 'Prospecting dialing')!.id}/use-template`, { as: owner, body: { teamId: kolkata, name: 'Pune dialing' } })).json();
      // Local midnight in Kolkata (UTC+05:30) is 18:30Z; two days back so both instants are in the past.
      const day = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
      const at = (time: string) => new Date(`${day}T${time}Z`).toISOString();
      const events = [at('18:29:59'), at('18:30:00'), at('18:31:00')].map((occurredAt) => ({ clientId: randomUUID(), kind: 'dial', teamId: kolkata, processId: copy.id, disposition: 'voicemail', occurredAt }));
      expect((await send(va, events)).json()).toMatchObject({ accepted: 3 });
      const next = new Date(Date.parse(`${day}T00:00:00Z`) + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
      const answer = await t.request('GET', `/api/tracking/summary?teamId=${kolkata}&from=${day}&to=${next}`, { as: va });
      expect(answer.json().groups.map((group: { key: string; totals: { dials: number } }) => [group.key, group.totals.dials])).toEqual([
        [day, 1],
        [next, 2],
      ]);
    });

    it('given a va, then they read only their own events and figures; a manager reads anyone in the team; a viewer cannot record', async () => {
      await send(manager, [dial('lead', { userId: manager.session.user.id })]);
      await send(va, [dial('noAnswer')]);
      expect((await summary(va)).totals).toMatchObject({ dials: 1, 'disposition.noAnswer': 1 });
      const others = await t.request('GET', `/api/tracking/summary?teamId=${teamId}&userId=${manager.session.user.id}`, { as: va });
      expect(others.statusCode).toBe(403);
      expect((await t.request('GET', `/api/events?teamId=${teamId}&userId=${manager.session.user.id}`, { as: va })).statusCode).toBe(403);
      expect((await t.request('GET', `/api/events?teamId=${teamId}`, { as: va })).json().events).toHaveLength(1);
      expect((await summary(manager)).totals).toMatchObject({ dials: 2 });
      expect((await summary(manager, `&userId=${va.session.user.id}`)).totals).toMatchObject({ dials: 1 });
      const byUser = await summary(owner, '&groupBy=user');
      expect(byUser.groups.map((group: { key: number }) => group.key).sort()).toEqual([va.session.user.id, manager.session.user.id].sort());
      const viewer = await t.inviteAndAccept(owner, { email: 'viewer@acme.test', role: 'viewer', teamIds: [teamId] });
      expect((await send(viewer, [dial('lead')])).statusCode).toBe(403);
      expect((await summary(viewer)).totals).toMatchObject({ dials: 2 });
      const badRange = await t.request('GET', `/api/tracking/summary?teamId=${teamId}&from=2025-02-01&to=2025-01-01`, { as: owner });
      expect(badRange.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'to' });
    });

    it('given an API token of a manager, then a dialer can push events for a member of the team', async () => {
      const token = (await t.request('POST', '/api/tokens', { as: manager, body: { name: 'Dialer' } })).json().secret as string;
      const answer = await t.request('POST', '/api/events', { bearer: token, body: { events: [dial('appointmentSet', { userId: va.session.user.id })] } });
      expect(answer.statusCode, answer.body).toBe(200);
      expect(answer.json()).toMatchObject({ accepted: 1 });
      const { events } = (await t.request('GET', `/api/events?teamId=${teamId}`, { as: va })).json();
      expect(events[0]).toMatchObject({ userId: va.session.user.id, recordedByUserId: manager.session.user.id });
    });
  });
}
