/** Delivers a message to the oldest event of the run waiting for it (catch event, receive task, boundary or event-based gateway). */
import { EngineError } from '../engine-error.ts';
import { mergeVariables } from '../merge-variables.ts';
import type { RunContext } from '../run-context.ts';
import type { Variables } from '../run-state.ts';
import { triggerEvent } from '../trigger-event.ts';

export function correlateMessage(context: RunContext, name: string, variables: Variables | undefined): void {
  const { subscriptions } = context.state;
  let found: string | undefined;
  for (const id in subscriptions) {
    const subscription = subscriptions[id]!;
    if (subscription.kind === 'message' && subscription.name === name) {
      found = id;
      break;
    }
  }
  if (!found) throw new EngineError('NO_MESSAGE_SUBSCRIPTION', `nothing in the run waits for message "${name}"`);
  const subscription = subscriptions[found]!;
  delete subscriptions[found];
  mergeVariables(context, variables, subscription.elementId, subscription.tokenId);
  triggerEvent(context, subscription.elementId, subscription.tokenId);
}
