/** The typed API client the API commands use, pointed at SWIMLANE_URL with the SWIMLANE_TOKEN API token, and API errors as one-line CLI errors. */
import { ApiError, createApiClient, type ApiClient } from '../api/client.ts';
import { CliError } from './cli-error.ts';

export function apiClientFromEnv(): ApiClient {
  const token = process.env.SWIMLANE_TOKEN;
  if (!token) throw new CliError('set SWIMLANE_TOKEN to an API token (create one with "swimlane token create --email you@example.com")');
  return createApiClient({ baseUrl: process.env.SWIMLANE_URL ?? 'http://127.0.0.1:3000', token });
}

export async function callApi<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ApiError) throw new CliError(`${error.message}${error.field ? ` (${error.field})` : ''} [${error.code}]`);
    throw error;
  }
}
