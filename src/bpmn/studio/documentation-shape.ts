/**
 * The shape of the documentation that travels inside a .bpmn file. It mirrors the API's ProcessDocumentation
 * (src/api/schemas/process-documentation.ts), which this part may not import; the server passes that type here
 * and TypeScript checks the two stay the same.
 */
/** Who gets tasks: the API's RoleAssignment and StepAssignment in one shape. */
export interface AssignmentShape {
  mode: string;
  userId?: number;
  userIds?: number[];
  stepId?: string;
}

export interface StepDocumentationShape {
  instructions: string;
  checklist: string[];
  toolKeys: string[];
  metricKeys: string[];
  dueIn: string | null;
  assignTo?: AssignmentShape | undefined;
}

export interface ProcessDocumentationShape {
  objective: string;
  roles: Array<{ laneId: string; responsibilities: string; assignment?: AssignmentShape | undefined }>;
  tools: Array<{ key: string; name: string; url: string; purpose: string; laneIds: string[] }>;
  scriptIds: number[];
  counters: Array<{ key: string; label: string }>;
  dispositions: Array<{ key: string; label: string; countsAs: string[] }>;
  kpis: Array<{ key: string; label: string; numerator: string; denominator: string | null; targets: Array<{ period: string; value: number }> }>;
  steps: Record<string, StepDocumentationShape>;
}

/** What a file carried, as read: the server validates it before use. */
export interface ExtractedDocumentation {
  /** The process-level part (everything but steps), or null when the file has none. */
  process: Record<string, unknown> | null;
  steps: Record<string, Record<string, unknown>>;
}
