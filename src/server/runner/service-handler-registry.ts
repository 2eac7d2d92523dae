/**
 * The handlers service and script tasks may run, registered by name: a model names a handler, it never carries code
 * that runs. A handler gets a read-only view of the run and returns the variables to set (or nothing); a handler that
 * throws, or a name nobody registered, becomes an incident on the run with the error, to retry.
 */
import type { Variables } from '../../engine/index.ts';

export interface ServiceCall {
  runId: number;
  organizationId: number;
  teamId: number;
  elementId: string;
  /** The handler name the model gave. */
  handler: string;
  /** The run's variables (with the task's own, e.g. a multi-instance item), frozen. */
  variables: Readonly<Variables>;
  /** When the command runs: handlers must not read a clock of their own, so replays and tests agree. */
  now: string;
}

/**
 * Runs inside the command's transaction: keep it short. Work that waits on the outside world belongs in a job queued
 * by the handler (to come), so a slow service never holds a run's transaction open.
 */
export type ServiceHandler = (call: ServiceCall) => Variables | void | Promise<Variables | void>;

export class ServiceHandlerRegistry {
  private readonly handlers = new Map<string, ServiceHandler>();

  register(name: string, handler: ServiceHandler): this {
    if (!/^[A-Za-z][A-Za-z0-9_.-]{0,99}$/.test(name)) throw new Error(`"${name}" is not a valid handler name`);
    if (this.handlers.has(name)) throw new Error(`a service handler named "${name}" is already registered`);
    this.handlers.set(name, handler);
    return this;
  }

  /** Replaces a handler (tests swap in failing ones). */
  replace(name: string, handler: ServiceHandler): this {
    this.handlers.delete(name);
    return this.register(name, handler);
  }

  find(name: string): ServiceHandler | undefined {
    return this.handlers.get(name);
  }

  names(): string[] {
    return [...this.handlers.keys()].sort();
  }
}
