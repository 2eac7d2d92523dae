/** API tokens carry a recognisable prefix so leaked ones can be found by secret scanners. */
import { generateSecretToken } from './secret-token.ts';

export const API_TOKEN_PREFIX = 'swl_';

export function generateApiTokenSecret(): { secret: string; prefix: string } {
  const secret = `${API_TOKEN_PREFIX}${generateSecretToken(30)}`;
  return { secret, prefix: secret.slice(0, API_TOKEN_PREFIX.length + 6) };
}
