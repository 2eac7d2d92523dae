/** Cancels the timers and drops the subscriptions a token owns (its boundary events, or its event-based gateway's events). */
import type { RunContext } from './run-context.ts';

export function disarmToken(context: RunContext, tokenId: string): void {
  const { timers, subscriptions } = context.state;
  for (const id in timers) {
    const timer = timers[id]!;
    if (timer.tokenId !== tokenId) continue;
    delete timers[id];
    context.effects.push({ type: 'timerCancelled', timerId: id, elementId: timer.elementId });
  }
  for (const id in subscriptions) if (subscriptions[id]!.tokenId === tokenId) delete subscriptions[id];
}
