import { describe, expect, it } from 'vitest';
import { listRunFacts, phoneOfRun } from './run-facts.ts';

describe('the run facts a task page shows', () => {
  it('given a callback run, then its phone, time and note come first under plain labels, ids stay hidden, and other simple values follow by name', () => {
    const facts = listRunFacts({ zeta: 3, callbackNote: 'after 4pm', callbackAt: '2026-03-09T21:00:00.000Z', callbackPhone: '+13125550101', sourceTaskId: 7, dialClientId: 'x', nested: { a: 1 }, empty: '' });
    expect(facts).toEqual([
      { key: 'callbackPhone', label: 'Phone', value: '+13125550101', kind: 'text' },
      { key: 'callbackAt', label: 'Call back at', value: '2026-03-09T21:00:00.000Z', kind: 'instant' },
      { key: 'callbackNote', label: 'Callback note', value: 'after 4pm', kind: 'text' },
      { key: 'zeta', label: 'zeta', value: '3', kind: 'text' },
    ]);
  });

  it("given a lead's follow-up run, then the tracker starts with the lead's number; without one, with none", () => {
    expect(phoneOfRun({ leadPhone: '+15125550100' })).toBe('+15125550100');
    expect(phoneOfRun({ callbackPhone: '+13125550101', leadPhone: '+15125550100' })).toBe('+13125550101');
    expect(phoneOfRun({ leadPhone: 42 })).toBe('');
    expect(phoneOfRun({})).toBe('');
  });
});
