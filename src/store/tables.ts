/** The shapes of the database tables as Kysely sees them; rows are mapped to domain objects at the store's edge. */
import type { Generated } from 'kysely';

export interface OrganizationTable {
  id: Generated<number>;
  name: string;
  created_at: string;
}

export interface UserTable {
  id: Generated<number>;
  email: string;
  name: string;
  password_hash: string;
  created_at: string;
}

export interface MembershipTable {
  organization_id: number;
  user_id: number;
  role: string;
  created_at: string;
}

export interface TeamTable {
  id: Generated<number>;
  organization_id: number;
  name: string;
  time_zone: string;
  created_at: string;
}

export interface TeamMemberTable {
  team_id: number;
  user_id: number;
  created_at: string;
}

export interface InvitationTable {
  id: Generated<number>;
  organization_id: number;
  email: string;
  role: string;
  /** JSON array of team ids. */
  team_ids: string;
  token_hash: string;
  invited_by_user_id: number;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
}

export interface SessionTable {
  /** SHA-256 of the cookie's token; the token itself is never stored. */
  id: string;
  user_id: number;
  organization_id: number;
  created_at: string;
  expires_at: string;
}

export interface ApiTokenTable {
  id: Generated<number>;
  organization_id: number;
  user_id: number;
  name: string;
  prefix: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  organization_id: number;
  actor_user_id: number | null;
  action: string;
  subject_type: string;
  subject_id: string;
  /** JSON object. */
  details: string;
  created_at: string;
}

export interface SettingTable {
  key: string;
  value: string;
}

export interface LoginFailureTable {
  key: string;
  count: number;
  first_failed_at: string;
}

export interface ProcessTable {
  id: Generated<number>;
  organization_id: number;
  /** null: the organization's library. */
  team_id: number | null;
  name: string;
  /** 0 or 1 (SQLite has no boolean). */
  is_template: number;
  origin_process_id: number | null;
  origin_version: number | null;
  created_at: string;
  updated_at: string;
  /** null: in use; else when it was retired. */
  retired_at: string | null;
}

export interface ProcessVersionTable {
  id: Generated<number>;
  organization_id: number;
  process_id: number;
  number: number;
  status: string;
  revision: number;
  xml: string;
  /** JSON: the ProcessDocumentation. */
  documentation: string;
  svg: string | null;
  created_at: string;
  created_by_user_id: number | null;
  updated_at: string;
  published_at: string | null;
  published_by_user_id: number | null;
  /** For a template copy: the template version this content was taken from. */
  template_version: number | null;
}

export interface ScriptTable {
  id: Generated<number>;
  organization_id: number;
  team_id: number | null;
  name: string;
  created_at: string;
  updated_at: string;
}

export interface ScriptVersionTable {
  id: Generated<number>;
  organization_id: number;
  script_id: number;
  number: number;
  status: string;
  revision: number;
  body: string;
  created_at: string;
  created_by_user_id: number | null;
  updated_at: string;
  published_at: string | null;
}

export interface RunTable {
  id: Generated<number>;
  organization_id: number;
  team_id: number;
  process_id: number;
  process_version_id: number;
  business_key: string | null;
  status: string;
  /** JSON: the engine's RunState. */
  state: string;
  /** Optimistic concurrency: incremented by every command. */
  version: number;
  started_by_user_id: number | null;
  started_at: string;
  updated_at: string;
  ended_at: string | null;
}

export interface TaskTable {
  id: Generated<number>;
  organization_id: number;
  run_id: number;
  /** The candidate team: its members may claim the task. */
  team_id: number;
  engine_task_id: string;
  element_id: string;
  name: string | null;
  /** The lane's name. */
  role: string | null;
  assignee_user_id: number | null;
  assignment: string;
  status: string;
  due_at: string | null;
  /** JSON object: a multi-instance item and loopCounter. */
  input: string | null;
  created_at: string;
  claimed_at: string | null;
  completed_by_user_id: number | null;
  completed_at: string | null;
  /** JSON object. */
  output: string | null;
  /** When the task.overdue webhook event was written for it. */
  overdue_reported_at: Generated<string | null>;
}

export interface AssignmentTurnTable {
  organization_id: number;
  team_id: number;
  /** The lane's name. */
  role: string;
  last_user_id: number;
  updated_at: string;
}

export interface TimerTable {
  id: Generated<number>;
  organization_id: number;
  run_id: number;
  engine_timer_id: string;
  element_id: string;
  due_at: string;
  status: string;
  claimed_by: string | null;
  claimed_until: string | null;
  attempts: Generated<number>;
  last_error: string | null;
  fired_at: string | null;
}

export interface StartTimerTable {
  id: Generated<number>;
  organization_id: number;
  team_id: number;
  process_id: number;
  process_version_id: number;
  element_id: string;
  schedule: string;
  status: string;
  due_at: string | null;
  repetitions_left: number | null;
  claimed_by: string | null;
  claimed_until: string | null;
  attempts: Generated<number>;
  last_error: string | null;
  started_count: Generated<number>;
  last_run_id: number | null;
  last_started_at: string | null;
  created_at: string;
}

export interface LeadTable {
  id: Generated<number>;
  organization_id: number;
  team_id: number;
  process_id: number;
  client_id: string;
  found_by_user_id: number | null;
  source_task_id: number | null;
  name: string;
  phone_number: string;
  address: string;
  lead_source: string;
  motivation: string;
  timeline: string;
  notes: string;
  run_id: number | null;
  created_at: string;
}

export interface IncidentTable {
  id: Generated<number>;
  organization_id: number;
  run_id: number;
  engine_incident_id: string | null;
  timer_id: number | null;
  element_id: string;
  error: string;
  created_at: string;
  resolved_at: string | null;
  resolved_by_user_id: number | null;
}

export interface RunHistoryTable {
  id: Generated<number>;
  organization_id: number;
  run_id: number;
  at: string;
  user_id: number | null;
  kind: string;
  element_id: string | null;
  /** JSON object. */
  variables: string | null;
  detail: string | null;
}

export interface TrackedEventTable {
  id: Generated<number>;
  organization_id: number;
  team_id: number;
  /** Whose work it is. */
  user_id: number;
  /** Who sent it. */
  recorded_by_user_id: number | null;
  /** The client-generated UUID, unique per organization. */
  client_id: string;
  kind: string;
  disposition: string | null;
  counter: string | null;
  /** JSON object metric -> amount, resolved at ingest. */
  counts: string;
  process_id: number;
  process_version_id: number;
  run_id: number | null;
  task_id: number | null;
  element_id: string | null;
  script_version_id: number | null;
  list: string | null;
  phone_number: string | null;
  duration_seconds: number | null;
  session_client_id: string | null;
  corrects_client_id: string | null;
  /** The team-local day it counts on (YYYY-MM-DD). */
  day: string;
  occurred_at: string;
  received_at: string;
  /** JSON object. */
  payload: string | null;
}

export interface DailyRollupTable {
  organization_id: number;
  team_id: number;
  /** Team-local day, YYYY-MM-DD. */
  day: string;
  user_id: number;
  process_id: number;
  /** 0: none. */
  script_version_id: number;
  /** '': none. */
  list: string;
  metric: string;
  value: number;
}

export interface DncNumberTable {
  id: Generated<number>;
  organization_id: number;
  team_id: number;
  /** E.164. */
  number: string;
  /** callRequest, import or manual. */
  source: string;
  note: string | null;
  added_by_user_id: number | null;
  added_at: string;
}

export interface TeamComplianceSettingsTable {
  team_id: number;
  organization_id: number;
  /** off, warn or block. */
  guard_mode: string;
  /** 'HH:MM', the called party's local time. */
  window_start: string;
  window_end: string;
  /** ISO 3166 alpha-2. */
  default_country: string;
  updated_by_user_id: number | null;
  updated_at: string;
}

export interface WebhookEndpointTable {
  id: Generated<number>;
  organization_id: number;
  url: string;
  description: string;
  secret: string;
  /** JSON array of event types. */
  events: string;
  /** 1 or 0. */
  active: number;
  created_by_user_id: number | null;
  created_at: string;
  updated_at: string;
  secret_rotated_at: string | null;
}

export interface WebhookDeliveryTable {
  id: Generated<number>;
  organization_id: number;
  endpoint_id: number;
  event_type: string;
  /** JSON. */
  payload: string;
  /** pending, delivered or failed. */
  status: string;
  attempts: Generated<number>;
  next_attempt_at: string;
  claimed_by: string | null;
  claimed_until: string | null;
  last_status_code: number | null;
  last_error: string | null;
  last_duration_ms: number | null;
  created_at: string;
  delivered_at: string | null;
}

export interface WebhookDeliveryAttemptTable {
  id: Generated<number>;
  organization_id: number;
  delivery_id: number;
  attempt: number;
  at: string;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
}

export interface WebhookDayReportTable {
  organization_id: number;
  team_id: number;
  day: string;
  created_at: string;
}

/** Tracked counts per diagram element (step): what the events logged on a step add, per process, team-local day and metric, across VAs. */
export interface StepRollupTable {
  organization_id: number;
  team_id: number;
  process_id: number;
  element_id: string;
  /** Team-local day, YYYY-MM-DD: the event's, or for an undo the undone entry's. */
  day: string;
  metric: string;
  value: number;
}

export interface NotificationTable {
  id: Generated<number>;
  organization_id: number;
  team_id: number;
  rule: string;
  /** user:<id>, list:<name> or team. */
  subject_key: string;
  subject: string;
  user_id: number | null;
  list: string | null;
  task_id: number | null;
  /** day:YYYY-MM-DD or week:YYYY-MM-DD (its Monday), in the team's zone. */
  period: string;
  why: string;
  fired_at: string;
}

export interface NotificationReadTable {
  organization_id: number;
  notification_id: number;
  user_id: number;
  read_at: string;
}

export interface AlertCheckTable {
  organization_id: number;
  team_id: number;
  checked_at: string;
}

/** A VA's own target on one KPI and period kind in a team, over the documented per-VA one. */
export interface PersonTargetTable {
  organization_id: number;
  team_id: number;
  user_id: number;
  kpi_key: string;
  /** day, week or month. */
  period: string;
  value: number;
  set_by_user_id: number | null;
  set_at: string;
}

export interface Database {
  organizations: OrganizationTable;
  users: UserTable;
  memberships: MembershipTable;
  teams: TeamTable;
  team_members: TeamMemberTable;
  invitations: InvitationTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  audit_log: AuditLogTable;
  settings: SettingTable;
  login_failures: LoginFailureTable;
  processes: ProcessTable;
  process_versions: ProcessVersionTable;
  scripts: ScriptTable;
  script_versions: ScriptVersionTable;
  runs: RunTable;
  start_timers: StartTimerTable;
  leads: LeadTable;
  tasks: TaskTable;
  assignment_turns: AssignmentTurnTable;
  timers: TimerTable;
  incidents: IncidentTable;
  run_history: RunHistoryTable;
  dnc_numbers: DncNumberTable;
  team_compliance_settings: TeamComplianceSettingsTable;
  tracked_events: TrackedEventTable;
  daily_rollups: DailyRollupTable;
  step_rollups: StepRollupTable;
  webhook_endpoints: WebhookEndpointTable;
  webhook_deliveries: WebhookDeliveryTable;
  webhook_delivery_attempts: WebhookDeliveryAttemptTable;
  webhook_day_reports: WebhookDayReportTable;
  notifications: NotificationTable;
  notification_reads: NotificationReadTable;
  alert_checks: AlertCheckTable;
  person_targets: PersonTargetTable;
}
