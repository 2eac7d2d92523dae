import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProcessDocumentation } from '../../api/schemas/process-documentation.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';
import type { Store } from '../connection.ts';
import { insertOrganization } from '../repositories/organizations.ts';
import { insertVersion } from '../repositories/process-versions.ts';
import { insertProcess } from '../repositories/processes.ts';
import { insertTeam } from '../repositories/teams.ts';
import { insertTrackedEvents, type NewTrackedEvent } from '../repositories/tracked-events.ts';
import { insertUser } from '../repositories/users.ts';
import { down, up } from './0012-step-rollups.ts';

const NOW = '2026-03-03T16:00:00.000Z';
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

for (const database of await testDatabases()) {
  describe(`migration 0012 (step rollups) on ${database.dialect}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    beforeEach(async () => {
      ({ store, dispose } = await database.create());
    });
    afterEach(async () => dispose());

    it('given stored events (an undo after local midnight, entries on no step, a session), when the migration runs again, then each step holds its counts on the days the events carry', async () => {
      const organization = await insertOrganization(store.db, 'Acme', NOW);
      const user = await insertUser(store.db, { email: 'ana@acme.test', name: 'Ana', passwordHash: 'x' }, NOW);
      const teamId = await insertTeam(store.db, { organizationId: organization.id, name: 'Chicago', timeZone: 'America/Chicago' }, NOW);
      const processId = await insertProcess(store.db, { organizationId: organization.id, teamId, name: 'Dialing', isTemplate: false }, NOW);
      const versionId = await insertVersion(store.db, { organizationId: organization.id, processId, number: 1, status: 'published', xml: '<definitions/>', documentation: ProcessDocumentation.parse({}), svg: null, userId: null }, NOW);
      // The rows as the ingest stores them: counts resolved, an undo's negated on its entry's element and day.
      const event = (n: number, kind: NewTrackedEvent['kind'], elementId: string | null, day: string, counts: Record<string, number>, correctsClientId: string | null = null): NewTrackedEvent => ({
        organizationId: organization.id,
        teamId,
        userId: user.id,
        recordedByUserId: user.id,
        clientId: uuid(n),
        kind,
        disposition: null,
        counter: null,
        counts,
        processId,
        processVersionId: versionId,
        runId: null,
        taskId: null,
        elementId,
        scriptVersionId: null,
        list: null,
        phoneNumber: null,
        durationSeconds: null,
        sessionClientId: kind === 'sessionStarted' ? uuid(n) : null,
        correctsClientId,
        day,
        occurredAt: NOW,
        receivedAt: NOW,
        payload: null,
      });
      await insertTrackedEvents(store.db, [
        event(1, 'dial', 'DialingSession', '2026-03-02', { dials: 1, 'disposition.lead': 1, talkTo: 1, lead: 1, callSeconds: 200 }),
        event(2, 'dial', 'DialingSession', '2026-03-02', { dials: 1, 'disposition.noAnswer': 1 }),
        // Sent at 00:00:30 on 2026-03-03, it takes back the no-answer of 23:59 the day before.
        event(3, 'undo', 'DialingSession', '2026-03-02', { dials: -1, 'disposition.noAnswer': -1 }, uuid(2)),
        event(4, 'counted', 'LogSessionResults', '2026-03-03', { dials: 3 }),
        event(5, 'dial', null, '2026-03-03', { dials: 1, 'disposition.noAnswer': 1 }),
        event(6, 'sessionStarted', 'DialingSession', '2026-03-03', {}),
      ]);

      await down(store.db);
      await up(store.db);
      const rows = await store.db.selectFrom('step_rollups').selectAll().orderBy('day').orderBy('element_id').orderBy('metric').execute();
      const row = (element_id: string, day: string, metric: string, value: number) => ({ organization_id: organization.id, team_id: teamId, process_id: processId, element_id, day, metric, value });
      expect(rows.map((stored) => ({ ...stored, value: Number(stored.value) }))).toEqual([
        row('DialingSession', '2026-03-02', 'callSeconds', 200),
        row('DialingSession', '2026-03-02', 'dials', 1),
        row('DialingSession', '2026-03-02', 'disposition.lead', 1),
        row('DialingSession', '2026-03-02', 'lead', 1),
        row('DialingSession', '2026-03-02', 'talkTo', 1),
        row('LogSessionResults', '2026-03-03', 'dials', 3),
      ]);
    });
  });
}
