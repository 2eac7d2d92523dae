/**
 * A callback logged as a dial starts, in the dial's transaction, a run of its process at the CallbackRequested message
 * start: the template's "Call back" task lands in the VA's Work list at once, due at the callback time. Exactly once per
 * dial, however often the batch arrives; a bad callback time rejects that dial only; a process without the start keeps
 * the dial without a run.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishTestProcess, readProspectingBpmn } from '../../../tests/support/publish-test-process.ts';
import { createTestApp, type Agent, type TestApp } from '../../../tests/support/test-app.ts';
import { setUpDialingTeam } from '../../../tests/support/dialing-team.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';
import { reportOverdueTasks } from '../webhooks/report-overdue-tasks.ts';

interface TaskJson {
  id: number;
  runId: number;
  elementId: string;
  name: string;
  role: string;
  status: string;
  assignment: string;
  assignee: { id: number; name: string } | null;
  dueAt: string | null;
  businessKey: string | null;
}

const ago = (seconds: number) => new Date(Date.now() - seconds * 1000).toISOString();
const ahead = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

for (const database of await testDatabases()) {
  describe(`callbacks scheduled from dials on ${database.dialect}`, () => {
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

    const callback = (extra: Record<string, unknown> = {}, payload: Record<string, unknown> = {}) => ({
      clientId: randomUUID(),
      kind: 'dial',
      teamId,
      processId,
      disposition: 'callbackRequested',
      phoneNumber: '(512) 555-0100',
      list: 'Expired',
      occurredAt: ago(30),
      payload: { sessionId: randomUUID(), callbackAt: ahead(2 * 3600), ...payload },
      ...extra,
    });
    const send = (as: Agent, events: unknown[]) => t.request('POST', '/api/events', { as, body: { events } });
    const runsOf = async () => (await t.request('GET', `/api/runs?processId=${processId}`, { as: owner })).json().runs as Array<{ id: number; startedBy: { id: number } | null }>;
    const myTasks = async (as: Agent) => (await t.request('GET', `/api/tasks?mine=true&status=active`, { as })).json().tasks as TaskJson[];
    const count = async (table: 'tracked_events' | 'runs') => Number((await t.store.db.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as('count')).executeTakeFirstOrThrow()).count);

    it('given a va logs a callback for a time, then a "Call back" run starts with the call\'s details and its task is theirs, due then, in their Work list', async () => {
      const callbackAt = new Date(Date.now() + 2 * 3600_000).toISOString().replace('Z', '+00:00');
      const dial = callback({}, { callbackAt, callbackNote: '  Wants numbers for the street  ' });
      const answer = await send(va, [dial]);
      expect(answer.json()).toMatchObject({ accepted: 1, rejected: 0 });

      const [run] = await runsOf();
      expect(run).toMatchObject({ startedBy: { id: va.session.user.id } });
      const detail = (await t.request('GET', `/api/runs/${run!.id}`, { as: owner })).json();
      expect(detail).toMatchObject({
        businessKey: '+15125550100',
        status: 'running',
        variables: {
          callbackAt: new Date(callbackAt).toISOString(),
          callbackPhone: '+15125550100',
          callbackNote: 'Wants numbers for the street',
          sourceTaskId: null,
          list: 'Expired',
          dialClientId: dial.clientId,
        },
      });
      const tasks = await myTasks(va);
      expect(tasks).toEqual([
        expect.objectContaining({
          runId: run!.id,
          elementId: 'CallBack',
          name: 'Call back',
          role: 'Virtual professional',
          status: 'claimed',
          assignment: 'starter',
          assignee: expect.objectContaining({ id: va.session.user.id }),
          dueAt: new Date(callbackAt).toISOString(),
          businessKey: '+15125550100',
        }),
      ]);

      // It is not overdue before its time, and reported overdue (task.overdue) once, after it.
      expect(await reportOverdueTasks(t.store.db, { now: new Date().toISOString() })).toBe(0);
      expect(await reportOverdueTasks(t.store.db, { now: ahead(3 * 3600) })).toBe(1);
      expect(await reportOverdueTasks(t.store.db, { now: ahead(4 * 3600) })).toBe(0);
    });

    it('given the same callback twice in a batch, the batch sent again and three times at once, then one run exists', async () => {
      const dial = callback();
      expect((await send(va, [dial, dial])).json()).toMatchObject({ accepted: 1, duplicates: 1 });
      expect((await send(va, [dial])).json()).toMatchObject({ accepted: 0, duplicates: 1 });
      const other = callback();
      const raced = await Promise.all([1, 2, 3].map(() => send(va, [other])));
      expect(raced.map((answer) => answer.statusCode)).toEqual([200, 200, 200]);
      expect(raced.map((answer) => answer.json().accepted).sort()).toEqual([0, 0, 1]);
      expect(await runsOf()).toHaveLength(2);
      expect((await myTasks(va)).map((task) => task.elementId)).toEqual(['CallBack', 'CallBack']);
    });

    it('given a manager records a va\'s callback, then the run is the va\'s and so is the task', async () => {
      expect((await send(manager, [callback({ userId: va.session.user.id })])).json()).toMatchObject({ accepted: 1 });
      expect((await runsOf())[0]).toMatchObject({ startedBy: { id: va.session.user.id } });
      expect(await myTasks(manager)).toEqual([]);
      expect(await myTasks(va)).toEqual([expect.objectContaining({ elementId: 'CallBack', assignment: 'starter' })]);
    });

    it('given a callback logged on a task, then the run remembers that task', async () => {
      await t.request('PUT', `/api/teams/${teamId}/members/${owner.session.user.id}`, { as: owner });
      const task = (await t.request('POST', '/api/runs', { as: va, body: { processId } })).json().tasks[0];
      const { processId: _ignored, ...onTask } = callback({ taskId: task.id });
      expect((await send(va, [onTask])).json()).toMatchObject({ accepted: 1 });
      const runs = await runsOf();
      const started = runs.find((run) => run.id !== task.runId)!;
      expect((await t.request('GET', `/api/runs/${started.id}`, { as: owner })).json().variables).toMatchObject({ sourceTaskId: task.id });
    });

    it('given a callback time already past, then the dial is kept and its task is due at once, already overdue', async () => {
      const callbackAt = ago(600);
      expect((await send(va, [callback({}, { callbackAt })])).json()).toMatchObject({ accepted: 1 });
      expect(await myTasks(va)).toEqual([expect.objectContaining({ elementId: 'CallBack', dueAt: new Date(callbackAt).toISOString() })]);
      expect(await reportOverdueTasks(t.store.db, { now: new Date().toISOString() })).toBe(1);
    });

    it('given a callback time that is no instant, far ahead or a note that is no text, then that dial alone is rejected naming the field, and nothing starts', async () => {
      const kept = callback();
      const answer = await send(va, [
        callback({}, { callbackAt: 'tomorrow at 5' }),
        callback({}, { callbackAt: '2025-03-09T16:30:00' }),
        callback({}, { callbackAt: 1741537800000 }),
        callback({}, { callbackAt: ahead(400 * 86_400) }),
        callback({}, { callbackNote: { text: 'hi' } }),
        kept,
      ]);
      expect(answer.statusCode, answer.body).toBe(200);
      const results = answer.json().results as Array<{ status: string; code?: string; field?: string; reason?: string }>;
      expect(results.map((result) => [result.status, result.code, result.field])).toEqual([
        ['rejected', 'INVALID_CALLBACK', 'payload.callbackAt'],
        ['rejected', 'INVALID_CALLBACK', 'payload.callbackAt'],
        ['rejected', 'INVALID_CALLBACK', 'payload.callbackAt'],
        ['rejected', 'INVALID_CALLBACK', 'payload.callbackAt'],
        ['rejected', 'INVALID_CALLBACK', 'payload.callbackNote'],
        ['accepted', undefined, undefined],
      ]);
      expect(results[0]!.reason).toMatch(/ISO-8601 date and time with its offset/);
      expect(results[3]!.reason).toMatch(/more than 366 days ahead/);
      expect(await count('tracked_events')).toBe(1);
      expect(await runsOf()).toHaveLength(1);
    });

    it('given a callback without a time, or a callback time on another disposition, then the dial is kept and no run starts', async () => {
      const { callbackAt: _none, ...noTime } = callback().payload;
      const answer = await send(va, [callback({ payload: noTime }), callback({ disposition: 'notInterested' })]);
      expect(answer.json()).toMatchObject({ accepted: 2 });
      expect(await runsOf()).toEqual([]);
    });

    it('given a process without the CallbackRequested start, when a callback is logged, then the dial is kept without a run', async () => {
      const plain = await publishTestProcess(t.store.db, {
        organizationId: owner.session.organization.id,
        teamId,
        name: 'Plain',
        xml: await readProspectingBpmn(),
        documentation: { dispositions: [{ key: 'callbackRequested', label: 'Callback requested', countsAs: ['talkTo', 'callback'] }] },
      });
      expect((await send(va, [callback({ processId: plain.processId })])).json()).toMatchObject({ accepted: 1 });
      expect(await count('runs')).toBe(0);
      expect(await count('tracked_events')).toBe(1);
    });

    it('given a call log with a callback time column, when imported twice, then its callback row starts one run, its task due then', async () => {
      const local = (date: Date) => date.toISOString().slice(0, 16).replace('T', ' ');
      const callbackLocal = local(new Date(Date.now() + 26 * 3600_000));
      const csv = [
        'Time,Phone,Disposition,Callback Time',
        `${local(new Date(Date.now() - 20 * 60_000))},(512) 555-0100,Call me later,${callbackLocal}`,
        `${local(new Date(Date.now() - 10 * 60_000))},(512) 555-0101,Call me later,friday`,
        `${local(new Date(Date.now() - 5 * 60_000))},(512) 555-0102,No answer,`,
      ].join('\n');
      const body = { teamId, processId, csv, timeZone: 'UTC', dispositionValues: { 'Call me later': 'callbackRequested', 'No answer': 'noAnswer' } };
      const preview = (await t.request('POST', '/api/events/import/preview', { as: va, body })).json();
      expect(preview.mapping).toMatchObject({ callbackAt: 'Callback Time' });
      const mapping = preview.mapping;
      const imported = await t.request('POST', '/api/events/import', { as: va, body: { ...body, mapping } });
      expect(imported.statusCode, imported.body).toBe(200);
      expect(imported.json().rows.map((row: { status: string; field?: string }) => [row.status, row.field])).toEqual([
        ['imported', undefined],
        ['rejected', 'callbackAt'],
        ['imported', undefined],
      ]);
      expect((await t.request('POST', '/api/events/import', { as: va, body: { ...body, mapping } })).json()).toMatchObject({ imported: 0, duplicates: 2 });
      expect(await runsOf()).toHaveLength(1);
      const [task] = await myTasks(va);
      expect(task).toMatchObject({ elementId: 'CallBack', businessKey: '+15125550100', dueAt: `${callbackLocal.replace(' ', 'T')}:00.000Z` });
    });

    it('given the run cannot be written, then the dial is not stored either: both are one transaction', async () => {
      t.app.runner.hooks.beforeCommit = async () => {
        throw new Error('the run could not be written');
      };
      const answer = await send(va, [callback(), callback({ disposition: 'noAnswer', payload: {} })]);
      expect(answer.statusCode).toBe(500);
      t.app.runner.hooks.beforeCommit = undefined;
      expect(await count('tracked_events')).toBe(0);
      expect(await count('runs')).toBe(0);
    });
  });
}
