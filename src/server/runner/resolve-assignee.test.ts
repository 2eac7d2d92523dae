/** Assignment from lanes: the role's pool by default; round-robin, a named person, "whoever completed step X" or "whoever started the run" when the documentation says so. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishTestProcess, readProspectingBpmn } from '../../../tests/support/publish-test-process.ts';
import { createTestApp, type Agent, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';
import { runDueTimers } from './due-timer-worker.ts';

interface TaskJson {
  id: number;
  elementId: string;
  status: string;
  assignment: string;
  assignee: { id: number; name: string } | null;
}

for (const database of await testDatabases()) {
  describe(`task assignment on ${database.dialect}`, () => {
    let t: TestApp;
    let owner: Agent;
    let teamId: number;
    const people: Record<'agent' | 'ann' | 'ben' | 'lead' | 'outsider' | 'viewer', Agent> = {} as never;

    beforeEach(async () => {
      t = await createTestApp(database);
      owner = await t.setup();
      teamId = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'North Shore' } })).json().id;
      const join = (email: string, role: 'va' | 'manager' | 'viewer', inTeam = true) => t.inviteAndAccept(owner, { email, role, teamIds: inTeam ? [teamId] : [], name: email.split('@')[0] });
      people.agent = await join('agent@acme.test', 'va');
      people.ann = await join('ann@acme.test', 'va');
      people.ben = await join('ben@acme.test', 'va');
      people.lead = await join('lead@acme.test', 'manager');
      people.outsider = await join('outsider@acme.test', 'va', false);
      people.viewer = await join('viewer@acme.test', 'viewer');
    });
    afterEach(async () => t.close());

    const id = (agent: Agent) => agent.session.user.id;
    const tasksOf = async (runId: number): Promise<TaskJson[]> => (await t.request('GET', `/api/runs/${runId}`, { as: owner })).json().tasks;
    const openTask = async (runId: number) => (await tasksOf(runId)).find((task) => task.status === 'open' || task.status === 'claimed')!;

    /** Completes the run's open task as its assignee (or the agent for pool tasks) and returns who had it. */
    async function completeNext(runId: number, variables: Record<string, unknown> = {}, as?: Agent): Promise<TaskJson> {
      const task = await openTask(runId);
      const by = as ?? Object.values(people).find((person) => id(person) === task.assignee?.id) ?? people.agent;
      const done = await t.request('POST', `/api/tasks/${task.id}/complete`, { as: by, body: { variables } });
      expect(done.statusCode, done.body).toBe(200);
      return task;
    }

    it('given round-robin for the VA lane, a team lead by name and the follow-up to whoever set the campaign, then each task goes to the right person', async () => {
      const { processId } = await publishTestProcess(t.store.db, {
        organizationId: owner.session.organization.id,
        teamId,
        xml: await readProspectingBpmn(),
        documentation: {
          roles: [
            { laneId: 'Lane_VirtualProfessional', assignment: { mode: 'roundRobin', userIds: [id(people.outsider), id(people.ann), id(people.viewer), id(people.ben)] } },
            { laneId: 'Lane_TeamLead', assignment: { mode: 'person', userId: id(people.lead) } },
          ],
          steps: { FollowUpLead: { assignTo: { mode: 'completerOf', stepId: 'SetCampaign' } } },
        },
      });
      const start = (await t.request('POST', '/api/runs', { as: owner, body: { processId } })).json();
      const runId: number = start.id;
      expect(await openTask(runId)).toMatchObject({ elementId: 'SetCampaign', status: 'open', assignment: 'pool', assignee: null });
      await completeNext(runId, {}, people.agent);
      // The outsider (not in the team) and the viewer (may not work) are skipped.
      expect(await completeNext(runId)).toMatchObject({ elementId: 'BuildCallList', status: 'claimed', assignment: 'roundRobin', assignee: { id: id(people.ann) } });
      expect(await completeNext(runId)).toMatchObject({ elementId: 'ScrubList', assignee: { id: id(people.ben) } });
      expect(await completeNext(runId, { leadFound: true })).toMatchObject({ elementId: 'DialingSession', assignee: { id: id(people.ann) } });
      expect(await completeNext(runId)).toMatchObject({ elementId: 'HandOffLead', assignee: { id: id(people.ben) } });
      expect(await openTask(runId)).toMatchObject({ elementId: 'FollowUpLead', assignment: 'completerOf', assignee: { id: id(people.agent) } });

      await runDueTimers(t.app.runner, { now: new Date(Date.now() + 2 * 3_600_000).toISOString(), workerId: 'test' });
      const review = (await tasksOf(runId)).find((task) => task.elementId === 'ReviewLateFollowUp');
      expect(review).toMatchObject({ assignment: 'person', assignee: { id: id(people.lead) } });

      // The turn carries over to the next run of the team; someone who left the team is skipped.
      const second = (await t.request('POST', '/api/runs', { as: owner, body: { processId } })).json().id;
      await completeNext(second, {}, people.agent);
      expect(await openTask(second)).toMatchObject({ elementId: 'BuildCallList', assignee: { id: id(people.ann) } });
      await t.request('DELETE', `/api/teams/${teamId}/members/${id(people.ann)}`, { as: owner });
      // Her task stays hers until someone reassigns it; she no longer sees it, an owner completes it on her behalf.
      expect((await t.request('GET', `/api/tasks/${(await openTask(second)).id}`, { as: people.ann })).statusCode).toBe(404);
      await completeNext(second, {}, owner);
      expect(await openTask(second)).toMatchObject({ elementId: 'ScrubList', assignee: { id: id(people.ben) } });
      await completeNext(second);
      expect(await openTask(second)).toMatchObject({ elementId: 'DialingSession', assignee: { id: id(people.ben) } });
    });

    it('given "whoever started the run" for a step, then its task goes to the starter, and to the role\'s rule when the starter is not (or no longer) a member of the team', async () => {
      const { processId } = await publishTestProcess(t.store.db, {
        organizationId: owner.session.organization.id,
        teamId,
        xml: await readProspectingBpmn(),
        documentation: {
          roles: [{ laneId: 'Lane_VirtualProfessional', assignment: { mode: 'person', userId: id(people.ann) } }],
          steps: { SetCampaign: { assignTo: { mode: 'starter' } }, BuildCallList: { assignTo: { mode: 'starter' } } },
        },
      });
      const startAs = async (agent: Agent) => {
        const started = await t.request('POST', '/api/runs', { as: agent, body: { processId } });
        expect(started.statusCode, started.body).toBe(201);
        return started.json().id as number;
      };
      const byBen = await startAs(people.ben);
      expect(await openTask(byBen)).toMatchObject({ elementId: 'SetCampaign', status: 'claimed', assignment: 'starter', assignee: { id: id(people.ben) } });

      // Ben leaves the team before the next step: the VA lane's rule gives it to Ann.
      await t.request('DELETE', `/api/teams/${teamId}/members/${id(people.ben)}`, { as: owner });
      await completeNext(byBen, {}, owner);
      expect(await openTask(byBen)).toMatchObject({ elementId: 'BuildCallList', assignment: 'person', assignee: { id: id(people.ann) } });

      // The owner, who started this one, is no member of the team: the Agent lane has no rule, so its pool.
      const byOwner = await startAs(owner);
      expect(await openTask(byOwner)).toMatchObject({ elementId: 'SetCampaign', status: 'open', assignment: 'pool', assignee: null });
    });

    it('given no assignment rules, then every task goes to its role pool, and "whoever completed step X" falls back to the pool when X was not done', async () => {
      const { processId } = await publishTestProcess(t.store.db, {
        organizationId: owner.session.organization.id,
        teamId,
        xml: await readProspectingBpmn(),
        documentation: { steps: { BuildCallList: { assignTo: { mode: 'completerOf', stepId: 'HandOffLead' }, dueIn: 'PT4H' } } },
      });
      const runId = (await t.request('POST', '/api/runs', { as: owner, body: { processId } })).json().id;
      await completeNext(runId, {}, people.agent);
      const buildList = await openTask(runId);
      expect(buildList).toMatchObject({ elementId: 'BuildCallList', status: 'open', assignment: 'pool', assignee: null });
      // The step's documented service level gives the task its due time.
      const { dueAt, createdAt } = (await t.request('GET', `/api/tasks/${buildList.id}`, { as: owner })).json();
      expect(Date.parse(dueAt) - Date.parse(createdAt)).toBe(4 * 3_600_000);
    });
  });
}
