/** advance as a whole: pure (never mutates its input, deterministic), refuses bad commands without harm, state is plain JSON. */
import { describe, expect, it } from 'vitest';
import type { CompiledProcess } from '../bpmn/compiled-process.ts';
import { deepFreeze } from '../bpmn/deep-freeze.ts';
import { advance } from './advance.ts';
import type { Command } from './command.ts';
import type { RunState } from './run-state.ts';
import { loadFixture } from './testing/load-fixture.ts';
import { RunDriver, T0 } from './testing/run-driver.ts';

/** Completes the prospecting run's tasks in order, keeping every state and command. */
function prospectingHistory(process: CompiledProcess, leadFound: boolean) {
  const states: RunState[] = [];
  const commands: Command[] = [{ type: 'start', variables: { campaignId: 1 } }];
  let state = deepFreeze(advance(process, null, commands[0]!, T0).state);
  states.push(state);
  while (state.status === 'running') {
    const task = Object.values(state.tasks)[0]!;
    const command: Command = { type: 'completeTask', taskId: task.id, variables: task.elementId === 'DialingSession' ? { leadFound } : {} };
    commands.push(command);
    state = deepFreeze(advance(process, state, command, T0).state);
    states.push(state);
  }
  return { states, commands };
}

describe('advance', () => {
  it('given deep-frozen input states, when a whole run is advanced, then no input is ever mutated (a write would throw)', async () => {
    const process = await loadFixture('prospecting');
    const { states } = prospectingHistory(process, true);
    expect(states.at(-1)!.status).toBe('completed');
    expect(Object.isFrozen(process.elements)).toBe(true);
  });

  it('given the same commands, when replayed, then states and effects are identical (ids come from the state counter)', async () => {
    const process = await loadFixture('prospecting');
    const first = prospectingHistory(process, true);
    const second = prospectingHistory(process, true);
    expect(second.states).toEqual(first.states);
  });

  it('given a state, when it goes through JSON and back, then advancing it gives the same result', async () => {
    const process = await loadFixture('boundary-timer');
    const run = new RunDriver(process);
    run.start();
    const revived = JSON.parse(JSON.stringify(run.run)) as RunState;
    const command: Command = { type: 'completeTask', taskId: run.task('FollowUp').id };
    expect(advance(process, revived, command, T0)).toEqual(advance(process, run.run, command, T0));
  });

  it('given each command, when it succeeds, then the version goes up by one', async () => {
    const { states } = prospectingHistory(await loadFixture('prospecting'), false);
    expect(states.map((state) => state.version)).toEqual(states.map((_, index) => index + 1));
  });

  it('given a refused command, when it throws, then the input state is unchanged and still usable', async () => {
    const process = await loadFixture('parallel-gateway');
    const run = new RunDriver(process);
    run.start();
    const before = JSON.stringify(run.run);
    expect(() => advance(process, run.run, { type: 'completeTask', taskId: 'nope' }, T0)).toThrow(expect.objectContaining({ code: 'TASK_NOT_FOUND' }));
    expect(JSON.stringify(run.run)).toBe(before);
    expect(() => run.complete('ShipLaptop')).not.toThrow();
  });

  it('given a failure deep inside a command, when advance throws midway, then the input state is untouched and the run goes on', async () => {
    const process = await loadFixture('parallel-gateway');
    const run = new RunDriver(process);
    run.start();
    const before = JSON.stringify(run.run);
    // A definition whose Welcome element explodes on first read: the join has fired and tokens moved when it throws.
    const exploding = new Proxy(process.elements, {
      get(target, key, receiver) {
        if (key === 'Welcome') throw new Error('boom');
        return Reflect.get(target, key, receiver);
      },
    });
    const broken = { ...process, elements: exploding } as CompiledProcess;
    let state = run.run;
    for (const elementId of ['CreateAccounts', 'ShipLaptop']) state = advance(broken, state, { type: 'completeTask', taskId: run.task(elementId).id }, T0).state;
    const lastTask = Object.values(state.tasks)[0]!;
    const frozen = deepFreeze(state);
    const snapshot = JSON.stringify(frozen);
    expect(() => advance(broken, frozen, { type: 'completeTask', taskId: lastTask.id }, T0)).toThrow('boom');
    expect(JSON.stringify(frozen)).toBe(snapshot);
    const retried = advance(process, frozen, { type: 'completeTask', taskId: lastTask.id }, T0).state;
    expect(Object.values(retried.tasks)).toEqual([expect.objectContaining({ elementId: 'Welcome' })]);
    expect(JSON.stringify(run.run)).toBe(before);
  });

  it('given a running run, when it is cancelled, then its tasks and timers are cancelled and it accepts nothing more', async () => {
    const run = new RunDriver(await loadFixture('boundary-timer'));
    run.start();
    const effects = run.send({ type: 'cancel', reason: 'campaign stopped' });
    expect(effects.filter((effect) => effect.type === 'taskCancelled')).toHaveLength(2);
    expect(effects.filter((effect) => effect.type === 'timerCancelled')).toHaveLength(2);
    expect(effects).toContainEqual({ type: 'runCompleted', status: 'cancelled' });
    expect(run.run).toMatchObject({ status: 'cancelled', tokens: {}, tasks: {}, timers: {} });
    expect(() => run.complete('FollowUp')).toThrow();
    expect(() => run.send({ type: 'cancel' })).toThrow(expect.objectContaining({ code: 'RUN_NOT_RUNNING' }));
  });

  it('given a run, when it is started twice or advanced before starting, then the command is refused', async () => {
    const process = await loadFixture('sub-process');
    const run = new RunDriver(process);
    expect(() => advance(process, null, { type: 'cancel' }, T0)).toThrow(expect.objectContaining({ code: 'RUN_NOT_STARTED' }));
    run.start();
    expect(() => run.start()).toThrow(expect.objectContaining({ code: 'RUN_ALREADY_STARTED' }));
  });
});
