/** The prospecting dialing process of DOMAIN.md: lanes become roles, a lead goes to the agent, a late follow-up escalates to the team lead. */
import { describe, expect, it } from 'vitest';
import { loadFixture } from './testing/load-fixture.ts';
import { RunDriver } from './testing/run-driver.ts';

describe('prospecting process', () => {
  it('given the lanes, when tasks are created, then each carries the role of its lane', async () => {
    const process = await loadFixture('prospecting');
    expect(process.roles).toEqual(['Agent', 'Virtual professional', 'Team lead']);
    const run = new RunDriver(process);
    run.start({ leadSource: 'expired' });
    expect(run.effectsOf('taskCreated')).toEqual([expect.objectContaining({ elementId: 'SetCampaign', name: 'Set campaign', role: 'Agent' })]);
    run.complete('SetCampaign');
    expect(run.effectsOf('taskCreated')[0]).toMatchObject({ elementId: 'BuildCallList', role: 'Virtual professional' });
  });

  it('given a dialing session with a lead, when it is handed off, then the agent gets the follow-up due in one hour', async () => {
    const run = new RunDriver(await loadFixture('prospecting'));
    run.start();
    for (const step of ['SetCampaign', 'BuildCallList', 'ScrubList']) run.complete(step);
    run.complete('DialingSession', { leadFound: true, dials: 45, talkTos: 5 });
    expect(run.openTaskElements()).toEqual(['HandOffLead']);
    run.complete('HandOffLead');
    expect(run.effectsOf('taskCreated')[0]).toMatchObject({ elementId: 'FollowUpLead', role: 'Agent', dueAt: '2025-03-03T10:00:00.000Z', dueIn: 'PT1H' });
  });

  it('given the agent is late, when the hour passes, then the team lead reviews it while the follow-up stays open', async () => {
    const run = new RunDriver(await loadFixture('prospecting'));
    run.start();
    for (const step of ['SetCampaign', 'BuildCallList', 'ScrubList']) run.complete(step);
    run.complete('DialingSession', { leadFound: true });
    run.complete('HandOffLead');
    const timer = Object.values(run.run.timers)[0]!;
    run.now = timer.dueAt;
    run.send({ type: 'fireTimer', timerId: timer.id });
    expect(run.effectsOf('taskCreated')).toEqual([expect.objectContaining({ elementId: 'ReviewLateFollowUp', role: 'Team lead' })]);
    run.complete('FollowUpLead');
    run.complete('ReviewLateFollowUp');
    expect(run.run.status).toBe('completed');
  });

  it('given a session without a lead, when it ends, then the VA logs the results and the run completes', async () => {
    const run = new RunDriver(await loadFixture('prospecting'));
    run.start();
    for (const step of ['SetCampaign', 'BuildCallList', 'ScrubList']) run.complete(step);
    run.complete('DialingSession', { leadFound: false });
    expect(run.openTaskElements()).toEqual(['LogSessionResults']);
    run.complete('LogSessionResults');
    expect(run.run.status).toBe('completed');
  });
});
