/** A new signing secret for a webhook endpoint: 32 random bytes, base64url, after a `whsec_` prefix that says what it is. */
import { randomBytes } from 'node:crypto';

export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}
