/** Random secrets for sessions, invitations and API tokens, and the hashes under which they are stored. */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export function generateSecretToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** A fast hash is right here: the tokens are 256 random bits, not guessable passwords. */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function signValue(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value).digest('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
