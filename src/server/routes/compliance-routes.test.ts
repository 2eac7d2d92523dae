/** A team's compliance guard through the API: on by default, the tracker's check before a dial, and settings only team leads change (audited). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';

for (const database of await testDatabases()) {
  describe(`compliance routes on ${database.dialect}`, () => {
    let t: TestApp;
    let owner: Agent;
    let va: Agent;
    let manager: Agent;
    let teamId: number;
    let settingsPath: string;
    let checkPath: string;

    beforeEach(async () => {
      t = await createTestApp(database);
      owner = await t.setup();
      teamId = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'North Shore' } })).json().id;
      va = await t.inviteAndAccept(owner, { email: 'va@acme.test', role: 'va', teamIds: [teamId], name: 'Vera VA' });
      manager = await t.inviteAndAccept(owner, { email: 'lead@acme.test', role: 'manager', name: 'Lee Lead' });
      settingsPath = `/api/teams/${teamId}/compliance`;
      checkPath = `${settingsPath}/check`;
    });
    afterEach(async () => t.close());

    const check = (body: Record<string, unknown>, as: Agent = va) => t.request('POST', checkPath, { as, body });
    // 12:00 in Chicago (UTC-6) on a winter weekday; 06:30 there is 12:30 UTC.
    const NOON_IN_CHICAGO = '2025-01-15T18:00:00Z';
    const EARLY_IN_CHICAGO = '2025-01-15T12:30:00Z';

    it('given a new team, then the guard blocks by default, within 08:00-21:00, reading numbers as US ones', async () => {
      expect((await t.request('GET', settingsPath, { as: va })).json()).toEqual({ guardMode: 'block', callingWindow: { start: '08:00', end: '21:00' }, defaultCountry: 'US', updatedAt: null });
    });

    it('given the default guard, when the VA checks dials, then a listed number and an early call are refused, an unknown zone is said to be unknown, and a clean dial is allowed', async () => {
      await t.request('POST', `/api/teams/${teamId}/dnc-numbers`, { as: va, body: { number: '312-555-0143', source: 'callRequest' } });
      const listed = await check({ number: '(312) 555-0143', at: NOON_IN_CHICAGO });
      expect(listed.statusCode, listed.body).toBe(200);
      expect(listed.json()).toMatchObject({ number: '+13125550143', allowed: false, mode: 'block', onDncList: true, violations: [{ rule: 'dnc' }], callingHours: 'inside', calledPartyTimeZone: 'America/Chicago', localTime: '2025-01-15T12:00' });

      const early = await check({ number: '312-555-0150', at: EARLY_IN_CHICAGO });
      expect(early.json()).toMatchObject({ allowed: false, onDncList: false, callingHours: 'outside', violations: [{ rule: 'callingHours', message: 'It is 06:30 in America/Chicago: outside the calling window 08:00-21:00.' }] });

      const inRecordZone = await check({ number: '312-555-0150', at: EARLY_IN_CHICAGO, recordTimeZone: 'Europe/Berlin' });
      expect(inRecordZone.json()).toMatchObject({ allowed: true, timeZoneSource: 'record', calledPartyTimeZone: 'Europe/Berlin', localTime: '2025-01-15T13:30' });

      const tollFree = await check({ number: '1-800-555-0100', at: EARLY_IN_CHICAGO });
      expect(tollFree.json()).toMatchObject({ allowed: true, callingHours: 'unknownTimeZone', calledPartyTimeZone: null, violations: [], notices: [{ rule: 'callingHours' }] });

      const now = await check({ number: '312-555-0150' });
      expect(now.statusCode).toBe(200);
      expect(now.json().possibleTimeZones).toHaveLength(1);
    });

    it('given bad input to the check, then it is refused naming the field', async () => {
      expect((await check({ number: 'not a number' })).json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'number' });
      expect((await check({ number: '3125550143', recordTimeZone: 'Mars/Olympus' })).json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'recordTimeZone' });
      expect((await check({ number: '3125550143', at: 'tomorrow' })).json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'at' });
    });

    it('given a VA, then they cannot change the settings; given a manager, then the guard warns from then on, narrower hours apply, and the audit log has the change', async () => {
      const body = { guardMode: 'warn', callingWindow: { start: '09:00', end: '20:00' }, defaultCountry: 'US' };
      const forbidden = await t.request('PUT', settingsPath, { as: va, body });
      expect(forbidden.statusCode).toBe(403);

      const changed = await t.request('PUT', settingsPath, { as: manager, body });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json()).toEqual({ ...body, updatedAt: expect.any(String) });
      expect((await t.request('GET', settingsPath, { as: va })).json()).toEqual(changed.json());

      // 08:30 in Chicago: inside the law's window, outside the team's narrower one; warn lets the dial go.
      const warned = await check({ number: '312-555-0150', at: '2025-01-15T14:30:00Z' });
      expect(warned.json()).toMatchObject({ allowed: true, mode: 'warn', violations: [{ rule: 'callingHours', message: expect.stringContaining('09:00-20:00') }] });

      const [audit] = (await t.request('GET', '/api/audit', { as: owner })).json().entries;
      expect(audit).toMatchObject({ action: 'team.compliance_updated', actor: 'Lee Lead', details: { from: { guardMode: 'block', callingWindow: { start: '08:00', end: '21:00' } }, to: body } });
    });

    it('given settings that widen the legal window, invert it or name an unknown country, then they are refused and nothing changes', async () => {
      const put = (body: Record<string, unknown>) => t.request('PUT', settingsPath, { as: owner, body: { guardMode: 'block', callingWindow: { start: '08:00', end: '21:00' }, defaultCountry: 'US', ...body } });
      expect((await put({ callingWindow: { start: '07:00', end: '21:00' } })).json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'callingWindow', message: expect.stringContaining('within 08:00-21:00') });
      expect((await put({ callingWindow: { start: '12:00', end: '10:00' } })).json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'callingWindow.start' });
      expect((await put({ callingWindow: { start: '8:00', end: '21:00' } })).json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'callingWindow.start' });
      expect((await put({ defaultCountry: 'XX' })).json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'defaultCountry' });
      expect((await put({ guardMode: 'ignore' })).json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'guardMode' });
      expect((await t.request('GET', settingsPath, { as: owner })).json()).toMatchObject({ updatedAt: null });
    });

    it('given a team in Britain, when its default country is GB, then numbers written without a country code are read as British', async () => {
      await t.request('PUT', settingsPath, { as: owner, body: { guardMode: 'block', callingWindow: { start: '08:00', end: '21:00' }, defaultCountry: 'GB' } });
      const added = await t.request('POST', `/api/teams/${teamId}/dnc-numbers`, { as: va, body: { number: '020 7946 0958' } });
      expect(added.json().dncNumber).toMatchObject({ number: '+442079460958' });
      expect((await check({ number: '020 7946 0958' })).json()).toMatchObject({ allowed: false, onDncList: true, callingHours: 'unknownTimeZone' });
    });

    it('given the guard off, then dials are allowed with nothing reported, though the list is still known', async () => {
      await t.request('POST', `/api/teams/${teamId}/dnc-numbers`, { as: va, body: { number: '312-555-0143' } });
      await t.request('PUT', settingsPath, { as: owner, body: { guardMode: 'off', callingWindow: { start: '08:00', end: '21:00' }, defaultCountry: 'US' } });
      expect((await check({ number: '312-555-0143', at: EARLY_IN_CHICAGO })).json()).toMatchObject({ allowed: true, mode: 'off', violations: [], onDncList: true });
    });

    it('given a VA outside the team and another organization, then the check and the settings answer that there is no such team', async () => {
      const outsider = await t.inviteAndAccept(owner, { email: 'outsider@acme.test', role: 'va', name: 'Out Sider' });
      const other = await t.createOrganization({ organizationName: 'Other Realty', email: 'owner@other.test' });
      for (const agent of [outsider, other]) {
        expect((await check({ number: '3125550143' }, agent)).statusCode).toBe(404);
        expect((await t.request('GET', settingsPath, { as: agent })).statusCode).toBe(404);
      }
      const otherPut = await t.request('PUT', settingsPath, { as: other, body: { guardMode: 'off', callingWindow: { start: '08:00', end: '21:00' }, defaultCountry: 'US' } });
      expect(otherPut.statusCode).toBe(404);
      expect((await t.request('GET', settingsPath, { as: owner })).json()).toMatchObject({ guardMode: 'block' });
    });
  });
}
