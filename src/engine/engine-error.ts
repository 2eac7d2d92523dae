/** A command the run cannot accept (unknown task, run not running...): thrown, and the input state stays as it was. */
export type EngineErrorCode =
  | 'RUN_ALREADY_STARTED'
  | 'RUN_NOT_STARTED'
  | 'RUN_NOT_RUNNING'
  | 'START_EVENT_NOT_FOUND'
  | 'TASK_NOT_FOUND'
  | 'TIMER_NOT_FOUND'
  | 'NO_MESSAGE_SUBSCRIPTION'
  | 'INCIDENT_NOT_FOUND'
  | 'UNKNOWN_COMMAND';

export class EngineError extends Error {
  readonly code: EngineErrorCode;

  constructor(code: EngineErrorCode, message: string) {
    super(message);
    this.name = 'EngineError';
    this.code = code;
  }
}
