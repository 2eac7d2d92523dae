/** A valid request for any route: its path filled in from given resources, a valid query and a valid sample body, or a failure telling the developer what to add. */
import type { CataloguedRoute } from './route-catalogue.ts';
import { TEST_PASSWORD } from './test-app.ts';

/** The resources a request may point at, all of one organization. */
export interface SampleTargets {
  teamId: number;
  /** A member who is not the caller. */
  userId: number;
  /** A pending invitation. */
  invitationId: number;
  /** Its link token. */
  invitationToken: string;
  /** An API token of the owner. */
  tokenId: number;
  ownerEmail: string;
  /** A process of the team (a copy of the library's template), with a published version 1. */
  processId: number;
  /** A script of the team with a published version 1. */
  scriptId: number;
  /** A running run of the team's process. */
  runId: number;
  /** Its open task, in the role's pool. */
  taskId: number;
  /** An open incident of another run of the team (a service task whose handler is not registered). */
  incidentId: number;
  /** A lead handed off in the team. */
  leadId: number;
  /** A webhook endpoint of the organization. */
  webhookId: number;
  /** A delivery (a ping) of that endpoint. */
  deliveryId: number;
  /** A notification of the team (its overdue lead follow-up), which the owner sees. */
  notificationId: number;
}

/** Which resource each path parameter names. */
export const PATH_PARAMS: Readonly<Record<string, keyof SampleTargets | 'version' | 'phoneNumber'>> = {
  phoneNumber: 'phoneNumber',
  teamId: 'teamId',
  userId: 'userId',
  invitationId: 'invitationId',
  tokenId: 'tokenId',
  token: 'invitationToken',
  processId: 'processId',
  scriptId: 'scriptId',
  runId: 'runId',
  taskId: 'taskId',
  incidentId: 'incidentId',
  leadId: 'leadId',
  webhookId: 'webhookId',
  deliveryId: 'deliveryId',
  notificationId: 'notificationId',
  version: 'version',
};

/**
 * Parameters that count within their parent resource rather than naming a resource of an organization: version 1 of
 * A's process and version 1 of B's are told apart by the process. Isolation is tested through the parent.
 */
export const NESTED_PARAMS: ReadonlySet<string> = new Set(['version', 'phoneNumber']);

/** Every sample process and script has a published version 1. */
const SAMPLE_VERSION = 1;

/** Every seeded team has this number on its do-not-call list (a number counts within its team, like a version within its process). */
export const SAMPLE_DNC_NUMBER = '+13125550143';

/** A small but complete diagram: a pool with two lanes, start -> task -> end, with diagram interchange. */
export const SAMPLE_BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_Sample" targetNamespace="https://swimlane.dev/tests">
  <collaboration id="Collaboration_Sample"><participant id="Participant_Sample" name="Sample" processRef="Process_Sample" /></collaboration>
  <process id="Process_Sample" name="Sample" isExecutable="true">
    <laneSet id="LaneSet_Sample"><lane id="Lane_Caller" name="Caller"><flowNodeRef>Start</flowNodeRef><flowNodeRef>Call</flowNodeRef><flowNodeRef>End</flowNodeRef></lane><lane id="Lane_Agent" name="Agent" /></laneSet>
    <startEvent id="Start" name="Start" />
    <userTask id="Call" name="Call" />
    <endEvent id="End" name="End" />
    <sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Call" />
    <sequenceFlow id="Flow_2" sourceRef="Call" targetRef="End" />
  </process>
  <bpmndi:BPMNDiagram id="Diagram_Sample"><bpmndi:BPMNPlane id="Plane_Sample" bpmnElement="Collaboration_Sample">
    <bpmndi:BPMNShape id="Participant_Sample_di" bpmnElement="Participant_Sample" isHorizontal="true"><dc:Bounds x="100" y="50" width="600" height="300" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="Lane_Caller_di" bpmnElement="Lane_Caller" isHorizontal="true"><dc:Bounds x="130" y="50" width="570" height="150" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="Lane_Agent_di" bpmnElement="Lane_Agent" isHorizontal="true"><dc:Bounds x="130" y="200" width="570" height="150" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="170" y="107" width="36" height="36" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="Call_di" bpmnElement="Call"><dc:Bounds x="260" y="85" width="100" height="80" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="420" y="107" width="36" height="36" /></bpmndi:BPMNShape>
    <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="206" y="125" /><di:waypoint x="260" y="125" /></bpmndi:BPMNEdge>
    <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2"><di:waypoint x="360" y="125" /><di:waypoint x="420" y="125" /></bpmndi:BPMNEdge>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</definitions>
`;

/** A dialer's call log: times within the last day, so they are neither too old nor in the future. */
const SAMPLE_CALL_LOG = ['Call time,Number,Result,Talk time', `${new Date(Date.now() - 3_600_000).toISOString()},(312) 555-0101,No Answer,0`, `${new Date(Date.now() - 1_800_000).toISOString()},(312) 555-0102,Interested,2:05`].join('\n');

/**
 * A valid body for every route that takes one, keyed by "METHOD /url". The security suites send these with
 * another organization's ids, with a role that may not call the route, and mutated at random; a route
 * without an entry fails them, so no new route escapes those checks.
 */
export const SAMPLE_BODIES: Readonly<Record<string, (targets: SampleTargets) => Record<string, unknown>>> = {
  'POST /api/setup': () => ({ organizationName: 'Sample Org', name: 'Sam Sample', email: 'sample.owner@example.test', password: TEST_PASSWORD }),
  'POST /api/setup/demo': () => ({ email: 'sample.demo@example.test', password: TEST_PASSWORD, size: 'small' }),
  'POST /api/auth/login': ({ ownerEmail }) => ({ email: ownerEmail, password: TEST_PASSWORD }),
  // The same password again: a valid change that leaves the caller able to log in.
  'POST /api/session/password': () => ({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }),
  'POST /api/teams': () => ({ name: 'Sample Team', timeZone: 'America/Chicago' }),
  'PATCH /api/teams/:teamId': () => ({ name: 'Renamed Team', timeZone: 'Europe/Paris' }),
  'PATCH /api/members/:userId': () => ({ role: 'viewer' }),
  'POST /api/invitations': ({ teamId }) => ({ email: 'sample.invitee@example.test', role: 'va', teamIds: [teamId] }),
  'POST /api/invitations/accept': ({ invitationToken }) => ({ token: invitationToken, name: 'Sample Person', password: TEST_PASSWORD }),
  'POST /api/tokens': () => ({ name: 'Sample token' }),
  'POST /api/processes': ({ teamId }) => ({ name: 'Sample Process', teamId, roles: ['Caller', 'Agent'] }),
  'PATCH /api/processes/:processId': () => ({ name: 'Renamed Process' }),
  // No draft exists in the seeded process, so a new one starts from baseRevision null.
  'PUT /api/processes/:processId/draft': () => ({
    xml: SAMPLE_BPMN,
    documentation: { objective: 'Call every lead.', steps: { Call: { instructions: 'Dial.' } } },
    baseRevision: null,
    svg: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>',
  }),
  'POST /api/processes/:processId/publish': () => ({ revision: 1 }),
  'POST /api/processes/:processId/use-template': ({ teamId }) => ({ teamId, name: 'Sample Copy' }),
  'POST /api/processes/:processId/take-update': () => ({ version: SAMPLE_VERSION }),
  'POST /api/scripts': ({ teamId }) => ({ name: 'Sample Script', teamId, body: '# Hello' }),
  'PUT /api/scripts/:scriptId/draft': () => ({ body: '# Hello again', baseRevision: null }),
  'POST /api/scripts/:scriptId/publish': () => ({ revision: 1 }),
  'PATCH /api/scripts/:scriptId': () => ({ name: 'Renamed Script' }),
  'POST /api/conditions/check': () => ({ expression: 'leadFound = true' }),
  'POST /api/runs': ({ processId }) => ({ processId, variables: { leadSource: 'expired', dialsPlanned: 200 }, businessKey: 'Sample campaign' }),
  'POST /api/runs/:runId/cancel': () => ({ reason: 'Sample cancellation' }),
  'POST /api/messages': ({ runId }) => ({ name: 'SampleMessage', runId, variables: { reply: 'yes' } }),
  'POST /api/tasks/:taskId/complete': () => ({ variables: { campaign: 'Sample campaign', sources: ['expired', 'fsbo'] } }),
  // `userId` is a manager in the team: someone the task may go to.
  'POST /api/tasks/:taskId/reassign': ({ userId }) => ({ userId }),
  'POST /api/incidents/:incidentId/retry': () => ({ variables: { retried: true } }),
  'POST /api/leads': ({ processId, taskId }) => ({
    clientId: '0b7d3c8e-1f2a-4b5c-8d9e-0a1b2c3d4e5f',
    processId,
    taskId,
    name: 'Sample Lead',
    phone: '(312) 555-0190',
    address: '1 Sample St',
    leadSource: 'expired',
    motivation: 'Relocating',
    timeline: '3 months',
    notes: 'Call after 5pm',
  }),
  'POST /api/teams/:teamId/dnc-numbers': () => ({ number: '(312) 555-0177', source: 'callRequest', note: 'Asked during the call' }),
  'POST /api/teams/:teamId/dnc-numbers/bulk': () => ({ numbers: ['+1 312 555 0178', '312-555-0179'], note: 'Sample import' }),
  'PUT /api/teams/:teamId/compliance': () => ({ guardMode: 'warn', callingWindow: { start: '09:00', end: '20:00' }, defaultCountry: 'US' }),
  'PUT /api/teams/:teamId/targets': ({ userId }) => ({ userId, kpiKey: 'dials', period: 'day', value: 150 }),
  'POST /api/teams/:teamId/compliance/check': () => ({ number: '+1 312 555 0143', recordTimeZone: 'America/Chicago', at: '2025-01-15T18:00:00Z' }),
  // A dialer's log of two calls by the caller; the sample owner is no team member, so its rows are reported, not recorded.
  'POST /api/events/import/preview': ({ teamId, processId }) => ({ teamId, processId, csv: SAMPLE_CALL_LOG, mapping: { occurredAt: 'Call time', disposition: 'Result' } }),
  'POST /api/events/import': ({ teamId, processId }) => ({
    teamId,
    processId,
    csv: SAMPLE_CALL_LOG,
    mapping: { occurredAt: 'Call time', disposition: 'Result', phoneNumber: 'Number', durationSeconds: 'Talk time' },
    dispositionValues: { 'No Answer': 'noAnswer', Interested: 'lead' },
    list: 'Sample dialer',
  }),
  'POST /api/webhooks': () => ({ url: 'https://hooks.example.test/swimlane', events: ['lead.created', 'day.report'], description: 'Sample CRM' }),
  'PATCH /api/webhooks/:webhookId': () => ({ events: ['run.completed'], active: false }),
  // A lead logged on the run's task by the owner for a member of the team (the seeded process is the prospecting template's copy).
  'POST /api/events': ({ teamId, userId, processId, runId, taskId }) => ({
    events: [
      {
        clientId: '6f1c2b9e-4d3a-4e8b-9c7d-2a1b3c4d5e6f',
        kind: 'dial',
        teamId,
        userId,
        processId,
        runId,
        taskId,
        disposition: 'lead',
        occurredAt: new Date().toISOString(),
        list: 'Expired listings',
        phoneNumber: '(512) 555-0100',
        durationSeconds: 95,
      },
    ],
  }),
};

/** A raw (not JSON) body, as a route with `config.rawBody` reads it. */
export interface RawBody {
  contentType: string;
  payload: string;
}

/** A valid raw body for every route that reads one; like SAMPLE_BODIES, a route without one fails the suites. */
export const SAMPLE_RAW_BODIES: Readonly<Record<string, (targets: SampleTargets) => RawBody>> = {
  'POST /api/processes/import': () => ({ contentType: 'application/xml', payload: SAMPLE_BPMN }),
};

/** A valid query for every route that validates one, keyed like SAMPLE_BODIES; an entry that depends on the targets names a resource. */
export const SAMPLE_QUERIES: Readonly<Record<string, (targets: SampleTargets) => Record<string, string | number>>> = {
  'GET /api/audit': () => ({ limit: 10 }),
  'GET /api/processes': ({ teamId }) => ({ teamId }),
  'GET /api/processes/:processId/diff': () => ({ from: SAMPLE_VERSION, to: SAMPLE_VERSION }),
  'GET /api/processes/:processId/template-update': () => ({ version: SAMPLE_VERSION }),
  'GET /api/processes/:processId/export': () => ({ version: SAMPLE_VERSION, format: 'bpmn' }),
  // The live stream ends at once, so the suites read a whole answer.
  'GET /api/tasks/events': () => ({ seconds: 0 }),
  'POST /api/processes/import': ({ teamId }) => ({ teamId, name: 'Sample Import' }),
  'GET /api/scripts': ({ teamId }) => ({ teamId }),
  'GET /api/runs': ({ teamId }) => ({ teamId }),
  'GET /api/tasks': ({ teamId }) => ({ teamId }),
  'GET /api/leads': ({ teamId }) => ({ teamId, limit: 10 }),
  'GET /api/incidents': ({ teamId }) => ({ teamId }),
  'GET /api/teams/:teamId/dnc-numbers': () => ({ search: '312', limit: 10 }),
  'DELETE /api/teams/:teamId/dnc-numbers/:phoneNumber': () => ({ reason: 'Written consent on file' }),
  'GET /api/events': ({ teamId }) => ({ teamId }),
  'GET /api/tracking/summary': ({ teamId }) => ({ teamId }),
  'GET /api/dashboards/team': ({ teamId }) => ({ teamId, period: 'week' }),
  'GET /api/dashboards/team/export': ({ teamId }) => ({ teamId, period: 'month', table: 'trend' }),
  'GET /api/dashboards/me': ({ teamId }) => ({ teamId }),
  'GET /api/dashboards/agency': () => ({ period: 'month' }),
  'GET /api/dashboards/compare': ({ teamId }) => ({ teamId, by: 'list', period: 'month' }),
  'GET /api/dashboards/alerts': ({ teamId }) => ({ teamId }),
  'GET /api/processes/:processId/overlay': () => ({ days: 30 }),
  'GET /api/webhook-deliveries': ({ webhookId }) => ({ webhookId, status: 'pending', limit: 10 }),
  'GET /api/notifications': () => ({ limit: 20, unread: 'true' }),
};

/** The route's url with each `:param` replaced by the target it names, or by an override, inserted as given so a test can send any raw path. */
export function samplePath(route: CataloguedRoute, targets: SampleTargets, overrides: Readonly<Record<string, string>> = {}): string {
  return route.url.replace(/:(\w+)/g, (_, name: string) => {
    if (Object.hasOwn(overrides, name)) return overrides[name]!;
    const target = PATH_PARAMS[name];
    if (!target) {
      throw new Error(
        `${route.key}: the path parameter "${name}" is unknown to the security tests; add it to PATH_PARAMS in tests/support/sample-request.ts (and a resource for it in seed-organization.ts)`,
      );
    }
    return encodeURIComponent(String(target === 'version' ? SAMPLE_VERSION : target === 'phoneNumber' ? SAMPLE_DNC_NUMBER : targets[target]));
  });
}

/** A valid query string for the route ("" when it takes none), or a failure saying what to add. */
export function sampleQuery(route: CataloguedRoute, targets: SampleTargets): string {
  const sample = SAMPLE_QUERIES[route.key];
  if (route.hasQuery && !sample) {
    throw new Error(`${route.key} validates a query string but has no sample; add a valid one to SAMPLE_QUERIES in tests/support/sample-request.ts`);
  }
  if (!sample) return '';
  const search = new URLSearchParams(Object.entries(sample(targets)).map(([key, value]) => [key, String(value)]));
  return search.size ? `?${search}` : '';
}

/** The path and a valid query; `queryTargets` lets the query point elsewhere than the path. */
export function sampleUrl(route: CataloguedRoute, targets: SampleTargets, overrides: Readonly<Record<string, string>> = {}, queryTargets: SampleTargets = targets): string {
  return samplePath(route, targets, overrides) + sampleQuery(route, queryTargets);
}

/** A valid body for the route, or undefined when it takes none (or a raw one: see sampleRawBody). */
export function sampleBody(route: CataloguedRoute, targets: SampleTargets): Record<string, unknown> | undefined {
  const sample = SAMPLE_BODIES[route.key];
  if (route.hasBody && !sample) {
    throw new Error(
      `${route.key} validates a request body but has no sample; add a valid one to SAMPLE_BODIES in tests/support/sample-request.ts so the tenant-isolation, role and bad-input tests cover it`,
    );
  }
  return route.hasBody ? sample!(targets) : undefined;
}

/** A valid raw body for a route that reads one, else undefined. */
export function sampleRawBody(route: CataloguedRoute, targets: SampleTargets): RawBody | undefined {
  if (!route.rawBody) return undefined;
  const sample = SAMPLE_RAW_BODIES[route.key];
  if (!sample) throw new Error(`${route.key} reads a raw ${route.rawBody.join(' or ')} body but has no sample; add one to SAMPLE_RAW_BODIES in tests/support/sample-request.ts`);
  return sample(targets);
}

export function sampleRequest(route: CataloguedRoute, targets: SampleTargets): { url: string; body: Record<string, unknown> | undefined; rawBody: RawBody | undefined } {
  return { url: sampleUrl(route, targets), body: sampleBody(route, targets), rawBody: sampleRawBody(route, targets) };
}
