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
}
