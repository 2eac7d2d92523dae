import { describe, expect, it } from 'vitest';
import { checkLeadFollowUpsOverdue, formatElapsed, type LeadFollowUp } from './check-lead-follow-ups-overdue.ts';

const NOW = Date.parse('2025-06-11T16:00:00Z');
const MINUTE = 60_000;
const followUp = (minutesOverdue: number, fields: Partial<LeadFollowUp> = {}): LeadFollowUp => ({
  task: 'Follow up lead',
  lead: 'Dana Seller',
  dueAtMs: NOW - minutesOverdue * MINUTE,
  holder: 'Ana Lopez',
  role: 'Agent',
  ...fields,
});
const subject = 'North Shore';

describe('checkLeadFollowUpsOverdue', () => {
  it('given three follow-ups past due, held by an agent and the pool, when checked, then it fires naming how many, the oldest, by how long and who holds them', () => {
    const result = checkLeadFollowUpsOverdue({
      subject,
      nowMs: NOW,
      followUps: [followUp(20, { lead: 'Eli Buyer' }), followUp(125), followUp(50, { lead: 'Fay Owner', holder: null }), followUp(-30, { lead: 'Not yet due', holder: 'Ben Brooks' })],
    });
    expect(result).toEqual({
      rule: 'leadFollowUpsOverdue',
      fired: true,
      why: `3 lead follow-ups are overdue in North Shore; the oldest, Dana Seller's "Follow up lead", by 2 h 5 min; held by Ana Lopez (2), 1 unclaimed in the Agent pool.`,
    });
  });

  it('given one follow-up past due, when checked, then the why speaks of that one and its holder', () => {
    expect(checkLeadFollowUpsOverdue({ subject, nowMs: NOW, followUps: [followUp(47, { holder: null })] }).why).toBe(
      `1 lead follow-up is overdue in North Shore: Dana Seller's "Follow up lead", by 47 min, unclaimed in the Agent pool.`,
    );
    expect(checkLeadFollowUpsOverdue({ subject, nowMs: NOW, followUps: [followUp(3 * 1440 + 61, { lead: null, task: 'Review late follow-up', holder: 'Tom Lead' })] }).why).toBe(
      `1 lead follow-up is overdue in North Shore: "Review late follow-up", by 3 days 1 h, held by Tom Lead.`,
    );
  });

  it('given follow-ups all within their due time, or none open, when checked, then it stays quiet and says so', () => {
    expect(checkLeadFollowUpsOverdue({ subject, nowMs: NOW, followUps: [followUp(-1), followUp(-59)] })).toEqual({ rule: 'leadFollowUpsOverdue', fired: false, why: 'No lead follow-up is past its due time in North Shore.' });
    expect(checkLeadFollowUpsOverdue({ subject, nowMs: NOW, followUps: [] })).toMatchObject({ fired: false, why: 'No lead follow-up is past its due time in North Shore.' });
  });

  it('given a follow-up due exactly now, when checked, then it is not overdue yet', () => {
    expect(checkLeadFollowUpsOverdue({ subject, nowMs: NOW, followUps: [followUp(0)] }).fired).toBe(false);
  });
});

describe('formatElapsed', () => {
  it('given durations, then it names the two largest units, rounded down', () => {
    expect([30_000, 47 * MINUTE, 60 * MINUTE, 125 * MINUTE, 1440 * MINUTE, 2 * 1440 * MINUTE + 61 * MINUTE].map(formatElapsed)).toEqual(['under a minute', '47 min', '1 h', '2 h 5 min', '1 day', '2 days 1 h']);
  });
});
