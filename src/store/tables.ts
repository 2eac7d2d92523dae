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
  tasks: TaskTable;
  assignment_turns: AssignmentTurnTable;
  timers: TimerTable;
  incidents: IncidentTable;
  run_history: RunHistoryTable;
}
