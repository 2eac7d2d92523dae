/** The server's settings, read once from the environment with safe defaults. */
import path from 'node:path';

export interface PasswordHashingOptions {
  /** argon2id memory in KiB, iterations and parallelism. */
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

export interface Config {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  /** When unset, a secret is generated on first start and kept in the database. */
  sessionSecret: string | undefined;
  /** Trust X-Forwarded-* from a reverse proxy (needed for Secure cookies behind https). */
  trustProxy: boolean;
  /** The address people use to reach the app, for invitation links printed by the CLI. */
  publicUrl: string | undefined;
  logLevel: string;
  passwordHashing: PasswordHashingOptions;
  sessionDays: number;
  invitationDays: number;
  /** Largest accepted request body in bytes. */
  bodyLimit: number;
}

/** OWASP's argon2id baseline (19 MiB, 2 iterations, 1 lane). */
export const DEFAULT_PASSWORD_HASHING: PasswordHashingOptions = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    dataDir: path.resolve(env.SWIMLANE_DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    sessionSecret: env.SWIMLANE_SESSION_SECRET || undefined,
    trustProxy: env.SWIMLANE_TRUST_PROXY === 'true' || env.SWIMLANE_TRUST_PROXY === '1',
    publicUrl: env.SWIMLANE_PUBLIC_URL || undefined,
    logLevel: env.LOG_LEVEL ?? 'info',
    passwordHashing: DEFAULT_PASSWORD_HASHING,
    sessionDays: 14,
    invitationDays: 7,
    bodyLimit: 512 * 1024,
  };
}
