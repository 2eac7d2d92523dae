/** Reads an event's single event definition (message, signal, timer, terminate or none) into a trigger, or a reason it cannot run. */
import type { EventTrigger, TimerDefinition } from './compiled-process.ts';
import { checkFeelSyntax } from './compile-condition.ts';
import type { ModdleElement } from './moddle-element.ts';
import { parseCronCycle } from './parse-cron-cycle.ts';
import { parseIsoDuration } from './parse-iso-duration.ts';
import { parseTimerCycle } from './parse-timer-cycle.ts';

export type CompiledTrigger = { readonly trigger: EventTrigger } | { readonly reason: string };

export function compileEventTrigger(event: ModdleElement): CompiledTrigger {
  const definitions = event.eventDefinitions ?? [];
  if (definitions.length === 0) return { trigger: { kind: 'none' } };
  if (definitions.length > 1) return { reason: 'events with several event definitions are not supported' };
  const definition = definitions[0]!;
  switch (definition.$type) {
    case 'bpmn:TerminateEventDefinition':
      return { trigger: { kind: 'terminate' } };
    case 'bpmn:MessageEventDefinition': {
      const messageName = definition.messageRef?.name ?? definition.messageRef?.id;
      return messageName ? { trigger: { kind: 'message', messageName } } : { reason: 'message event without a message reference' };
    }
    case 'bpmn:SignalEventDefinition': {
      const signalName = definition.signalRef?.name ?? definition.signalRef?.id;
      return signalName ? { trigger: { kind: 'signal', signalName } } : { reason: 'signal event without a signal reference' };
    }
    case 'bpmn:TimerEventDefinition': {
      const timer = compileTimer(definition);
      return 'reason' in timer ? timer : { trigger: { kind: 'timer', timer } };
    }
    default:
      return { reason: `${definition.$type} is not supported` };
  }
}

function compileTimer(definition: ModdleElement): TimerDefinition | { reason: string } {
  const duration = definition.timeDuration?.body?.trim();
  const date = definition.timeDate?.body?.trim();
  const cycle = definition.timeCycle?.body?.trim();
  if (duration?.startsWith('=')) return compileExpression('durationExpression', 'duration', duration);
  if (date?.startsWith('=')) return compileExpression('dateExpression', 'date', date);
  if (cycle?.startsWith('=')) return { reason: `timer cycle "${cycle}" is a FEEL expression: a cycle must be written out (R[n]/<ISO-8601 duration> or cron)` };
  if (duration) {
    return parseIsoDuration(duration) ? { type: 'duration', value: duration } : { reason: `timer duration "${duration}" is not an ISO-8601 duration` };
  }
  if (date) {
    return Number.isNaN(Date.parse(date)) ? { reason: `timer date "${date}" is not an ISO-8601 date` } : { type: 'date', value: date };
  }
  if (cycle) {
    const parsed = parseTimerCycle(cycle);
    if (parsed) return { type: 'cycle', value: cycle, ...parsed };
    const cron = parseCronCycle(cycle);
    return cron ? { type: 'cron', value: cron } : { reason: `timer cycle "${cycle}" is neither R[n]/<ISO-8601 duration> nor a cron expression` };
  }
  return { reason: 'timer without a duration, date or cycle' };
}

/** `=<FEEL>`: parsed now (never evaluated), evaluated with the token's variables when the timer is armed. */
function compileExpression(type: 'dateExpression' | 'durationExpression', what: string, body: string): TimerDefinition | { reason: string } {
  const source = body.slice(1).trim();
  if (source === '') return { reason: `timer ${what} "${body}" has no expression after "="` };
  const checked = checkFeelSyntax(source);
  return 'reason' in checked ? { reason: `timer ${what} ${checked.reason}` } : { type, value: source };
}
