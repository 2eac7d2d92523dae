/** The secret that signs CSRF tokens: configured, or generated once and kept in the database for every server process. */
import { insertSettingIfAbsent } from '../../store/repositories/settings.ts';
import type { Store } from '../../store/connection.ts';
import { generateSecretToken } from './secret-token.ts';

export async function ensureSessionSecret(store: Store, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  return insertSettingIfAbsent(store.db, 'session_secret', generateSecretToken(48));
}
