/** Embedded sub-process: runs its own start-to-end inside the parent token, then the parent continues. */
import { describe, expect, it } from 'vitest';
import { loadFixture } from './testing/load-fixture.ts';
import { RunDriver } from './testing/run-driver.ts';

describe('embedded sub-process', () => {
  it('given a sub-process, when the run starts, then its first inner task waits inside the sub-process token', async () => {
    const run = new RunDriver(await loadFixture('sub-process'));
    run.start();
    expect(run.openTaskElements()).toEqual(['Pull']);
    const inner = run.run.tokens[run.task('Pull').tokenId]!;
    expect(run.run.tokens[inner.scopeId]).toMatchObject({ elementId: 'PrepareList', waiting: 'subProcess' });
  });

  it('given the inner tasks completed, when the inner end is reached, then the sub-process completes and the parent goes on', async () => {
    const run = new RunDriver(await loadFixture('sub-process'));
    run.start();
    run.complete('Pull');
    const effects = run.complete('Dedupe');
    const completed = effects.flatMap((effect) => (effect.type === 'historyRecorded' && effect.entry.kind === 'elementCompleted' ? [effect.entry.elementId] : []));
    expect(completed).toEqual(['Dedupe', 'SubEnd', 'PrepareList']);
    expect(run.openTaskElements()).toEqual(['Dial']);
    run.complete('Dial');
    expect(run.run.status).toBe('completed');
    expect(run.run.tokens).toEqual({});
  });
});
