import { describe, expect, it } from 'vitest';
import { dueGroupOf, groupTasksByDue } from './group-tasks-by-due.ts';

describe('groupTasksByDue', () => {
  // 23:30 on 27 November in Manila (UTC+8) is 15:30 UTC; in New York it is still 10:30 the same day.
  const now = new Date('2026-11-27T15:30:00Z');

  it('given tasks due before now, later today and tomorrow in the reader\'s zone, when grouped, then each lands in its group, soonest first', () => {
    const tasks = [
      { id: 1, dueAt: '2026-11-27T17:00:00.000Z' },
      { id: 2, dueAt: '2026-11-27T09:00:00.000Z' },
      { id: 3, dueAt: null },
      { id: 4, dueAt: '2026-11-27T15:45:00.000Z' },
    ];
    const groups = groupTasksByDue(tasks, now, 'Asia/Manila');
    expect(groups.map((group) => [group.group, group.tasks.map((task) => task.id)])).toEqual([
      ['overdue', [2]],
      ['today', [4, 3]],
      ['upcoming', [1]],
    ]);
  });

  it('given the same task, when read in another time zone, then "today" follows the reader\'s day', () => {
    const task = { dueAt: '2026-11-27T17:00:00.000Z' };
    expect(dueGroupOf(task, now, 'Asia/Manila')).toBe('upcoming');
    expect(dueGroupOf(task, now, 'America/New_York')).toBe('today');
  });
});
