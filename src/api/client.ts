/** A small typed client of the REST API, shared by the web app (cookie session) and the CLI (API token). */
import type { ErrorBody, ErrorCode } from './error-catalogue.ts';
import type { AuditList } from './schemas/audit.ts';
import type { ChangePasswordBody, DemoSetupStatus, LoginBody, Session, SetupBody, SetupDemoBody, SetupStatus } from './schemas/auth.ts';
import type { Ok } from './schemas/common.ts';
import type {
  AcceptInvitationBody,
  CreatedInvitation,
  CreateInvitationBody,
  InvitationList,
  InvitationPreview,
} from './schemas/invitations.ts';
import type {
  AddDncNumberBody,
  AddedDncNumber,
  BulkAddDncNumbersBody,
  BulkAddDncNumbersResult,
  CheckDialBody,
  ComplianceSettings,
  DialCheck,
  DncList,
  DncListFilter,
  DncNumber,
  UpdateComplianceSettingsBody,
} from './schemas/compliance.ts';
import type { AgencyDashboard, AgencyDashboardQuery, AlertList, Comparison, ComparisonQuery, DashboardExportQuery, MyDashboard, MyDashboardQuery, ProcessOverlay, TeamDashboard, TeamDashboardQuery } from './schemas/dashboards.ts';
import type { CreateLeadBody, Lead, LeadList, LeadQuery } from './schemas/leads.ts';
import type { SetPersonTargetBody, TeamTargets } from './schemas/targets.ts';
import type { ChangeRoleBody, Member, MemberList } from './schemas/members.ts';
import type { MarkedRead, NotificationList, NotificationQuery, ReadNotification } from './schemas/notifications.ts';
import type { Team, TeamList, CreateTeamBody, UpdateTeamBody } from './schemas/teams.ts';
import type { ApiTokenList, CreateApiTokenBody, CreatedApiToken } from './schemas/tokens.ts';
import type {
  CreateProcessBody,
  ImportResult,
  ProblemList,
  ProcessDetail,
  ProcessDiff,
  ProcessList,
  ProcessSummary,
  ProcessVersion,
  PublishBody,
  SaveDraftBody,
  TakeUpdateBody,
  TemplateUpdatePreview,
  ConditionCheck,
  UpdateProcessBody,
  UseTemplateBody,
  VersionSummary,
} from './schemas/processes.ts';
import type { CreateScriptBody, SaveScriptDraftBody, ScriptDetail, ScriptList, ScriptVersion, UpdateScriptBody } from './schemas/scripts.ts';
import type {
  CancelRunBody,
  CompleteTaskBody,
  CompleteTaskResult,
  CorrelateMessageBody,
  IncidentList,
  IncidentFilter,
  RetryIncidentBody,
  RunDetail,
  ScheduledStartList,
  RunHistory,
  RunList,
  RunFilter,
  StartRunBody,
  Task,
  TaskList,
  TaskFilter,
} from './schemas/runs.ts';
import type { RecordEventsBody, RecordEventsResult, TrackedEventFilter, TrackedEventList, TrackingSummary, TrackingSummaryFilter } from './schemas/tracking.ts';
import type { CallLogImportResult, CallLogPreview, ImportCallLogBody, PreviewCallLogBody } from './schemas/call-log-import.ts';
import type {
  CreateWebhookBody,
  UpdateWebhookBody,
  Webhook,
  WebhookDelivery,
  WebhookDeliveryDetail,
  WebhookDeliveryList,
  WebhookDeliveryQuery,
  WebhookList,
  WebhookWithSecret,
} from './schemas/webhooks.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | 'NETWORK_ERROR';
  readonly field: string | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(status: number, code: ErrorCode | 'NETWORK_ERROR', message: string, field?: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
    this.details = details;
  }
}

export interface ApiClientOptions {
  /** Origin of the server, e.g. http://127.0.0.1:3000; empty for the same origin in the browser. */
  baseUrl?: string;
  /** A personal API token; without it the browser's session cookie is used. */
  token?: string;
  fetch?: typeof fetch;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export function createApiClient(options: ApiClientOptions = {}) {
  const baseUrl = (options.baseUrl ?? '').replace(/\/$/, '');
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  let csrfToken: string | undefined;

  /** Sends a JSON body (or raw text with its content type) and reads the answer as JSON, or as text when asked. */
  async function send(method: Method, path: string, body?: unknown, raw?: { contentType: string; text: string | Uint8Array }): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (raw) headers['content-type'] = raw.contentType;
    else if (body !== undefined) headers['content-type'] = 'application/json';
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    else if (csrfToken && method !== 'GET') headers['x-csrf-token'] = csrfToken;
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, {
        method,
        headers,
        body: raw ? (raw.text as BodyInit) : body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
      });
    } catch {
      throw new ApiError(0, 'NETWORK_ERROR', `Cannot reach the server${baseUrl ? ` at ${baseUrl}` : ''}.`);
    }
    if (!response.ok) {
      const text = await response.text();
      let error: ErrorBody['error'] | undefined;
      try {
        error = text ? (JSON.parse(text) as ErrorBody).error : undefined;
      } catch {
        error = undefined;
      }
      throw new ApiError(response.status, error?.code ?? 'INTERNAL', error?.message ?? response.statusText, error?.field, error?.details);
    }
    return response;
  }

  async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
    const text = await (await send(method, path, body)).text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  function query(values: Record<string, string | number | boolean | undefined>): string {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(values)) if (value !== undefined) search.set(key, String(value));
    return search.size ? `?${search}` : '';
  }

  function rememberSession(session: Session): Session {
    csrfToken = session.csrfToken;
    return session;
  }

  return {
    setupStatus: () => request<SetupStatus>('GET', '/api/setup'),
    setup: (body: SetupBody) => request<Session>('POST', '/api/setup', body).then(rememberSession),
    startDemoSetup: (body: SetupDemoBody) => request<DemoSetupStatus>('POST', '/api/setup/demo', body),
    demoSetupStatus: () => request<DemoSetupStatus>('GET', '/api/setup/demo'),
    login: (body: LoginBody) => request<Session>('POST', '/api/auth/login', body).then(rememberSession),
    logout: () => request<Ok>('POST', '/api/auth/logout'),
    session: () => request<Session>('GET', '/api/session').then(rememberSession),
    changePassword: (body: ChangePasswordBody) => request<Ok>('POST', '/api/session/password', body),

    listTeams: () => request<TeamList>('GET', '/api/teams'),
    getTeam: (teamId: number) => request<Team>('GET', `/api/teams/${teamId}`),
    createTeam: (body: CreateTeamBody) => request<Team>('POST', '/api/teams', body),
    updateTeam: (teamId: number, body: UpdateTeamBody) => request<Team>('PATCH', `/api/teams/${teamId}`, body),
    listTeamMembers: (teamId: number) => request<MemberList>('GET', `/api/teams/${teamId}/members`),
    addTeamMember: (teamId: number, userId: number) => request<Ok>('PUT', `/api/teams/${teamId}/members/${userId}`),
    removeTeamMember: (teamId: number, userId: number) => request<Ok>('DELETE', `/api/teams/${teamId}/members/${userId}`),

    listMembers: () => request<MemberList>('GET', '/api/members'),
    changeRole: (userId: number, body: ChangeRoleBody) => request<Member>('PATCH', `/api/members/${userId}`, body),
    removeMember: (userId: number) => request<Ok>('DELETE', `/api/members/${userId}`),

    listInvitations: () => request<InvitationList>('GET', '/api/invitations'),
    createInvitation: (body: CreateInvitationBody) => request<CreatedInvitation>('POST', '/api/invitations', body),
    revokeInvitation: (invitationId: number) => request<Ok>('DELETE', `/api/invitations/${invitationId}`),
    previewInvitation: (token: string) => request<InvitationPreview>('GET', `/api/invitations/accept/${encodeURIComponent(token)}`),
    acceptInvitation: (body: AcceptInvitationBody) => request<Session>('POST', '/api/invitations/accept', body).then(rememberSession),

    listTokens: () => request<ApiTokenList>('GET', '/api/tokens'),
    createToken: (body: CreateApiTokenBody) => request<CreatedApiToken>('POST', '/api/tokens', body),
    revokeToken: (tokenId: number) => request<Ok>('DELETE', `/api/tokens/${tokenId}`),

    listAudit: (page: { before?: number; limit?: number } = {}) => request<AuditList>('GET', `/api/audit${query(page)}`),

    listProcesses: (filter: { teamId?: number; templates?: boolean; includeRetired?: boolean } = {}) => request<ProcessList>('GET', `/api/processes${query(filter)}`),
    createProcess: (body: CreateProcessBody) => request<ProcessDetail>('POST', '/api/processes', body),
    getProcess: (processId: number) => request<ProcessDetail>('GET', `/api/processes/${processId}`),
    updateProcess: (processId: number, body: UpdateProcessBody) => request<ProcessDetail>('PATCH', `/api/processes/${processId}`, body),
    getVersion: (processId: number, version: number) => request<ProcessVersion>('GET', `/api/processes/${processId}/versions/${version}`),
    saveDraft: (processId: number, body: SaveDraftBody) => request<VersionSummary>('PUT', `/api/processes/${processId}/draft`, body),
    discardDraft: (processId: number) => request<Ok>('DELETE', `/api/processes/${processId}/draft`),
    listProblems: (processId: number, version: number) => request<ProblemList>('GET', `/api/processes/${processId}/versions/${version}/problems`),
    publish: (processId: number, body: PublishBody) => request<VersionSummary>('POST', `/api/processes/${processId}/publish`, body),
    diff: (processId: number, from: number, to: number) => request<ProcessDiff>('GET', `/api/processes/${processId}/diff${query({ from, to })}`),
    importBpmn: (file: string | Uint8Array, target: { teamId?: number; name?: string } = {}) =>
      send('POST', `/api/processes/import${query(target)}`, undefined, { contentType: 'application/xml', text: file }).then(
        (response) => response.json() as Promise<ImportResult>,
      ),
    exportProcess: (processId: number, options: { version?: number; format?: 'bpmn' | 'svg' } = {}) =>
      send('GET', `/api/processes/${processId}/export${query(options)}`).then((response) => response.text()),
    useTemplate: (processId: number, body: UseTemplateBody) => request<ProcessSummary>('POST', `/api/processes/${processId}/use-template`, body),
    takeUpdate: (processId: number, body: TakeUpdateBody) => request<VersionSummary>('POST', `/api/processes/${processId}/take-update`, body),
    previewTemplateUpdate: (processId: number, version: number) => request<TemplateUpdatePreview>('GET', `/api/processes/${processId}/template-update${query({ version })}`),
    retireProcess: (processId: number) => request<ProcessDetail>('POST', `/api/processes/${processId}/retire`),
    unretireProcess: (processId: number) => request<ProcessDetail>('POST', `/api/processes/${processId}/unretire`),
    deleteProcess: (processId: number) => request<Ok>('DELETE', `/api/processes/${processId}`),
    checkCondition: (expression: string) => request<ConditionCheck>('POST', '/api/conditions/check', { expression }),

    listScripts: (filter: { teamId?: number } = {}) => request<ScriptList>('GET', `/api/scripts${query(filter)}`),
    createScript: (body: CreateScriptBody) => request<ScriptDetail>('POST', '/api/scripts', body),
    getScript: (scriptId: number) => request<ScriptDetail>('GET', `/api/scripts/${scriptId}`),
    getScriptVersion: (scriptId: number, version: number) => request<ScriptVersion>('GET', `/api/scripts/${scriptId}/versions/${version}`),
    saveScriptDraft: (scriptId: number, body: SaveScriptDraftBody) => request<ScriptVersion>('PUT', `/api/scripts/${scriptId}/draft`, body),
    updateScript: (scriptId: number, body: UpdateScriptBody) => request<ScriptDetail>('PATCH', `/api/scripts/${scriptId}`, body),
    publishScript: (scriptId: number, body: { revision: number }) => request<ScriptVersion>('POST', `/api/scripts/${scriptId}/publish`, body),

    startRun: (body: StartRunBody) => request<RunDetail>('POST', '/api/runs', body),
    listRuns: (filter: RunFilter = {}) => request<RunList>('GET', `/api/runs${query(filter)}`),
    getRun: (runId: number) => request<RunDetail>('GET', `/api/runs/${runId}`),
    getRunHistory: (runId: number) => request<RunHistory>('GET', `/api/runs/${runId}/history`),
    cancelRun: (runId: number, body: CancelRunBody = {}) => request<RunDetail>('POST', `/api/runs/${runId}/cancel`, body),
    correlateMessage: (body: CorrelateMessageBody) => request<RunDetail>('POST', '/api/messages', body),
    listTasks: (filter: TaskFilter = {}) => request<TaskList>('GET', `/api/tasks${query(filter)}`),
    getTask: (taskId: number) => request<Task>('GET', `/api/tasks/${taskId}`),
    claimTask: (taskId: number) => request<Task>('POST', `/api/tasks/${taskId}/claim`),
    releaseTask: (taskId: number) => request<Task>('POST', `/api/tasks/${taskId}/release`),
    reassignTask: (taskId: number, userId: number) => request<Task>('POST', `/api/tasks/${taskId}/reassign`, { userId }),
    completeTask: (taskId: number, body: CompleteTaskBody = {}) => request<CompleteTaskResult>('POST', `/api/tasks/${taskId}/complete`, body),
    listIncidents: (filter: IncidentFilter = {}) => request<IncidentList>('GET', `/api/incidents${query(filter)}`),
    retryIncident: (incidentId: number, body: RetryIncidentBody = {}) => request<RunDetail>('POST', `/api/incidents/${incidentId}/retry`, body),

    handOffLead: (body: CreateLeadBody) => request<Lead>('POST', '/api/leads', body),
    listLeads: (filter: LeadQuery = {}) => request<LeadList>('GET', `/api/leads${query(filter)}`),
    getLead: (leadId: number) => request<Lead>('GET', `/api/leads/${leadId}`),
    getScheduledStarts: (processId: number) => request<ScheduledStartList>('GET', `/api/processes/${processId}/scheduled-starts`),

    recordEvents: (body: RecordEventsBody) => request<RecordEventsResult>('POST', '/api/events', body),
    listEvents: (filter: Pick<TrackedEventFilter, 'teamId'> & Partial<TrackedEventFilter>) => request<TrackedEventList>('GET', `/api/events${query(filter)}`),
    previewCallLog: (body: PreviewCallLogBody) => request<CallLogPreview>('POST', '/api/events/import/preview', body),
    importCallLog: (body: ImportCallLogBody) => request<CallLogImportResult>('POST', '/api/events/import', body),
    getTrackingSummary: (filter: Pick<TrackingSummaryFilter, 'teamId'> & Partial<TrackingSummaryFilter>) => request<TrackingSummary>('GET', `/api/tracking/summary${query(filter)}`),

    getTeamDashboard: (filter: Pick<TeamDashboardQuery, 'teamId'> & Partial<TeamDashboardQuery>) => request<TeamDashboard>('GET', `/api/dashboards/team${query(filter)}`),
    /** Where the browser downloads the per-VA table or the trend as CSV (a plain link: the session cookie authenticates it). */
    teamDashboardCsvUrl: (filter: Pick<DashboardExportQuery, 'teamId'> & Partial<DashboardExportQuery>) => `${baseUrl}/api/dashboards/team/export${query(filter)}`,
    getMyDashboard: (filter: Pick<MyDashboardQuery, 'teamId'> & Partial<MyDashboardQuery>) => request<MyDashboard>('GET', `/api/dashboards/me${query(filter)}`),
    getAgencyDashboard: (filter: Partial<AgencyDashboardQuery> = {}) => request<AgencyDashboard>('GET', `/api/dashboards/agency${query(filter)}`),
    compare: (filter: Pick<ComparisonQuery, 'teamId'> & Partial<ComparisonQuery>) => request<Comparison>('GET', `/api/dashboards/compare${query(filter)}`),
    listAlerts: (teamId: number) => request<AlertList>('GET', `/api/dashboards/alerts${query({ teamId })}`),
    getProcessOverlay: (processId: number, days?: number) => request<ProcessOverlay>('GET', `/api/processes/${processId}/overlay${query({ days })}`),

    listDncNumbers: (teamId: number, filter: DncListFilter = {}) => request<DncList>('GET', `/api/teams/${teamId}/dnc-numbers${query(filter)}`),
    getDncNumber: (teamId: number, phoneNumber: string) => request<DncNumber>('GET', `/api/teams/${teamId}/dnc-numbers/${encodeURIComponent(phoneNumber)}`),
    /** Idempotent: `added` is false when the number was already listed. */
    addDncNumber: (teamId: number, body: AddDncNumberBody) => request<AddedDncNumber>('POST', `/api/teams/${teamId}/dnc-numbers`, body),
    bulkAddDncNumbers: (teamId: number, body: BulkAddDncNumbersBody) => request<BulkAddDncNumbersResult>('POST', `/api/teams/${teamId}/dnc-numbers/bulk`, body),
    removeDncNumber: (teamId: number, phoneNumber: string, reason?: string) =>
      request<Ok>('DELETE', `/api/teams/${teamId}/dnc-numbers/${encodeURIComponent(phoneNumber)}${query({ reason })}`),
    getComplianceSettings: (teamId: number) => request<ComplianceSettings>('GET', `/api/teams/${teamId}/compliance`),
    updateComplianceSettings: (teamId: number, body: UpdateComplianceSettingsBody) => request<ComplianceSettings>('PUT', `/api/teams/${teamId}/compliance`, body),
    checkDial: (teamId: number, body: CheckDialBody) => request<DialCheck>('POST', `/api/teams/${teamId}/compliance/check`, body),
    getTeamTargets: (teamId: number) => request<TeamTargets>('GET', `/api/teams/${teamId}/targets`),
    /** value null removes the person's own target: the documented one applies again. */
    setPersonTarget: (teamId: number, body: SetPersonTargetBody) => request<TeamTargets>('PUT', `/api/teams/${teamId}/targets`, body),

    listWebhooks: () => request<WebhookList>('GET', '/api/webhooks'),
    /** The answer holds the signing secret: the only time it is shown. */
    createWebhook: (body: CreateWebhookBody) => request<WebhookWithSecret>('POST', '/api/webhooks', body),
    updateWebhook: (webhookId: number, body: UpdateWebhookBody) => request<Webhook>('PATCH', `/api/webhooks/${webhookId}`, body),
    deleteWebhook: (webhookId: number) => request<Ok>('DELETE', `/api/webhooks/${webhookId}`),
    rotateWebhookSecret: (webhookId: number) => request<WebhookWithSecret>('POST', `/api/webhooks/${webhookId}/rotate-secret`),
    pingWebhook: (webhookId: number) => request<WebhookDelivery>('POST', `/api/webhooks/${webhookId}/ping`),
    listWebhookDeliveries: (filter: WebhookDeliveryQuery = {}) => request<WebhookDeliveryList>('GET', `/api/webhook-deliveries${query(filter)}`),
    getWebhookDelivery: (deliveryId: number) => request<WebhookDeliveryDetail>('GET', `/api/webhook-deliveries/${deliveryId}`),
    redeliverWebhook: (deliveryId: number) => request<WebhookDelivery>('POST', `/api/webhook-deliveries/${deliveryId}/redeliver`),

    listNotifications: (filter: NotificationQuery = {}) => request<NotificationList>('GET', `/api/notifications${query(filter)}`),
    markNotificationRead: (notificationId: number) => request<ReadNotification>('POST', `/api/notifications/${notificationId}/read`),
    markAllNotificationsRead: () => request<MarkedRead>('POST', '/api/notifications/read-all'),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
