import { describe, expect, it } from 'vitest';
import { shownCounts } from './shown-counts.ts';
import type { EntryStatus } from './tracker-entry.ts';

function entry(status: EntryStatus, syncedAt: number | null, counts: Record<string, number>) {
  return { status, syncedAt, counts };
}

describe('shownCounts', () => {
  const summary = { dials: 10, talkTo: 2 };

  it('given entries still queued offline, when shown, then they are added to the server summary', () => {
    const entries = [entry('queued', null, { dials: 1 }), entry('queued', null, { dials: 1, talkTo: 1, lead: 1 })];
    expect(shownCounts(summary, entries, 1000)).toEqual({ dials: 12, talkTo: 3, lead: 1 });
  });

  it('given entries synced before the summary was asked for, when shown, then the summary has them and they are not counted twice', () => {
    expect(shownCounts(summary, [entry('synced', 900, { dials: 1 })], 1000)).toEqual(summary);
  });

  it('given an entry synced after the summary was asked for, when shown, then it is still added until the next summary', () => {
    expect(shownCounts(summary, [entry('synced', 1500, { dials: 1 })], 1000)).toEqual({ dials: 11, talkTo: 2 });
  });

  it('given a queued undo of a synced dial, when shown, then the undo subtracts what the summary still counts', () => {
    const entries = [entry('synced', 900, { dials: 1, talkTo: 1 }), entry('queued', null, { dials: -1, talkTo: -1 })];
    expect(shownCounts(summary, entries, 1000)).toEqual({ dials: 9, talkTo: 1 });
  });

  it('given a rejected entry, when shown, then it counts for nothing', () => {
    expect(shownCounts(summary, [entry('rejected', null, { dials: 1 })], 1000)).toEqual(summary);
  });

  it('given no summary yet (offline from the start), when shown, then every entry counts', () => {
    expect(shownCounts({}, [entry('synced', 5, { dials: 1 }), entry('queued', null, { dials: 1 })], null)).toEqual({ dials: 2 });
  });
});
