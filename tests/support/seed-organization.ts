/** An organization with one of everything the API can point at: an owner with an API token, a team, members, a pending invitation. */
import type { Role } from '../../src/api/roles.ts';
import type { SampleTargets } from './sample-request.ts';
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
    },
    identifyingStrings: [name, teamName, tokenName, token.token.prefix, `invitee@${domain}`, ...people.flatMap((person) => [person.email, person.name])],
  };
}
