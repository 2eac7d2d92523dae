/** An organization with one of everything the API can point at: an owner with an API token, a team, members, a pending invitation, a process and a script, runs with an open task and an incident, a lead, a webhook and a notification. */
import type { Role } from '../../src/api/roles.ts';
import { checkTeamAlerts } from '../../src/server/alerts/run-alert-checks.ts';
import { publishTestProcess } from './publish-test-process.ts';
import { SAMPLE_DNC_NUMBER, type SampleTargets } from './sample-request.ts';
import type { Agent, TestApp } from './test-app.ts';

export interface SeededOrganization {
  id: number;
  name: string;
  owner: Agent;
  /** The secret of the owner's API token (`targets.tokenId`). */
  ownerTokenSecret: string;
  /** A logged-in member for each role asked for. */
  members: Partial<Record<Role, Agent>>;
  /** Valid ids of this organization; `userId` is a manager in the team, not one of `members`. */
  targets: SampleTargets;
  /** Names, emails and token prefix that appear nowhere else, to search other organizations' answers for. */
  identifyingStrings: string[];
}

/** A service task whose handler no server registers: starting it stops on an incident at once. */
const INCIDENT_BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:swimlane="https://swimlane.dev/schema/bpmn" id="Definitions_Seed" targetNamespace="https://swimlane.dev/tests">
  <process id="Enrich" isExecutable="true">
    <laneSet id="LaneSet_1"><lane id="Lane_1" name="Caller"><flowNodeRef>Start</flowNodeRef><flowNodeRef>Enrich_Lead</flowNodeRef><flowNodeRef>End</flowNodeRef></lane></laneSet>
    <startEvent id="Start" />
    <serviceTask id="Enrich_Lead" name="Enrich lead" swimlane:handler="sample.unregistered" />
    <endEvent id="End" />
    <sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Enrich_Lead" />
    <sequenceFlow id="Flow_2" sourceRef="Enrich_Lead" targetRef="End" />
  </process>
</definitions>`;

function expectJson<T>(answer: { statusCode: number; body: string; json(): unknown }, status: number): T {
  if (answer.statusCode !== status) throw new Error(`seeding expected ${status}, got ${answer.statusCode}: ${answer.body}`);
  return answer.json() as T;
}

/** `domain` makes every email unique to the organization, e.g. "bravo.test". */
export async function seedOrganization(
  t: TestApp,
  input: { name: string; domain: string; roles?: readonly Exclude<Role, 'owner'>[] },
): Promise<SeededOrganization> {
  const { name, domain } = input;
  const ownerEmail = `owner@${domain}`;
  const owner = await t.createOrganization({ organizationName: name, email: ownerEmail, name: `${name} Owner` });
  const teamName = `${name} Client Team`;
  const team = await expectJson<{ id: number }>(await t.request('POST', '/api/teams', { as: owner, body: { name: teamName } }), 201);
  expectJson(await t.request('POST', `/api/teams/${team.id}/dnc-numbers`, { as: owner, body: { number: SAMPLE_DNC_NUMBER } }), 201);

  const join = (email: string, role: Role, personName: string): Promise<Agent> =>
    t.inviteAndAccept(owner, { email, role, teamIds: [team.id], name: personName });
  const members: SeededOrganization['members'] = {};
  for (const role of input.roles ?? []) members[role] = await join(`${role}@${domain}`, role, `${name} ${role}`);
  const member = await join(`member@${domain}`, 'manager', `${name} Member`);
  const invitation = await t.invite(owner, { email: `invitee@${domain}`, role: 'va', teamIds: [team.id] });
  const tokenName = `${name} CI token`;
  const token = await expectJson<{ token: { id: number; prefix: string }; secret: string }>(
    await t.request('POST', '/api/tokens', { as: owner, body: { name: tokenName } }),
    201,
  );

  // The team's process is a copy of the library's template (published version 1, with an origin); its script is published too.
  const processName = `${name} Dialing`;
  const library = expectJson<{ processes: Array<{ id: number; name: string }> }>(await t.request('GET', '/api/processes?templates=true', { as: owner }), 200);
  const template = library.processes.find((process) => process.name === 'Prospecting dialing');
  if (!template) throw new Error('seeding expected the library to hold the Prospecting dialing template');
  const process = expectJson<{ id: number }>(
    await t.request('POST', `/api/processes/${template.id}/use-template`, { as: owner, body: { teamId: team.id, name: processName } }),
    201,
  );
  const scriptName = `${name} Script`;
  const script = expectJson<{ id: number }>(await t.request('POST', '/api/scripts', { as: owner, body: { name: scriptName, teamId: team.id, body: `# ${name} script` } }), 201);
  expectJson(await t.request('POST', `/api/scripts/${script.id}/publish`, { as: owner, body: { revision: 1 } }), 200);

  // A run of the team's process waiting on its first task, and a run stopped on an incident.
  const run = expectJson<{ id: number; tasks: Array<{ id: number }> }>(
    await t.request('POST', '/api/runs', { as: owner, body: { processId: process.id, businessKey: `${name} campaign` } }),
    201,
  );
  const enrichName = `${name} Enrichment`;
  const enrich = await publishTestProcess(t.store.db, { organizationId: owner.session.organization.id, teamId: team.id, name: enrichName, xml: INCIDENT_BPMN });
  const failed = expectJson<{ incidents: Array<{ id: number }> }>(await t.request('POST', '/api/runs', { as: owner, body: { processId: enrich.processId } }), 201);
  if (!run.tasks[0] || !failed.incidents[0]) throw new Error('seeding expected a run with an open task and a run with an incident');

  const leadName = `${name} Lead`;
  const lead = expectJson<{ id: number }>(
    await t.request('POST', '/api/leads', {
      as: owner,
      body: { clientId: crypto.randomUUID(), processId: process.id, taskId: run.tasks[0].id, name: leadName, phone: '+1 312 555 0191', notes: `${name} lead notes` },
    }),
    201,
  );

  // A webhook endpoint (nothing listens there: the tests never run the delivery worker) with a queued ping.
  const webhookDescription = `${name} CRM hook`;
  const webhook = expectJson<{ webhook: { id: number } }>(
    await t.request('POST', '/api/webhooks', { as: owner, body: { url: `https://hooks.${domain}/swimlane`, events: ['lead.created'], description: webhookDescription } }),
    201,
  );
  const ping = expectJson<{ id: number }>(await t.request('POST', `/api/webhooks/${webhook.webhook.id}/ping`, { as: owner }), 202);

  // The alert check, as a server runs it three hours on: the lead's follow-up (due within the hour) is overdue, a notification of the team.
  const fired = await checkTeamAlerts(t.store.db, owner.session.organization.id, team.id, new Date(Date.now() + 3 * 60 * 60 * 1000));
  const notification = fired.find((alert) => alert.rule === 'leadFollowUpsOverdue');
  if (!notification) throw new Error('seeding expected the overdue lead follow-up to fire an alert');

  const people = [owner, member, ...Object.values(members)].map((agent) => agent.session.user);
  return {
    id: owner.session.organization.id,
    name,
    owner,
    ownerTokenSecret: token.secret,
    members,
    targets: {
      teamId: team.id,
      userId: member.session.user.id,
      invitationId: invitation.id,
      invitationToken: invitation.token,
      tokenId: token.token.id,
      ownerEmail,
      processId: process.id,
      scriptId: script.id,
      runId: run.id,
      taskId: run.tasks[0].id,
      incidentId: failed.incidents[0].id,
      leadId: lead.id,
      webhookId: webhook.webhook.id,
      deliveryId: ping.id,
      notificationId: notification.notificationId,
    },
    identifyingStrings: [
      name,
      teamName,
      tokenName,
      processName,
      scriptName,
      enrichName,
      `${name} campaign`,
      leadName,
      `${name} lead notes`,
      webhookDescription,
      `hooks.${domain}`,
      token.token.prefix,
      `invitee@${domain}`,
      ...people.flatMap((person) => [person.email, person.name]),
    ],
  };
}
