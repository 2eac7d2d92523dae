/** The tracking tests' usual start: an owner, the North Shore team (Chicago) with a VA and a manager, and its copy of the Prospecting dialing template. */
import { expect } from 'vitest';
import type { Agent, TestApp } from './test-app.ts';

export interface DialingTeam {
  owner: Agent;
  va: Agent;
  manager: Agent;
  teamId: number;
  processId: number;
}

export async function setUpDialingTeam(t: TestApp): Promise<DialingTeam> {
  const owner = await t.setup();
  const teamId = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'North Shore', timeZone: 'America/Chicago' } })).json().id as number;
  const va = await t.inviteAndAccept(owner, { email: 'va@acme.test', role: 'va', teamIds: [teamId], name: 'Vera VA' });
  const manager = await t.inviteAndAccept(owner, { email: 'manager@acme.test', role: 'manager', teamIds: [teamId], name: 'Mona Manager' });
  const library = (await t.request('GET', '/api/processes?templates=true', { as: owner })).json().processes as Array<{ id: number; name: string }>;
  const template = library.find((process) => process.name === 'Prospecting dialing')!;
  const copy = await t.request('POST', `/api/processes/${template.id}/use-template`, { as: owner, body: { teamId, name: 'Dialing' } });
  expect(copy.statusCode, copy.body).toBe(201);
  return { owner, va, manager, teamId, processId: copy.json().id as number };
}
