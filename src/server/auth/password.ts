/** Hashes and checks passwords with argon2id. */
import argon2 from 'argon2';
import type { PasswordHashingOptions } from '../config.ts';

export function hashPassword(password: string, options: PasswordHashingOptions): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, ...options });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}
