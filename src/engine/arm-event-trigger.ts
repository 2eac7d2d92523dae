/** Makes an event able to fire for a token: schedules its timer or subscribes to its message or signal. */
import type { CompiledElement, TimerDefinition } from '../bpmn/compiled-process.ts';
import { computeDueAt } from './compute-due-at.ts';
import { createId, type RunContext } from './run-context.ts';
import type { ScheduledTimer } from './run-state.ts';

export function armEventTrigger(context: RunContext, event: CompiledElement, tokenId: string): void {
  const trigger = event.trigger;
  if (!trigger) return;
  if (trigger.kind === 'timer') scheduleTimer(context, event.id, tokenId, trigger.timer);
  else if (trigger.kind === 'message' || trigger.kind === 'signal') {
    const id = createId(context, 's');
    const name = trigger.kind === 'message' ? trigger.messageName : trigger.signalName;
    context.state.subscriptions[id] = { id, kind: trigger.kind, name, elementId: event.id, tokenId };
  }
}

export function scheduleTimer(
  context: RunContext,
  elementId: string,
  tokenId: string,
  timer: TimerDefinition,
  repetitionsLeft?: number | null,
): ScheduledTimer {
  const id = createId(context, 'tm');
  const dueAt = computeDueAt(timer, context.nowMs);
  const scheduled: ScheduledTimer = { id, elementId, tokenId, dueAt };
  if (timer.type === 'cycle') scheduled.repetitionsLeft = repetitionsLeft !== undefined ? repetitionsLeft : timer.repetitions === null ? null : timer.repetitions - 1;
  context.state.timers[id] = scheduled;
  context.effects.push({ type: 'timerScheduled', timerId: id, elementId, dueAt });
  return scheduled;
}

/** Arms every boundary event of an activity for the token that runs it. */
export function armBoundaryEvents(context: RunContext, activity: CompiledElement, tokenId: string): void {
  for (const boundaryId of activity.boundaryEventIds) armEventTrigger(context, context.process.elements[boundaryId]!, tokenId);
}
