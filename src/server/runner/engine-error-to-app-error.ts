/** Maps the engine's refusals to the catalogue; a refusal that only a bug can cause stays as it is (a 500, logged). */
import { appError } from '../../api/app-error.ts';
import { EngineError } from '../../engine/index.ts';

export function engineErrorToAppError(error: unknown): unknown {
  if (!(error instanceof EngineError)) return error;
  switch (error.code) {
    case 'RUN_NOT_RUNNING':
      return appError('RUN_NOT_RUNNING');
    case 'START_EVENT_NOT_FOUND':
      return appError('VERSION_NOT_RUNNABLE', { message: `This version cannot start: ${error.message}.` });
    case 'TASK_NOT_FOUND':
      return appError('TASK_NOT_OPEN');
    case 'NO_MESSAGE_SUBSCRIPTION':
      return appError('MESSAGE_NOT_EXPECTED', { field: 'name', message: `Nothing in this run waits for this message: ${error.message}.` });
    case 'INCIDENT_NOT_FOUND':
      return appError('INCIDENT_RESOLVED');
    default:
      return error;
  }
}
