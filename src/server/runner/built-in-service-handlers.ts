/** The service handlers every Swimlane has: `noop` (a placeholder step that does nothing) and `log` (writes the run's variables to the server log). */
import type { ServiceHandlerRegistry } from './service-handler-registry.ts';

export interface HandlerLogger {
  info(object: Record<string, unknown>, message: string): void;
}

export function registerBuiltInServiceHandlers(registry: ServiceHandlerRegistry, logger: HandlerLogger): ServiceHandlerRegistry {
  return registry
    .register('noop', () => undefined)
    .register('log', (call) => {
      logger.info({ runId: call.runId, elementId: call.elementId, variables: call.variables }, 'service task log');
    });
}
