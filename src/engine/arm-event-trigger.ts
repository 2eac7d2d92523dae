/**
 * Makes an event able to fire for a token: schedules its timer or subscribes to its message or signal. A timer whose
 * FEEL expression gives no date or duration raises an incident on the token instead (retrying it arms it again).
 */
import type { CompiledElement, TimerDefinition } from '../bpmn/compiled-process.ts';
import { computeDueAt } from './compute-due-at.ts';
import { disarmToken } from './disarm-token.ts';
import { raiseIncident } from './raise-incident.ts';
import { createId, type RunContext } from './run-context.ts';
import type { ScheduledTimer } from './run-state.ts';
import { visibleVariables } from './visible-variables.ts';

/** False when the event could not be armed: an incident now holds the token. */
export function armEventTrigger(context: RunContext, event: CompiledElement, tokenId: string): boolean {
  const trigger = event.trigger;
  if (!trigger) return true;
  if (trigger.kind === 'timer') return scheduleTimer(context, event.id, tokenId, trigger.timer) !== undefined;
  if (trigger.kind === 'message' || trigger.kind === 'signal') {
    const id = createId(context, 's');
    const name = trigger.kind === 'message' ? trigger.messageName : trigger.signalName;
    context.state.subscriptions[id] = { id, kind: trigger.kind, name, elementId: event.id, tokenId };
  }
  return true;
}

/** Undefined when its due time cannot be computed: an incident naming the timer and its expression holds the token. */
export function scheduleTimer(
  context: RunContext,
  elementId: string,
  tokenId: string,
  timer: TimerDefinition,
  repetitionsLeft?: number | null,
): ScheduledTimer | undefined {
  const computed = computeDueAt(timer, context.nowMs, () => visibleVariables(context.state, tokenId));
  if (!computed.ok) {
    raiseIncident(context, tokenId, `timer "${elementId}" cannot be scheduled: ${computed.error}`, 'enter');
    return undefined;
  }
  const id = createId(context, 'tm');
  const { dueAt } = computed;
  const scheduled: ScheduledTimer = { id, elementId, tokenId, dueAt };
  if (timer.type === 'cycle') scheduled.repetitionsLeft = repetitionsLeft !== undefined ? repetitionsLeft : timer.repetitions === null ? null : timer.repetitions - 1;
  context.state.timers[id] = scheduled;
  context.effects.push({ type: 'timerScheduled', timerId: id, elementId, dueAt });
  return scheduled;
}

/**
 * Arms every boundary event of an activity for the token that runs it. False when one cannot be armed: the ones armed
 * before it are disarmed again, so the token waits on its incident with nothing armed, and a retry arms them all anew.
 */
export function armBoundaryEvents(context: RunContext, activity: CompiledElement, tokenId: string): boolean {
  for (const boundaryId of activity.boundaryEventIds) {
    if (armEventTrigger(context, context.process.elements[boundaryId]!, tokenId)) continue;
    disarmToken(context, tokenId);
    return false;
  }
  return true;
}
