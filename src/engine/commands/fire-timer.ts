/** A due timer fires: its event triggers, and a repeating non-interrupting boundary timer is scheduled again. */
import { scheduleTimer } from '../arm-event-trigger.ts';
import { EngineError } from '../engine-error.ts';
import type { RunContext } from '../run-context.ts';
import { triggerEvent } from '../trigger-event.ts';

export function fireTimer(context: RunContext, timerId: string): void {
  const { state, process } = context;
  const timer = state.timers[timerId];
  if (!timer) throw new EngineError('TIMER_NOT_FOUND', `no scheduled timer "${timerId}"`);
  delete state.timers[timerId];
  triggerEvent(context, timer.elementId, timer.tokenId);
  const event = process.elements[timer.elementId]!;
  const definition = event.trigger?.kind === 'timer' ? event.trigger.timer : undefined;
  const repeats = timer.repetitionsLeft === null || (timer.repetitionsLeft ?? 0) > 0;
  if (definition?.type === 'cycle' && repeats && event.kind === 'boundaryEvent' && !event.cancelActivity && state.tokens[timer.tokenId]) {
    scheduleTimer(context, timer.elementId, timer.tokenId, definition, timer.repetitionsLeft === null ? null : timer.repetitionsLeft! - 1);
  }
}
