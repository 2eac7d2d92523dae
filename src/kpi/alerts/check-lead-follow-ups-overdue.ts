/** Alert: follow-up tasks of handed-off leads past their due time, saying how many, the oldest and by how long, and who holds them. */
import { formatCount } from '../format-numbers.ts';
import type { AlertResult } from './alert-result.ts';

/** An open follow-up task of a handed-off lead. */
export interface LeadFollowUp {
  /** The task's name, e.g. "Follow up lead". */
  task: string;
  /** The lead's name, when the task's run belongs to a saved lead. */
  lead: string | null;
  dueAtMs: number;
  /** Who holds the task, or null while it waits unclaimed in its role's pool. */
  holder: string | null;
  /** The lane (role) the task waits in, named when nobody holds it. */
  role: string | null;
}

export interface LeadFollowUpsOverdueInput {
  /** Whose follow-ups: "the North Shore team". */
  subject: string;
  /** Open follow-ups with a due time (those past it are enough). */
  followUps: readonly LeadFollowUp[];
  nowMs: number;
}

/** 45 s -> "under a minute", 47 min, 2 h 5 min, 3 days 4 h: the two largest units, rounded down. */
export function formatElapsed(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'under a minute';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return hours > 0 ? `${days} day${days === 1 ? '' : 's'} ${hours} h` : `${days} day${days === 1 ? '' : 's'}`;
  if (hours > 0) return rest > 0 ? `${hours} h ${rest} min` : `${hours} h`;
  return `${rest} min`;
}

/** "held by Ana Lopez (2) and Ben Brooks (1), 1 unclaimed in the Agent pool"; counts only when more than one is overdue. */
function describeHolders(overdue: readonly LeadFollowUp[]): string {
  const tally = (keys: string[]) => {
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  };
  const many = overdue.length > 1;
  const and = (items: string[]) => (items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
  const parts: string[] = [];
  const holders = tally(overdue.flatMap((followUp) => (followUp.holder === null ? [] : [followUp.holder])));
  if (holders.length > 0) parts.push(`held by ${and(holders.map(([holder, count]) => (many ? `${holder} (${formatCount(count)})` : holder)))}`);
  const pools = tally(overdue.flatMap((followUp) => (followUp.holder === null ? [followUp.role ? `unclaimed in the ${followUp.role} pool` : 'unclaimed'] : [])));
  for (const [pool, count] of pools) parts.push(many ? `${formatCount(count)} ${pool}` : pool);
  return parts.join(', ');
}

export function checkLeadFollowUpsOverdue(input: LeadFollowUpsOverdueInput): AlertResult {
  const { subject, followUps, nowMs } = input;
  const rule = 'leadFollowUpsOverdue';
  const overdue = followUps.filter((followUp) => followUp.dueAtMs < nowMs).sort((a, b) => a.dueAtMs - b.dueAtMs);
  if (overdue.length === 0) return { rule, fired: false, why: `No lead follow-up is past its due time in ${subject}.` };
  const oldest = overdue[0]!;
  const what = oldest.lead === null ? `"${oldest.task}"` : `${oldest.lead}'s "${oldest.task}"`;
  const late = formatElapsed(nowMs - oldest.dueAtMs);
  if (overdue.length === 1) return { rule, fired: true, why: `1 lead follow-up is overdue in ${subject}: ${what}, by ${late}, ${describeHolders(overdue)}.` };
  return { rule, fired: true, why: `${formatCount(overdue.length)} lead follow-ups are overdue in ${subject}; the oldest, ${what}, by ${late}; ${describeHolders(overdue)}.` };
}
