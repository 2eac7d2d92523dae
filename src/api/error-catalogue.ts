/** The one list of error codes the API answers with, each with its HTTP status and a message meant for the person who sees it. */
export const ERROR_CATALOGUE = {
  VALIDATION_FAILED: { status: 400, message: 'A field of the request is not valid.' },
  INVALID_JSON: { status: 400, message: 'The request body is not valid JSON.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Send the request body as application/json.' },
  BODY_TOO_LARGE: { status: 413, message: 'The request body is too large.' },
  UNAUTHENTICATED: { status: 401, message: 'Log in to continue.' },
  INVALID_CREDENTIALS: { status: 401, message: 'The email or password is not correct.' },
  CSRF_TOKEN_INVALID: { status: 403, message: 'The page is out of date: reload it and try again.' },
  FORBIDDEN: { status: 403, message: 'Your role does not allow this.' },
  NOT_FOUND: { status: 404, message: 'Not found.' },
  ROUTE_NOT_FOUND: { status: 404, message: 'There is no such API route.' },
  SETUP_ALREADY_DONE: { status: 409, message: 'This Swimlane is already set up: log in instead.' },
  EMAIL_TAKEN: { status: 409, message: 'Someone already uses this email address.' },
  ALREADY_MEMBER: { status: 409, message: 'This person is already a member of the organization.' },
  TEAM_NAME_TAKEN: { status: 409, message: 'A team with this name already exists.' },
  INVITATION_INVALID: { status: 404, message: 'This invitation link is not valid: it has expired, was revoked or was already used.' },
  LAST_OWNER: { status: 409, message: 'An organization must keep at least one owner.' },
  DRAFT_CONFLICT: { status: 409, message: 'Someone else saved this draft since you opened it: reload to see their changes.' },
  PROCESS_INVALID: { status: 422, message: 'The process has errors that block publishing.' },
  BPMN_INVALID: { status: 422, message: 'The file is not a BPMN 2.0 diagram.' },
  NOTHING_TO_PUBLISH: { status: 409, message: 'There is no draft to publish.' },
  NOT_A_TEMPLATE: { status: 409, message: 'This process is not a template.' },
  EXPORT_UNAVAILABLE: { status: 409, message: 'This export is not available for this version.' },
  PROCESS_RETIRED: { status: 409, message: 'This process is retired: put it back in use to start new runs.' },
  PROCESS_HAS_RUNS: { status: 409, message: 'This process has runs, so it cannot be deleted: retire it instead.' },
  PROCESS_HAS_TRACKED_EVENTS: { status: 409, message: 'Work was tracked on this process, so it cannot be deleted: retire it instead.' },
  VERSION_NOT_RUNNABLE: { status: 409, message: "Only a published version of a team's process can be run." },
  RUN_CHANGED: { status: 409, message: 'Someone else changed this run at the same moment: reload it and try again.' },
  RUN_NOT_RUNNING: { status: 409, message: 'This run has ended: it takes no more commands.' },
  TASK_NOT_OPEN: { status: 409, message: 'This task is no longer open: it was completed or cancelled.' },
  TASK_ALREADY_CLAIMED: { status: 409, message: 'Someone else has this task.' },
  TASK_NOT_YOURS: { status: 409, message: 'This task is not assigned to you.' },
  MESSAGE_NOT_EXPECTED: { status: 409, message: 'Nothing in this run waits for this message.' },
  MESSAGE_AMBIGUOUS: { status: 409, message: 'Several runs with this business key wait for this message: name the run by its id.' },
  INCIDENT_RESOLVED: { status: 409, message: 'This incident is already resolved.' },
  TOO_MANY_ATTEMPTS: { status: 429, message: 'Too many failed attempts: wait a few minutes and try again.' },
  NOT_READY: { status: 503, message: 'The service is not ready.' },
  INTERNAL: { status: 500, message: 'Something went wrong on our side. It has been logged.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** The body of every error answer. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string; details?: Record<string, unknown> };
}
