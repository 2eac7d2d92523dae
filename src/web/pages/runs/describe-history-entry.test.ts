import { describe, expect, it } from 'vitest';
import { describeHistoryEntry } from './describe-history-entry.ts';

const names: Record<string, string> = { SetCampaign: 'Set campaign' };
const nameOf = (elementId: string) => names[elementId] ?? null;

describe('describeHistoryEntry', () => {
  it('names the step by its name on the diagram, else by its id', () => {
    expect(describeHistoryEntry({ kind: 'elementCompleted', elementId: 'SetCampaign', detail: null }, nameOf)).toBe('Completed: Set campaign');
    expect(describeHistoryEntry({ kind: 'elementEntered', elementId: 'Gateway_1', detail: null }, nameOf)).toBe('Reached: Gateway_1');
  });

  it('says how a run ended and why a step stopped', () => {
    expect(describeHistoryEntry({ kind: 'runEnded', elementId: null, detail: 'completed' }, nameOf)).toBe('Run ended: completed');
    expect(describeHistoryEntry({ kind: 'incidentRaised', elementId: 'SetCampaign', detail: 'CRM is down' }, nameOf)).toBe('Incident raised: Set campaign (CRM is down)');
    expect(describeHistoryEntry({ kind: 'runStarted', elementId: null, detail: null }, nameOf)).toBe('Run started');
  });
});
