/** Retired processes, the template version a draft was taken from (so the copy follows it only once published), and finding recent audit entries of a subject. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // null: in use; else when it was retired (no new runs, hidden from lists by default).
  await db.schema.alterTable('processes').addColumn('retired_at', 'text').execute();
  // For a template copy's version: the template version its content was taken from, made the followed one on publishing.
  await db.schema.alterTable('process_versions').addColumn('template_version', 'integer').execute();
  await db.schema.createIndex('audit_log_subject_idx').on('audit_log').columns(['organization_id', 'subject_type', 'subject_id', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('audit_log_subject_idx').execute();
  await db.schema.alterTable('process_versions').dropColumn('template_version').execute();
  await db.schema.alterTable('processes').dropColumn('retired_at').execute();
}
