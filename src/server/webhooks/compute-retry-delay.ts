/** How long a failed delivery waits before its next attempt: exponential back-off from a minute, capped at six hours, with "equal jitter" (half fixed, half random) so receivers coming back are not hit all at once. */

export const RETRY_BASE_MS = 60_000;
export const RETRY_CAP_MS = 6 * 60 * 60 * 1000;

/** `attempt` is the number of the attempt that just failed (1 for the first); `random` returns [0, 1). */
export function computeRetryDelay(attempt: number, random: () => number = Math.random): number {
  const exponential = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential / 2 + (exponential / 2) * random());
}
