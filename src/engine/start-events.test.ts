/** Start events: the none start by default; a message or timer start when the caller names it. */
import { describe, expect, it } from 'vitest';
import { loadFixture } from './testing/load-fixture.ts';
import { RunDriver } from './testing/run-driver.ts';

describe('start events', () => {
  it('given several start events, when no start event is named, then the run starts at the one without trigger', async () => {
    const run = new RunDriver(await loadFixture('start-events'));
    run.start();
    expect(run.effects[0]).toMatchObject({ type: 'historyRecorded', entry: { kind: 'runStarted', elementId: 'Manual' } });
  });

  it('given a message start event, when a run starts from it, then it starts there with the message variables', async () => {
    const process = await loadFixture('start-events');
    expect(process.messageStartEventIds).toEqual({ 'lead received': 'FromMessage' });
    const run = new RunDriver(process);
    run.start({ leadId: 7 }, process.messageStartEventIds['lead received']);
    expect(run.run.variables).toEqual({ leadId: 7 });
    expect(run.openTaskElements()).toEqual(['Work']);
  });

  it('given a timer start event, when the scheduler starts a run from it, then it runs like any start', async () => {
    const process = await loadFixture('start-events');
    expect(process.elements.Weekdays!.trigger).toEqual({ kind: 'timer', timer: { type: 'cycle', value: 'R/P1D', repetitions: null, interval: 'P1D' } });
    const run = new RunDriver(process);
    run.start({}, 'Weekdays');
    expect(run.openTaskElements()).toEqual(['Work']);
  });

  it('given an unknown start event, when a run starts from it, then the command is refused', async () => {
    const run = new RunDriver(await loadFixture('start-events'));
    expect(() => run.start({}, 'Work')).toThrow(expect.objectContaining({ code: 'START_EVENT_NOT_FOUND' }));
    expect(run.state).toBeNull();
  });
});
