/** Sorts tasks into Overdue, Today and Upcoming by their due time, where "today" is the day in the reader's time zone. */
import type { Task } from '../../../api/schemas/runs.ts';

export type DueGroup = 'overdue' | 'today' | 'upcoming';

export const DUE_GROUP_LABELS: Record<DueGroup, string> = { overdue: 'Overdue', today: 'Today', upcoming: 'Upcoming' };

/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
export function dayIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** A task without a due time is work for today: nothing says it may wait. */
export function dueGroupOf(task: Pick<Task, 'dueAt'>, now: Date, timeZone: string): DueGroup {
  if (task.dueAt === null) return 'today';
  const due = new Date(task.dueAt);
  if (due.getTime() < now.getTime()) return 'overdue';
  return dayIn(due, timeZone) === dayIn(now, timeZone) ? 'today' : 'upcoming';
}

/** Soonest due first; tasks without a due time after those with one, oldest first. */
export function byDue(a: Pick<Task, 'dueAt' | 'id'>, b: Pick<Task, 'dueAt' | 'id'>): number {
  if (a.dueAt !== b.dueAt) return a.dueAt === null ? 1 : b.dueAt === null ? -1 : a.dueAt.localeCompare(b.dueAt);
  return a.id - b.id;
}

export function groupTasksByDue<T extends Pick<Task, 'dueAt' | 'id'>>(tasks: readonly T[], now: Date, timeZone: string): Array<{ group: DueGroup; tasks: T[] }> {
  const groups: Array<{ group: DueGroup; tasks: T[] }> = [
    { group: 'overdue', tasks: [] },
    { group: 'today', tasks: [] },
    { group: 'upcoming', tasks: [] },
  ];
  for (const task of [...tasks].sort(byDue)) groups.find((entry) => entry.group === dueGroupOf(task, now, timeZone))!.tasks.push(task);
  return groups;
}
