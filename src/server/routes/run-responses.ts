/** Maps run, task, incident and history records to the API's shapes. */
import type { HistoryEntry, HistoryKind, Incident, RunSummary, Task } from '../../api/schemas/runs.ts';
import type { IncidentRecord } from '../../store/repositories/incidents.ts';
import type { HistoryRecord } from '../../store/repositories/run-history.ts';
import type { RunSummaryRecord } from '../../store/repositories/runs.ts';
import type { TaskRecord } from '../../store/repositories/tasks.ts';

export function runSummaryToResponse(run: RunSummaryRecord): RunSummary {
  return {
    id: run.id,
    teamId: run.teamId,
    processId: run.processId,
    processName: run.processName,
    version: run.versionNumber,
    businessKey: run.businessKey,
    status: run.status,
    startedAt: run.startedAt,
    startedBy: run.startedBy,
    endedAt: run.endedAt,
    openTaskCount: run.openTaskCount,
    openIncidentCount: run.openIncidentCount,
  };
}

export function taskToResponse(task: TaskRecord): Task {
  return {
    id: task.id,
    runId: task.runId,
    teamId: task.teamId,
    processId: task.processId,
    processName: task.processName,
    businessKey: task.businessKey,
    elementId: task.elementId,
    name: task.name,
    role: task.role,
    status: task.status,
    assignee: task.assignee,
    assignment: task.assignment,
    dueAt: task.dueAt,
    input: task.input,
    createdAt: task.createdAt,
    completedAt: task.completedAt,
    completedBy: task.completedBy,
    output: task.output,
  };
}

export function incidentToResponse(incident: IncidentRecord): Incident {
  return {
    id: incident.id,
    runId: incident.runId,
    elementId: incident.elementId,
    error: incident.error,
    createdAt: incident.createdAt,
    resolvedAt: incident.resolvedAt,
    resolvedBy: incident.resolvedBy,
  };
}

export function historyToResponse(entry: HistoryRecord): HistoryEntry {
  return {
    id: entry.id,
    at: entry.at,
    kind: entry.kind as HistoryKind,
    elementId: entry.elementId,
    by: entry.by,
    variables: entry.variables,
    detail: entry.detail,
  };
}
