/** Turns anything a promise rejected with into an ApiError, so every error can be shown the same way. */
import { ApiError } from '../../api/client.ts';

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError(0, 'INTERNAL', message || 'Something went wrong.');
}
