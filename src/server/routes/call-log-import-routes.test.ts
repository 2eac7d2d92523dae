/** Importing a dialer's call log through the API: the guessed mapping and preview with per-row problems, the per-row import report, nothing counted twice on re-upload, and bad files refused whole. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../../tests/support/test-app.ts';
import { setUpDialingTeam } from '../../../tests/support/dialing-team.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

for (const database of await testDatabases()) {
  describe(`call log import routes on ${database.dialect}`, () => {
    let t: TestApp;
    let owner: Agent;
    let manager: Agent;
    let va: Agent;
    let teamId: number;
    let processId: number;
    let csv: string;

    beforeEach(async () => {
      t = await createTestApp(database);
      ({ owner, va, manager, teamId, processId } = await setUpDialingTeam(t));
      await t.inviteAndAccept(owner, { email: 'elsewhere@acme.test', role: 'va', name: 'Elsa Elsewhere' });
      csv = callLog();
    });
    afterEach(async () => t.close());

    /** A dialer's export: its own words for outcomes, a US phone column, talk time as M:SS, an agent email per row. */
    const callLog = (at50 = minutesAgo(50)) =>
      [
        'Time,Phone,Disposition,Agent Email,Duration,Extra',
        `${at50},(312) 555-0101,No Answer,va@acme.test,0,x`,
        `${minutesAgo(40)},(312) 555-0102,Interested,VA@acme.test,2:05,x`,
        `${minutesAgo(30)},(312) 555-0103,Hung up,va@acme.test,0,x`,
        `yesterday-ish,(312) 555-0104,No Answer,va@acme.test,0,x`,
        `${minutesAgo(20)},(312) 555-0105,No Answer,elsewhere@acme.test,0,x`,
        `${minutesAgo(10)},12,No Answer,va@acme.test,0,x`,
        `${at50},(312) 555-0101,No Answer,va@acme.test,0,x`,
        `${minutesAgo(5)},"(312) 555-0106",no answer,va@acme.test,1:00:00,x`,
      ].join('\n');
    const body = (overrides: Record<string, unknown> = {}) => ({
      teamId,
      processId,
      csv,
      mapping: { occurredAt: 'Time', disposition: 'Disposition', phoneNumber: 'Phone', userEmail: 'Agent Email', durationSeconds: 'Duration' },
      dispositionValues: { 'No Answer': 'noAnswer', Interested: 'lead' },
      list: 'Dialer import',
      ...overrides,
    });
    const summary = async () => (await t.request('GET', `/api/tracking/summary?teamId=${teamId}&userId=${va.session.user.id}`, { as: manager })).json().totals;

    it('given a file without a mapping, when it is previewed, then the mapping is guessed from the headers and each row shows its problems', async () => {
      const { mapping: _mapping, dispositionValues: _values, ...unmapped } = body();
      const preview = await t.request('POST', '/api/events/import/preview', { as: manager, body: unmapped });
      expect(preview.statusCode, preview.body).toBe(200);
      const answer = preview.json();
      expect(answer.columns).toEqual(['Time', 'Phone', 'Disposition', 'Agent Email', 'Duration', 'Extra']);
      expect(answer.mapping).toEqual({ occurredAt: 'Time', disposition: 'Disposition', phoneNumber: 'Phone', userEmail: 'Agent Email', durationSeconds: 'Duration' });
      expect(answer.dispositions).toContainEqual({ key: 'noAnswer', label: 'No answer' });
      // "No Answer" matches the label "No answer" without a value mapping; the dialer's other words need one.
      expect(answer.dispositionWords).toEqual([
        { word: 'No Answer', rows: 5, disposition: 'noAnswer' },
        { word: 'Hung up', rows: 1, disposition: null },
        { word: 'Interested', rows: 1, disposition: null },
        { word: 'no answer', rows: 1, disposition: 'noAnswer' },
      ]);
      expect(answer).toMatchObject({ rowCount: 8, validRows: 4, invalidRows: 4 });
      const rows = answer.rows as Array<{ row: number; problems: Array<{ field: string }>; dial: Record<string, unknown> | null }>;
      expect(rows.map((row) => [row.row, row.problems.map((problem) => problem.field)])).toEqual([
        [2, []],
        [3, ['disposition']],
        [4, ['disposition']],
        [5, ['occurredAt']],
        [6, ['userEmail']],
        [7, []],
        [8, []],
        [9, []],
      ]);
      expect(rows[0]!.dial).toMatchObject({ disposition: 'noAnswer', phoneNumber: '(312) 555-0101', userId: va.session.user.id, durationSeconds: 0, list: 'Dialer import' });
      expect(rows[7]!.dial).toMatchObject({ durationSeconds: 3600 });
      expect(await summary()).toEqual({});
    });

    it('given a mapped file, when it is imported twice, then each row is reported once as imported or rejected with why, and the second upload imports nothing again', async () => {
      const first = await t.request('POST', '/api/events/import', { as: manager, body: body() });
      expect(first.statusCode, first.body).toBe(200);
      const report = first.json();
      expect(report.rows.map((row: { row: number; status: string; code?: string; field?: string }) => [row.row, row.status, row.code ?? null, row.field ?? null])).toEqual([
        [2, 'imported', null, null],
        [3, 'imported', null, null],
        [4, 'rejected', 'INVALID_ROW', 'disposition'],
        [5, 'rejected', 'INVALID_ROW', 'occurredAt'],
        [6, 'rejected', 'INVALID_ROW', 'userEmail'],
        [7, 'rejected', 'INVALID_PHONE_NUMBER', 'phoneNumber'],
        // The same call twice in one file: the second is the first's duplicate.
        [8, 'duplicate', null, null],
        [9, 'imported', null, null],
      ]);
      expect(report).toMatchObject({ imported: 3, duplicates: 1, rejected: 4 });
      expect(report.rows[2].reason).toBe('disposition "Hung up" is not mapped to a disposition of the process');
      expect(report.rows[0].clientId).toBe(report.rows[6].clientId);
      const counted = await summary();
      expect(counted).toMatchObject({ dials: 3, lead: 1, talkTo: 1, callSeconds: 125 + 3600 });
      const events = (await t.request('GET', `/api/events?teamId=${teamId}&userId=${va.session.user.id}`, { as: manager })).json().events;
      expect(events.map((event: { list: string; phoneNumber: string; recordedByUserId: number }) => [event.list, event.phoneNumber, event.recordedByUserId])).toContainEqual([
        'Dialer import',
        '+13125550102',
        manager.session.user.id,
      ]);

      // Another mapping of the same words and another time zone: the rows are the same calls, so nothing counts again.
      const again = await t.request('POST', '/api/events/import', { as: manager, body: body({ dispositionValues: { 'No Answer': 'noAnswer', Interested: 'lead', 'hung up': 'noAnswer' }, timeZone: 'Europe/Paris' }) });
      expect(again.json()).toMatchObject({ imported: 1, duplicates: 4, rejected: 3 });
      expect(again.json().rows[2]).toMatchObject({ row: 4, status: 'imported' });
      expect(await summary()).toMatchObject({ dials: 4, lead: 1 });
    });

    it('given a va, when they import rows of another person, then those rows are rejected and their own are imported', async () => {
      const ownLog = ['Time,Disposition,Agent Email', `${minutesAgo(5)},noAnswer,va@acme.test`, `${minutesAgo(4)},noAnswer,manager@acme.test`].join('\r\n');
      const answer = await t.request('POST', '/api/events/import', { as: va, body: { teamId, processId, csv: ownLog, mapping: { occurredAt: 'Time', disposition: 'Disposition', userEmail: 'Agent Email' } } });
      expect(answer.json().rows.map((row: { status: string; code?: string }) => [row.status, row.code ?? null])).toEqual([
        ['imported', null],
        ['rejected', 'NOT_ALLOWED'],
      ]);
    });

    it('given bad files and mappings, when they are sent, then they are refused whole naming the field and nothing is stored', async () => {
      const refused = async (request: Record<string, unknown>, field: string, path = '/api/events/import') => {
        const answer = await t.request('POST', path, { as: manager, body: request });
        expect(answer.statusCode, answer.body).toBe(400);
        expect(answer.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field });
      };
      await refused(body({ mapping: { disposition: 'Disposition' } }), 'mapping.occurredAt');
      await refused(body({ mapping: { occurredAt: 'Time', disposition: 'Outcome' } }), 'mapping.disposition');
      await refused(body({ mapping: { occurredAt: 'Time', disposition: 'Disposition', phoneNumber: 'Telephone' } }), 'mapping.phoneNumber', '/api/events/import/preview');
      await refused(body({ csv: 'Time,Disposition\n"2025-01-01,noAnswer\n' }), 'csv');
      await refused(body({ csv: '' }), 'csv');
      await refused(body({ dispositionValues: { Busy: 'Not A Key' } }), 'dispositionValues.Busy');
      await refused(body({ timeZone: 'Mars/Olympus' }), 'timeZone');
      const otherTeam = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'South Shore' } })).json().id;
      await refused(body({ teamId: otherTeam }), 'processId');
      expect((await t.request('POST', '/api/events/import', { as: manager, body: body({ processId: 999_999 }) })).statusCode).toBe(404);
      expect(await summary()).toEqual({});
    });
  });
}
