/** Delivers a signal to every event of the run waiting for it; a signal nobody waits for changes nothing. */
import { mergeVariables } from '../merge-variables.ts';
import type { RunContext } from '../run-context.ts';
import type { Variables } from '../run-state.ts';
import { triggerEvent } from '../trigger-event.ts';

export function broadcastSignal(context: RunContext, name: string, variables: Variables | undefined): void {
  const { subscriptions } = context.state;
  const matching = Object.values(subscriptions).filter((subscription) => subscription.kind === 'signal' && subscription.name === name);
  if (matching.length > 0) mergeVariables(context, variables);
  for (const subscription of matching) {
    // An earlier delivery may have cancelled this one (an event-based gateway or an interrupting boundary event).
    if (!subscriptions[subscription.id]) continue;
    delete subscriptions[subscription.id];
    triggerEvent(context, subscription.elementId, subscription.tokenId);
  }
}
