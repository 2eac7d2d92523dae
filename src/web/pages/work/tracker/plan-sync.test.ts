import { describe, expect, it } from 'vitest';
import { planBatch, retryDelayMs, settleEventResults, settleFailure, type EventItem } from './plan-sync.ts';
import type { OutboxItem } from './tracker-entry.ts';

function eventItem(seq: number): EventItem {
  const clientId = `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`;
  return { clientId, userId: 1, seq, kind: 'event', attempts: 0, event: { kind: 'dial', clientId, teamId: 1, taskId: 5, occurredAt: '2026-11-27T12:00:00.000Z', disposition: 'noAnswer' } };
}

function leadItem(seq: number): OutboxItem {
  const clientId = `10000000-0000-4000-8000-${String(seq).padStart(12, '0')}`;
  return { clientId, userId: 1, seq, kind: 'lead', attempts: 0, lead: { clientId, processId: 3, name: 'Dana', phone: '+15125550100' } };
}

describe('planBatch', () => {
  it('given events and leads queued out of order, when planned, then the events go oldest first in one batch and the leads on their own', () => {
    const plan = planBatch([eventItem(3), leadItem(2), eventItem(1), eventItem(4)]);
    expect(plan.events.map((item) => item.seq)).toEqual([1, 3, 4]);
    expect(plan.leads.map((item) => item.seq)).toEqual([2]);
  });

  it('given more events than a batch holds, when planned, then the oldest batch goes first and the rest waits', () => {
    const items = Array.from({ length: 7 }, (_, index) => eventItem(7 - index));
    expect(planBatch(items, 5).events.map((item) => item.seq)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('settleEventResults', () => {
  it('given accepted, duplicate and rejected answers, when settled, then the first two are synced (never counted twice) and the last is refused with its reason', () => {
    const sent = [eventItem(1), eventItem(2), eventItem(3), eventItem(4)];
    const settled = settleEventResults(sent, {
      accepted: 1,
      duplicates: 1,
      rejected: 1,
      results: [
        { clientId: sent[0]!.clientId, status: 'accepted' },
        { clientId: sent[1]!.clientId.toUpperCase(), status: 'duplicate' },
        { clientId: sent[2]!.clientId, status: 'rejected', code: 'UNDO_TOO_LATE', reason: 'Too late to undo.' },
      ],
    });
    expect(settled).toEqual([
      { clientId: sent[0]!.clientId, status: 'synced', reason: null },
      { clientId: sent[1]!.clientId, status: 'synced', reason: null },
      { clientId: sent[2]!.clientId, status: 'rejected', reason: 'Too late to undo.' },
    ]);
  });
});

describe('settleFailure', () => {
  const sent = [eventItem(1), eventItem(2), eventItem(3)];

  it.each([0, 401, 429, 500, 503])('given a failure with status %i, when settled, then everything stays queued for a retry', (status) => {
    expect(settleFailure(sent, { status, message: 'x', field: undefined })).toBeNull();
  });

  it('given a batch refused for one malformed event, when settled, then only that event is refused', () => {
    expect(settleFailure(sent, { status: 400, message: 'events.1.phoneNumber: must be a phone number', field: 'events.1.phoneNumber' })).toEqual([
      { clientId: sent[1]!.clientId, status: 'rejected', reason: 'events.1.phoneNumber: must be a phone number' },
    ]);
  });

  it('given a lead refused as a whole, when settled, then it is refused with the message', () => {
    const lead = leadItem(9);
    expect(settleFailure([lead], { status: 400, message: 'phone: must be a phone number', field: 'phone' })).toEqual([
      { clientId: lead.clientId, status: 'rejected', reason: 'phone: must be a phone number' },
    ]);
  });
});

describe('retryDelayMs', () => {
  it('given successive failures, when waiting, then the delay doubles from 1 s up to 60 s, plus at most 20 % jitter', () => {
    expect([1, 2, 3, 4, 7, 8, 20].map((failures) => retryDelayMs(failures))).toEqual([1000, 2000, 4000, 8000, 60_000, 60_000, 60_000]);
    expect(retryDelayMs(2, 0.999)).toBeLessThanOrEqual(2400);
    expect(retryDelayMs(2, 0.5)).toBe(2200);
  });
});
