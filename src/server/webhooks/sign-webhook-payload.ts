/** The signature of a webhook delivery: `sha256=` and the hex HMAC-SHA256, with the endpoint's secret, of `<timestamp>.<raw body>`. */
import { createHmac } from 'node:crypto';

export function signWebhookPayload(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
