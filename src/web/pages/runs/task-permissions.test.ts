import { describe, expect, it } from 'vitest';
import { taskPermissions } from './task-permissions.ts';

const jane = { id: 7, name: 'Jane' };
const sam = { id: 8, name: 'Sam' };

describe('taskPermissions', () => {
  it('given an open task in the pool, then a va may claim and complete it, and has nothing to release', () => {
    expect(taskPermissions({ status: 'open', assignee: null }, { userId: 7, role: 'va' })).toEqual({ claim: true, release: false, complete: true });
  });

  it("given a task someone else holds, then a va may do nothing with it and a manager may release or complete it", () => {
    expect(taskPermissions({ status: 'claimed', assignee: sam }, { userId: 7, role: 'va' })).toEqual({ claim: false, release: false, complete: false });
    expect(taskPermissions({ status: 'claimed', assignee: sam }, { userId: 7, role: 'manager' })).toEqual({ claim: false, release: true, complete: true });
  });

  it('given my own task, then I may release and complete it', () => {
    expect(taskPermissions({ status: 'claimed', assignee: jane }, { userId: 7, role: 'va' })).toEqual({ claim: false, release: true, complete: true });
  });

  it('given a viewer or a finished task, then nothing is allowed', () => {
    expect(taskPermissions({ status: 'open', assignee: null }, { userId: 7, role: 'viewer' })).toEqual({ claim: false, release: false, complete: false });
    expect(taskPermissions({ status: 'completed', assignee: jane }, { userId: 7, role: 'owner' })).toEqual({ claim: false, release: false, complete: false });
  });
});
