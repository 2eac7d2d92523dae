/** Test factory for the dashboards: a team in Chicago with two VAs, a dialing process whose KPIs have known targets, and dials written through the ingest use-case. */
import { randomUUID } from 'node:crypto';
import type { ProcessDocumentationInput } from '../../src/api/schemas/process-documentation.ts';
import { recordTrackedEvents } from '../../src/server/use-cases/record-tracked-events.ts';
import { publishTestProcess, readProspectingBpmn } from './publish-test-process.ts';
import type { Agent, TestApp } from './test-app.ts';

export const DASHBOARD_DOCUMENTATION: ProcessDocumentationInput = {
  dispositions: [
    { key: 'noAnswer', label: 'No answer', countsAs: [] },
    { key: 'notInterested', label: 'Not interested', countsAs: ['talkTo'] },
    { key: 'lead', label: 'Lead', countsAs: ['talkTo', 'lead'] },
    { key: 'appointmentSet', label: 'Appointment set', countsAs: ['talkTo', 'lead', 'appointmentSet'] },
  ],
  kpis: [
    // Per VA: 500 dials a week (100 a working day).
    { key: 'dials', label: 'Dials', numerator: 'dials', denominator: null, targets: [{ period: 'week', value: 500 }] },
    { key: 'talkToRate', label: 'Talk-to rate', numerator: 'talkTo', denominator: 'dials', targets: [{ period: 'week', value: 0.12 }] },
    { key: 'leadRate', label: 'Lead rate', numerator: 'lead', denominator: 'talkTo', targets: [{ period: 'week', value: 0.25 }] },
  ],
};

export interface DashboardTeam {
  owner: Agent;
  teamId: number;
  processId: number;
  ana: Agent;
  ben: Agent;
  /** Records dials for a VA on an instant, one per disposition count, through recordTrackedEvents (the ingest use-case); `now` is the server's clock then. */
  dial(userId: number, occurredAt: string, dispositions: Record<string, number>, options?: { list?: string; now?: Date; durationSeconds?: number }): Promise<void>;
}

export async function seedDashboardTeam(t: TestApp): Promise<DashboardTeam> {
  const owner = await t.setup();
  const teamId = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'North Shore', timeZone: 'America/Chicago' } })).json().id as number;
  const ana = await t.inviteAndAccept(owner, { email: 'ana@acme.test', role: 'va', teamIds: [teamId], name: 'Ana' });
  const ben = await t.inviteAndAccept(owner, { email: 'ben@acme.test', role: 'va', teamIds: [teamId], name: 'Ben' });
  const organizationId = owner.session.organization.id;
  const { processId } = await publishTestProcess(t.store.db, { organizationId, teamId, name: 'Dialing', xml: await readProspectingBpmn(), documentation: DASHBOARD_DOCUMENTATION });
  const principal = { userId: owner.session.user.id, organizationId, role: 'owner' as const, via: 'session' as const };
  return {
    owner,
    teamId,
    processId,
    ana,
    ben,
    async dial(userId, occurredAt, dispositions, { list, now, durationSeconds = 60 } = {}) {
      const events = Object.entries(dispositions).flatMap(([disposition, count]) =>
        Array.from({ length: count }, () => ({ kind: 'dial' as const, clientId: randomUUID(), teamId, userId, processId, disposition, occurredAt, durationSeconds, ...(list ? { list } : {}) })),
      );
      const result = await recordTrackedEvents(t.store.db, principal, events, now);
      if (result.accepted !== events.length) throw new Error(`not every dial was accepted: ${JSON.stringify(result.results.filter((r) => r.status !== 'accepted'))}`);
    },
  };
}
